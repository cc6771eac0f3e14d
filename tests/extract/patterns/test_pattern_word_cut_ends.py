"""Failure class: a programme guess that ends inside a word (全运会等重大赛|事).

A head word of the grammar (大赛) may stand across two words of an ordinary phrase (重大|赛事);
the guess then ends in the middle of the word 赛事. When the dictionary's segmentation of the
surroundings has a word that begins at the guess's last character and runs past its end, the
guess names nothing. Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.word_cut_ends import ends_inside_word


def programmes(text: str) -> list[str]:
    doc = run_pipeline(load_pipeline(), text, "140000")
    return [e.text for e in doc.ents if e.label_ == "Program"]


@pytest.mark.parametrize("text", ["成功承办全运会等重大赛事，影响广泛。", "举办马拉松等重大赛事。"])
def test_a_head_inside_an_ordinary_phrase_makes_no_programme(text):
    assert programmes(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("培育卓越工程师计划。", "卓越工程师计划"),
        ("深入实施乡村旅游提升行动，加快推进。", "乡村旅游提升行动"),
    ],
)
def test_a_name_ending_at_a_word_edge_stands(text, name):
    assert programmes(text) == [name]


def test_only_a_word_that_begins_at_the_last_character_cuts():
    text = "民生工程建设"  # 工程建设 began before the edge: a name and a generic tail
    assert not ends_inside_word(text, 4)
    assert ends_inside_word("重大赛事", 3)
