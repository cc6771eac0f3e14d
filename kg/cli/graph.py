"""Subcommands: graph — ``build``, ``add``, ``remove``, ``query``, ``export``, ``validate``, ``stats``.

Every command takes ``--store``: a directory (embedded Oxigraph), a SPARQL 1.1 endpoint URL,
or nothing for the project's own store (``$POLICYKG_STORE`` or ``var/store/``).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from kg.cli.app import app, fail, note, out, track

STORE_HELP = (
    "Store: a directory (embedded Oxigraph), a SPARQL endpoint URL, or nothing for the project's store."
)
DOCS_QUERY = """SELECT DISTINCT ?id ?g WHERE {
  GRAPH ?g { ?d a pkg:Document ; dcterms:identifier ?id } } ORDER BY ?id"""
COUNT_QUERY = """SELECT ?t (COUNT(DISTINCT ?x) AS ?n) WHERE {
  ?x a pkg:%s ; a ?t . ?t rdfs:subClassOf pkg:%s } GROUP BY ?t ORDER BY DESC(?n) ?t"""
StoreOpt = Annotated[str | None, typer.Option("--store", help=STORE_HELP)]


def _progress(items, description: str, total: int):
    return track(items, description, total)


def _print_report(report) -> None:
    for line in report.lines():
        out.print(line, highlight=False)
    for example in report.violation_examples[:5]:
        note(f"  violation: {example}")


@app.command()
def build(
    paths: Annotated[
        list[Path] | None, typer.Argument(help="Files or directories (default: the bundled corpus).")
    ] = None,
    store: StoreOpt = None,
    workers: Annotated[
        int, typer.Option("--workers", "-w", help="Dask workers on 127.0.0.1 (0: in-process).")
    ] = 0,
    no_validate: Annotated[bool, typer.Option("--no-validate", help="Skip SHACL validation.")] = False,
) -> None:
    """Extract, build, validate and load the whole store (replaced atomically when it is a directory)."""
    from kg.pipeline import build as run_build

    report = run_build(paths or None, store, workers=workers, validate=not no_validate, progress=_progress)
    _print_report(report)


@app.command()
def add(
    paths: Annotated[list[Path], typer.Argument(help="Documents to add or replace.")],
    store: StoreOpt = None,
    no_validate: Annotated[bool, typer.Option("--no-validate", help="Skip SHACL validation.")] = False,
) -> None:
    """Add documents to the store in place, one named graph each (a document already there is replaced)."""
    from kg.pipeline import add as run_add

    report = run_add(paths, store, validate=not no_validate, progress=_progress)
    _print_report(report)


@app.command()
def remove(
    docs: Annotated[list[str], typer.Argument(help="Document ids (file names), paths or graph IRIs.")],
    store: StoreOpt = None,
) -> None:
    """Remove documents' named graphs; entities that other documents mention stay."""
    from kg.pipeline import remove as run_remove

    missing = [d for d, existed in run_remove(docs, store).items() if not existed]
    for d in docs:
        if d not in missing:
            out.print(f"removed {d}", highlight=False)
    if missing:
        raise fail(
            f"not in the store: {', '.join(missing)} (see `policykg stats` for the documents it holds)"
        )


@app.command()
def query(
    query_: Annotated[
        str, typer.Argument(metavar="QUERY", help="SPARQL text, a .rq/.sparql file, or a saved query name.")
    ],
    param: Annotated[
        list[str] | None, typer.Option("--param", "-p", help="name=value for a saved query.")
    ] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table, csv, json or turtle.")] = "table",
    store: StoreOpt = None,
    list_: Annotated[bool, typer.Option("--list", help="List the saved queries and exit.")] = False,
) -> None:
    """Run SPARQL or a saved query from ontology/queries/ (``policykg query --list``)."""
    from extract.errors import QueryError
    from kg import queries, sparql
    from kg.store import open_store

    if list_:
        for name, q in queries.library().items():
            params = " ".join(f"--param {p.name}=…" for p in q.parameters)
            out.print(f"{name}  {q.label.get('zh', '')} / {q.label.get('en', '')}  {params}", highlight=False)
        return
    values = {}
    for item in param or []:
        name, sep, value = item.partition("=")
        if not sep:
            raise fail(f"--param needs name=value, got {item!r}", code=2)
        values[name.strip()] = value
    saved = queries.resolve(query_)
    st = open_store(store, read_only=True)
    try:
        if saved is not None:
            result = saved.run(st, values)
        else:
            text = _query_text(query_)
            bindings = {k: sparql.parse_value(v) for k, v in values.items()}
            result = sparql.run(st, text, bindings)
        rendered = sparql.render(result, fmt)
    except QueryError:
        raise
    finally:
        st.close()
    if isinstance(rendered, str):
        sys.stdout.write(rendered if rendered.endswith("\n") else rendered + "\n")
    else:
        out.print(rendered)
        note(f"{len(result)} rows")


def _query_text(given: str) -> str:
    """The query itself, or the text of a .rq/.sparql file (refused unread past the size limit)."""
    from extract.errors import QueryError
    from kg.query_guard import MAX_QUERY_BYTES

    path = Path(given) if len(given) < 4096 and "\n" not in given else None
    if path is None or path.suffix not in (".rq", ".sparql") or not path.is_file():
        return given
    size = path.stat().st_size
    if size > MAX_QUERY_BYTES:
        raise QueryError(f"{path}: {size:,} bytes; a query may have at most {MAX_QUERY_BYTES:,}")
    try:
        return path.read_text("utf-8")
    except UnicodeDecodeError as exc:
        raise QueryError(f"{path}: not UTF-8 text ({exc.reason} at byte {exc.start})") from None


@app.command()
def export(
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="File to write (default: stdout).")
    ] = None,
    fmt: Annotated[str | None, typer.Option("--format", "-f", help="trig, nquads, turtle or jsonld.")] = None,
    graph: Annotated[
        str | None, typer.Option("--graph", help="Only this named graph (IRI or document id).")
    ] = None,
    store: StoreOpt = None,
) -> None:
    """Export the graph as TriG, N-Quads, Turtle (union) or JSON-LD."""
    from kg.export import export as run_export
    from kg.export import format_for
    from kg.pipeline import graph_for
    from kg.store import open_store

    fmt = fmt or (format_for(output) if output else "trig")
    st = open_store(store, read_only=True)
    try:
        data = run_export(st, fmt, graph_for(graph) if graph else None)
    finally:
        st.close()
    if output:
        output.parent.mkdir(parents=True, exist_ok=True)
        output.write_bytes(data)
        note(f"wrote {output} ({len(data):,} bytes, {fmt})")
    else:
        sys.stdout.buffer.write(data)


@app.command()
def validate(store: StoreOpt = None) -> None:
    """Check the stored graph against the SHACL shapes (ontology/shapes.ttl)."""
    import pyoxigraph as ox

    from kg.store import open_store
    from kg.validate import validate_rdf

    st = open_store(store, read_only=True)
    try:
        data, quads = st.dump_nquads(), st.count()
    finally:
        st.close()
    # the stored ontology graph is among the named graphs, so it is not added a second time
    report = validate_rdf([data], with_ontology=False, fmt=ox.RdfFormat.N_QUADS)
    if report.conforms:
        out.print(f"conforms ({quads} quads, {report.seconds:.1f}s)")
        return
    for shape, n in report.by_shape.most_common():
        out.print(f"{n:6d}  {shape}", highlight=False)
    for m in report.messages[:10]:
        note(m)
    raise fail(f"{report.violations} SHACL violations")


@app.command()
def stats(store: StoreOpt = None) -> None:
    """Documents, graphs, entities per type, facts and triples in the store."""
    from kg.sparql import run
    from kg.store import open_store

    st = open_store(store, read_only=True)
    try:
        out.print(f"store: {st.location}", highlight=False)
        out.print(f"quads: {st.count()}; named graphs: {len(st.graphs())}")
        docs = run(st, DOCS_QUERY)
        for doc_id, g in docs.values():
            out.print(f"  document {doc_id}  <{g}>", highlight=False)
        for label, cls in (("entities", "Entity"), ("facts", "Fact")):
            rows = run(st, COUNT_QUERY % (cls, cls)).values()
            counts = ", ".join(f"{t.rsplit('#', 1)[-1]} {n}" for t, n in rows)
            out.print(f"{label}: {counts}", highlight=False)
    finally:
        st.close()
