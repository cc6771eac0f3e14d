"""Subcommands: evaluate (scores against the gold annotation files)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from extract.errors import PolicyKGError
from extract.registry import entity_types
from kg.cli.app import app, err, out, track


def _types(value: str | None) -> list[str] | None:
    if not value:
        return None
    types = [t.strip() for t in value.split(",") if t.strip()]
    unknown = [t for t in types if t not in entity_types()]
    if unknown:
        raise typer.BadParameter(
            f"unknown type(s) {', '.join(unknown)}; choose from {', '.join(entity_types())}"
        )
    return types


@app.command()
def evaluate(
    gold: Annotated[
        list[Path],
        typer.Option(
            "--gold",
            "-g",
            help="Gold passages (JSONL), e.g. ../shared/eval/dev/gold.jsonl; repeat it with --by-province.",
        ),
    ],
    corpus: Annotated[
        Path | None,
        typer.Option(
            help="Directory with the gold's documents (default: ../../corpus or ../../corpus-extra "
            "beside the gold, then data/corpus)."
        ),
    ] = None,
    predictions: Annotated[
        Path | None,
        typer.Option(
            "--predictions",
            "-p",
            help="Score this `policykg extract --format jsonl` output instead of running the extractor.",
        ),
    ] = None,
    as_json: Annotated[
        bool, typer.Option("--json", help="Print the result as JSON (schema policykg-eval/1).")
    ] = False,
    show_errors: Annotated[bool, typer.Option(help="List misses and false positives by passage.")] = False,
    types: Annotated[str | None, typer.Option(help="Score only these entity types, comma-separated.")] = None,
    by_doc: Annotated[
        bool, typer.Option("--by-doc", help="Also score each gold document on its own (one row each).")
    ] = False,
    doc_facts: Annotated[
        Path | None, typer.Option(help="Also score document-level facts against this doc_facts.json.")
    ] = None,
    by_province: Annotated[
        bool,
        typer.Option(
            "--by-province",
            help="One row per province over every --gold file (scores only: safe on a sealed set).",
        ),
    ] = False,
) -> None:
    """Score extracted entities, relations and indicators against gold passages."""
    selected = _types(types)
    if by_province:
        if show_errors or by_doc or doc_facts is not None:
            raise typer.BadParameter(
                "--by-province prints scores only: drop --show-errors, --by-doc and --doc-facts",
                param_hint="--by-province",
            )
        _by_province(gold, corpus, predictions, selected, as_json)
        return
    if len(gold) != 1:
        raise typer.BadParameter("give one --gold file, or several with --by-province", param_hint="--gold")
    try:
        result = _score(gold[0], corpus, predictions, selected, show_errors, by_doc, doc_facts)
    except PolicyKGError as exc:
        err.print(f"[red]error:[/red] {exc}", highlight=False, soft_wrap=True)
        raise typer.Exit(1) from None
    if as_json:
        typer.echo(json.dumps(result, ensure_ascii=False, indent=2))
        return
    _print_tables(result, show_errors)


def _score(
    gold: Path,
    corpus: Path | None,
    predictions: Path | None,
    selected: list[str] | None,
    show_errors: bool,
    by_doc: bool,
    doc_facts: Path | None,
) -> dict:
    """The evaluation result (schema policykg-eval/1): the given predictions, or the extractor's."""
    from extract.evaluation.corpus import ingest_documents, locate, locate_documents, run_extractor
    from extract.evaluation.docfacts import load_doc_facts, score_doc_facts
    from extract.evaluation.gold import load_gold
    from extract.evaluation.predictions import load_predictions
    from extract.evaluation.run import evaluate as run_evaluation
    from kg.resources import sample_corpus

    bundled = [sample_corpus()]  # the shipped sample corpus, wherever policykg is installed
    passages = load_gold(gold)
    facts = load_doc_facts(doc_facts) if doc_facts is not None else None
    fact_paths = locate([e["doc"] for e in facts], doc_facts, corpus, bundled) if facts and doc_facts else {}
    if predictions is not None:
        preds = load_predictions(predictions)
        source = str(predictions)
        documents = (
            ingest_documents(fact_paths, progress=lambda items: track(items, "loading")) if facts else {}
        )
        authors = _authors_for_file(passages, gold, corpus, bundled, locate_documents, ingest_documents)
    else:
        preds, documents = run_extractor(
            passages,
            gold,
            corpus,
            progress=lambda items: track(items, "extracting"),
            extra=fact_paths,
            bundled=bundled,
        )
        source = "extractor"
        authors = {doc_id: document.meta.region for doc_id, document in documents.items()}
    result = run_evaluation(
        passages,
        preds,
        gold=str(gold),
        source=source,
        types=selected,
        with_errors=show_errors,
        by_doc=by_doc,
        authors=authors,
    )
    if facts is not None:
        metas = {doc_id: document.meta for doc_id, document in documents.items()}
        result["doc_facts"] = score_doc_facts(facts, metas, preds)
    return result


def _authors_for_file(passages, gold, corpus, bundled, locate_documents, ingest_documents) -> dict | None:
    """The gold documents' authors for a predictions file (relations are scored on the names a
    passage states, GUIDE §9); None, said on stderr, when the documents cannot be found: every
    relation whose evidence overlaps a passage is scored then."""
    from extract.errors import LoadError

    try:
        paths = locate_documents(passages, gold, corpus, bundled)
    except LoadError as exc:
        err.print(f"note: relations scored without the author scope ({exc})", highlight=False, soft_wrap=True)
        return None
    documents = ingest_documents(paths, progress=lambda items: track(items, "loading"))
    return {doc_id: document.meta.region for doc_id, document in documents.items()}


def _print_tables(result: dict, show_errors: bool) -> None:
    from extract.evaluation.report import (
        by_doc_table,
        doc_facts_table,
        entity_table,
        indicator_table,
        print_errors,
        relation_table,
    )

    # Piped output gets Rich's default 80 columns, too narrow for the entity table: widen it.
    console = out if out.is_terminal else Console(soft_wrap=True, width=max(out.width, 140))
    console.print(entity_table(result))
    console.print(relation_table(result))
    console.print(indicator_table(result))
    if "by_doc" in result:
        console.print(by_doc_table(result))
    if "doc_facts" in result:
        console.print(doc_facts_table(result))
    if show_errors:
        print_errors(console, result)


def _by_province(
    golds: list[Path],
    corpus: Path | None,
    predictions: Path | None,
    selected: list[str] | None,
    as_json: bool,
) -> None:
    """Each gold file scored with ``by_doc`` (never with errors), then grouped by province."""
    from extract.evaluation.provinces import province_report
    from extract.evaluation.report import province_table

    try:
        results = [_score(g, corpus, predictions, selected, False, True, None) for g in golds]
    except PolicyKGError as exc:
        err.print(f"[red]error:[/red] {exc}", highlight=False, soft_wrap=True)
        raise typer.Exit(1) from None
    report = province_report(results)
    if as_json:
        typer.echo(json.dumps(report, ensure_ascii=False, indent=2))
        return
    console = out if out.is_terminal else Console(soft_wrap=True, width=max(out.width, 140))
    console.print(province_table(report))
