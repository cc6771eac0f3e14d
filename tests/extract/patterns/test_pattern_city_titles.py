"""Failure class: national titles a city gets or seeks (全国文明城市, 国际消费中心城市) missed.

GUIDE §9 and the provincial-2026 conventions type titles a city gets or seeks as Program and
leave positioning goals untagged (建设国家中心城市). The verbs that get or seek designations are
mined (``extract/data/title_verbs.jsonl``: clause words that national pilot designations follow
in several reports); such a verb, a level word and name words ending in the city word, closed by
a clause edge, is a title. Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.city_titles import MIN_DOCS, MIN_SHARE, mine_title_verbs
from extract.pipeline.grammar import default_grammar


def programmes(text: str) -> list[str]:
    return [e.text for e in run_pipeline(load_pipeline(), text, "140000").ents if e.label_ == "Program"]


def test_the_shipped_title_verbs_are_mined_with_their_counts():
    rows = default_grammar().lexicon["title_verbs.jsonl"]
    assert rows
    for e in rows:
        assert e["source"] == "mined" and e["docs"] >= MIN_DOCS
        assert e["counts"]["designations"] >= MIN_SHARE * e["counts"]["uses"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("支持大同争创国际美食之都城市，提升消费能级。", "国际美食之都城市"),
        ("朔州成功创建全国双拥模范城市，军民关系更加融洽。", "全国双拥模范城市"),
    ],
)
def test_a_title_a_mined_verb_seeks_or_gets_is_a_programme(text, name):
    assert name in programmes(text)


@pytest.mark.parametrize(
    "text",
    [
        "加快建设国家中心城市，提升辐射能级。",  # a positioning goal: the verb is no title verb
        "打造国际化大城市。",
    ],
)
def test_positioning_goals_stay_untagged(text):
    assert programmes(text) == []


def test_mining_counts_designations_after_each_clause_word():
    docs = [(f"{i}.txt", "入选国家青禾示范区。建设国家青禾示范区。建设新城。建设道路。") for i in range(5)]
    rows = {e["word"]: e for e in mine_title_verbs(docs, ["入选", "建设"], ["示范区"])}
    assert rows["入选"]["counts"] == {"uses": 5, "designations": 5}
    assert rows["建设"]["counts"] == {"uses": 15, "designations": 5}
    docs = [(f"{i}.txt", "入选国家青禾示范区。" + "建设道路。" * 30) for i in range(5)]
    assert [e["word"] for e in mine_title_verbs(docs, ["入选", "建设"], ["示范区"])] == ["入选"]
