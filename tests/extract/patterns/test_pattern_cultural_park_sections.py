"""Failure class: a national cultural park, and an Area's bracketed section, typed Project.

国家文化公园 ended in the Project kernel 公园, so a national cultural park (a national designation
spanning provinces, like a national park under the provincial-2026 protected-area convention) was a
Project; and a bracketed section after an Area's head (（甲段）) was read as a phase, which made any
Area a Project (GUIDE §2.4 keeps the section in the name without changing what the name is).
``国家文化公园`` is a GUIDE kernel of type Area (``head_kernels.jsonl``), and
``area_sections.keeps_area`` keeps an Area's type across one bracketed section. Sentences and
names are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.area_sections import keeps_area
from extract.pipeline.lexicon_files import read_lexicon


def ents(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, "360000").ents]


def test_the_cultural_park_kind_is_an_area_kernel_citing_the_convention():
    kernels = {r["head"]: r for r in read_lexicon()["head_kernels.jsonl"]}
    row = kernels["国家文化公园"]
    assert row["type"] == "Area" and "provincial-2026" in row["rule"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("推动东岭国家文化公园（南屿段）融合发展。", "东岭国家文化公园（南屿段）"),
        ("加快长城国家文化公园建设，打造文旅标识。", "长城国家文化公园"),
        ("推进甲乙片区（东段）综合开发。", "甲乙片区（东段）"),
        ("推进东岭国家公园（南屿片区）建设。", "东岭国家公园（南屿片区）"),  # a part that is an area
    ],
)
def test_a_named_cultural_park_or_an_area_section_is_an_area(text, name):
    found = ents(text)
    assert (name, "Area") in found, found


@pytest.mark.parametrize(
    "text",
    ["推进国家文化公园建设。", "推动各类国家文化公园建设提质增效。"],
)
def test_the_bare_kind_is_no_area(text):
    assert not any(label == "Area" for _, label in ents(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("甲乙片区（一期）建成交付。", "甲乙片区（一期）"),  # a phase is built: GUIDE §3 Project
        ("东湖铁路（南岸段）开工建设。", "东湖铁路（南岸段）"),  # a section of works stays works
    ],
)
def test_a_phase_or_works_section_stays_a_project(text, name):
    found = ents(text)
    assert (name, "Project") in found, found


@pytest.mark.parametrize(
    ("type_", "qualifier", "kept"),
    [
        ("Area", "（甲段）", True),
        ("Area", "（一标段）", False),
        ("Area", "（一期）", False),
        ("Area", "改造", False),
        ("Platform", "（甲段）", False),
    ],
)
def test_only_one_bracketed_section_keeps_an_area(type_, qualifier, kept):
    assert keeps_area(type_, qualifier) is kept


def test_a_bracketed_note_that_is_no_part_stays_outside_the_name():
    found = ents("推进东岭国家公园（试点）建设。")
    assert ("东岭国家公园", "Area") in found, found
