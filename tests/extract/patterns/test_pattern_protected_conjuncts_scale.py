"""Failure class: a long line of protected-area lists (甲山、乙山国家公园, repeated).

``share_protected_kinds`` takes the place word before a conjunction as a conjunct of the
protected-area name after it, unless a name already holds that word. It asked every span chosen
so far, per Area: quadratic on a page of such lists (review11: 40,000 characters took 7.8 s, so
200,000 about three minutes). The held characters are now one byte each (``held_characters``), a
slice per conjunct. The sentences are invented; the readings are pinned in
``test_pattern_protected_area_conjuncts.py``.
"""

from __future__ import annotations

from tests.child_process import assert_runs_within

UNIT = "保护泰山、黄山国家公园，"  # dictionary place names (jieba ns), an invented sentence
CHARS = 200_000
TIMEOUT_S = 30  # imports and the lexicon ~10 s under load; the scan well under a second


def test_a_long_line_of_protected_lists_stays_linear():
    script = (
        "from extract.entities import load_pipeline\n"
        "from extract.pipeline.grammar import Grammar\n"
        "from extract.pipeline.lexicon_files import read_lexicon\n"
        "from extract.pipeline.protected_conjuncts import share_protected_kinds\n"
        f"text = {UNIT!r} * ({CHARS} // {len(UNIT)} + 1)\n"
        "doc = load_pipeline().make_doc(text)\n"
        "at = [i for i in range(len(text)) if text.startswith('黄山国家公园', i)]\n"
        "areas = [doc.char_span(i, i + 6, label='Area', span_id='suffix') for i in at]\n"
        "out = share_protected_kinds(doc, areas, text, Grammar(read_lexicon()))\n"
        "assert sum(s.text == '泰山' for s in out) == len(at)\n"
    )
    assert_runs_within(script, TIMEOUT_S)
