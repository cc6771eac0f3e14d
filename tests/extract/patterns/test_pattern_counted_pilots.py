"""Failure class: generic 试点 categories tagged as programmes (GUIDE §3 Program: a pilot
designation is a programme; generic 试点 categories are not).

A count right before a pilot designation (42个…试点, 百余项…试点任务) counts pilots of a kind: no
single designation is named, as the conventions say of counts of generic items. An uncounted
designation stays a programme. Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline


def programmes(text: str) -> list[str]:
    return [e.text for e in run_pipeline(load_pipeline(), text, "370000").ents if e.label_ == "Program"]


@pytest.mark.parametrize(
    "text",
    [
        "36个青禾源网一体化试点加快推进。",
        "百余项青禾综合改革试点任务先行探索。",
        "新增12个林下经济示范区。",
    ],
)
def test_a_counted_pilot_names_a_kind(text):
    assert programmes(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("青禾源网一体化试点加快推进。", "青禾源网一体化试点"),
        ("获批国家林下经济示范区。", "国家林下经济示范区"),
    ],
)
def test_an_uncounted_designation_stays_a_programme(text, name):
    assert name in programmes(text)


def test_one_of_the_counted_designations_is_named_with_its_place_kind():
    """5个…试点地区之一: one of the counted designations, itself named; the kind of division the
    pilot is granted to (省份, 地区, like 试点城市) stays in the span and leaves the canonical."""
    doc = run_pipeline(load_pipeline(), "成为5个青禾商事仲裁建设试点地区之一。", "460000")
    found = [(e.text, e.label_, e.kb_id_) for e in doc.ents]
    assert ("青禾商事仲裁建设试点地区", "Program", "青禾商事仲裁建设试点") in found
