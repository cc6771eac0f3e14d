"""Failure class: a Program guess that swallows its clause's verb (program41, issue 12).

The head scan keeps an adverb-and-verb jieba reads as one word (广泛开展) or a verb it tags a noun
(加快|布局“…”) in front of a Program name. ``extract.pipeline.programme_clause_verbs`` cuts the verb where
its place shows it governs the name: the guess starts the clause and is its object, or the clause
opens with a mined opener right before a mined object verb and a quoted name. Official names that
open with a verb keep it where a governing verb or a list comma stands before them. Sentences are
invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.programme_clause_verbs import clause_verb_length

OPENERS = frozenset({"广泛", "深入", "加快", "抓实", "积极", "探索"})
VERBS = frozenset({"实施", "开展", "深化"})
OBJECTS = frozenset({"布局"})


def cut(text: str, name: str) -> str:
    start = text.index(name)
    n = clause_verb_length(text, start, start + len(name), OPENERS, VERBS, OBJECTS)
    return name[n:]


@pytest.mark.parametrize(
    ("text", "name", "kept"),
    [
        (
            "城市面貌持续改善。广泛开展邻里互助暖心行动，社区更有温度。",
            "广泛开展邻里互助暖心行动",
            "邻里互助暖心行动",
        ),
        ("农业稳步增长；深入实施高标准农田提质工程。", "深入实施高标准农田提质工程", "高标准农田提质工程"),
        ("，积极探索工业旧地复合用地试点，", "积极探索工业旧地复合用地试点", "工业旧地复合用地试点"),
        ("抓实河湖清淤三年攻坚行动等专项整治。", "抓实河湖清淤三年攻坚行动", "河湖清淤三年攻坚行动"),
        ("，加快布局“星链+算力”示范工程，培育新产业。", "布局“星链+算力”示范工程", "“星链+算力”示范工程"),
    ],
)
def test_the_clause_verb_is_cut_off_the_programme(text, name, kept):
    assert cut(text, name) == kept


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a governing verb stands before the verb-led official name: it is the name's own
        ("今年扎实开展深入学习城市治理精神教育，成效明显。", "深入学习城市治理精神教育"),
        # a list item after 、 keeps its front
        ("推进主题教育、深入学习城市治理精神教育，持续用力。", "深入学习城市治理精神教育"),
        # the guess is the clause's subject: a predicate follows it
        ("。加快河湖清淤三年行动扎实推进。", "加快河湖清淤三年行动"),
        # a noun before the quote after an opener is the name's own front
        ("，加快厅局长“三访”机制落地。", "厅局长“三访”机制"),
        # too little left after the verb
        ("。深入实施三保障，", "深入实施三保障"),
    ],
)
def test_a_programme_that_owns_its_verb_is_untouched(text, name):
    assert cut(text, name) == name


def ents(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, "500000").ents]


def test_the_pipeline_cuts_the_clause_verb():
    found = ents("城市面貌持续改善。广泛开展邻里互助暖心行动，社区更有温度。")
    assert not any(t.startswith("广泛") and label == "Program" for t, label in found)
    # negative: an official name after a governing verb stays whole
    found = ents("今年以来，开展打击非法集资两年专项行动，成效明显。")
    assert not any(t.startswith("非法集资") for t, _ in found)
