"""The counts a person compares — documents, entities per type, triples — defined once.

Every place that shows them (the ``demo`` summary, ``stats``, the server's home page) reads
them from the store with these queries, so they cannot disagree:

* **entities of a type**: distinct IRIs typed with that ``pkg:`` entity class in the store's
  default graph (the merge of the document graphs) — the entities queries see. This includes
  entities a document's metadata introduces (its district, the parent city), which the
  extraction records alone do not count.
* **triples**: distinct triples of the merged default graph — what a SPARQL query sees. The
  named graphs hold more *quads*, because a triple two documents state is stored once per
  document; that number is shown as ``quads`` where it matters (export, store size).
* **documents**: distinct ``pkg:Document`` nodes.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from kg.sparql.execute import run

Q_ENTITIES = """
SELECT ?type (COUNT(DISTINCT ?e) AS ?n) WHERE {
  ?e a pkg:Entity ; a ?type .
  FILTER(STRSTARTS(STR(?type), STR(pkg:)) && ?type != pkg:Entity)
} GROUP BY ?type ORDER BY DESC(?n) ?type"""
Q_TRIPLES = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
Q_DOCUMENTS = "SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { ?d a pkg:Document }"


@dataclass
class Counts:
    documents: int
    triples: int  # distinct triples in the merged default graph
    quads: int  # quads in the named graphs (one copy per document stating a triple)
    entities: dict[str, int] = field(default_factory=dict)  # pkg type local name -> distinct entities

    def total_entities(self) -> int:
        return sum(self.entities.values())


def _one(store, query: str) -> int:
    rows = run(store, query).rows
    return int(str(rows[0][0])) if rows and rows[0][0] is not None else 0


def store_counts(store) -> Counts:
    entities = {str(t).rsplit("#", 1)[-1]: int(str(n)) for t, n in run(store, Q_ENTITIES).rows}
    return Counts(_one(store, Q_DOCUMENTS), _one(store, Q_TRIPLES), store.count(), entities)
