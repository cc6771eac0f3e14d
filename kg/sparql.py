"""Running SPARQL text: parameter substitution and result output (table, CSV, JSON, Turtle).

Parameters are substituted into the query text (each ``?name``/``$name`` outside strings,
IRIs and comments becomes the term's SPARQL form). Doing it textually rather than through a
backend's own mechanism (pyoxigraph ``substitutions``, rdflib ``initBindings``) gives every
backend, the remote endpoint included, the very same query, so answers agree by
construction. Parameters are therefore never projected or grouped on; saved queries follow
that rule and a test checks each one parses after substitution.
"""

from __future__ import annotations

import re

from rdflib import Literal, URIRef
from rdflib.term import Node
from rich.table import Table

from extract.errors import QueryError
from kg.store.base import GraphStore, QueryResult
from kg.vocab import PREFIXES, sparql_prologue

_TOKENS = re.compile(
    r'(?P<skip>"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^\'\\]|\\.|\'(?!\'\'))*\'\'\''
    r'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|<[^<>"{}|^`\\\s]*>|#[^\n]*)'
    r"|(?P<var>[?$][A-Za-z_][A-Za-z0-9_]*)"
)
_PREFIX_DECL = re.compile(r"^\s*PREFIX\s+([A-Za-z][\w-]*)?:", re.IGNORECASE | re.MULTILINE)


def substitute(query: str, bindings: dict[str, Node]) -> str:
    """Replace every use of a bound variable by the term (outside literals, IRIs and comments)."""
    if not bindings:
        return query
    used: set[str] = set()

    def repl(m: re.Match[str]) -> str:
        if m.group("var") is None:
            return m.group(0)
        name = m.group("var")[1:]
        if name not in bindings:
            return m.group(0)
        used.add(name)
        return bindings[name].n3()

    out = _TOKENS.sub(repl, query)
    unused = set(bindings) - used
    if unused:
        raise QueryError(f"the query has no variable for parameter(s): {', '.join(sorted(unused))}")
    return out


def with_prefixes(query: str) -> str:
    """Add the project's PREFIX lines for prefixes the query uses but does not declare."""
    declared = {m.group(1) or "" for m in _PREFIX_DECL.finditer(query)}
    missing = [p for p in PREFIXES if p not in declared and re.search(rf"(?<![\w<]){p}:", query)]
    if not missing:
        return query
    lines = [line for line in sparql_prologue().splitlines() if line.split()[1][:-1] in missing]
    return "\n".join(lines) + "\n" + query


def run(store: GraphStore, query: str, bindings: dict[str, Node] | None = None) -> QueryResult:
    """Run a query after :func:`kg.query_guard.check` (size, nesting, no SERVICE/LOAD), on a thread
    with a stack deep enough for whatever passes the check."""
    from kg.query_guard import check, run_with_big_stack

    text = substitute(with_prefixes(query), bindings or {})
    check(text)
    return run_with_big_stack(lambda: store.query(text))


def parse_value(text: str, kind: str = "literal") -> Node:
    """A command-line parameter value as an RDF term: ``iri``, ``integer``, ``gYear``, ``literal`` (@zh)."""
    if kind == "iri":
        prefix, _, local = text.partition(":")
        if prefix in PREFIXES and not local.startswith("//"):
            value = str(PREFIXES[prefix]) + local
        else:
            value = text.strip().removeprefix("<").removesuffix(">")
        return URIRef(_checked_iri(value, text))
    if kind in ("integer", "gYear", "decimal"):
        from rdflib.namespace import XSD

        if not _NUMBER[kind].fullmatch(text.strip()):
            raise QueryError(f"parameter value {text!r} is not {_NUMBER_NAMES[kind]}")
        return Literal(text.strip(), datatype=XSD[kind])
    if kind == "string":
        return Literal(text)
    return Literal(text, lang="zh")


# the lexical forms XML Schema allows (no nan, inf or exponent: they are not integers or years)
_NUMBER = {
    "integer": re.compile(r"[+-]?[0-9]+"),
    "gYear": re.compile(r"-?[0-9]{4,}(?:Z|[+-][0-9]{2}:[0-9]{2})?"),
    "decimal": re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)"),
}
_NUMBER_NAMES = {"integer": "an integer", "gYear": "a year (e.g. 2023)", "decimal": "a decimal number"}


def _checked_iri(value: str, given: str) -> str:
    """An absolute IRI (Oxigraph's parser decides), else QueryError: a value is never pasted raw."""
    import pyoxigraph as ox

    try:
        return ox.NamedNode(value).value
    except ValueError as exc:
        raise QueryError(f"parameter value {given!r} is not an IRI ({exc})") from None


def _cell(t: Node | None) -> str:
    if t is None:
        return ""
    if isinstance(t, URIRef):
        for p, ns in PREFIXES.items():
            if str(t).startswith(str(ns)):
                return f"{p}:{str(t)[len(str(ns)) :]}"
        return str(t)
    return str(t)


def render(result: QueryResult, fmt: str = "table") -> str | Table:
    """``table`` (a Rich table), ``csv``, ``json`` (SPARQL results JSON), ``turtle`` (CONSTRUCT)."""
    if result.kind == "graph":
        if fmt not in ("turtle", "table", "nt", "jsonld"):
            raise QueryError(f"a CONSTRUCT result is a graph: use --format turtle, not {fmt}")
        assert result.graph is not None
        return result.graph.serialize(format={"table": "turtle", "jsonld": "json-ld"}.get(fmt, fmt))
    if fmt == "turtle":
        raise QueryError("--format turtle needs a CONSTRUCT or DESCRIBE query")
    if fmt == "json":
        return result.to_json()
    if result.kind == "ask":
        return "true" if result.boolean else "false"
    if fmt == "csv":
        return result.to_csv()
    table = Table(*result.vars, show_lines=False)
    for row in result.rows:
        table.add_row(*(_cell(t) for t in row))
    return table
