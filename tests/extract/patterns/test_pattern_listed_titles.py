"""Failure class: the later conjuncts of a list of titles a place seeks or gets are lost
(issue 12, Program recall; branch program27).

GUIDE §2.2 gives every conjunct of a list its own span, as names of one kind; GUIDE §3 and §9
(and the provincial-2026 convention "Titles and designations") type the designations and titles
a place gets or seeks as Program. The mined title verbs (``title_verbs.jsonl``: 入选, 争创, 创建)
mark the first conjunct's frame; a later conjunct has no verb or level of its own, so the head
scan read it alone and took a designation in common words (…贸易|示范区) for a kind, or had no
head for a city title without a level (…示范城市). Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline


def ents(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, "500000").ents]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a designation in common words after a levelled first conjunct: the level is shared
        ("青禾市争创国家茶旅融合发展示范区、数字贸易示范区。", "数字贸易示范区"),
        # a city title without a level after a conjunct the head scan cannot name
        ("甲市、乙市分别入选国家乡村医疗改革、青禾中药传承发展示范城市。", "青禾中药传承发展示范城市"),
        ("绿溪县创建国家青禾茶叶先行区、林下经济先行区，", "林下经济先行区"),
    ],
)
def test_a_later_conjunct_after_a_title_verb_is_a_programme(text, name):
    assert (name, "Program") in ents(text)


@pytest.mark.parametrize(
    "text",
    [
        "甲市争创乙丙示范区、现代化城市。",  # generic words before the city word: a positioning
        "甲市入选国家甲乙示范区、加快建设示范区。",  # a clause, not a conjunct's name
        "甲市建设国家茶旅融合发展示范区、数字贸易示范区。",  # 建设 is no mined title verb
    ],
)
def test_no_title_without_a_title_verb_or_with_a_clause(text):
    names = [n for n, t in ents(text) if t == "Program"]
    assert "现代化城市" not in names and "加快建设示范区" not in names and "数字贸易示范区" not in names


def test_the_shared_level_goes_into_the_canonical():
    doc = run_pipeline(load_pipeline(), "青禾市争创国家茶旅融合发展示范区、数字贸易示范区。", "500000")
    assert [e.kb_id_ for e in doc.ents if e.text == "数字贸易示范区"] == ["国家数字贸易示范区"]


def test_the_list_pattern_reads_no_further_than_its_reach():
    """Hostile input: a title verb before a run of 、-items with no clause edge within
    LISTED_TITLES_REACH characters is refused at the verb, so a long run holding many verbs is not
    rescanned from each of them (16,000 items took 43 s); a list within the reach still matches."""
    from extract.pipeline.city_titles import LISTED_TITLES_REACH, _listed_titles_re

    pattern = _listed_titles_re(frozenset({"争创"}))
    assert pattern is not None
    short = "争创国家甲示范区、乙示范区。"
    assert pattern.match(short).group("list") == "国家甲示范区、乙示范区"
    long_list = "争创" + "、".join(["国家甲示范区"] * (LISTED_TITLES_REACH // 7 + 2)) + "。"
    assert pattern.match(long_list) is None
    assert pattern.search("争创国家示范区、" * 2000 + "甲") is None
