"""Failure class: a title several places hold, headed like a park, is typed Platform
(issue 12, Platform precision; branch platform18).

GUIDE §3 types designations headed 园/基地/中心 Platform, because a park or base is one place
where firms gather; a title conferred on counties (“两山”实践创新基地) is no such place, and the
provincial-2026 conventions ("Titles and designations") type it Program, as the readable gold of
rounds 6 and 7 does. A park is one place and a title is held by many: several Districts or a
count of counties before the verb that confers it, or a count of it beside a counted Program
designation (GUIDE §2.2: conjuncts of one list are names of one kind), mark the title.
Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline


def ents(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, "500000").ents]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # several Districts, then the verb that confers the title
        ("安吉县、德清县入选全国“青山绿水”生态实践创新基地，", "“青山绿水”生态实践创新基地"),
        # a count of counties holds it
        ("7个县（市）获评“青山绿水”生态实践创新基地。", "“青山绿水”生态实践创新基地"),
        # counted beside a counted Program designation: one list, one kind
        ("累计获评国家生态文明建设示范区12个、“青山绿水”生态实践创新基地5个，", "“青山绿水”生态实践创新基地"),
        # the same after 建成, which reads the guess as a work built (Project) before this step
        (
            "建成国家生态文明建设示范区12个、“青山绿水”生态实践创新基地5个，获批美丽河湖3个。",
            "“青山绿水”生态实践创新基地",
        ),
    ],
)
def test_a_title_several_places_hold_is_a_programme(text, name):
    found = ents(text)
    assert (name, "Program") in found
    assert (name, "Platform") not in found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # one holder: a designated park (GUIDE §9 Zones), not a title of many
        ("安吉县获批国家级竹木产业协作园区。", "国家级竹木产业协作园区"),
        # two places building one park together
        ("安吉县、德清县共建竹木科技产业园。", "竹木科技产业园"),
        # two places building it at all
        ("安吉县、德清县加快建设竹木科技产业园。", "竹木科技产业园"),
    ],
)
def test_a_park_one_place_has_or_several_build_stays_a_platform(text, name):
    found = ents(text)
    assert (name, "Program") not in found


def test_a_counted_park_beside_no_programme_is_not_retyped():
    found = ents("建成国家级绿色工厂13家、竹木科技产业园5个。")
    assert not any(t == "Program" for _, t in found)


def test_a_counted_work_after_a_counted_title_stays_a_work():
    """Only a Platform head is read as a title: a work of a Project head keeps its type."""
    found = ents("建成国家全域旅游示范区3个、青禾河水库2个，")
    assert ("青禾河水库", "Program") not in found
