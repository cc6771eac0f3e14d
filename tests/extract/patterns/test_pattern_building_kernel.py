"""Failure class: a named building missed because its head is in no list (branch project45, issue 12).

GUIDE §3 types construction items (infrastructure, buildings) Project, and the provincial-2026
conventions add that museums, schools, stations and other buildings reported as built or opened
are Project. Stations (站), schools (学校) and campuses (校区, 院区) were GUIDE kernels, buildings
(楼) were not; the head miner only extends kernels, and the unannotated reports write a kind such
as 航站楼 twice in one report (the other uses lie in gold passages, which the mining mask
blanks), under every floor of ``mining.Settings``. So ``甲地机场航站楼投用`` gave only the
airport, cut before its terminal (round 5's 临沂机场航站楼).

The mechanism is the kernel row 楼 (``head_kernels.jsonl``, the convention as its rule): the
kernel-compound miner (``extract.pipeline.kernel_compounds``) then admits the dictionary's noun +
楼 compounds where the reports write 楼 compounds in construction clauses across reports, each
row with its counts, and the name grammar ends names at them as at any mined head. Whether the
words before the head name one building or a kind (教学楼 after a count, 保交楼) is left to the
existing genericity, count and one-character-kernel rules. Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.compound_edges import closes_name, counted_body, glued_after
from extract.pipeline.lexicon_files import read_lexicon


def typed(text: str) -> dict[str, str]:
    return {e.text: e.label_ for e in run_pipeline(load_pipeline(), text, "370000").ents}


def test_the_building_heads_are_mined_with_their_counts():
    rows = {r["head"]: r for r in read_lexicon(names=["heads.jsonl"])["heads.jsonl"]}
    row = rows["航站楼"]
    assert (row["type"], row["kernel"], row["frame"]) == ("Project", "楼", "kernel_compound")
    assert row["docs"] >= 3 and row["counts"]["kernel_constructions"] >= 3


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("城市轨道交通加快发展，甲乙机场航站楼投用，丙丁水库完工。", "甲乙机场航站楼"),
        ("推动戊己国际机场T2航站楼建成投用，完成投资三亿元。", "戊己国际机场T2航站楼"),
    ],
)
def test_a_named_building_is_one_project(text, name):
    assert typed(text).get(name) == "Project"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("楼宇经济持续壮大，扎实推进保交楼工作。", "楼"),
        ("新建教学楼3栋、办公楼2栋，改善办学条件。", "楼"),
    ],
)
def test_a_kind_of_building_stays_untagged(text, word):
    assert not any(word in name for name in typed(text))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # 楼|宇: the kernel glued to the next character into a word (compound_edges.glued_after)
        ("甲区产值超亿元办公楼宇数量达到五栋，楼宇经济加快发展。", "办公楼"),
        # a number and a measure word before the head: a count of a kind (compound_edges.counted_body)
        ("构建“一张办公桌、一间办公室、一层办公楼”的创业支持体系。", "办公楼"),
    ],
)
def test_a_compound_glued_or_counted_closes_no_name(text, word):
    assert not any(word in name for name in typed(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a number before 号 names one building of several: no count (compound_edges.ordinal_body;
        # 住院楼 itself is no head since the reports never write it: kernel_compounds)
        ("建成3号办公楼。", "3号办公楼"),
        ("建成临沂市3号办公楼。", "临沂市3号办公楼"),
    ],
)
def test_a_numbered_building_stays_a_name(text, name):
    assert name in typed(text)


@pytest.mark.parametrize("body", ["3号", "第三", "首座"])
def test_an_ordinal_is_no_count(body):
    assert not counted_body(body)


def test_a_cardinal_count_is_a_count():
    assert counted_body("两座") and counted_body("一层")


def test_a_word_crossing_the_heads_end_is_glue():
    text = "推进甲地机场航站楼梯改造"
    end = text.index("楼") + 1
    assert glued_after(text, end)  # 航站|楼梯: a word crosses the head's end
    assert not closes_name(text, text.index("甲"), text.index("航"), end)
    text = "推进甲地机场航站楼建设"
    assert not glued_after(text, text.index("楼") + 1)
