"""The full extractor on the 24 provincial work reports of ../shared/corpus-extra.

These are raw web pages of another genre and level than the bundled corpus, mostly without
gold: the run must not fail, every record must cite evidence inside the document body that
holds its names or figures, every mention must be the body text it claims, and entity ids
must not depend on the order the documents are given in.
"""

from __future__ import annotations

import pytest

from extract.document import ingest
from extract.extractor import extract_documents
from extract.records import Mention
from tests.extract.relations.evidence import check_evidence


@pytest.mark.slow
def test_every_extra_document_extracts_with_evidence_and_stable_ids(extra_dir):
    paths = sorted(extra_dir.glob("*.txt"))
    assert len(paths) >= 20
    docs = [ingest(p) for p in paths]
    first = {d.doc_id: records for d, records in extract_documents(docs)}
    assert set(first) == {d.doc_id for d in docs}

    checked = mentions = 0
    for doc in docs:
        records = first[doc.doc_id]
        ms = [r for r in records if isinstance(r, Mention)]
        assert ms, doc.doc_id  # every report names at least its own province
        for m in ms:
            assert doc.body_start <= m.start < m.end <= doc.body_end, m
            assert doc.text[m.start : m.end] == m.text, m
            assert m.sentence_start <= m.start and m.end <= m.sentence_end, m
        mentions += len(ms)
        checked += check_evidence(doc, records, ms, body_only=True)
    assert mentions > 3000 and checked > 3000

    def ids(results) -> list[tuple[str, int, int, str]]:
        return sorted(
            (m.doc, m.start, m.end, m.entity_id)
            for _, records in results
            for m in records
            if isinstance(m, Mention)
        )

    again = list(extract_documents([ingest(p) for p in reversed(paths)]))
    assert ids(first.items()) == ids(again)
