"""Subcommand ``demo``: the README's main job on the bundled corpus, start to finish.

It is the path a newcomer takes first, so it does everything once and says where the
results are: build the store from ``data/corpus/``, validate it with SHACL, write the
interactive whole-graph page, and print a summary a reader can check against the corpus.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from kg.cli.app import app, fail, out, track
from kg.cli.explore import DEFAULT_PAGE, STORE_HELP, write_corpus_page
from kg.explore.labels import label, type_label


def _summary(report, page, counts) -> Table:
    """The build's summary; documents, entities and triples as ``kg.sparql.counts`` defines them
    (read back from the loaded store), so they match ``policykg stats`` and the home page."""
    table = Table(title="policykg demo — bundled corpus", show_header=False, title_justify="left")
    table.add_column("what", style="bold")
    table.add_column("value")
    table.add_row("documents", str(counts.documents))
    for type_, n in sorted(counts.entities.items(), key=lambda x: -x[1]):
        table.add_row(f"entities: {type_label(type_)} ({type_})", str(n))
    for rel, n in sorted(report.relations.items(), key=lambda x: -x[1]):
        table.add_row(f"relations: {label(rel)} ({rel})", str(n))
    table.add_row("indicator observations", str(report.observations))
    table.add_row("investment figures", str(report.investments))
    table.add_row("mentions (with evidence)", str(report.mentions))
    table.add_row("triples (merged default graph)", f"{counts.triples:,}")
    table.add_row("quads (one graph per document)", f"{counts.quads:,}")
    shacl = "conforms" if report.conforms else f"{report.violations} violations"
    table.add_row("SHACL", shacl)
    table.add_row("store", str(report.store))
    table.add_row("graph page", f"{page.path} ({page.nodes} nodes, {page.edges} edges)")
    table.add_row("time", ", ".join(f"{k} {v:.1f}s" for k, v in report.timings.items()))
    return table


@app.command()
def demo(
    store: Annotated[str | None, typer.Option("--store", help=STORE_HELP)] = None,
    output: Annotated[
        Path, typer.Option("--output", "-o", help="Where to write the graph page.")
    ] = DEFAULT_PAGE,
    workers: Annotated[int, typer.Option("--workers", "-w", help="Dask workers (0: in-process).")] = 0,
    max_nodes: Annotated[int, typer.Option(help="Node cap of the graph page.")] = 300,
) -> None:
    """Main job: build the graph from the bundled corpus, validate it, write the page, summarise."""
    from kg.pipeline.run import build
    from kg.sparql.counts import store_counts
    from kg.store import open_store

    report = build(
        None, store, workers=workers, validate=True, full=True, progress=lambda i, d, n: track(i, d, n)
    )
    st = open_store(report.store, read_only=True)
    try:
        page = write_corpus_page(st, output, max_nodes=max_nodes)
        counts = store_counts(st)
    finally:
        st.close()
    out.print(_summary(report, page, counts))
    out.print(f"graph page: {Path(page.path).resolve()}", highlight=False)
    if not report.conforms:
        for example in report.violation_examples[:5]:
            out.print(f"  violation: {example}", highlight=False)
        raise fail("the built graph does not conform to ontology/shapes.ttl")
