"""Failure class: the author's own division before a compass part (甲省南部) read as a District.

The provincial-2026 conventions ("Which sub-regions are Area") make a province's own compass
sub-region an Area (粤北地区, 粤西); written with the full short name and a compass part word
(南部, 东北部) it is one Area too, with no District inside (GUIDE §2.1;
``extract/pipeline/compass_parts.py``). Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline


def ents(text: str, region: str = "430000") -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, region).ents]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("支持湖南南部重要增长极建设，带动周边发展。", "湖南南部"),
        ("推动湖南西北部生态修复，改善水土保持。", "湖南西北部"),
    ],
)
def test_own_division_and_compass_part_is_one_area(text, name):
    found = ents(text)
    assert (name, "Area") in found
    assert not any(t == "District" for _, t in found)


def test_another_provinces_compass_part_stays_a_district():
    assert ("贵州", "District") in ents("加强与贵州南部协作，共建通道。")


def test_a_compass_part_opening_a_longer_name_or_strategy_builds_no_area():
    found = ents("湖南西部陆海新通道建设加快推进。")
    assert not any(t == "Area" for _, t in found)
