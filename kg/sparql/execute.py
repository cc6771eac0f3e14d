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
from collections.abc import Mapping
from enum import StrEnum

from rdflib import Literal, URIRef
from rdflib.term import Node
from rich.table import Table

from kg.errors import QueryError
from kg.rdf.vocab import PREFIXES, sparql_prologue
from kg.store.base import GraphStore, QueryResult

_TOKENS = re.compile(
    r'(?P<skip>"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^\'\\]|\\.|\'(?!\'\'))*\'\'\''
    r'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|<[^<>"{}|^`\\\s]*>|#[^\n]*)'
    r"|(?P<var>[?$][A-Za-z_][A-Za-z0-9_]*)"
)
_PREFIX_DECL = re.compile(r"^\s*PREFIX\s+([A-Za-z][\w-]*)?:", re.IGNORECASE | re.MULTILINE)


def substitute(query: str, bindings: Mapping[str, Node]) -> str:
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
    """Add the project's PREFIX lines for prefixes the query uses but does not declare.

    The lines go in front of the query, so positions in a parser's error message are one line
    per added prefix too far down: :func:`run` maps them back (see :func:`syntax_message`).
    """
    declared = {m.group(1) or "" for m in _PREFIX_DECL.finditer(query)}
    missing = [p for p in PREFIXES if p not in declared and re.search(rf"(?<![\w<]){p}:", query)]
    if not missing:
        return query
    lines = [line for line in sparql_prologue().splitlines() if line.split()[1][:-1] in missing]
    return "\n".join(lines) + "\n" + query


def prefix_map() -> dict[str, str]:
    """The project's prefixes for a parser that takes them (pyoxigraph's ``prefixes=``)."""
    return {p: str(ns) for p, ns in PREFIXES.items()}


_POSITION = re.compile(r"(?:error at |at )(\d+):(\d+)|line:(\d+), col:(\d+)")  # Oxigraph | pyparsing
_EXPECTED = re.compile(r"expected one of (.*)", re.DOTALL)
_EXPECTED_ITEM = re.compile(r'"(?:[^"\\]|\\.)*"|\[[^\]]*\]|[^,\s][^,]*')
_MAX_EXPECTED = 8


def syntax_message(error: str, query: str, line_shift: int = 0) -> str:
    """One short line for a SPARQL parser error: the position in the text the user wrote, the
    text there, and what the parser wanted (keywords and punctuation; character classes such as
    ``'\\u{00C0}'..='\\u{00D6}'`` dropped). ``line_shift``: lines put in front of the query."""
    flat = " ".join(error.split())
    where = ""
    m = _POSITION.search(flat)
    if m:
        found = [int(g) for g in m.groups() if g is not None]
        line, col = found[0] - line_shift, found[1]
        lines = query.splitlines() or [""]
        near = ""
        if 1 <= line <= len(lines):
            text = lines[line - 1]
            near = text[max(0, col - 16) : col + 16].strip()
        where = f" at line {line}, column {col}" + (f" (near “{near}”)" if near else "")
    e = _EXPECTED.search(flat)
    if e:
        if "Prefix not found" in e.group(1):
            what = "undeclared prefix (declare it with PREFIX, or use one of the project's: " + (
                ", ".join(PREFIXES) + ")"
            )
        else:
            items = _EXPECTED_ITEM.findall(e.group(1))
            items = [x.strip() for x in items if x.strip() and not x.startswith("[")]
            shown = ", ".join(items[:_MAX_EXPECTED]) + (", …" if len(items) > _MAX_EXPECTED else "")
            what = f"expected {shown}" if shown else "unexpected text"
    else:
        what = re.sub(r"\s*\(at char \d+\),?\s*(\(\))?", "", _POSITION.sub("", flat)).strip(" :,")
        what = what or "cannot parse"
    return f"SPARQL syntax error{where}: {what}"


def run(store: GraphStore, query: str, bindings: Mapping[str, Node] | None = None) -> QueryResult:
    """Run ``query`` with the project's prefixes available (as the server does) and ``bindings``,
    after :func:`kg.sparql.guard.check` (size, nesting, no SERVICE/LOAD), on a thread with a stack
    deep enough for whatever passes the check."""
    from kg.sparql.guard import check, run_with_big_stack

    text = substitute(with_prefixes(query), bindings or {})
    shift = text.count("\n") - query.count("\n")
    check(text)
    try:
        return run_with_big_stack(lambda: store.query(text))
    except QueryError as exc:
        cause = exc.__cause__
        if isinstance(cause, SyntaxError) or "syntax error" in str(exc).lower():
            raise QueryError(syntax_message(str(cause or exc), query, shift)) from exc
        raise


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


class Format(StrEnum):
    """``policykg query --format``: what each result kind can be written as."""

    table = "table"
    csv = "csv"
    tsv = "tsv"
    json = "json"
    jsonl = "jsonl"
    turtle = "turtle"
    ntriples = "ntriples"


ROW_FORMATS = {Format.table, Format.csv, Format.tsv, Format.json, Format.jsonl}
GRAPH_FORMATS = {Format.table, Format.turtle, Format.ntriples, Format.json}


def _tsv_term(t: Node | None) -> str:
    """A term as SPARQL 1.1 TSV writes it (N-Triples syntax; tabs and newlines escaped)."""
    if t is None:
        return ""
    return t.n3().replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


def plain_table(vars_: list[str], rows: list[list[str]]) -> str:
    """Columns padded to their widest cell (CJK counted double), nothing cut: for pipes and files."""
    from rich.cells import cell_len

    cells = [[" ".join(c.split()) for c in row] for row in rows]
    widths = [max([cell_len(v)] + [cell_len(r[i]) for r in cells]) for i, v in enumerate(vars_)]

    def line(values: list[str]) -> str:
        return "  ".join(v + " " * (w - cell_len(v)) for v, w in zip(values, widths, strict=True)).rstrip()

    return "\n".join([line(vars_), line(["-" * w for w in widths]), *(line(r) for r in cells)]) + "\n"


def render(result: QueryResult, fmt: Format | str = Format.table, terminal: bool = True) -> str | Table:
    """One of :class:`Format`; a Rich table only for ``table`` on a terminal (plain text otherwise,
    so a pipe gets every character of every evidence sentence)."""
    try:
        fmt = Format(fmt)
    except ValueError:
        raise QueryError(
            f"unknown format {fmt!r}; choose from {', '.join(f.value for f in Format)}"
        ) from None
    if result.kind == "graph":
        if fmt not in GRAPH_FORMATS:
            raise QueryError(
                f"a CONSTRUCT/DESCRIBE result is a graph: use turtle, ntriples or json, not {fmt.value}"
            )
        assert result.graph is not None
        rdf = {Format.ntriples: "nt", Format.json: "json-ld"}.get(fmt, "turtle")
        return result.graph.serialize(format=rdf)
    if fmt not in ROW_FORMATS:
        raise QueryError(f"--format {fmt.value} needs a CONSTRUCT or DESCRIBE query")
    if fmt == Format.json:
        return result.to_json()
    if result.kind == "ask":
        return "true" if result.boolean else "false"
    if fmt == Format.csv:
        return result.to_csv()
    if fmt == Format.tsv:
        lines = ["\t".join(f"?{v}" for v in result.vars)]
        lines += ["\t".join(_tsv_term(t) for t in row) for row in result.rows]
        return "\n".join(lines) + "\n"
    if fmt == Format.jsonl:
        import json

        return "".join(
            json.dumps(
                {v: _cell(t) for v, t in zip(result.vars, row, strict=True) if t is not None},
                ensure_ascii=False,
            )
            + "\n"
            for row in result.rows
        )
    if not terminal:
        return plain_table(result.vars, [[_cell(t) for t in row] for row in result.rows])
    table = Table(*result.vars, show_lines=False)
    for row in result.rows:
        table.add_row(*(_cell(t) for t in row))
    return table
