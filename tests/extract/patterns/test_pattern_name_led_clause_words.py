"""Failure class: a name that opens with a place the dictionary reads whole lost its first two
characters as a clause word (branch platform21).

``lexicon.clause_opener`` tries a text's first segmented word and, for verbs the segmenter
splits (打|好), its first two characters. Where the first word is a longer place or body name
of jieba's dictionary (长三角 ``ns``, 大别山 ``ns``), those two characters are only a piece of it
(长三 is an adverb of the dictionary), so the head-word finder cut 长三|角甲城科创走廊 to
角甲城科创走廊 and the left-edge veto dropped it. The conventions tag such a named cluster of
places (长三角G60科创走廊) as Platform. Sentences and most names are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.lexicon import clause_opener


def ents(text: str, region: str | None = "440000") -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, region).ents]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("积极对接长三角甲城科创走廊，共建创新平台。", "长三角甲城科创走廊"),
        ("推动大别山丙县产业园提质升级。", "大别山丙县产业园"),
    ],
)
def test_a_platform_led_by_a_dictionary_place_keeps_the_place(text, name):
    assert (name, "Platform") in ents(text)


@pytest.mark.parametrize("text", ["长三角甲城科创走廊", "大别山丙县产业园"])
def test_a_place_word_opens_no_clause(text):
    assert clause_opener(text) == ""


@pytest.mark.parametrize(("text", "verb"), [("打好基础", "打好"), ("加快建设甲城产业园", "加快")])
def test_verbs_the_segmenter_splits_or_reads_still_open_a_clause(text, verb):
    assert clause_opener(text) == verb
