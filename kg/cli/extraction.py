"""Subcommands: extract (documents -> entity mentions and, when available, relations and indicators)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from kg.cli.app import app, fail, out, track

MENTION_FIELDS = ("doc", "start", "end", "text", "type", "canonical", "entity_id")


@app.command()
def extract(
    files: Annotated[list[Path], typer.Argument(help="Text, Word, PDF or HTML documents to read.")],
    format: Annotated[
        str,
        typer.Option("--format", "-f", help="jsonl: one JSON object per record; table: mentions as a table."),
    ] = "jsonl",
    full: Annotated[
        bool,
        typer.Option(
            "--full", help="jsonl: every record field (evidence, path, source) with a 'record' key."
        ),
    ] = False,
) -> None:
    """Find entity mentions, link them to canonical entities across the given documents, and print them.

    Offsets are character offsets into each document's text. Mentions come first; relations
    and indicators follow when those readers are installed.
    """
    from extract.document import ingest
    from extract.extractor import extract_documents
    from extract.records import Mention, to_json

    if format not in ("jsonl", "table"):
        raise fail(f"unknown --format {format!r}; use jsonl or table", code=2)
    missing = [str(f) for f in files if not f.is_file()]
    if missing:
        raise fail(f"no such file: {', '.join(missing)}", code=2)
    docs = [ingest(f) for f in track(files, "reading")]
    table = Table("doc", "start", "end", "text", "type", "canonical") if format == "table" else None
    for _, records in extract_documents(docs):
        for r in records:
            if table is not None:
                if isinstance(r, Mention):
                    table.add_row(
                        r.doc, str(r.start), str(r.end), r.text.replace("\n", "⏎"), r.type, r.canonical
                    )
                continue
            obj = to_json(r)
            if isinstance(r, Mention) and not full:
                obj = {k: obj[k] for k in MENTION_FIELDS}
            print(json.dumps(obj, ensure_ascii=False))  # plain stdout: JSONL must not be styled or wrapped
    if table is not None:
        out.print(table)
