"""Crafted input with no full stop: one 'sentence' of thousands of figures.

Before these limits the per-sentence readers compared every figure with the rest of its
sentence: 64,000 characters of ``12.5%`` took 45 s and 8,000 characters of ``3个`` 42 s, growing
with the square of the size. The checks count work instead of timing it.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import extract.indicators.prose as prose
from extract.indicators.numbers import find_figures
from extract.indicators.prose import Context, indicators_in_sentence
from extract.structure import MAX_SENTENCE, split_sentences


def _naive_clause_start(text: str, pos: int) -> int:
    """The scan back the bisection replaced (kept here as the reference)."""
    i = pos
    while i > 0 and text[i - 1] not in prose._CLAUSE_END:
        if text[i - 1] == ":" and not (i >= 2 and text[i - 2].isdigit() and text[i : i + 1].isdigit()):
            break
        i -= 1
    return i


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="12:，;。a、\n", max_size=40), st.data())
def test_clause_start_matches_the_scan_back(text: str, data: st.DataObject) -> None:
    pos = data.draw(st.integers(0, len(text)))
    assert prose._clause_start(text, pos) == _naive_clause_start(text, pos)


def test_a_run_without_full_stops_is_cut_into_bounded_sentences() -> None:
    text = "甲" * 30 + "。" + ("乙" * 700 + "，") * 6 + "丙" * 5000 + "。丁"
    spans = split_sentences(text, 0, len(text))
    assert all(b - a <= MAX_SENTENCE for a, b in spans)
    assert "".join(text[a:b] for a, b in spans) == text  # nothing lost, nothing repeated
    # cut after a clause break where one lies within the limit
    assert all(text[b - 1] in "，。" for a, b in spans[1:3])


def test_real_sentences_are_not_cut() -> None:
    text = "地区生产总值增长6%，" * 100 + "。"
    assert split_sentences(text, 0, len(text)) == [(0, len(text))]


def test_a_clause_of_counts_reads_its_figures_once(monkeypatch) -> None:
    calls = {"n": 0}

    def counting(text: str):
        calls["n"] += 1
        return find_figures(text)

    monkeypatch.setattr(prose, "find_figures", counting)
    ctx = Context("某区", "District", "d1", 2024, "actual", "doc", (), 5)
    for unit in ("企业12家", "3个", "新建项目3个、"):
        calls["n"] = 0
        text = unit * (MAX_SENTENCE // len(unit))
        indicators_in_sentence(text, 0, ctx)
        figures = len(find_figures(text))
        assert figures > 200
        assert calls["n"] < figures // 10, (unit, calls["n"], figures)
