"""Subcommands: ``inspect`` (one document's structure) and ``ingest`` (a corpus summary)."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Annotated

import typer
from rich import box
from rich.console import Console
from rich.markup import escape
from rich.table import Table as RichTable
from rich.tree import Tree

from kg.cli.app import app, err, fail, out, track

FORMATS = ("table", "tsv", "jsonl")


def default_corpus() -> Path:
    """``data/corpus`` of the working directory, else the sample corpus shipped with policykg."""
    here = Path("data/corpus")
    if here.is_dir():
        return here
    from kg.resources import sample_corpus

    return sample_corpus()


def _expand(paths: list[Path]) -> list[Path]:
    from extract.document import corpus_paths

    files: list[Path] = []
    for p in paths:
        files.extend(corpus_paths(p) if p.is_dir() else [p])
    return files


def _years(ys: tuple[int, ...]) -> str:
    if not ys:
        return "-"
    if len(ys) > 2 and list(ys) == list(range(ys[0], ys[0] + len(ys))):
        return f"{ys[0]}–{ys[-1]}"
    if len(ys) > 2 and list(ys[:-1]) == list(range(ys[0], ys[0] + len(ys) - 1)):
        return f"{ys[0]}–{ys[-2]},{ys[-1]}"
    return ",".join(map(str, ys))


def summary(doc, seconds: float) -> dict:
    m = doc.meta
    return {
        "file": doc.doc_id,
        "region": m.region,
        "code": m.region_code,
        "genre": m.genre,
        "reported_years": list(m.reported_years),
        "plan_years": list(m.plan_years),
        "sections": len(doc.sections),
        "paragraphs": len(doc.paragraphs),
        "sentences": len(doc.sentences),
        "tables": len(doc.tables),
        "rows": sum(len(t.rows) for t in doc.tables),
        "glossary": len(doc.glossary),
        "chars": len(doc.text),
        "seconds": round(seconds, 3),
    }


@app.command()
def ingest(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(help="Files or directories to ingest (default: the bundled corpus data/corpus/)."),
    ] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="Output: table, tsv or jsonl.")] = "table",
) -> None:
    """Ingest documents and print one structure summary row per document."""
    from extract.document import ingest as ingest_one
    from extract.errors import LoadError

    if fmt not in FORMATS:
        raise fail(f"unknown --format {fmt!r}; choose from {', '.join(FORMATS)}", code=2)
    files = _expand(paths or [default_corpus()])
    if not files:
        raise fail("no documents found (give files or a directory with .txt/.docx/.html/.pdf files)")
    rows: list[dict] = []
    errors: list[LoadError] = []
    started = time.perf_counter()
    for path in track(files, "ingesting"):
        t0 = time.perf_counter()
        try:
            doc = ingest_one(path)
        except LoadError as exc:
            errors.append(exc)
            err.print(f"[red]error:[/red] {escape(str(exc))}", highlight=False)
            continue
        rows.append(summary(doc, time.perf_counter() - t0))
    total = time.perf_counter() - started
    _print_rows(rows, fmt)
    if fmt == "table":
        err.print(f"{len(rows)} document(s) ingested, {len(errors)} failed, {total:.2f} s", highlight=False)
    if errors:
        raise typer.Exit(1)


def _print_rows(rows: list[dict], fmt: str) -> None:
    if fmt == "jsonl":
        for r in rows:
            typer.echo(json.dumps(r, ensure_ascii=False))
        return
    cols = [
        "file",
        "region",
        "code",
        "genre",
        "years",
        "sections",
        "paragraphs",
        "sentences",
        "tables",
        "rows",
    ]
    cols += ["glossary", "chars", "seconds"]

    def cell(r: dict, c: str) -> str:
        if c == "years":
            return f"{_years(tuple(r['reported_years']))}→{_years(tuple(r['plan_years']))}"
        return "" if r[c] is None else str(r[c])

    if fmt == "tsv":
        # plain echo: Rich would expand the tabs into spaces
        typer.echo("\t".join(cols))
        for r in rows:
            typer.echo("\t".join(cell(r, c) for c in cols))
        return
    table = RichTable(title="Documents", box=box.SIMPLE_HEAD)
    for c in cols:
        table.add_column(
            c, justify="right" if c not in ("file", "region", "code", "genre", "years") else "left"
        )
    for r in rows:
        table.add_row(*(escape(cell(r, c)) for c in cols))
    # piped output (80 columns by default) would squeeze every column to an ellipsis
    wide = out if out.is_terminal else Console(width=200, highlight=False)
    wide.print(table)


@app.command()
def inspect(
    file: Annotated[Path, typer.Argument(help="The document to inspect (.txt, .docx, .html, .pdf).")],
    rows: Annotated[int, typer.Option(help="Rows to show per table (0: counts only).")] = 3,
    depth: Annotated[int, typer.Option(help="Deepest heading level to show (0: all).")] = 0,
    as_json: Annotated[bool, typer.Option("--json", help="Print metadata, tree and counts as JSON.")] = False,
) -> None:
    """Print a document's metadata, heading tree, tables (with row counts) and glossary."""
    from extract.document import ingest as ingest_one
    from extract.errors import LoadError

    try:
        doc = ingest_one(file)
    except LoadError as exc:
        raise fail(escape(str(exc))) from exc
    if as_json:
        typer.echo(json.dumps(_as_json(doc), ensure_ascii=False, indent=1))
        return
    m = doc.meta
    out.print(f"[bold]{escape(doc.doc_id)}[/bold]", highlight=False)
    parent = f", in {m.parent_region}" if m.parent_region else ""
    facts = [
        ("title", m.title or "-"),
        ("region", f"{m.region or '-'} ({m.region_code or '-'}, {m.region_level or '-'}{parent})"),
        ("genre", m.genre),
        ("reported years", _years(m.reported_years)),
        ("plan years", _years(m.plan_years)),
        ("issuer", m.issuer or "-"),
        ("date", m.date or "-"),
        ("body", f"{doc.body_start}–{doc.body_end} of {len(doc.text)} chars"),
        (
            "counts",
            f"{len(doc.sections)} sections, {len(doc.paragraphs)} paragraphs, "
            f"{len(doc.sentences)} sentences, {len(doc.tables)} tables, "
            f"{sum(len(t.rows) for t in doc.tables)} rows, "
            f"{len(doc.glossary)} glossary entries",
        ),
    ]
    for k, v in facts:
        out.print(f"{k + ':':16}{escape(str(v))}", highlight=False)

    tree = Tree("[bold]headings[/bold]")
    nodes: dict[str, Tree] = {}
    for s in doc.sections:
        if depth and s.level > depth:
            continue
        label = escape(f"{s.number} {s.title}".strip())
        if s.kind == "column":
            label = f"[cyan]{label}[/cyan]"
        under = nodes.get(s.parent) if s.parent is not None else None  # None: a top-level heading
        node = (under or tree).add(label)
        nodes[s.id] = node
    out.print(tree)

    for t in doc.tables:
        head = " | ".join(c.value for c in t.header) or "(no header)"
        out.print(
            f"[bold]table {t.id}[/bold] {escape(t.title)}: {len(t.rows)} rows; {escape(head)}",
            highlight=False,
        )
        for r in t.rows[:rows]:
            group = f"[{r.group.value}] " if r.group else ""
            out.print(
                "   " + escape(group + " | ".join(_short(c.value, 40) for c in r.cells)), highlight=False
            )
    if doc.glossary:
        out.print(f"[bold]glossary[/bold]: {len(doc.glossary)} entries", highlight=False)
        for g in doc.glossary:
            out.print(
                f"   {escape(g.term.value)} → {escape(_short(g.definition.value, 60))}", highlight=False
            )


def _short(s: str, n: int) -> str:
    return s if len(s) <= n else s[: n - 1] + "…"


def _as_json(doc) -> dict:
    from dataclasses import asdict

    return {
        "doc": doc.doc_id,
        "meta": asdict(doc.meta),
        "body": [doc.body_start, doc.body_end],
        "sections": [
            {
                "id": s.id,
                "kind": s.kind,
                "level": s.level,
                "number": s.number,
                "title": s.title,
                "span": [s.start, s.end, s.body_end],
                "parent": s.parent,
            }
            for s in doc.sections
        ],
        "tables": [
            {
                "id": t.id,
                "title": t.title,
                "span": [t.start, t.end],
                "header": [c.value for c in t.header],
                "rows": len(t.rows),
                "path": list(t.path),
            }
            for t in doc.tables
        ],
        "glossary": [{"term": g.term.value, "definition": g.definition.value} for g in doc.glossary],
        "counts": summary(doc, 0.0),
    }
