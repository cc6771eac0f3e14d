"""Failure class: a works qualifier repeated without end after one head (hostile input).

GUIDE §2.4 keeps the works on a project in its name (水库扩建, 二期北段). The qualifier's pattern
repeated its pieces without bound, so in one unpunctuated run of 扩建X水库 every head read the whole
rest of the run as its qualifier, and the clause test scanned it again: 6,000 units (36,000
characters after an unclosed bracket) took 20 s, 12,000 would take about a minute. The pieces are
now bounded (three; no report writes more than two), and the run is linear. Every name is invented.
"""

from __future__ import annotations

from extract.document import from_text
from extract.extractor import extract_documents
from tests.child_process import assert_runs_within


def test_an_endless_run_of_works_qualifiers_stays_linear() -> None:
    script = (
        "from extract.document import from_text\n"
        "from extract.extractor import extract_documents\n"
        "text = '一、总体情况\\n建设青禾（含' + '扩建青禾水库' * 12000 + '。\\n'\n"
        "doc = from_text(text, doc_id='crafted.txt')\n"
        "records = [r for _, rs in extract_documents([doc]) for r in rs]\n"
        "assert len(records) > 1000\n"
    )
    assert_runs_within(script, 20)


def test_a_phase_and_a_section_stay_in_the_name() -> None:
    text = "一、总体情况\n今年开工建设青禾水库二期北段扩建，完成澄湾大桥一期南段。\n"
    doc = from_text(text, doc_id="crafted.txt")
    records = [r for _, rs in extract_documents([doc]) for r in rs]
    names = {r.text for r in records if getattr(r, "type", None) == "Project"}
    assert "青禾水库二期北段扩建" in names
