"""Failure class: items of a list labelled by a kind that ends in their own last character
(branch project38, session 26).

A list closed by 等 and a common word of the items' kind (甲乙路等道路, 甲乙线等干线) names works
of that kind when each item ends in the kind's last character, a facility end (路, 线, 馆): each is
a Project. Items with a head word of their own, generic items and other kinds stay as they were.
Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline


def typed(text: str) -> dict[str, str]:
    return {e.text: e.label_ for e in run_pipeline(load_pipeline(), text, "500000").ents}


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("维修改造甲乙大街、丙丁路等36条重要道路，提升通行能力。", ["丙丁路"]),
        ("推进甲乙线、丙丁线等干线建设。", ["甲乙线", "丙丁线"]),
    ],
)
def test_an_item_sharing_the_kinds_last_character_is_a_works(text, names):
    found = typed(text)
    assert all(found.get(n) == "Project" for n in names)


@pytest.mark.parametrize(
    "text",
    [
        "改造国道、省道等道路，完善路网。",  # one-character fronts: kinds of road, no names
        "完善城市道路等基础设施。",  # an everyday phrase, and the kind ends otherwise
    ],
)
def test_kinds_stay_untyped(text):
    assert "Project" not in typed(text).values()
