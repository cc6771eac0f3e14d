"""SPARQL Update on a store whose default graph is the merge of its named graphs.

policykg stores keep the default graph as the deduplicated merge of the named graphs
(:mod:`kg.store.base`). An update sent to the endpoint may write that default graph directly,
so after every update the merge is brought back in step, and nothing the update wrote is lost:

* a triple **inserted into the default graph** that no named graph holds is kept in the named
  graph :data:`kg.rdf.iri.DEFAULT_WRITES_GRAPH`, which is merged like any other, so it survives
  every later re-merge, ``policykg add`` and ``remove`` (the old rebuild silently dropped it);
* a triple **deleted from the default graph** leaves the merge, so it is deleted from every
  named graph that holds it (a triple stays in a merge while one source holds it);
* a triple written to or deleted from a **named graph** enters or leaves the merge as
  ``policykg add``/``remove`` do (a triple leaves it when no named graph holds it any more).

What an update did is read from its parsed form (rdflib's SPARQL 1.1 grammar), never from a
regular expression over its text: which operations insert into or delete from the default
graph or named graphs. Afterwards, a default-graph triple that no named graph holds is either
a default-graph insert or a named-graph delete, and a named-graph triple missing from the
default graph is either a named-graph insert or a default-graph delete. An update that does
both kinds of each pair (say, ``DELETE DATA { <s> <p> <o> } ; INSERT DATA { GRAPH <g> { … } }``)
is ambiguous after the fact and is refused with 400 before it runs; sent as two requests it
works. ``CLEAR ALL``/``DROP ALL`` reset the account, since both graphs are empty after them.

Two consequences of the merge being restored after the request rather than kept by the engine:
within one request, an operation does not yet see in the default graph what an earlier one
wrote to a named graph; and a triple inserted into the default graph that a named graph already
holds is not copied to the default-writes graph, so it leaves the merge with the last graph that
holds it.

The same parse gives the protocol's update dataset (``using-graph-uri``,
``using-named-graph-uri``, SPARQL 1.1 Protocol §2.2.3): they become ``USING``/``USING NAMED``
clauses in front of each ``WHERE`` of the update, and an update that has its own ``USING`` or
``WITH`` as well is refused (400), as the protocol requires.

An update rdflib's SPARQL 1.1 grammar cannot parse is refused with its syntax error, even where
Oxigraph would have run it (SPARQL 1.2 syntax): its effects could not be known, and guessing
them could drop data. rdflib's parser is pure Python and costs about a millisecond per triple
of ``INSERT DATA`` (1,000 triples: 1.3 s, measured on this 2-core machine);
bulk data goes through the Graph Store Protocol (``/store``, :mod:`kg.server.graph_store`) or
``policykg add``, which parse no SPARQL.
"""

from __future__ import annotations

from dataclasses import dataclass

import pyoxigraph as ox
from pyparsing import CaselessKeyword, Empty, Forward, Optional, ParseBaseException, ZeroOrMore
from rdflib.plugins.sparql import parser as sparql_grammar
from rdflib.plugins.sparql.parserutils import Comp, CompValue, Param, ParamList

from kg.rdf.iri import DEFAULT_WRITES_GRAPH


class UpdateRefused(ValueError):
    """An update that must be answered 400 before it runs; the message says why."""


# rdflib's SPARQL 1.1 Update grammar, with one addition: the offset of each Modify's WHERE, where
# USING clauses go. Built from rdflib's own productions; rdflib's grammar objects are not changed.
_WHERE_AT = Empty().set_parse_action(lambda s, loc, toks: [loc])
_MODIFY = Comp(
    "Modify",
    Optional(CaselessKeyword("WITH") + Param("withClause", sparql_grammar.iri))
    + (
        Param("delete", sparql_grammar.DeleteClause) + Optional(Param("insert", sparql_grammar.InsertClause))
        | Param("insert", sparql_grammar.InsertClause)
    )
    + ZeroOrMore(ParamList("using", sparql_grammar.UsingClause))
    + Param("whereAt", _WHERE_AT)
    + CaselessKeyword("WHERE")
    + Param("where", sparql_grammar.GroupGraphPattern),
)
_OPERATION = (
    sparql_grammar.Load
    | sparql_grammar.Clear
    | sparql_grammar.Drop
    | sparql_grammar.Add
    | sparql_grammar.Move
    | sparql_grammar.Copy
    | sparql_grammar.Create
    | sparql_grammar.InsertData
    | sparql_grammar.DeleteData
    | sparql_grammar.DeleteWhere
    | _MODIFY
)
_UPDATE = Forward()
_UPDATE <<= ParamList("prologue", sparql_grammar.Prologue) + Optional(
    ParamList("request", _OPERATION) + Optional(";" + _UPDATE)
)
_UPDATE_UNIT = Comp("Update", _UPDATE)
_UPDATE_UNIT.ignore(sparql_grammar.UpdateUnit.ignoreExprs[0])  # comments, as rdflib's own grammar


@dataclass(frozen=True)
class Effects:
    """Which graphs an update may add triples to or remove them from."""

    insert_default: bool = False
    delete_default: bool = False
    insert_named: bool = False
    delete_named: bool = False

    def __or__(self, other: Effects) -> Effects:
        return Effects(*(a or b for a, b in zip(self._flags(), other._flags(), strict=True)))

    def _flags(self) -> tuple[bool, bool, bool, bool]:
        return (self.insert_default, self.delete_default, self.insert_named, self.delete_named)


@dataclass(frozen=True)
class ParsedUpdate:
    text: str  # as parsed (codepoint escapes expanded, as SPARQL 1.1 §19.2 has it)
    operations: list[CompValue]

    @property
    def has_dataset_clause(self) -> bool:
        return any(op.name == "Modify" and ("using" in op or "withClause" in op) for op in self.operations)

    def effects(self) -> Effects:
        """What the whole update may change; ``CLEAR``/``DROP ALL`` forget what came before."""
        total = Effects()
        for op in self.operations:
            if op.name in ("Clear", "Drop") and op["graphiri"] == "ALL":
                total = Effects()
            else:
                total = total | operation_effects(op)
        return total


def _quads_effects(quads: CompValue | None, default_is_named: bool, insert: bool) -> Effects:
    if quads is None:
        return Effects()
    default = bool(quads["triples"]) if "triples" in quads else False
    named = bool(quads["quadsNotTriples"]) if "quadsNotTriples" in quads else False
    named, default = named or (default and default_is_named), default and not default_is_named
    return (
        Effects(insert_default=default, insert_named=named)
        if insert
        else Effects(delete_default=default, delete_named=named)
    )


def _target(graph: object) -> str:
    return "default" if graph == "DEFAULT" else "named"


def operation_effects(op: CompValue) -> Effects:
    name = op.name
    if name in ("InsertData", "DeleteData", "DeleteWhere"):
        return _quads_effects(op["quads"], False, insert=name == "InsertData")
    if name == "Modify":
        with_graph = "withClause" in op  # WITH <g>: templates without GRAPH write <g>
        deleted = _quads_effects(op["delete"]["quads"], with_graph, False) if "delete" in op else Effects()
        inserted = _quads_effects(op["insert"]["quads"], with_graph, True) if "insert" in op else Effects()
        return deleted | inserted
    if name in ("Clear", "Drop"):
        which = op["graphiri"]
        if which == "DEFAULT":
            return Effects(delete_default=True)
        return Effects(delete_default=which == "ALL", delete_named=True)
    if name in ("Add", "Copy", "Move"):
        source, target = (_target(g) for g in op["graph"])
        effects = Effects(**{f"insert_{target}": True})
        if name in ("Copy", "Move"):  # the target is emptied first
            effects = effects | Effects(**{f"delete_{target}": True})
        if name == "Move":  # and the source dropped after
            effects = effects | Effects(**{f"delete_{source}": True})
        return effects
    if name == "Load":
        return Effects(insert_named=True) if "graphiri" in op else Effects(insert_default=True)
    return Effects()  # Create: an empty graph changes no merge


def parse_update(text: str) -> ParsedUpdate:
    try:
        expanded = sparql_grammar.expandUnicodeEscapes(text)
        unit = _UPDATE_UNIT.parse_string(expanded, parse_all=True)[0]
    except (ParseBaseException, ValueError) as exc:
        raise UpdateRefused(f"update syntax error: {exc}") from None
    operations = list(unit["request"]) if "request" in unit else []
    return ParsedUpdate(expanded, operations)


def check_ambiguity(effects: Effects) -> None:
    """Refuse what the upkeep could not tell apart afterwards (see the module docstring)."""
    if effects.delete_default and effects.insert_named:
        raise UpdateRefused(
            "this update deletes from the default graph and inserts into named graphs in one request; "
            "the default graph is the merge of the named graphs, so send the two parts as separate requests"
        )
    if effects.insert_default and effects.delete_named:
        raise UpdateRefused(
            "this update inserts into the default graph and deletes from named graphs in one request; "
            "the default graph is the merge of the named graphs, so send the two parts as separate requests"
        )


def with_dataset(parsed: ParsedUpdate, using: list[str], using_named: list[str]) -> str:
    """The update text with the protocol's update dataset as USING clauses (or the text as sent)."""
    if not using and not using_named:
        return parsed.text
    if parsed.has_dataset_clause:
        raise UpdateRefused(
            "using-graph-uri/using-named-graph-uri cannot be combined with an update that has its own "
            "USING or WITH (SPARQL 1.1 Protocol §2.2.3)"
        )
    try:
        clauses = [f"USING {ox.NamedNode(g)} " for g in using]
        clauses += [f"USING NAMED {ox.NamedNode(g)} " for g in using_named]
    except ValueError as exc:
        raise UpdateRefused(f"using-graph-uri/using-named-graph-uri: not an absolute IRI ({exc})") from None
    dataset = "".join(clauses)
    text = parsed.text
    for at in sorted((op["whereAt"] for op in parsed.operations if op.name == "Modify"), reverse=True):
        text = text[:at] + dataset + text[at:]
    return text


_W = f"<{DEFAULT_WRITES_GRAPH}>"
_ONLY_IN_DEFAULT = "?s ?p ?o FILTER NOT EXISTS { GRAPH ?g { ?s ?p ?o } }"
_ONLY_IN_NAMED = "GRAPH ?g { ?s ?p ?o } FILTER NOT EXISTS { ?s ?p ?o }"
# after a default-graph insert: keep what the default graph alone holds in the default-writes graph
KEEP_DEFAULT_WRITES = f"INSERT {{ GRAPH {_W} {{ ?s ?p ?o }} }} WHERE {{ {_ONLY_IN_DEFAULT} }}"
# after a named-graph delete: a triple no named graph holds any more leaves the merge
UNMERGE_ORPHANS = f"DELETE {{ ?s ?p ?o }} WHERE {{ {_ONLY_IN_DEFAULT} }}"
# after a default-graph delete: the triple leaves every named graph too
DELETE_FROM_SOURCES = f"DELETE {{ GRAPH ?g {{ ?s ?p ?o }} }} WHERE {{ {_ONLY_IN_NAMED} }}"
# after a named-graph insert: the new triple enters the merge
MERGE_NEW = f"INSERT {{ ?s ?p ?o }} WHERE {{ {_ONLY_IN_NAMED} }}"


def upkeep(store: ox.Store, effects: Effects) -> None:
    """Bring the merged default graph back in step after an update with these effects.

    Each step scans the store once; it is skipped when the update cannot have caused it.
    """
    if effects.insert_default:
        store.update(KEEP_DEFAULT_WRITES)
    elif effects.delete_named:
        store.update(UNMERGE_ORPHANS)
    if effects.delete_default:
        store.update(DELETE_FROM_SOURCES)
    elif effects.insert_named:
        store.update(MERGE_NEW)


def prepare(text: str, using: list[str], using_named: list[str], merged: bool = True) -> tuple[str, Effects]:
    """``(text to run, effects for the upkeep)``; raises :class:`UpdateRefused` for a 400.

    ``merged`` False: the store's default graph is not kept as the merge (a union view is
    served), so there is no upkeep and nothing ambiguous to refuse.
    """
    parsed = parse_update(text)
    effects = parsed.effects()
    if merged:
        check_ambiguity(effects)
    if not using and not using_named:
        return text, effects  # Oxigraph parses what the client sent
    return with_dataset(parsed, using, using_named), effects


__all__ = ["Effects", "ParsedUpdate", "UpdateRefused", "parse_update", "prepare", "upkeep"]
