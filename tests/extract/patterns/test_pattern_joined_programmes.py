"""Failure class: two programmes joined by 和 before one head (issue 12, Program boundaries;
branch program34).

``甲和乙HEAD`` is two programmes sharing a head (GUIDE §2.2) when 甲 (or its last four or more
characters) + HEAD is a name other authors write on its own (the mined ``carried_names.jsonl``
and ``category_phrases.jsonl``), and one name otherwise (a verb or a bare
modifier before 和: GUIDE §2.1's maximal name). Sentences are invented; the first conjuncts are
mined category phrases without their head.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.joined_programmes import mine_carried_names, shared_head
from extract.pipeline.grammar import default_grammar


def ents(text: str) -> list[tuple[str, str, str]]:
    return [(e.text, e.label_, e.kb_id_) for e in run_pipeline(load_pipeline(), text, "500000").ents]


@pytest.mark.parametrize(
    ("text", "first", "canonical", "second"),
    [
        (
            "今年实施稳岗扩容提质和青禾技能培训提升行动，促进就业。",
            "稳岗扩容提质",
            "稳岗扩容提质行动",
            "青禾技能培训提升行动",
        ),
        ("深入实施城市更新和老旧街区焕新提升行动，", "城市更新", "城市更新行动", "老旧街区焕新提升行动"),
        # a carried name (文化惠民工程) after a modifier of the first conjunct
        (
            "实施高水平文化惠民和青禾戏曲传承扶持工程，",
            "高水平文化惠民",
            "高水平文化惠民工程",
            "青禾戏曲传承扶持工程",
        ),
    ],
)
def test_a_named_first_conjunct_shares_the_head(text, first, canonical, second):
    found = ents(text)
    assert (first, "Program", canonical) in found
    assert (second, "Program") in [(e[0], e[1]) for e in found]
    assert not any("和" in e[0] for e in found)  # the whole run is no name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("实施外资规模和主体倍增工程，", "外资规模和主体倍增工程"),  # a bare field before 和
    ],
)
def test_a_bare_modifier_before_and_stays_inside_one_name(text, name):
    assert (name, "Program") in [(e[0], e[1]) for e in ents(text)]


@pytest.mark.parametrize(
    ("first", "rest", "head"),
    [
        ("稳岗扩容提质", "青禾技能培训提升行动", "行动"),
        ("林草资源保护", "修复重大工程", None),  # two verbs of one works
        ("绿溪提升行动", "青禾协同计划", None),  # a head of its own: two names already
        ("外资规模", "主体倍增工程", None),
    ],
)
def test_shared_head(first, rest, head):
    assert shared_head(first, rest, default_grammar()) == head


def test_carried_names_are_whole_objects_of_a_carrying_verb_by_two_authors():
    docs = [
        ("甲省", "大力实施青禾书香惠民工程，建设绿溪乐园工程。"),
        ("乙省", "实施青禾书香惠民工程。实施绿溪乐园工程建设。"),
        ("丙省", "实施红叶科技创新工程，"),
    ]
    rows = mine_carried_names(docs, ["实施"], ["工程"])
    assert [r["phrase"] for r in rows] == ["青禾书香惠民工程"]  # one author, or not up to the clause mark: no
    assert rows[0]["docs"] == 2 and rows[0]["source"] == "mined"
