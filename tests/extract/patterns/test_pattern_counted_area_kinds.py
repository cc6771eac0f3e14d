"""Failure class: a counted kind of area taken for a named one (新培育12个示范村片区).

GUIDE §3 leaves generic unnamed items untagged. A count of more than one right before a region
kind (12个…片区, 三批…城镇带) counts areas of a kind, as 42个…试点 counts pilots of a kind
(``rare_designations.counted_kind``): the words between the count and the head say which kind,
they name no one area. A count of one (一个) and a name with no count stay. Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline


def areas(text: str, region: str | None = "500000") -> list[str]:
    return [e.text for e in run_pipeline(load_pipeline(), text, region).ents if e.label_ == "Area"]


@pytest.mark.parametrize(
    "text",
    [
        "全年新培育12个示范村片区和30个特色镇。",
        "累计建成三个田园综合片区，带动农民增收。",
        "新认定15个美丽乡村片区。",
    ],
)
def test_a_counted_kind_of_area_names_none(text):
    assert areas(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("加快白鹭湖片区开发建设。", "白鹭湖片区"),
        ("打造一个青石片区综合示范。", "青石片区"),
        ("认真落实黔中城市群协同发展任务。", "黔中城市群"),
    ],
)
def test_a_named_area_stays(text, name):
    assert areas(text) == [name]
