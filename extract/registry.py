"""The entity types and relations, read from the ontology: one registry for extract and kg.

``ontology/policykg.ttl`` is the single source of truth. An entity type is a member of
``pkg:Entity``'s ``owl:disjointUnionOf`` list (its order is the order tables, legends and the
type-picking of a node with several types use); a relation is a sub-property of
``pkg:statedRelation``. Labels (``zh``/``en``), display colour, domain/range and symmetry
come from the same file, so adding a type or relation touches the ontology and
the extractor component that finds it, nothing else.

Why extract reads the file itself rather than being handed the registry by kg: ``kg`` may
import ``extract`` but never the reverse, and extract needs the types on its own (minting
ids, validating gold, scoring) when no graph is built at all. The ontology is read as plain
data with rdflib's Turtle parser; no RDF leaves this module, only the dataclasses below.
Parsed once per process, on first use (nothing runs at import time).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

PKG = "https://w3id.org/policykg/ontology#"
ONTOLOGY = Path(__file__).resolve().parent.parent / "ontology" / "policykg.ttl"
LANGS = ("zh", "en")


@dataclass(frozen=True, slots=True)
class EntityType:
    name: str  # local name: ``Project``
    iri: str
    labels: dict[str, str]  # language -> rdfs:label
    color: str  # pkg:displayColor, CSS hex


@dataclass(frozen=True, slots=True)
class RelationType:
    name: str  # local name: ``locatedIn``
    iri: str
    labels: dict[str, str]
    domain: tuple[str, ...]  # local names of rdfs:domain classes (empty: not stated)
    range: tuple[str, ...]
    symmetric: bool
    gold_annotated: bool = True  # pkg:goldAnnotated false: extracted, never annotated nor scored

    @property
    def between_entities(self) -> bool:
        """False for ``hasStatus``, whose object is a status record, not an entity."""
        return "StatusRecord" not in self.range


@dataclass(frozen=True, slots=True)
class Registry:
    entities: tuple[EntityType, ...]
    relations: tuple[RelationType, ...]


class RegistryError(ValueError):
    """The ontology does not define the registry (no type list, a type without a colour ...)."""


def _local(term) -> str:
    s = str(term)
    return s[len(PKG) :] if s.startswith(PKG) else s


@cache
def registry(path: Path = ONTOLOGY) -> Registry:
    """Entity types and relations of the ontology at ``path`` (the project's, by default)."""
    from rdflib import Graph, Literal, URIRef
    from rdflib.collection import Collection
    from rdflib.namespace import OWL, RDF, RDFS

    g = Graph()
    g.parse(path, format="turtle")
    pkg = lambda name: URIRef(PKG + name)  # noqa: E731

    def labels(s) -> dict[str, str]:
        return {
            o.language: str(o)
            for o in g.objects(s, RDFS.label)
            if isinstance(o, Literal) and o.language in LANGS
        }

    lists = list(g.objects(pkg("Entity"), OWL.disjointUnionOf))
    if len(lists) != 1:
        raise RegistryError(f"{path}: pkg:Entity needs exactly one owl:disjointUnionOf list of entity types")
    entities = []
    for t in Collection(g, lists[0]):
        color = g.value(t, pkg("displayColor"))
        if color is None:
            raise RegistryError(f"{path}: entity type {_local(t)} has no pkg:displayColor")
        entities.append(EntityType(_local(t), str(t), labels(t), str(color)))
    relations = [
        RelationType(
            name=_local(p),
            iri=str(p),
            labels=labels(p),
            domain=tuple(sorted(_local(c) for c in g.objects(p, RDFS.domain))),
            range=tuple(sorted(_local(c) for c in g.objects(p, RDFS.range))),
            symmetric=(p, RDF.type, OWL.SymmetricProperty) in g,
            gold_annotated=g.value(p, pkg("goldAnnotated")) != Literal(False),
        )
        for p in sorted(g.subjects(RDFS.subPropertyOf, pkg("statedRelation")), key=str)
    ]
    return Registry(tuple(entities), tuple(relations))


@cache
def entity_types() -> tuple[str, ...]:
    """``("District", "Strategy", ...)``: the entity types' local names, in the ontology's order."""
    return tuple(t.name for t in registry().entities)


@cache
def relation_types() -> tuple[str, ...]:
    """Every stated relation's local name (``hasStatus`` and the name links included), sorted."""
    return tuple(r.name for r in registry().relations)


def relation_type(name: str) -> RelationType:
    for r in registry().relations:
        if r.name == name:
            return r
    raise KeyError(f"unknown relation {name!r}")
