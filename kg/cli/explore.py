"""Subcommands: explore — ``viz``, ``trace``, ``analyze``, ``serve``.

Each reads the store named by ``--store`` (default: the project's embedded store), read-only.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, cast

import typer
from rich.table import Table

from kg.cli.app import app, fail, note, out
from kg.explore.labels import type_label
from kg.server import defaults

if TYPE_CHECKING:  # imported where used, so `policykg --help` stays quick
    import pyoxigraph as ox

    from kg.explore.viz import PageInfo
    from kg.store.base import GraphStore

STORE_HELP = (
    "Store: a directory (embedded Oxigraph), a SPARQL endpoint URL, or nothing for the project's store."
)
DEFAULT_PAGE = Path("out") / "graph.html"


def _open(store: str | None):
    from kg.store import open_store

    return open_store(store, read_only=True)


def _types(value: str | None) -> set[str] | None:
    if not value:
        return None
    from extract.registry import entity_types

    types = {t.strip() for t in value.split(",") if t.strip()}
    unknown = types - set(entity_types())
    if unknown:
        raise fail(
            f"unknown type(s) {', '.join(sorted(unknown))}; choose from {', '.join(entity_types())}", code=2
        )
    return types


def write_corpus_page(
    store: GraphStore, path: Path = DEFAULT_PAGE, max_nodes: int = 300, **focus: Any
) -> PageInfo:
    """The whole-graph page (also called by the main job)."""
    from kg.explore.focus import select
    from kg.explore.netgraph import to_networkx
    from kg.explore.viz import write_page

    g = to_networkx(store)
    sel = select(g, max_nodes=max_nodes, **focus)
    from kg.explore.labels import lang

    title = "policykg — " + (
        sel.description
        if sel.focus or focus.get("types")
        else ("政策知识图谱" if lang() == "zh" else "knowledge graph")
    )
    return write_page(sel, path, title=title)


@app.command()
def viz(
    output: Annotated[Path, typer.Option("--output", "-o", help="HTML file to write.")] = DEFAULT_PAGE,
    entity: Annotated[
        str | None, typer.Option(help="Focus on this entity's neighbourhood (name or alias).")
    ] = None,
    hops: Annotated[int, typer.Option(help="Neighbourhood radius for --entity/--strategy/--district.")] = 1,
    strategy: Annotated[str | None, typer.Option(help="Focus on one strategy and what links to it.")] = None,
    district: Annotated[str | None, typer.Option(help="Focus on one district.")] = None,
    types: Annotated[
        str | None, typer.Option(help="Only these entity types, comma-separated (e.g. Project,Enterprise).")
    ] = None,
    max_nodes: Annotated[int, typer.Option(help="Node cap; the page says what was left out.")] = 300,
    store: Annotated[str | None, typer.Option(help=STORE_HELP)] = None,
) -> None:
    """Write an interactive graph page (works offline) and print its path."""
    info = write_corpus_page(
        _open(store),
        output,
        max_nodes=max_nodes,
        entity=entity,
        hops=hops,
        strategy=strategy,
        district=district,
        types=_types(types),
    )
    if info.omitted:
        note(f"[yellow]{info.omitted}[/yellow] (raise --max-nodes or focus the page)")
    note(
        f"{info.nodes} nodes, {info.edges} edges, "
        f"physics {'on' if info.physics else 'off (precomputed layout)'}, "
        f"{info.seconds:.2f} s"
    )
    out.print(str(info.path.resolve()))


@app.command()
def trace(
    strategy: Annotated[
        str | None, typer.Argument(help="Strategy to trace (canonical name or alias).")
    ] = None,
    entity: Annotated[
        str | None, typer.Option("--entity", help="Trace one entity across documents and years instead.")
    ] = None,
    plan_vs_delivery: Annotated[
        str | None,
        typer.Option(
            "--plan-vs-delivery", help="District: entities of its plan documents vs its execution reports."
        ),
    ] = None,
    markdown: Annotated[
        Path | None, typer.Option("--markdown", help="Also write the trace as Markdown.")
    ] = None,
    html: Annotated[
        Path | None, typer.Option("--html", help="Also write an HTML page with the traced subgraph.")
    ] = None,
    as_json: Annotated[
        bool, typer.Option("--json", help="Print the strategy trace as JSON instead of tables.")
    ] = False,
    store: Annotated[str | None, typer.Option(help=STORE_HELP)] = None,
) -> None:
    """Trace a strategy across districts (or --entity across documents) with evidence sentences."""
    from kg.explore import trace as tr
    from kg.explore import trace_render as rd

    chosen = [x for x in (strategy, entity, plan_vs_delivery) if x]
    if len(chosen) != 1:
        raise fail("give one of: a STRATEGY, --entity NAME, --plan-vs-delivery DISTRICT", code=2)
    st = _open(store)
    if plan_vs_delivery:
        result = tr.plan_vs_delivery(st, plan_vs_delivery)
        out.print(rd.plan_delivery_rich(result))
        return
    if entity:
        etrace = tr.trace_entity(st, entity)
        out.print(rd.entity_rich(etrace))
        if markdown:
            markdown.parent.mkdir(parents=True, exist_ok=True)
            markdown.write_text(rd.entity_markdown(etrace), encoding="utf-8")
            note(f"markdown: {markdown}")
        if html:
            from kg.explore.focus import select
            from kg.explore.netgraph import to_networkx
            from kg.explore.viz import write_page

            sel = select(to_networkx(st), entity=etrace.label)
            info = write_page(sel, html, title=f"{etrace.label} — {type_label(etrace.type)}")
            note(f"html: {info.path}")
        return
    assert strategy is not None
    t0 = time.perf_counter()
    strace = tr.trace_strategy(st, strategy)
    note(f"{strace.strategy}: {len(strace.districts)} districts, {time.perf_counter() - t0:.2f} s")
    if as_json:
        print(strace.as_json())
    else:
        out.print(rd.strategy_rich(strace))
    if markdown:
        markdown.parent.mkdir(parents=True, exist_ok=True)
        markdown.write_text(rd.strategy_markdown(strace), encoding="utf-8")
        note(f"markdown: {markdown}")
    if html:
        info = rd.strategy_page(strace, html)
        note(f"html: {info.path}")


@app.command()
def analyze(
    top: Annotated[int, typer.Option(help="How many entities per type in the centrality ranking.")] = 5,
    types: Annotated[str | None, typer.Option(help="Rank only these types, comma-separated.")] = None,
    communities: Annotated[
        bool, typer.Option("--communities/--no-communities", help="Detect communities (Louvain).")
    ] = True,
    path: Annotated[
        tuple[str, str] | None,
        typer.Option(
            "--path", metavar="FROM TO", help="Shortest chain of facts between two entities (two names)."
        ),
    ] = None,
    co_mentions: Annotated[
        bool,
        typer.Option(
            "--co-mentions/--facts-only",
            help="Count same-sentence co-mentions as links (default) or stated facts only.",
        ),
    ] = True,
    store: Annotated[str | None, typer.Option(help=STORE_HELP)] = None,
) -> None:
    """Centrality per type, communities, and --path A B: the shortest evidence chain."""
    from kg.explore import analysis
    from kg.explore.labels import cite
    from kg.explore.netgraph import to_networkx

    g = to_networkx(_open(store), co_mentions=co_mentions)
    if path:
        hops = analysis.evidence_path(g, *path)
        table = Table(title=f"{path[0]} → {path[1]}: {len(hops)} hops", show_lines=True, title_justify="left")
        for c in ("from", "relation", "to", "evidence"):
            table.add_column(c)
        for hop in hops:
            a, b = g.nodes[hop.source]["label"], g.nodes[hop.target]["label"]
            rel = hop.relation if hop.forward else f"{hop.relation} (←)"
            ev = hop.evidence[0] if hop.evidence else None
            where = cite(ev["doc"], ev["start"], ev["end"], g.graph.get("titles")) if ev else ""
            table.add_row(a, rel, b, f"{ev['text']}\n{where}" if ev else "")
        out.print(table)
        return
    ranking = analysis.centrality(g, top=top, types=_types(types), co_mentions=co_mentions)
    for type_, items in ranking.items():
        table = Table(title=f"{type_label(type_)} ({type_})", title_justify="left")
        for c in ("entity", "degree", "pagerank", "betweenness"):
            table.add_column(c, justify="left" if c == "entity" else "right")
        for r in items:
            table.add_row(r.label, str(r.degree), f"{r.pagerank:.4f}", f"{r.betweenness:.4f}")
        out.print(table)
    if communities:
        found, modularity = analysis.communities(g)
        table = Table(title=f"communities (Louvain, modularity {modularity:.3f})", title_justify="left")
        for c in ("#", "size", "types", "central members"):
            table.add_column(c)
        for community in found[:15]:
            table.add_row(
                str(community.index),
                str(community.size),
                ", ".join(f"{t} {n}" for t, n in community.types.most_common(3)),
                "、".join(community.top),
            )
        out.print(table)


@app.command()
def serve(
    port: Annotated[int, typer.Option(help="Port to listen on.")] = defaults.PORT,
    host: Annotated[
        str, typer.Option(help="Address to listen on (loopback only unless --allow-remote).")
    ] = defaults.HOST,
    allow_remote: Annotated[
        bool,
        typer.Option(
            "--allow-remote",
            help="Accept a --host other machines can reach (the endpoint has no authentication).",
        ),
    ] = False,
    allow_update: Annotated[
        bool, typer.Option("--allow-update", help="Accept SPARQL Update (default: read-only).")
    ] = False,
    timeout: Annotated[
        float, typer.Option(help="Query time limit in seconds (503 beyond it).")
    ] = defaults.TIMEOUT_S,
    max_results: Annotated[
        int, typer.Option(help="Result cap (rows or triples); truncation is flagged in a header.")
    ] = defaults.MAX_RESULTS,
    store: Annotated[
        str | None, typer.Option(help="Embedded store directory (default: the project's store).")
    ] = None,
    update_token: Annotated[
        str | None,
        typer.Option(
            "--update-token",
            help="With --allow-update: writes need 'Authorization: Bearer TOKEN' "
            "(default: $POLICYKG_UPDATE_TOKEN, else none).",
        ),
    ] = None,
    query_workers: Annotated[
        int, typer.Option(help="Worker processes for queries (killed at the time limit); 0: threads.")
    ] = defaults.QUERY_WORKERS,
    page_cache_mb: Annotated[
        int, typer.Option(help="Memory for finished HTML pages, kept until the store changes; 0: none.")
    ] = defaults.PAGE_CACHE_MB,
) -> None:
    """Serve /sparql (SPARQL 1.1 Protocol) and HTML pages, on 127.0.0.1 by default (see SECURITY.md)."""
    from kg.server.hardening import ServerOptions
    from kg.server.reload import LiveStore, StoreHandle
    from kg.server.run import bind_socket, close_server, is_loopback, make_server
    from kg.server.sparql_endpoint import EndpointConfig
    from kg.store import is_remote, open_store
    from kg.store.oxigraph import OxigraphStore

    if not is_loopback(host) and not allow_remote:
        raise fail(
            f"--host {host} would let other machines reach an endpoint without authentication; "
            "add --allow-remote if that is meant (better: a reverse proxy with access control)",
            code=2,
        )
    if is_remote(store):
        raise fail(f"{store} is already a SPARQL endpoint; serve needs an embedded store directory", code=2)
    try:
        sock = bind_socket(host, port)
    except OSError as exc:
        raise fail(f"cannot listen on {host}:{port}: {exc.strerror or exc} (try another --port)") from None
    try:
        st = open_store(store, read_only=not allow_update)
        if not isinstance(st, OxigraphStore) or st.location == "memory":
            raise fail(f"{st.location}: serve needs an embedded Oxigraph store", code=2)
        # the served store follows the directory: add/build are seen without a restart (kg.server.reload)
        # released before the handle reopens it (RocksDB allows one writer per process)
        st.store = None  # type: ignore[assignment]  # replaced by the stand-in two lines down
        # LiveStore stands in for pyoxigraph.Store: it forwards every attribute to the current one
        live = cast("ox.Store", LiveStore(StoreHandle(st.location, read_only=not allow_update)))
        st.store = live
        config = EndpointConfig(allow_update=allow_update, timeout_s=timeout, max_results=max_results)
        options = ServerOptions(
            update_token=update_token, query_workers=query_workers, page_cache_bytes=page_cache_mb * 2**20
        )
        server = make_server(live, port, config, pages=True, graph_store=st, host=host, options=options)
        shown = f"[{host}]" if ":" in host else host
        note(
            f"serving {st.location} on http://{shown}:{port}/ (SPARQL at /sparql, "
            f"{'read-write' if allow_update else 'read-only'}); Ctrl-C stops"
        )
        try:
            server.run(sockets=[sock])
        finally:
            close_server(server)
    finally:
        sock.close()
