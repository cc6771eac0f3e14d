"""Finding the documents a gold file names, and running the extractor over them.

Gold files live beside the corpora they annotate (``eval/dev/gold.jsonl`` → ``../../corpus``,
``gold-provincial.jsonl`` → ``../../corpus-extra``), so those are searched first, then
``data/corpus`` under the working directory, then the ``bundled`` directories the caller names:
the CLI passes the sample corpus policykg ships (``kg.resources.sample_corpus``, package data
found wherever the package is installed; ``extract`` does not import ``kg``, so it does not
look that up itself, and no path relative to this source file is assumed). A missing document
is an error naming the gold file, the document and the places searched: scoring a partial
run would understate recall silently.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from extract.errors import LoadError, PolicyKGError
from extract.evaluation.gold import GoldPassage, check_passage_text
from extract.evaluation.predictions import Predictions


def candidate_dirs(
    gold_path: str | Path, corpus: str | Path | None = None, bundled: Sequence[Path] = ()
) -> list[Path]:
    """Where to look for the gold's documents: ``corpus`` alone when given, else the defaults."""
    if corpus is not None:
        return [Path(corpus)]
    here = Path(gold_path).resolve().parent
    dirs = [
        here.parent.parent / "corpus",
        here.parent.parent / "corpus-extra",
        Path.cwd() / "data" / "corpus",
        *bundled,
    ]
    unique: list[Path] = []
    for d in dirs:
        if d.is_dir() and d.resolve() not in {u.resolve() for u in unique}:
            unique.append(d)
    return unique


def locate_documents(
    passages: Sequence[GoldPassage],
    gold_path: str | Path,
    corpus: str | Path | None = None,
    bundled: Sequence[Path] = (),
) -> dict[str, Path]:
    """doc id → file, for every document the passages name."""
    return locate(list(dict.fromkeys(p.doc for p in passages)), gold_path, corpus, bundled)


def locate(
    doc_ids: Sequence[str], anchor: str | Path, corpus: str | Path | None = None, bundled: Sequence[Path] = ()
) -> dict[str, Path]:
    """doc id → file, searching the directories around ``anchor`` (a gold or doc_facts file), then
    ``bundled``."""
    dirs = candidate_dirs(anchor, corpus, bundled)
    if corpus is not None and not dirs[0].is_dir():
        raise LoadError(corpus, "corpus directory not found")
    found: dict[str, Path] = {}
    for doc in doc_ids:
        for d in dirs:
            if (d / doc).is_file():
                found[doc] = d / doc
                break
        else:
            searched = ", ".join(str(d) for d in dirs) or "(no candidate directory exists)"
            raise LoadError(
                anchor, f"document {doc!r} named by the gold was not found in {searched}; pass --corpus DIR"
            )
    return found


def _ingest() -> Callable[[Path], Any]:
    try:
        from extract.document import ingest
    except ImportError as exc:
        raise PolicyKGError(f"document loading is not available ({exc})") from exc
    return ingest


def _extract() -> Callable[[Any], Iterable[Any]]:
    try:
        from extract.extractor import extract_document
    except ImportError as exc:
        raise PolicyKGError(
            f"the extractor is not available ({exc}); score a predictions file with --predictions FILE.jsonl"
        ) from exc
    return extract_document


Progress = Callable[[list[tuple[str, Path]]], Iterable[tuple[str, Path]]]


def ingest_documents(paths: dict[str, Path], progress: Progress = iter) -> dict[str, Any]:
    """doc id → ``extract.model.Document`` (for metadata when predictions come from a file)."""
    ingest = _ingest()
    return {doc_id: ingest(path) for doc_id, path in progress(list(paths.items()))}


def extract_documents(
    paths: dict[str, Path], progress: Progress = iter
) -> tuple[Predictions, dict[str, Any]]:
    """Ingest and extract each document; the predictions and the ingested documents."""
    extract_document = _extract()
    ingest = _ingest()
    preds = Predictions()
    documents: dict[str, Any] = {}
    for doc_id, path in progress(list(paths.items())):
        document = ingest(path)
        documents[doc_id] = document
        for record in extract_document(document):
            if getattr(record, "doc", doc_id) != doc_id:
                raise PolicyKGError(f"{path}: the extractor emitted a record for {record.doc!r}")
            preds.add(record)
    return preds, documents


def run_extractor(
    passages: Sequence[GoldPassage],
    gold_path: str | Path,
    corpus: str | Path | None = None,
    progress: Progress = iter,
    extra: dict[str, Path] | None = None,
    bundled: Sequence[Path] = (),
) -> tuple[Predictions, dict[str, Any]]:
    """Extract every document the gold names (plus ``extra`` ones); check passages against the text."""
    paths = {**locate_documents(passages, gold_path, corpus, bundled), **(extra or {})}
    preds, documents = extract_documents(paths, progress)
    for passage in passages:
        check_passage_text(passage, documents[passage.doc].text, gold_path)
    return preds, documents
