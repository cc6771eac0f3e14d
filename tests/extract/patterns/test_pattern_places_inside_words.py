"""Failure class: a place that is only part of a longer word of its sentence (长治 in the idiom
长治久安, 阿里 in 阿里巴巴, 文山 in 文山会海: issue 12, District precision).

jieba's dictionary reads the place and what is glued to it as one word: an idiom, a firm, a
compound that is no mention of the place (GUIDE §2.1: nothing nests inside a name, and a word
that merely begins with a place's name is not the place). ``embedded.inside_longer_word`` reads
the dictionary's segmentation of the sentence, never a list of names. A place that stands as a
word of its own, or a longer word that is itself a division (长治市), stays. Sentences are
invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.embedded import inside_longer_word


def districts(text: str, region: str | None = "530000") -> list[str]:
    return [e.text for e in run_pipeline(load_pipeline(), text, region).ents if e.label_ == "District"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("筑牢边疆长治久安的根基。", "长治"),  # an idiom
        ("深化与阿里巴巴等平台合作。", "阿里"),  # a firm the dictionary knows
        ("持续精简文山会海。", "文山"),  # an idiom
    ],
)
def test_a_place_inside_a_longer_word_is_no_mention(text: str, place: str) -> None:
    start = text.index(place)
    assert inside_longer_word(text, start, start + len(place))
    assert place not in districts(text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("澄湾县与长治开展劳务协作。", "长治"),  # the place as a word of its own
        ("长治市加快建设物流枢纽。", "长治市"),  # the longer word is the division itself
        ("文山州新建三座水厂。", "文山州"),
    ],
)
def test_a_place_standing_as_a_word_stays(text: str, place: str) -> None:
    start = text.index(place)
    assert not inside_longer_word(text, start, start + len(place))
    assert place in districts(text)
