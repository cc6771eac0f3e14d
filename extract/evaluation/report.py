"""Rendering scores: Rich tables for people, a stable JSON document for machines.

The JSON schema is versioned (``schema``); its shape is described in the README of
``policykg evaluate`` and in the module docstring of ``extract.evaluation.run``.
"""

from __future__ import annotations

from pathlib import PurePath
from typing import Any

from rich.console import Console
from rich.table import Table


def _f(x: float) -> str:
    return f"{x:.3f}"


def _prf_cells(c: dict[str, Any]) -> list[str]:
    return [
        str(c["gold"]),
        str(c["predicted"]),
        str(c["tp"]),
        _f(c["precision"]),
        _f(c["recall"]),
        _f(c["f1"]),
    ]


def entity_table(result: dict[str, Any]) -> Table:
    ent = result["entities"]
    exact, overlap, canon = ent["exact"], ent["overlap"], ent["canonical"]
    table = Table(title=f"Entities — {result['passages']} passages of {result['gold']}")
    for name in ("type", "gold", "pred", "tp", "P", "R", "F1"):
        table.add_column(name, justify="left" if name == "type" else "right")
    for name in ("tp~", "P~", "R~", "F1~", "canon"):
        table.add_column(name, justify="right", style="dim" if name != "canon" else None)
    for t, c in exact["per_type"].items():
        o = overlap["per_type"][t]
        if not (c["gold"] or c["predicted"]):
            continue
        acc = canon["per_type"][t]
        table.add_row(
            t,
            *_prf_cells(c),
            str(o["tp"]),
            _f(o["precision"]),
            _f(o["recall"]),
            _f(o["f1"]),
            _f(acc["accuracy"]) if acc["total"] else "–",
        )
    table.add_section()
    m, om = exact["micro"], overlap["micro"]
    table.add_row(
        "micro",
        *_prf_cells(m),
        str(om["tp"]),
        _f(om["precision"]),
        _f(om["recall"]),
        _f(om["f1"]),
        _f(canon["overall"]["accuracy"]),
        style="bold",
    )
    ma, oma = exact["macro"], overlap["macro"]
    table.add_row(
        "macro",
        "",
        "",
        "",
        _f(ma["precision"]),
        _f(ma["recall"]),
        _f(ma["f1"]),
        "",
        _f(oma["precision"]),
        _f(oma["recall"]),
        _f(oma["f1"]),
        "",
    )
    table.caption = (
        "exact span+type | ~ overlapping span+type (one-to-one) | canon: canonical accuracy on exact matches"
    )
    return table


def relation_table(result: dict[str, Any]) -> Table:
    rel = result["relations"]
    table = Table(title="Relations — (head, relation, tail) triples per passage")
    for name in (
        "relation",
        "gold",
        "pred",
        "tp",
        "P",
        "R",
        "F1",
        "missed: name absent",
        "missed: link only",
    ):
        table.add_column(name, justify="left" if name == "relation" else "right")
    for t, c in rel["per_type"].items():
        if not (c["gold"] or c["predicted"]):
            continue
        miss = rel["missed"][t]
        table.add_row(t, *_prf_cells(c), str(miss["name_absent"]), str(miss["link_only"]))
    table.add_section()
    m = rel["micro"]
    table.add_row(
        "micro",
        *_prf_cells(m),
        str(sum(x["name_absent"] for x in rel["missed"].values())),
        str(sum(x["link_only"] for x in rel["missed"].values())),
        style="bold",
    )
    ma = rel["macro"]
    table.add_row("macro", "", "", "", _f(ma["precision"]), _f(ma["recall"]), _f(ma["f1"]), "", "")
    table.caption = (
        "missed, name absent: the head or tail is no name the system produced for the passage "
        "(mention canonicals, relation arguments); link only: both names were there, the relation not"
    )
    return table


def indicator_table(result: dict[str, Any]) -> Table:
    ind = result["indicators"]
    table = Table(title="Indicators — (subject, indicator, year, value)")
    for name in ("match", "gold", "pred", "tp", "P", "R", "F1"):
        table.add_column(name, justify="left" if name == "match" else "right")
    for name in ("strict", "lenient"):
        label = f"{name} (headline)" if ind["headline"] == name else name
        table.add_row(
            label, *_prf_cells(ind[name]["micro"]), style="bold" if ind["headline"] == name else None
        )
    agree = ind["agreement"]
    table.caption = (
        f"lenient name rule: {ind['rule']['summary']}\n"
        f"on lenient matches: unit {_acc(agree['unit'])}, growth_pct {_acc(agree['growth_pct'])}, "
        f"kind {_acc(agree['kind'])}"
    )
    return table


SCORE_COLUMNS = (
    "passages",
    "ent gold",
    "ent P",
    "ent R",
    "ent F1",
    "rel gold",
    "rel F1",
    "ind gold",
    "ind F1",
)


def _score_cells(passages: int, e: dict[str, Any], r: dict[str, Any], i: dict[str, Any]) -> list[str]:
    """The cells under SCORE_COLUMNS: entity exact micro P/R/F1, relation and indicator F1."""
    return [
        str(passages),
        str(e["gold"]),
        _f(e["precision"]),
        _f(e["recall"]),
        _f(e["f1"]),
        str(r["gold"]),
        _f(r["f1"]),
        str(i["gold"]),
        _f(i["f1"]),
    ]


def _score_table(title: str, keys: tuple[str, ...]) -> Table:
    table = Table(title=title)
    for name in keys:
        table.add_column(name)
    for name in SCORE_COLUMNS:
        table.add_column(name, justify="right")
    return table


def by_doc_table(result: dict[str, Any]) -> Table:
    """One row per gold document: entity micro P/R/F1 (exact), relation and indicator F1."""
    table = _score_table("Per document — leave-one-document-out view of the same scores", ("document",))
    for doc, s in result["by_doc"].items():
        table.add_row(
            doc, *_score_cells(s["passages"], s["entities"]["micro"], s["relations"], s["indicators"])
        )
    table.caption = "entities: exact span+type micro; relations: micro; indicators: lenient (headline)"
    return table


def province_table(report: dict[str, Any]) -> Table:
    """One row per province and gold file (``extract.evaluation.provinces``), then each file and
    all of them pooled: entity exact micro P/R/F1, relation and indicator (lenient) F1."""
    table = _score_table("Per province — every gold file, scores only", ("gold", "province"))

    def cells(row: dict[str, Any]) -> list[str]:
        return _score_cells(row["passages"], row["entities"], row["relations"], row["indicators"])

    def short(gold: str) -> str:  # tune.jsonl, sealed/gold.jsonl: the file, and its folder when generic
        p = PurePath(gold)
        return f"{p.parent.name}/{p.name}" if p.name == "gold.jsonl" else p.name

    for row in report["provinces"]:
        table.add_row(short(row["gold"]), row["province"], *cells(row))
    table.add_section()
    for row in report["golds"]:
        table.add_row(short(row["gold"]), "(file)", *cells(row), style="bold")
    table.add_row(
        "all files", f"({report['pooled']['provinces']} rows)", *cells(report["pooled"]), style="bold"
    )
    m = report["macro"]
    table.caption = (
        f"macro F1 over the province rows: entities {_f(m['entities'])}, relations {_f(m['relations'])}, "
        f"indicators {_f(m['indicators'])}"
    )
    return table


def doc_facts_table(result: dict[str, Any]) -> Table:
    facts = result["doc_facts"]
    table = Table(title=f"Document facts — {facts['documents']} documents")
    for name in ("fact", "score", "detail"):
        table.add_column(name, justify="left" if name != "score" else "right")
    for field, acc in facts["fields"].items():
        table.add_row(field, _f(acc["accuracy"]), f"{acc['correct']}/{acc['total']} documents right")
    for name in ("strategies", "cooperating_regions"):
        c = facts[name]
        table.add_row(
            name,
            _f(c["f1"]),
            f"F1; P {_f(c['precision'])} R {_f(c['recall'])} "
            f"({c['tp']} of {c['gold']} gold, {c['predicted']} predicted)",
        )
    return table


def print_doc_fact_errors(console: Console, result: dict[str, Any]) -> None:
    facts = result.get("doc_facts")
    if not facts:
        return
    console.rule("document facts: errors")
    for doc, detail in facts["per_doc"].items():
        lines = [
            f"{field}: gold {d['gold']!r}, predicted {d['predicted']!r}"
            for field, d in detail.items()
            if isinstance(d, dict) and d.get("ok") is False
        ]
        for name in ("strategies", "cooperating_regions"):
            if detail[name]["missed"]:
                lines.append(f"{name} missed: {', '.join(detail[name]['missed'])}")
            if detail[name]["extra"]:
                lines.append(f"{name} extra: {', '.join(detail[name]['extra'])}")
        if lines:
            console.print(f"[bold]{doc}[/bold]", highlight=False)
            for line in lines:
                console.print("  " + line, highlight=False, markup=False)


def _acc(a: dict[str, Any]) -> str:
    return f"{a['accuracy']:.3f} ({a['correct']}/{a['total']})" if a["total"] else "– (0)"


def print_errors(console: Console, result: dict[str, Any]) -> None:
    """False negatives and positives grouped by passage, with a little context around each."""
    errors = result.get("errors", {})
    for section in ("entities", "relations", "indicators"):
        by_passage = errors.get(section, {})
        if not by_passage:
            continue
        console.rule(f"{section}: errors")
        for pid, items in by_passage.items():
            console.print(f"[bold]{pid}[/bold]", highlight=False)
            for e in items:
                console.print("  " + _error_line(section, e), highlight=False, markup=False)
    print_doc_fact_errors(console, result)


_LABEL = {"fn": "MISS", "fp": "FALSE", "canonical": "CANON", "lenient": "LOOSE"}


def _error_line(section: str, e: dict[str, Any]) -> str:
    label = _LABEL.get(e["kind"], e["kind"].upper())
    if section == "entities":
        line = f"{label:5} {e['type']:<12} {e['context']}"
        if e["kind"] == "canonical":
            line += f"  gold={e['gold']} predicted={e['predicted']}"
    elif section == "relations":
        line = f"{label:5} {e['head']} —{e['relation']}→ {e['tail']}"
    else:
        line = (
            f"{label:5} {e['subject']} | {e['indicator']} | {e['year']} | {e['value']:g} {e.get('unit', '')}"
        )
        if "growth_pct" in e:
            line += f" (+{e['growth_pct']:g}%)"
        if "indicator_kind" in e:
            line += f" [{e['indicator_kind']}]"
    if e.get("note"):
        line += f"  ({e['note']})"
    return line
