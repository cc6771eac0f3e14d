"""Subcommands: graph — ``build``, ``add``, ``remove``, ``query``, ``export``, ``validate``, ``stats``.

Every command takes ``--store``: a directory (embedded Oxigraph), a SPARQL 1.1 endpoint URL,
or nothing for the project's own store (``$POLICYKG_STORE`` or ``var/store/``).
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from kg.cli.app import app, fail, note, out, plural, track
from kg.sparql.execute import Format

if TYPE_CHECKING:
    from kg.store.base import GraphStore

STORE_HELP = (
    "Store: a directory (embedded Oxigraph), a SPARQL endpoint URL, or nothing for the project's store."
)
DOCS_QUERY = """SELECT DISTINCT ?id ?g WHERE {
  GRAPH ?g { ?d a pkg:Document ; dcterms:identifier ?id } } ORDER BY ?id"""
COUNT_QUERY = """SELECT ?t (COUNT(DISTINCT ?x) AS ?n) WHERE {
  ?x a pkg:%s ; a ?t . ?t rdfs:subClassOf pkg:%s } GROUP BY ?t ORDER BY DESC(?n) ?t"""
StoreOpt = Annotated[str | None, typer.Option("--store", help=STORE_HELP)]
GspOpt = Annotated[
    str | None,
    typer.Option(
        "--gsp",
        metavar="URL",
        help="With --store http://…: the server's Graph Store Protocol URL, when its service "
        "description does not name one (default: discovered, else …/data beside …/sparql).",
    ),
]


@contextmanager
def _target(store: str | None, gsp: str | None) -> Iterator[str | GraphStore | None]:
    """``--store`` as given, or a remote store that writes through the ``--gsp`` URL."""
    if gsp is None:
        yield store
        return
    from kg.store import is_remote
    from kg.store.remote import RemoteStore

    if not is_remote(store) or not is_remote(gsp):
        raise fail("--gsp takes an http(s) URL and goes with --store http(s)://… (a SPARQL endpoint)")
    remote = RemoteStore(str(store), gsp_url=gsp)
    try:
        yield remote
    finally:
        remote.close()


def _progress(items, description: str, total: int):
    return track(items, description, total)


def _print_report(report) -> None:
    """The build summary, with entities and triples as ``kg.sparql.counts`` defines them (read back from
    the store), so ``build`` says what ``stats``, ``demo`` and the home page say."""
    counts = None
    try:
        from kg.sparql.counts import store_counts
        from kg.store import open_store

        st = open_store(report.store, read_only=True)
        try:
            counts = store_counts(st)
        finally:
            st.close()
    except Exception as exc:  # the summary still prints; the counts then are the build's own
        note(f"[yellow]could not read the counts back from {report.store}: {exc}[/yellow]")
    for line in report.lines():
        if counts is not None and line.startswith("entities:"):
            per_type = ", ".join(f"{t} {n}" for t, n in counts.entities.items())
            line = f"entities: {counts.total_entities()} ({per_type})"
        elif counts is not None and line.startswith("triples:"):
            line = f"triples: {counts.triples} (merged default graph); quads: {counts.quads}"
        out.print(line, highlight=False)
    for example in report.violation_examples[:5]:
        note(f"  violation: {example}")


def _finish(run, *args, **kwargs) -> None:
    """Run a build or add; print the summary, then one ``error:`` line per file it could not
    read (the rest was built), exit code 1 when there was any."""
    from rich.markup import escape

    from kg.cli.app import err
    from kg.pipeline.run import NothingBuilt

    try:
        report = run(*args, **kwargs)
    except NothingBuilt as exc:
        for f in exc.failures:
            err.print(f"[red]error:[/red] {escape(str(f))}", highlight=False)
        raise fail(str(exc)) from exc
    _print_report(report)
    for n in report.notes:
        note(f"note: {n}")
    for f in report.failures:
        err.print(f"[red]error:[/red] {escape(str(f))}", highlight=False)
    if report.failures:
        raise typer.Exit(1)


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
    scheduler: Annotated[
        str | None,
        typer.Option(
            "--scheduler",
            help="A running Dask scheduler, tcp://HOST:PORT (default: $DASK_SCHEDULER_ADDRESS if set).",
        ),
    ] = None,
    full: Annotated[bool, typer.Option("--full", help="Re-process every document, changed or not.")] = False,
    parts_dir: Annotated[
        Path | None,
        typer.Option("--parts-dir", help="Where workers write their parts (shared by a remote cluster)."),
    ] = None,
    gsp: GspOpt = None,
) -> None:
    """Extract, build, validate and load the store: only changed documents, streamed (see README).

    A file that cannot be read is reported (one "error:" line) and the rest is built; exit code 1.
    """
    from kg.pipeline.run import build as run_build

    with _target(store, gsp) as target:
        _finish(
            run_build,
            paths or None,
            target,
            workers=workers,
            validate=not no_validate,
            progress=_progress,
            scheduler=scheduler,
            full=full,
            parts_dir=parts_dir,
        )


@app.command()
def add(
    paths: Annotated[list[Path], typer.Argument(help="Documents to add or replace.")],
    store: StoreOpt = None,
    no_validate: Annotated[bool, typer.Option("--no-validate", help="Skip SHACL validation.")] = False,
    gsp: GspOpt = None,
) -> None:
    """Add documents to the store in place, one named graph each (a document already there is replaced).

    A file that cannot be read is reported (one "error:" line) and the rest is added; exit code 1.
    """
    from kg.pipeline.run import add as run_add

    with _target(store, gsp) as target:
        _finish(run_add, paths, target, validate=not no_validate, progress=_progress)


@app.command()
def remove(
    docs: Annotated[list[str], typer.Argument(help="Document ids (file names), paths or graph IRIs.")],
    store: StoreOpt = None,
    gsp: GspOpt = None,
) -> None:
    """Remove documents' named graphs; entities that other documents mention stay."""
    from kg.pipeline.run import remove as run_remove

    with _target(store, gsp) as target:
        missing = [d for d, existed in run_remove(docs, target).items() if not existed]
    for d in docs:
        if d not in missing:
            out.print(f"removed {d}", highlight=False)
    if missing:
        raise fail(
            f"not in the store: {', '.join(missing)} (see `policykg stats` for the documents it holds)"
        )


def _list_queries() -> None:
    from kg.sparql import queries

    for name, q in queries.library().items():
        params = " ".join(f"-p {p.name}=…" for p in q.parameters)
        out.print(
            f"{name}  {q.label.get('zh', '')} / {q.label.get('en', '')}  {params}".rstrip(), highlight=False
        )


@app.command()
def query(
    query_: Annotated[
        str | None,
        typer.Argument(metavar="QUERY", help="SPARQL text, a .rq/.sparql file, or a saved query's name."),
    ] = None,
    param: Annotated[
        list[str] | None,
        typer.Option("--param", "-p", metavar="NAME=VALUE", help="A saved query's parameter."),
    ] = None,
    fmt: Annotated[
        Format, typer.Option("--format", "-f", help="Output format (table is plain text when piped).")
    ] = Format.table,
    store: StoreOpt = None,
    list_: Annotated[bool, typer.Option("--list", help="List the saved queries and exit.")] = False,
) -> None:
    """Run SPARQL or a saved query from ontology/queries/ (list them with --list).

    The project's prefixes (pkg:, rdfs:, skos:, dcterms:, ...) may be used without PREFIX lines,
    here and at the server's /sparql alike.
    """
    from kg.sparql import execute, queries
    from kg.store import open_store

    if list_:
        _list_queries()
        return
    if not query_:
        raise fail("give a QUERY (SPARQL text, a .rq file or a saved query's name), or --list", code=2)
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
            bindings = {k: execute.parse_value(v) for k, v in values.items()}
            result = execute.run(st, text, bindings)
        rendered = execute.render(result, fmt, terminal=out.is_terminal)
    finally:
        st.close()
    if isinstance(rendered, str):
        sys.stdout.write(rendered if rendered.endswith("\n") or not rendered else rendered + "\n")
    else:
        out.print(rendered)
    note(plural(len(result), "row" if result.kind == "select" else "triple"))


def _query_text(given: str) -> str:
    """The query itself, or the text of a .rq/.sparql file (refused unread past the size limit)."""
    from kg.errors import QueryError
    from kg.sparql.guard import MAX_QUERY_BYTES

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
    from kg.pipeline.run import graph_for
    from kg.sparql.export import export as run_export
    from kg.sparql.export import format_for
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
    """Check the merged default graph is in step with the named graphs, then the SHACL shapes."""
    import pyoxigraph as ox

    from kg.rdf.validate import validate_rdf
    from kg.store import open_store

    st = open_store(store, read_only=True)
    try:
        only, missing = st.merge_drift()
        data, quads = st.dump_nquads(), st.count()
    finally:
        st.close()
    if only or missing:  # what every query reads disagrees with the documents' graphs
        raise fail(
            f"{st.location}: the merged default graph is out of step with the named graphs "
            f"({only} triples only in the default graph, {missing} missing from it); "
            "rebuild the store, or `policykg add` the documents written last again"
        )
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
    from kg.explore.labels import document_titles, type_label
    from kg.sparql.counts import store_counts
    from kg.sparql.execute import run
    from kg.store import open_store

    st = open_store(store, read_only=True)
    try:
        counts = store_counts(st)
        titles = document_titles(st)
        out.print(f"store: {st.location}", highlight=False)
        out.print(
            f"{plural(counts.documents, 'document')}; triples (merged default graph): {counts.triples:,}; "
            f"quads: {counts.quads:,} in {plural(len(st.graphs()), 'named graph')}",
            highlight=False,
        )
        for doc_id, g in run(st, DOCS_QUERY).rows:
            out.print(f"  {titles.get(str(doc_id), str(doc_id))}  ({doc_id}, <{g}>)", highlight=False)
        ents = ", ".join(f"{type_label(t)} ({t}) {n}" for t, n in counts.entities.items())
        out.print(f"entities: {counts.total_entities()}: {ents}", highlight=False)
        rows = run(st, COUNT_QUERY % ("Fact", "Fact")).rows
        out.print("facts: " + ", ".join(f"{str(t).rsplit('#', 1)[-1]} {n}" for t, n in rows), highlight=False)
    finally:
        st.close()
