"""Edge and hostile input for the finders merged in session 9 (branch review9).

Each test pins one problem found reviewing ``git diff d82c966 main -- extract``: the input is
invented, the assertion is the behaviour the fix gives (a bounded reach, no crash, the right
offset). Timings live in the review report, not here: a test asserts what is read, not how fast.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from extract.pipeline.grammar import Grammar
from extract.pipeline.lexicon_files import read_lexicon
from extract.pipeline.opened_facilities import MAX_LATER_ITEMS, reported_opened

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def grammar() -> Grammar:
    return Grammar(read_lexicon())


def _list(first: str, later: int) -> str:
    return first + "".join(f"、青禾第{i}美术馆" for i in range(later)) + "等一批文化地标建成投用。"


def test_a_completion_word_after_a_short_list_reaches_its_first_item(grammar):
    assert reported_opened(_list("白鹭湖文化中心", 3), 0, "白鹭湖文化中心", grammar)
    assert reported_opened(_list("白鹭湖文化中心", MAX_LATER_ITEMS), 0, "白鹭湖文化中心", grammar)


def test_the_scan_after_a_name_stops_after_a_bounded_number_of_later_items(grammar):
    """opened_facilities.reported_opened scanned every later item of the list for each guess in
    it: a 、-list of k parks cost k scans of up to k items (6,000 parks in one clause: 34 s, 16x
    the time of 1,500). Past ``MAX_LATER_ITEMS`` later items the verb is no longer read as the
    first item's, so each guess reads a bounded stretch."""
    text = _list("白鹭湖文化中心", MAX_LATER_ITEMS + 1)
    assert not reported_opened(text, 0, "白鹭湖文化中心", grammar)
    last = text.rindex("、") + 1
    assert reported_opened(text, last, text[last : text.index("等", last)], grammar)


@pytest.mark.parametrize("modifier", ["链主制造", "“链主”制造", "“链”“主”制造"])
def test_quotes_in_a_firm_label_do_not_give_its_last_verb_an_object(modifier):
    """enumerations._verb_with_object measured what follows a verb against the modifier with its
    quotes but walked the words without them: two quote marks earlier made a verb right before
    the classifier (等“链主”制造企业) look as if it had an object, and the firm list was dropped."""
    from extract.pipeline.enumerations import _verb_with_object

    assert not _verb_with_object(modifier)
    assert _verb_with_object(modifier.replace("制造", "入选国家级"))  # a verb with an object still is


def test_a_quoted_firm_label_keeps_its_listed_firms():
    from extract.entities import load_pipeline, run_pipeline

    doc = run_pipeline(load_pipeline(), "支持青禾精工、白鹭湖动力等“链主”制造企业做大做强。", "500000")
    assert ("白鹭湖动力", "Enterprise") in [(e.text, e.label_) for e in doc.ents]


def test_a_documents_text_is_not_kept_alive_by_the_title_index():
    """title_back_references cached its index of full titles with ``lru_cache`` keyed on the
    document's text: the last four documents' texts (up to 32 million characters each, the
    documented limit) stayed in memory after their extraction was over. The index is now held
    for the document being read and lets its text go with it."""
    import gc
    import sys

    from extract.document import from_text
    from extract.entities import load_pipeline, run_pipeline

    document = from_text(
        "广东省人民政府工作报告\n贯彻《中共广东省委关于制定广东省国民经济和社会发展第十五个五年规划的建议》，"
        "落实《建议》部署，推进粤西发展。\n" + "".join(f"第{i}条。" for i in range(50))
    )
    text = document.text
    before = sys.getrefcount(text)
    doc = run_pipeline(load_pipeline(), text, "440000", document, 0)
    assert [e.kb_id_ for e in doc.ents if e.text == "《建议》"] == [
        "《中共广东省委关于制定广东省国民经济和社会发展第十五个五年规划的建议》"
    ]
    del doc
    gc.collect()
    assert sys.getrefcount(text) == before


def test_a_mined_completion_phrase_longer_than_four_characters_is_read_before_a_name():
    """opened_facilities.reported_opened looked for a completion word ending right before the
    name within a fixed four characters: a mined status phrase of five or more (the miner sets
    no such limit) could never be found there, though the same phrase after the name was."""
    import copy

    lexicon = copy.deepcopy(read_lexicon())
    phrase = "建成并投入使用"
    lexicon["status_phrases.jsonl"].append(
        {"counts": {"after_name": 0, "before_name": 2}, "docs": 2, "phrase": phrase, "source": "mined",
         "status": "completed", "verb": "建成"}
    )  # fmt: skip
    longer = Grammar(lexicon)
    name = "白鹭智造产业园"
    assert reported_opened(f"{name}{phrase}，", 0, name, longer)  # after the name: found before the fix
    assert reported_opened(f"去年{phrase}{name}，", 2 + len(phrase), name, longer)


def test_a_long_list_after_yu_does_not_backtrack_catastrophically():
    """enumerations.COOPERATION_RE let its item class hold 、 as well as the repetition that
    separates items, so a long 、-list after 与 with no closing verb was split every possible way:
    40 items took 4 s, 80 never finished (found in the ninth session's hostile-input pass). Run in
    a child process so that a regression fails on the timeout instead of hanging the suite."""
    items = "、".join(f"财政{chr(0x4E00 + i % 50)}" for i in range(80))  # 0x4E0E is 与
    code = (
        "from extract.pipeline.enumerations import COOPERATION_RE\n"
        f"print(sum(1 for _ in COOPERATION_RE.finditer({('深化' + items + '等改革。')!r})))\n"
    )
    try:
        done = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, cwd=ROOT
        )
    except subprocess.TimeoutExpired:
        pytest.fail("COOPERATION_RE backtracks catastrophically on a long list after 与")
    assert done.returncode == 0, done.stderr
