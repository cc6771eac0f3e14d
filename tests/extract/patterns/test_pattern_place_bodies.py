"""Failure class: a division glued to its government or Party body typed as a District.

``2026年澄州省政府工作报告`` (a page title) and ``X市委`` name one body: GUIDE §3 types
government and Party bodies as Organization, and a place inside a longer name is no mention of
its own (§2.1). The scoped bodies come from the closed-class file ``organizations.jsonl``; the
divisions from the gazetteer. Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline


def ents(text: str, region: str | None = "530000") -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, region).ents]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("2026年云南省政府工作报告", "云南省政府"),  # X省|政府: the level character is shared
        ("澄江县政府印发实施方案。", "澄江县政府"),  # a county and its government
        ("昆明市政府常务会议审议通过。", "昆明市政府"),
        ("西藏自治区政府工作报告", "西藏自治区政府"),
        ("在云南省委坚强领导下", "云南省委"),
        ("在中共云南省委坚强领导下", "中共云南省委"),  # the Party's name kept (party_bodies, GUIDE §2.1)
    ],
)
def test_a_division_and_its_body_are_one_organization(text, body):
    found = ents(text)
    assert (body, "Organization") in found
    assert not [t for t, label in found if label == "District"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("昆明、玉溪市政府联合发文。", "昆明"),  # a delimiter: the first place stands alone
        ("推动昆明发展。", "昆明"),
    ],
)
def test_places_not_glued_to_a_body_stay_districts(text, place):
    assert (place, "District") in ents(text)


def test_a_bare_scoped_body_stays_one_organization():
    assert ("区委", "Organization") in ents("在区委坚强领导下", "500108")
