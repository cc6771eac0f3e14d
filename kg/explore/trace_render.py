"""A strategy or entity trace as a Rich table, Markdown, or an HTML page with the subgraph drawn."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
from markupsafe import Markup
from rich.console import Group
from rich.table import Table
from rich.text import Text

from kg.explore.focus import Selection
from kg.explore.labels import cite, edge_label, label, lang, type_label
from kg.explore.trace import (
    EntityTrace,
    PlanDelivery,
    Sentence,
    StrategyTrace,
    linked_types,
    shared_indicators,
)
from kg.explore.viz import PageInfo, _env, write_page

TYPE_NAMES = type_label  # kept short: type names as the ontology labels them, in the chosen language


def status_label(status: str) -> str:
    """``在建`` / ``under construction``: a pkg:ProjectStatus concept's rdfs:label."""
    return label(status)


def _doc(trace, doc: str) -> str:
    return trace.titles.get(doc, doc)


def _documents(trace, dt) -> str:
    """A district's documents by title, as every view lists them."""
    return "; ".join(_doc(trace, d.doc) for d in dt.documents)


def _linked(dt):
    """(type name, item, its first evidence or None) for each entity linked to the strategy,
    in type order: the rows of the terminal table and of the HTML page."""
    for t in linked_types():
        for item in dt.by_type(t):
            yield TYPE_NAMES(t), item, (item.evidence[0] if item.evidence else None)


def _short(text: str, n: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


def _facts(item) -> str:
    parts = []
    for s in item.statuses[:2]:
        parts.append(f"{status_label(s['status'])}「{s['text']}」{s['year'] or ''}")
    for inv in item.investments[:2]:
        parts.append(
            f"投资 {inv['amount']}{inv['unit']} ({inv['scope']}"
            + (f", {inv['year']})" if inv["year"] else ")")
        )
    return "; ".join(parts)


# -- terminal ----------------------------------------------------------------------------------
def strategy_rich(trace: StrategyTrace) -> Group:
    summary = Table(title=f"{trace.strategy}: districts side by side", show_lines=False)
    summary.add_column("district")
    summary.add_column("documents")
    for t in linked_types():
        summary.add_column(TYPE_NAMES(t), justify="right")
    for dt in trace.districts:
        counts = dt.counts()
        summary.add_row(
            dt.label,
            _documents(trace, dt),
            *(str(counts[t]) for t in linked_types()),
        )
    parts: list = [summary]
    for dt in trace.districts:
        table = Table(
            title=f"{dt.label} — {_documents(trace, dt)}",
            show_lines=True,
            title_justify="left",
        )
        table.add_column("type")
        table.add_column("entity")
        table.add_column("status / investment")
        table.add_column("evidence")
        for type_name, item, ev in _linked(dt):
            table.add_row(
                type_name,
                item.label,
                _facts(item),
                Text(f"{_short(ev.text)}\n{ev.cite(trace.titles)}" if ev else ""),
            )
        if not dt.linked:
            table.add_row("—", "(mentions the strategy, no linked entity)", "", "")
        parts.append(table)
    names = shared_indicators(trace)
    if names:
        ind = Table(title=f"indicators reported for {', '.join(map(str, trace.years))}")
        ind.add_column("indicator")
        for dt in trace.districts:
            ind.add_column(dt.label, justify="right")
        for name in names:
            ind.add_row(name, *(_figure(dt.indicators.get(name)) for dt in trace.districts))
        parts.append(ind)
    return Group(*parts)


def _figure(fig: dict | None) -> str:
    if not fig:
        return ""
    growth = f" ({fig['growth_pct']}%)" if fig.get("growth_pct") else ""
    return f"{fig['value']}{fig['unit']}{growth}"


def entity_rich(trace: EntityTrace) -> Group:
    head = Table(
        title=f"{trace.label} ({trace.type}) across documents", show_lines=True, title_justify="left"
    )
    head.add_column("document")
    head.add_column("genre")
    head.add_column("years")
    head.add_column("district")
    for d in trace.appearances:
        head.add_row(
            _doc(trace, d.doc),
            label(d.genre) if d.genre else "",
            ", ".join(map(str, d.years)),
            d.district_label,
        )
    parts: list = [head]
    if trace.statuses:
        parts.append(Text("status path: " + status_path(trace)))
        st = Table(title="status over time", show_lines=True, title_justify="left")
        for c in ("year", "phase", "status", "as stated", "evidence"):
            st.add_column(c)
        for s in trace.statuses:
            st.add_row(
                str(s["year"] or ""),
                s["phase"],
                status_label(s["status"]),
                s["text"],
                f"{_short(s['evidence'].text)}\n{s['evidence'].cite(trace.titles)}",
            )
        parts.append(st)
    if trace.investments:
        inv = Table(title="investment", title_justify="left")
        for c in ("amount", "scope", "year", "document"):
            inv.add_column(c)
        for i in trace.investments:
            inv.add_row(f"{i['amount']}{i['unit']}", i["scope"], str(i["year"] or ""), _doc(trace, i["doc"]))
        parts.append(inv)
    if trace.plan_vs_delivery:
        pv = Table(title="plan vs delivery", title_justify="left")
        for c in ("plan document", "in plan", "execution report", "in report"):
            pv.add_column(c)
        for row in trace.plan_vs_delivery:
            pv.add_row(
                _doc(trace, row["plan"]),
                "yes" if row["in_plan"] else "no",
                _doc(trace, row["report"]),
                "yes" if row["in_report"] else "no",
            )
        parts.append(pv)
    ev = Table(title="evidence sentences", show_lines=True, title_justify="left")
    ev.add_column("where")
    ev.add_column("sentence")
    for sentence in trace.sentences:
        ev.add_row(sentence.cite(trace.titles), _short(sentence.text, 120))
    parts.append(ev)
    return Group(*parts)


def status_path(trace: EntityTrace) -> str:
    """``004 计划「续建」 → 000 在建「有序推进」``: the statements in document order."""
    steps = [f"{_doc(trace, s['doc'])} {status_label(s['status'])}「{s['text']}」" for s in trace.statuses]
    return " → ".join(steps)


def plan_delivery_rich(pd: PlanDelivery) -> Group:
    t = Table(
        title=f"{pd.label}: plan {', '.join(pd.plans)} vs reports {', '.join(pd.reports)}",
        show_lines=True,
        title_justify="left",
    )
    for c in ("type", "named in plan and report", "status in the report"):
        t.add_column(c)
    for type_, name, statuses in pd.both:
        t.add_row(
            type_label(type_),
            name,
            "; ".join(f"{status_label(s['status'])}「{s['text']}」" for s in statuses),
        )
    summary = Text(
        f"in plan and report: {len(pd.both)} · plan only: {len(pd.plan_only)} · "
        f"report only (new): {len(pd.report_only)}"
    )
    return Group(summary, t)


# -- markdown ----------------------------------------------------------------------------------
def _md(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def strategy_markdown(trace: StrategyTrace) -> str:
    lines = [f"# {trace.strategy}: cross-district trace", ""]
    if trace.query != trace.strategy:
        lines += [f"(asked for “{trace.query}”, resolved to “{trace.strategy}”)", ""]
    header = ["district", "documents", *(f"{TYPE_NAMES(t)} {t}" for t in linked_types())]
    lines += ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for dt in trace.districts:
        counts = dt.counts()
        lines.append(
            f"| {dt.label} | {_documents(trace, dt)} | "
            + " | ".join(str(counts[t]) for t in linked_types())
            + " |"
        )
    for dt in trace.districts:
        lines += ["", f"## {dt.label}", ""]
        for d in dt.documents:
            lines.append(f"- {_doc(trace, d.doc)} (`{d.doc}`)")
        for t in linked_types():
            items = dt.by_type(t)
            if not items:
                continue
            lines += ["", f"### {TYPE_NAMES(t)} ({t})", ""]
            for item in items:
                facts = _facts(item)
                lines.append(
                    f"- **{_md(item.label)}** ({', '.join(sorted(item.how))})"
                    + (f" — {_md(facts)}" if facts else "")
                )
                for ev in item.evidence:
                    lines.append(f"  > {_md(ev.text)} — {ev.cite(trace.titles)}")
    names = shared_indicators(trace)
    if names:
        lines += [
            "",
            f"## Indicators reported for {', '.join(map(str, trace.years))}",
            "",
            "| indicator | " + " | ".join(dt.label for dt in trace.districts) + " |",
            "|" + "---|" * (len(trace.districts) + 1),
        ]
        for name in names:
            lines.append(
                f"| {_md(name)} | "
                + " | ".join(_md(_figure(dt.indicators.get(name))) for dt in trace.districts)
                + " |"
            )
    return "\n".join(lines) + "\n"


def entity_markdown(trace: EntityTrace) -> str:
    lines = [
        f"# {trace.label} ({trace.type})",
        "",
        "| document | genre | years | district |",
        "|---|---|---|---|",
    ]
    for d in trace.appearances:
        lines.append(
            f"| {_doc(trace, d.doc)} | {label(d.genre) if d.genre else ''} | "
            f"{', '.join(map(str, d.years))} | {d.district_label} |"
        )
    if trace.statuses:
        lines += ["", "## Status over time", "", f"{status_path(trace)}", ""]
        for s in trace.statuses:
            lines.append(
                f"- {s['year'] or ''} {s['phase']}: {status_label(s['status'])} "
                f"「{_md(s['text'])}」 — {s['evidence'].cite(trace.titles)}"
            )
    if trace.plan_vs_delivery:
        lines += ["", "## Plan vs delivery", ""]
        for r in trace.plan_vs_delivery:
            lines.append(
                f"- plan {_doc(trace, r['plan'])}: {'named' if r['in_plan'] else 'not named'}; "
                f"report {_doc(trace, r['report'])} "
                f"({', '.join(map(str, r['report_years']))}): {'named' if r['in_report'] else 'not named'}"
            )
    lines += ["", "## Evidence", ""]
    lines += [f"> {_md(s.text)} — {s.cite(trace.titles)}\n" for s in trace.sentences]
    return "\n".join(lines) + "\n"


# -- html --------------------------------------------------------------------------------------
def _ev_dict(s: Sentence) -> dict:
    return {"doc": s.doc, "start": s.start, "end": s.end, "text": s.text, "path": ""}


def strategy_graph(trace: StrategyTrace) -> nx.MultiDiGraph:
    """The traced subgraph: strategy, districts, the linked entities, one edge per link.

    A linked entity also points to the district whose document names it ("见于", named in);
    that edge records where the link was read, not a stated location.
    """
    g: nx.MultiDiGraph[str] = nx.MultiDiGraph(titles=trace.titles)
    own = [
        e
        for dt in trace.districts
        for item in dt.linked.values()
        for e in item.evidence
        if trace.strategy in e.text
    ]
    g.add_node(
        trace.iri,
        type="Strategy",
        label=trace.strategy,
        aliases=[],
        docs=sorted({d.doc for dt in trace.districts for d in dt.documents}),
        evidence=[_ev_dict(e) for e in dict.fromkeys(own)][:3],
    )
    for dt in trace.districts:
        dnode = dt.iri or f"doc:{dt.label}"
        docs = [d.doc for d in dt.documents]
        g.add_node(dnode, type="District", label=dt.label, docs=docs, aliases=[], evidence=[])
        g.add_edge(dnode, trace.iri, key="traced", relation="engagesIn", inferred=True, evidence=[])
        for item in dt.linked.values():
            evidence = [_ev_dict(e) for e in item.evidence]
            if item.iri not in g:
                g.add_node(item.iri, type=item.type, label=item.label, docs=[], aliases=[], evidence=[])
            node = g.nodes[item.iri]
            node["docs"] = sorted(set(node["docs"]) | {e.doc for e in item.evidence})
            node["evidence"] = (node["evidence"] + evidence)[:3]
            stated = sorted(item.how - {"sentence"})
            relation = stated[0] if stated else "coMention"
            g.add_edge(
                item.iri, trace.iri, key=dnode, relation=relation, inferred=not stated, evidence=evidence
            )
            g.add_edge(item.iri, dnode, key="in", relation="namedIn", inferred=True, evidence=evidence[:1])
    return g


TABLE_TEXT = {
    "zh": {
        "evidence": "证据句",
        "sentence": "句子",
        "where": "出处",
        "facts": "事实",
        "subject": "主体",
        "relation": "关系",
        "object": "客体",
        "evidence_col": "证据",
        "status_over_time": "历年状态",
        "year": "年份",
        "phase": "阶段",
        "status": "状态",
        "as_stated": "原文表述",
        "side_by_side": "各区对照",
        "district": "区县",
        "documents": "文件",
        "type": "类型",
        "entity": "实体",
        "status_investment": "状态 / 投资",
        "indicators": "指标",
        "indicator": "指标",
    },
    "en": {
        "evidence": "Evidence sentences",
        "sentence": "sentence",
        "where": "where",
        "facts": "Facts",
        "subject": "subject",
        "relation": "relation",
        "object": "object",
        "evidence_col": "evidence",
        "status_over_time": "Status over time",
        "year": "year",
        "phase": "phase",
        "status": "status",
        "as_stated": "as stated",
        "side_by_side": "Districts side by side",
        "district": "district",
        "documents": "documents",
        "type": "type",
        "entity": "entity",
        "status_investment": "status / investment",
        "indicators": "Indicators",
        "indicator": "indicator",
    },
}


def trace_titles(strategy: str) -> tuple[str, str]:
    """(page title, graph description) of a strategy trace page, in the chosen language."""
    if lang() == "zh":
        return f"{strategy} — 跨区追踪", f"追踪 {strategy}"
    return f"{strategy} — cross-district trace", f"trace of {strategy}"


def _macros():
    """The macros of ``templates/tables.html`` (Jinja2, autoescaped: names and sentences are data)."""
    return _env().get_template("tables.html").module


def strategy_tables_html(trace: StrategyTrace) -> Markup:
    t = TABLE_TEXT[lang()]
    summary = [
        [
            dt.label,
            _documents(trace, dt),
            *(str(dt.counts()[x]) for x in linked_types()),
        ]
        for dt in trace.districts
    ]
    districts = []
    for dt in trace.districts:
        rows = [
            [type_name, item.label, _facts(item), ev.text if ev else "", ev.cite(trace.titles) if ev else ""]
            for type_name, item, ev in _linked(dt)
        ]
        districts.append({"label": dt.label, "documents": _documents(trace, dt), "rows": rows})
    names = shared_indicators(trace)
    return _macros().strategy(
        t,
        [t["district"], t["documents"], *(TYPE_NAMES(x) for x in linked_types())],
        summary,
        districts,
        [t["indicator"], *(dt.label for dt in trace.districts)],
        [[n, *(_figure(dt.indicators.get(n)) for dt in trace.districts)] for n in names],
        ", ".join(map(str, trace.years)),
    )


def entity_tables_html(g: nx.MultiDiGraph, iri: str, trace: EntityTrace) -> Markup:
    """An entity page's tables: its evidence sentences first (why the page exists), then its stated
    facts in both directions (co-mentions left out) and its status over time."""
    t = TABLE_TEXT[lang()]
    titles = trace.titles
    facts = []
    for u, v, d in list(g.out_edges(iri, data=True)) + list(g.in_edges(iri, data=True)):
        if d["relation"] == "coMention":
            continue
        ev = d["evidence"][0] if d.get("evidence") else None
        facts.append(
            [
                g.nodes[u]["label"],
                edge_label(d["relation"]),
                g.nodes[v]["label"],
                ev["text"] if ev else "",
                cite(ev["doc"], ev["start"], ev["end"], titles) if ev else "",
            ]
        )
    statuses = [
        [
            str(s["year"] or ""),
            s["phase"],
            status_label(s["status"]),
            s["text"],
            s["evidence"].text,
            s["evidence"].cite(titles),
        ]
        for s in trace.statuses
    ]
    evidence = [[s.text, s.cite(titles)] for s in trace.sentences]
    return _macros().entity(t, evidence, facts, statuses)


def strategy_page(trace: StrategyTrace, path: str | Path, max_nodes: int = 300) -> PageInfo:
    from kg.explore.focus import cap

    title, description = trace_titles(trace.strategy)
    sel = cap(Selection(strategy_graph(trace), [trace.iri], description), max_nodes)
    return write_page(
        sel,
        path,
        title=title,
        extra_html=strategy_tables_html(trace),
    )
