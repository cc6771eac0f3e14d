"""Failure class: a place inside the 《…》 title of a work typed as a District (branch precision13).

GUIDE §2.1 tags the maximal name and nothing inside it, and §2.3 keeps 《》 with a title: the
title of a policy is tagged whole, the title of a book, play or film is not tagged at all, and
the place inside either is no mention (the fresh gold leaves 话剧《右玉》 untagged).
``embedded.in_title`` drops such places. Sentences are invented; the titles are made up.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.embedded import in_title


def districts(text: str) -> list[str]:
    return [e.text for e in run_pipeline(load_pipeline(), text, "360000").ents if e.label_ == "District"]


@pytest.mark.parametrize(
    "text",
    [
        "纪录片《我的赣州》热播，文旅消费增长明显。",
        "推出舞剧《景德镇之夜》《梦回九江》等精品力作。",
        "出版《走进上饶》丛书，讲好江西故事。",
    ],
)
def test_a_place_inside_a_title_is_no_district(text):
    found = districts(text)
    assert not {"赣州", "景德镇", "九江", "上饶"} & set(found)


def test_places_outside_the_title_stay():
    found = districts("赣州推出纪录片《我的家乡》，支持九江建设文旅名城。")
    assert {"赣州", "九江"} <= set(found)


@pytest.mark.parametrize(
    ("text", "inside"),
    [
        ("话剧《右玉》", True),
        ("《一》右玉《二》", False),  # between two titles
        ("右玉《诗》", False),
        ("《诗\n右玉》", False),  # a title does not run over a line break
    ],
)
def test_in_title_needs_both_marks_on_one_line(text, inside):
    start = text.index("右玉")
    assert in_title(text, start, start + 2) is inside
