"""Failure class: a named region whose first word *begins* with a widespread level word.

``area_names.kind_of_zone`` drops a region kind whose modifier is one widespread word
(世界级城市群, 口岸经济带: a kind of zone, GUIDE §3 generic items). It compared characters, so a
named region whose dictionary word merely opens with such a word (北部 of 北部湾) lost its name:
北部湾城市群 was read as 北部 + 湾. The widespread word now has to be a word of the body's
segmentation. Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline


def ents(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, "450000").ents]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("北部湾城市群加快一体化发展。", "北部湾城市群"),
        ("深入推进北部湾经济区开放开发。", "北部湾经济区"),
        ("积极融入北部湾城市群，共建西部陆海新通道。", "北部湾城市群"),
    ],
)
def test_a_region_named_by_a_longer_word_is_an_area(text, name):
    assert (name, "Area") in ents(text)


@pytest.mark.parametrize(
    "text",
    [
        "携手建设世界级城市群。",
        "打造世界级大都市圈。",
        "培育口岸经济带，推动城乡融合。",
    ],
)
def test_a_widespread_word_alone_still_names_a_kind(text):
    assert not any(t == "Area" for _, t in ents(text))
