"""The Python API: what the command line does, as functions a notebook or a script calls.

    import kg

    store = kg.open_store()                                   # var/store/, read-only
    df = kg.query_df(store, "districts-by-strategy", strategy="西部陆海新通道")
    df = kg.query_df(store, "SELECT ?d ?label WHERE { ?d a pkg:District ; rdfs:label ?label }")
    t = kg.trace_strategy(store, "陆海新通道")                           # a StrategyTrace (alias resolved)
    kg.trace_df(t)                                            # its links, one row each, with evidence
    info = kg.write_page(store, "out/xibu.html", strategy="西部陆海新通道")
    kg.show_page(info)                                        # inline in Jupyter (an IFrame)

Each is a thin layer over the modules the CLI uses (``kg.sparql.queries``, ``kg.sparql.execute``,
``kg.explore.trace``, ``kg.explore.focus``/``kg.explore.viz``), so the answers are the CLI's.
Saved-query parameters are keyword arguments; a name that is not a saved query is taken as SPARQL
text (the project's prefixes may be used undeclared) and keywords become bindings of its variables.
"""

from __future__ import annotations

from pathlib import Path

from kg.store import GraphStore, QueryResult
from kg.store import open_store as _open_store


def project_root() -> Path:
    """The checkout's root (data/corpus, var/ ...) wherever the caller's working directory is
    (for an installed wheel: the directory above the installed package)."""
    return Path(__file__).resolve().parent.parent


def open_store(location: str | Path | None = None, read_only: bool = True) -> GraphStore:
    """A store: a directory (embedded Oxigraph), a SPARQL endpoint URL, ``memory:oxigraph``, or
    nothing for the project's own ``var/store`` (``$POLICYKG_STORE``)."""
    return _open_store(location, read_only=read_only and not str(location or "").startswith("memory"))


def query(store: GraphStore, name_or_sparql: str, **params: str) -> QueryResult:
    """Run a saved query by name (``ontology/queries/NAME.ttl``) with its parameters, or SPARQL text."""
    from kg.sparql import execute, queries

    saved = queries.resolve(name_or_sparql)
    if saved is not None:
        return saved.run(store, {k: str(v) for k, v in params.items()})
    bindings = {k: execute.parse_value(str(v)) for k, v in params.items()}
    return execute.run(store, name_or_sparql, bindings)


def _compact(iri: str) -> str:
    from kg.rdf.vocab import PREFIXES

    for prefix, ns in PREFIXES.items():
        if iri.startswith(str(ns)):
            return f"{prefix}:{iri[len(str(ns)) :]}"
    return iri


def result_df(result: QueryResult, compact: bool = True):
    """A SELECT result as a pandas DataFrame: one column per variable, Python values (str, int,
    Decimal, date; IRIs as ``pkg:…``/``res:…`` when ``compact``), ``None`` where unbound."""
    import pandas as pd
    from rdflib import URIRef

    from kg.store.base import _plain

    if result.kind != "select":
        from kg.errors import QueryError

        raise QueryError(f"a DataFrame needs a SELECT query, not {result.kind.upper()}")

    def cell(t):
        if compact and isinstance(t, URIRef):
            return _compact(str(t))
        return _plain(t)

    return pd.DataFrame([[cell(t) for t in row] for row in result.rows], columns=result.vars)


def query_df(store: GraphStore, name_or_sparql: str, compact: bool = True, **params: str):
    """Any SELECT query — saved (by name, with keyword parameters) or SPARQL text — as a DataFrame
    (kglab's ``query_as_df``)."""
    return result_df(query(store, name_or_sparql, **params), compact=compact)


def trace_strategy(store: GraphStore, strategy: str):
    """A strategy across districts (``policykg trace``): ``kg.explore.trace.StrategyTrace``."""
    from kg.explore.trace import trace_strategy as _trace_strategy

    return _trace_strategy(store, strategy)


def trace_entity(store: GraphStore, name: str):
    """One entity across documents and years (``policykg trace --entity``)."""
    from kg.explore.trace import trace_entity as _trace_entity

    return _trace_entity(store, name)


def trace_df(t):
    """A strategy trace's links as a DataFrame: district, type, entity, how it is linked, the first
    evidence sentence and where it is (document title and offsets); ``doc`` keeps the id."""
    import pandas as pd

    from kg.explore.labels import type_label

    rows = []
    for d in t.districts:
        for item in d.linked.values():
            ev = item.evidence[0] if item.evidence else None
            rows.append(
                {
                    "district": d.label,
                    "type": type_label(item.type),
                    "entity": item.label,
                    "how": ", ".join(sorted(item.how)),
                    "status": "; ".join(s["text"] for s in item.statuses),
                    "evidence": ev.text if ev else "",
                    "where": ev.cite(t.titles) if ev else "",
                    "doc": ev.doc if ev else "",
                }
            )
    return pd.DataFrame(rows).sort_values(["district", "type", "entity"], ignore_index=True)


def write_page(
    store: GraphStore,
    path: str | Path,
    *,
    entity: str | None = None,
    strategy: str | None = None,
    district: str | None = None,
    hops: int = 1,
    types: set[str] | None = None,
    max_nodes: int = 300,
    title: str | None = None,
):
    """An offline graph page (``policykg viz``): the whole graph, or a focus; returns ``PageInfo``."""
    from kg.explore.focus import select
    from kg.explore.netgraph import to_networkx
    from kg.explore.viz import write_page as _write_page

    sel = select(
        to_networkx(store),
        entity=entity,
        strategy=strategy,
        district=district,
        hops=hops,
        types=types,
        max_nodes=max_nodes,
    )
    return _write_page(sel, path, title=title or f"policykg — {sel.description}")


def show_page(page, width: str | int = "100%", height: int = 620, relative_to: str | Path | None = None):
    """A written page inline in Jupyter: an ``IPython.display.IFrame`` of the file (the page is
    self-contained, so it renders wherever the notebook server can read it). ``relative_to``: the
    notebook's directory, for a relative ``src`` the notebook server resolves."""
    import os

    from IPython.display import IFrame

    path = Path(getattr(page, "path", page)).resolve()
    src = os.path.relpath(path, Path(relative_to).resolve()) if relative_to else path.as_uri()
    return IFrame(src=src, width=width, height=height)
