"""Rewrite the core shapes into an equivalent form pySHACL evaluates cheaply.

pySHACL checks a node shape's ``sh:property`` shapes one focus node at a time: for each of
the ~76K (focus node, property shape) pairs of the corpus it looks the constraint
parameters up again and builds fresh constraint objects, which was most of the validation
time. A property shape that carries the node shape's targets itself is checked once for all
its focus nodes. By SHACL's definitions the two forms produce the same results: a property
shape's results name the property shape as ``sh:sourceShape``, the focus node, path, value
and message are the same, and the node shape's own ``sh:message``/``sh:severity`` never
apply to its property shapes' results. The rewrite is only done where that argument holds
(see :func:`lift_property_shapes`); anything else is left as written.
"""

from __future__ import annotations

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SH
from rdflib.term import Node

TARGETS = (SH.targetClass, SH.targetNode, SH.targetSubjectsOf, SH.targetObjectsOf)


def _referenced(shapes: Graph, node: Node) -> int:
    return sum(1 for _ in shapes.subject_predicates(node))


def _deactivated(shapes: Graph, node: Node) -> bool:
    return any(v == Literal(True) for v in shapes.objects(node, SH.deactivated))


def lift_property_shapes(core: Graph) -> Graph:
    """A copy of ``core`` where each ``sh:property`` of a liftable node shape carries its targets.

    Liftable: the node shape has explicit targets only (not an implicit class target, i.e. it
    is not itself an ``rdfs:Class``), nothing else refers to it (``sh:node``, ``sh:or`` …,
    where it would be checked without those targets) and it is not deactivated; the property
    shape is referred to only by that node shape.
    """
    out = Graph()  # pySHACL writes shape terms in messages with the shapes graph's prefixes
    for prefix, namespace in core.namespaces():
        out.bind(prefix, namespace, override=True, replace=True)
    for t in core:
        out.add(t)
    for shape in set(core.subjects(SH.property, None)):
        targets = [(p, o) for p in TARGETS for o in core.objects(shape, p)]
        if (
            not targets
            or _referenced(core, shape) > 0
            or _deactivated(core, shape)
            or (shape, RDF.type, RDFS.Class) in core
            or (shape, RDF.type, OWL.Class) in core
        ):
            continue
        for prop in list(core.objects(shape, SH.property)):
            if _referenced(core, prop) != 1:
                continue
            out.remove((shape, SH.property, prop))
            for p, o in targets:
                out.add((prop, p, o))
    return out


def data_predicates(core: Graph) -> frozenset[URIRef] | None:
    """The predicates the core shapes can read in the data graph, or None for "all of them".

    Every IRI the shapes mention (paths, target predicates, ``sh:equals`` …) plus ``rdf:type``
    and ``rdfs:subClassOf``, which targets and ``sh:class`` follow. ``sh:closed`` looks at
    every predicate of a focus node, so with it nothing may be left out.
    """
    if any(core.triples((None, SH.closed, None))):
        return None
    mentioned = {o for o in core.objects() if isinstance(o, URIRef)}
    return frozenset(mentioned | {RDF.type, RDFS.subClassOf})
