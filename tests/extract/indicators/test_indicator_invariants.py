"""Every indicator the extractor emits over all 29 reports is a fact with its evidence.

A number without unit, year and source is a bug (issue 12): each record has a unit, a year in
the span plans speak of, a name, and an evidence span of its document whose text holds the
number. The table reader is checked on its own too, since the last filter in
``extract.indicators`` would hide a reader that emits unitless rows (1.85∶1, a bare 0.019).
Failures print the document and the count only: five of these reports are kept for the
precision check, where nobody reads extractor errors.
"""

from __future__ import annotations

import re
from collections import Counter

import pytest

from extract.indicators.numbers import to_halfwidth
from extract.records import Indicator

pytestmark = pytest.mark.slow

_CN_NUMERAL = re.compile(r"[〇零一二两三四五六七八九十百千万亿]")


@pytest.fixture(scope="module")
def all_records(corpus_files, extra_dir):
    from extract.document import ingest
    from extract.extractor import extract_documents

    docs = [ingest(p) for p in [*corpus_files, *sorted(extra_dir.glob("*.txt"))]]
    assert len(docs) == 29
    return {
        d.doc_id: (d, [r for r in records if isinstance(r, Indicator)])
        for d, records in extract_documents(docs)
    }


def _holds_number(evidence: str, value: float) -> bool:
    text = to_halfwidth(evidence).replace(",", "")
    written = f"{value:g}" if "e" not in f"{value:g}" else f"{value:f}".rstrip("0").rstrip(".")
    return written in text or bool(_CN_NUMERAL.search(text))


def test_every_indicator_has_unit_year_name_and_evidence(all_records):
    bad: Counter[str] = Counter()
    total = 0
    for doc_id, (doc, records) in all_records.items():
        for r in records:
            total += 1
            ok = (
                r.unit
                and isinstance(r.year, int)
                and 2000 <= r.year <= 2050
                and r.indicator
                and r.doc == doc_id
                and 0 <= r.start < r.end <= len(doc.text)
                and _holds_number(doc.text[r.start : r.end], abs(r.value))
            )
            if not ok:
                bad[doc_id] += 1
    assert total > 1000  # the check ran over real output
    assert not bad, f"indicators without unit, year, name or evidence holding the number: {dict(bad)}"


def test_the_table_reader_emits_no_unitless_row(all_records):
    from extract.indicators import author
    from extract.indicators.tables import indicators_in_table

    bad: Counter[str] = Counter()
    for doc_id, (doc, _) in all_records.items():
        who = author(doc)
        if who is None:
            continue
        for table in doc.tables:
            for r in indicators_in_table(table, doc_id, who, 2024, lambda y: y >= 2025):
                bad[doc_id] += not r.unit
    assert not +bad, f"table rows without a unit: {dict(+bad)}"
