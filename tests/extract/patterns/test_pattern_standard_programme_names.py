"""Failure class: a bare programme name linked apart from its standard full name (issue 12, link12).

The gold gives a programme its full standard name (GUIDE §4: 家电以旧换新 -> 消费品以旧换新; the
conventions: bare 以旧换新 -> 消费品以旧换新), so a report writing only the bare name lost the
province's engagesIn. The standard modifier is read off usage: a longer name ending with the
bare one, written by at least three reports and by more reports than the bare one, and the only
such name. Names and counts below are invented.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from extract.document import from_text
from extract.errors import LoadError
from extract.extractor import extract_document
from extract.linking import STANDARD_MIN_REPORTS, AliasIndex
from extract.standard_names import MIN_LEFT_CONTEXTS, left_contexts, standard_names

ROOT = Path(__file__).resolve().parents[3]


def index(rows: dict[str, int]) -> AliasIndex:
    """Programme names, each written by the given number of (invented) reports."""
    idx = AliasIndex()
    for name, n in rows.items():
        for r in range(n):
            idx.add("Program", name, f"r{r}.txt")
    return idx


def test_a_bare_name_takes_the_full_name_most_reports_write():
    idx = index({"绿灯通行行动": 2, "山林护绿灯通行行动": STANDARD_MIN_REPORTS})
    assert idx.standard_name("Program", "绿灯通行行动") == "山林护绿灯通行行动"
    assert idx.standard_name("Program", "山林护绿灯通行行动") is None  # the full name stays


@pytest.mark.parametrize(
    "rows",
    [
        {"绿灯通行行动": 1, "山林护绿灯通行行动": STANDARD_MIN_REPORTS - 1},  # too few reports: a local name
        {"绿灯通行行动": 5, "山林护绿灯通行行动": 4},  # the bare name is the usual one
        {"绿灯通行行动": 1, "山林护绿灯通行行动": 3, "河湖护绿灯通行行动": 3},  # two standards: undecided
        {"绿灯通行行动": 1, "全省绿灯通行行动": 6},  # a scope word is no modifier (GUIDE §2.5)
        {"通行": 1, "绿灯通行": 6},  # a two-character tail is too short to be one programme
        {"四年行动": 1, "护河攻坚四年行动": 6},  # a duration + kind ends every multi-year campaign
        {"两年计划": 1, "青苗培优两年计划": 5},
    ],
)
def test_no_standard_name_when_usage_does_not_decide(rows):
    idx = index(rows)
    bare = min(rows, key=len)
    assert idx.standard_name("Program", bare) is None


def test_a_name_always_written_after_the_same_characters_is_a_cut_not_a_standard():
    """Boundary entropy: 新就业|形态人员… in every report is the tail of a longer name."""
    cut = ["推进新就业形态人员保障试点。", "扩大新就业形态人员保障试点范围。", "新就业形态人员保障试点覆盖"]
    assert len(left_contexts("形态人员保障试点", cut)) < MIN_LEFT_CONTEXTS
    free = ["实施山林护绿灯通行行动。", "开展山林护绿灯通行行动，", "山林护绿灯通行行动成效明显"]
    assert len(left_contexts("山林护绿灯通行行动", free)) >= MIN_LEFT_CONTEXTS


def test_one_document_index_changes_nothing():
    idx = AliasIndex([("Program", "绿灯通行行动"), ("Program", "山林护绿灯通行行动")])
    assert idx.standard_name("Program", "绿灯通行行动") is None
    assert idx.resolve("Program", "绿灯通行行动") == "绿灯通行行动"


def test_a_report_writing_only_the_bare_name_gets_the_mined_standard_name():
    """The shipped file is mined from unannotated reports; a document naming the bare programme
    alone (invented text) is linked to it, as ``policykg evaluate`` links one document."""
    mined = standard_names()
    # the longest bare name: a short one may be a generic kind the extractor rightly never names alone
    bare, full = max(((n, s) for (t, n), s in mined.items() if t == "Program"), key=lambda p: len(p[0]))
    doc = from_text(f"2025年工作回顾\n全年投入资金20亿元实施{bare}，带动消费增长。\n", doc_id="invented.txt")
    canon = {m.text: m.canonical for m in extract_document(doc) if getattr(m, "type", None) == "Program"}
    assert canon.get(bare) == full


def test_a_malformed_standard_names_file_is_one_error_naming_it(tmp_path):
    bad = tmp_path / "standard_names.jsonl"
    row = '{"type": "Program", "name": "以旧换新", "standard": "旧换新以", "source": "mined", "counts": {}}'
    bad.write_text(row + "\n")
    with pytest.raises(LoadError, match=r"standard_names.jsonl:1"):
        standard_names(bad)
    bad.write_text("not json\n")
    with pytest.raises(LoadError, match=r"standard_names.jsonl:1"):
        standard_names(bad)
    assert standard_names(tmp_path / "missing.jsonl") == {}


@pytest.mark.slow
def test_shipped_standard_names_are_in_sync_with_the_mining_script(extra_dir, eval_dir):
    run = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "mine_standard_names.py"), "--check"],
        capture_output=True,
        text=True,
    )
    assert run.returncode == 0, run.stderr
