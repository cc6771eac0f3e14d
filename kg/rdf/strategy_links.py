"""One ``pkg:StrategyLink`` node per document and strategy: a precomputed index for the
strategy queries, written after all of a document's records.

The link lists what the document ties to the strategy (``pkg:through``), the districts it says
engage in it, and counts of its mentions. Each document writes its own copy; the store's
default graph is the deduplicated merge of the document graphs, so there the links become a
cross-document index and tracing a strategy across hundreds of documents reads one node per
document instead of joining over every mention.
"""

from __future__ import annotations

from rdflib import Literal, URIRef

from kg.rdf.document_graph import DocumentGraph
from kg.rdf.namespace import PKG

# the pkg:through sub-properties a strategy link also writes, for the types strategy queries count
THROUGH_BY_TYPE = {
    "Project": PKG.throughProject,
    "Program": PKG.throughProgram,
    "Enterprise": PKG.throughEnterprise,
}
Tie = tuple[URIRef, URIRef, bool]  # (entity, evidence span, inferred)


def strategy_links(b: DocumentGraph) -> None:
    """One pkg:StrategyLink per strategy this document names or ties entities to (after all records).

    The ties are the ones the strategy queries ask about: a stated pkg:contributesTo, or a
    sentence naming both; each sentence or relation span is the link's evidence. Divisions
    are left out (places, not means); other strategies go to ``pkg:alongside``; the districts
    the document says engage in the strategy are ``pkg:engagingDistrict``. The link also
    counts the strategy's mentions and sentences and gives its first offset, so tracing a
    strategy across hundreds of documents reads one node per document, not every mention.
    """
    ties = _ties(b)
    for strategy in sorted(set(ties) | set(b.strategy_mentions) | set(b.engagements)):
        tied = [
            t for t in ties.get(strategy, ()) if t[0] != strategy and b.entity_type.get(t[0]) != "District"
        ]
        mentions = b.strategy_mentions.get(strategy, set())
        engaged = b.engagements.get(strategy, [])
        if not tied and not mentions and not engaged:
            continue
        key = (str(strategy),)
        for _, _, sentence in sorted(mentions):
            node, _ = b.fact("strategylink", key, (PKG.StrategyLink,), sentence)
        if mentions:
            b.g.add((node, PKG.mentionCount, Literal(len(mentions))))
            b.g.add((node, PKG.sentenceCount, Literal(len({m[2] for m in mentions}))))
            b.g.add((node, PKG.firstOffset, Literal(min(m[0] for m in mentions))))
        for entity, evidence, inferred in sorted(tied):
            node, _ = b.fact("strategylink", key, (PKG.StrategyLink,), evidence, inferred)
            # other strategies are hubs every document names: kept apart so that counting
            # what a strategy is carried out through never walks them
            other = b.entity_type.get(entity) == "Strategy"
            b.g.add((node, PKG.alongside if other else PKG.through, entity))
            typed = THROUGH_BY_TYPE.get(b.entity_type.get(entity, ""))
            if typed is not None:  # counting projects per strategy then reads no entity's types
                b.g.add((node, typed, entity))
        for district, evidence, inferred in sorted(engaged):
            node, _ = b.fact("strategylink", key, (PKG.StrategyLink,), evidence, inferred)
            b.g.add((node, PKG.engagingDistrict, district))
        b.g.add((node, PKG.linkStrategy, strategy))
        if b.district is not None:
            b.g.add((node, PKG.linkDistrict, b.district))


def _ties(b: DocumentGraph) -> dict[URIRef, list[Tie]]:
    """Strategy -> what the document ties to it: stated contributions, then every entity named
    in a sentence that names the strategy (implied, so ``inferred``)."""
    ties: dict[URIRef, list[Tie]] = {s: list(c) for s, c in b.contributions.items()}
    for sentence, bodies in b.sentence_bodies.items():
        for s in bodies:
            if b.entity_type.get(s) == "Strategy":
                ties.setdefault(s, []).extend((x, sentence, True) for x in bodies)
    return ties
