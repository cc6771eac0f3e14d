"""Shared fixtures: paths to the bundled corpus and the shared evaluation data."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "data" / "corpus"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    return CORPUS


@pytest.fixture(scope="session")
def corpus_files() -> list[Path]:
    return sorted(CORPUS.glob("*.txt"))


@pytest.fixture(scope="session")
def extra_dir() -> Path:
    path = SHARED / "corpus-extra"
    if not path.is_dir():
        pytest.skip("../shared/corpus-extra is not beside this checkout")
    return path


@pytest.fixture(scope="session")
def eval_dir() -> Path:
    path = SHARED / "eval"
    if not path.is_dir():
        pytest.skip("../shared/eval is not beside this checkout")
    return path


@pytest.fixture(scope="session")
def corpus_documents(corpus_files):
    """Every bundled document ingested once per test session (extract.document.ingest)."""
    from extract.document import ingest

    return [ingest(p) for p in corpus_files]


@pytest.fixture(scope="session")
def corpus_records(corpus_documents):
    """doc_id -> every record the full extractor emits for that document."""
    from extract.extractor import extract_document

    return {d.doc_id: extract_document(d) for d in corpus_documents}
