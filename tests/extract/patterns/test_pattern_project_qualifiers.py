"""Failure class: a project name cut before its qualifiers: a section or unit after a phase, or
the works on it.

GUIDE §2.4 keeps a project's qualifiers in its span (一期, 二期, 一标段, section qualifiers such
as （南岸段）). A phase is often followed by a further qualifier with no bracket: a compass
section (``一期北段``) or a generating unit (``二期三号机组``); the span must run to its end.
Only a phase licenses them, so a bare ``北段`` or ``机组`` after another word is not taken in.
The works on a facility stay in the span too, and make it a Project (GUIDE §4: ``义乌机场改扩建``
is a Project): ``…灌区续建配套与现代化改造``, ``…段扩能改造``.
Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.grammar import QUALIFIER_RE


def ents(text: str, region: str | None = "460000") -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, region).ents]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("加快推进9号线一期南段、12号线延伸线建设。", "9号线一期南段"),
        ("推进文昌风电二期三号机组建设。", "文昌风电二期三号机组"),
    ],
)
def test_the_qualifier_after_a_phase_stays_in_the_project(text, name):
    found = ents(text)
    assert (name, "Project") in found, found
    shorter = name[: name.index("期") + 1]
    assert (shorter, "Project") not in found


@pytest.mark.parametrize(
    ("tail", "taken"),
    [
        ("一期北段", "一期北段"),
        ("二期3号机组", "二期3号机组"),
        ("北段", None),  # no phase before it: not a qualifier here
        ("机组", None),
        ("一期北方", "一期"),  # 北 alone is no section
    ],
)
def test_only_a_phase_licenses_the_section_or_unit(tail, taken):
    m = QUALIFIER_RE.match(tail)
    assert (m.group(0) if m else None) == taken


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("推进白沙灌区续建配套与现代化改造、东河防洪治理等工程前期工作。", "白沙灌区续建配套与现代化改造"),
        ("红山铁路北河段扩能改造全面完成。", "红山铁路北河段扩能改造"),
        ("加快青石机场改扩建。", "青石机场改扩建"),  # a Platform head, built: a Project
    ],
)
def test_the_works_on_a_facility_stay_in_the_project(text, name):
    found = ents(text)
    assert (name, "Project") in found, found


def test_a_facility_without_works_keeps_its_type():
    assert ("青石机场", "Platform") in ents("青石机场旅客吞吐量增长。")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the works on a functional area are a construction item (GUIDE §3 Project, §4 works)
        ("完成甲乙片区排水管网改造、丙丁路道路工程。", "甲乙片区排水管网改造"),
        ("戊己片区城中村改造加快推进。", "戊己片区城中村改造"),
    ],
)
def test_the_works_on_an_area_make_a_project(text, name):
    found = ents(text)
    assert (name, "Project") in found, found
    assert (name, "Area") not in found


def test_an_area_without_works_keeps_its_type():
    assert ("戊己片区", "Area") in ents("戊己片区开发提速。")
