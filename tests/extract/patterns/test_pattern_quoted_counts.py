"""Failure class: a counted kind written between quote marks, read as one works or zone (project43).

``建设“甲类公园”40个以上``, ``12个“乙类口岸”正式启用``: the count says how many of a kind are built or
opened, so the guess names no one thing (GUIDE §3 generic unnamed items; the provincial-2026
conventions leave counts of generic items untagged). ``genericity.is_counted`` reads a count right
before or after a guess; quote marks that wrap the whole mention are no part of it (GUIDE §2.2), so
the count stands beside it across them (``genericity.outside_quotes``). Sentences are invented; the
negatives are a quoted name with no count and a quote mark that does not wrap the guess.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.genericity import is_counted, outside_quotes


def ents(text: str, region: str | None = "430000") -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, region).ents]


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("建设“滨水体育公园”40个以上，推动学校体育场馆有序向社会试点开放。", "滨水体育公园", "Project"),
        ("全年有12个“智慧边境口岸”正式启用，通关提速。", "智慧边境口岸", "Platform"),
    ],
)
def test_a_count_across_the_quote_marks_makes_a_kind(text, name, label):
    assert (name, label) not in ents(text)


def test_a_quoted_name_with_no_count_stays():
    text = "办好市第五届运动会等体育赛事，推进“西河体育公园”建设，推动学校体育场馆开放。"
    assert ("西河体育公园", "Project") in ents(text)


@pytest.mark.parametrize(
    ("text", "name", "counted"),
    [
        ("建设“滨水体育公园”40个以上，", "滨水体育公园", True),
        ("有12个“智慧边境口岸”启用", "智慧边境口岸", True),
        ("建设滨水体育公园40个以上，", "滨水体育公园", True),  # no quotes: as before
        ("推进“西河体育公园”建设，", "西河体育公园", False),
        ("推进“西河”体育公园12个", "体育公园", True),  # not wrapped: the count is right after anyway
        ("有12个“智慧”边境口岸启用", "边境口岸", False),  # a mark on one side only: no widening
    ],
)
def test_the_count_test_reads_past_wrapping_quote_marks_only(text, name, counted):
    start = text.index(name)
    assert is_counted(text, start, start + len(name)) is counted


def test_outside_quotes_widens_a_wrapped_span_only():
    text = "建设“甲乙公园”和‘丙丁’"
    start = text.index("甲乙公园")
    assert outside_quotes(text, start, start + 4) == (start - 1, start + 5)
    inner = text.index("丙丁")
    assert outside_quotes(text, inner, inner + 2) == (inner - 1, inner + 3)
    assert outside_quotes(text, start, start + 2) == (start, start + 2)  # the mark is not right after
    assert outside_quotes("甲乙公园", 0, 4) == (0, 4)
