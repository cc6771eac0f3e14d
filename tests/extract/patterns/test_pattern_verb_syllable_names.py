"""Failure class: a name whose first syllable is a verb character before a rare word (branch
project44, session 28, issue 12 Project recall).

``genericity.opens_with_verb`` drops a guess that opens with a clause word, and a one-character
verb, adverb or preposition counts when an everyday word follows it (按|季度…, 抓|投资…). jieba also
cuts many local names that way: a road or a works named after a place whose first character is a
verb (复|康路 of a readable gold list 复康路等道路80条: 康路 is a dictionary word seen twice). The
kernel-kind reader (``kernel_kinds``) found the item, and the generic filter then dropped it as a
clause. A word the dictionary has seen fewer than ``lexicon.COMMON_FREQ`` times is no everyday
word, so the first character is the name's first syllable. Sentences and names are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.genericity import opens_with_verb


def typed(text: str) -> dict[str, str]:
    return {e.text: e.label_ for e in run_pipeline(load_pipeline(), text, "500000").ents}


@pytest.mark.parametrize("name", ["通洋桥路", "兴土桥路", "通铁桥路"])
def test_a_verb_character_before_a_rare_word_opens_a_name(name):
    assert not opens_with_verb(name)


@pytest.mark.parametrize("clause", ["按季度调整优化项目", "抓投资上项目", "凝练攻关项目"])
def test_a_verb_before_an_everyday_word_still_opens_a_clause(clause):
    assert opens_with_verb(clause)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("更新改造通洋桥路等道路30条、桥梁12座，整治背街小巷。", "通洋桥路"),
        ("维修改造兴土桥路等道路12条，提升通行能力。", "兴土桥路"),
    ],
)
def test_a_listed_road_named_so_is_a_project(text, name):
    assert typed(text).get(name) == "Project"


def test_a_clause_that_opens_with_a_verb_stays_untyped():
    assert "Project" not in typed("坚持抓投资上项目，按季度调整优化项目。").values()
