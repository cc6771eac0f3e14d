"""Failure class: a township opening a longer name nobody recognised, left a District
(issue 12, District precision; the district22 readable samples: a township hospital).

GUIDE §2.1 tags the maximal name and nothing inside it, and ``embedded.drop_embedded`` drops a
division that opens an unrecognised name (a run of name words ending in a mined head). It read
only the gazetteer's divisions (sources ``region``/``region_short``); a township found by its level
word (source ``town``, 甲乙镇, 甲乙街道) is a division all the same and now goes through the same
test. A township followed by a clause, a plain noun or a list mark stays. Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline


def districts(text: str) -> set[str]:
    return {e.text for e in run_pipeline(load_pipeline(), text, "500000").ents if e.label_ == "District"}


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("青禾镇卫生院入选市级示范，带动周边发展。", "青禾镇"),
        ("白石街道文化站建成投用。", "白石街道"),
    ],
)
def test_a_township_opening_an_unrecognised_name_is_no_district(text: str, town: str) -> None:
    assert town not in districts(text)


@pytest.mark.parametrize(
    ("text", "towns"),
    [
        ("推进青禾镇综合整治提升，建设美丽乡村。", {"青禾镇"}),
        ("支持青禾镇、白石镇建设特色小镇。", {"青禾镇", "白石镇"}),
    ],
)
def test_a_township_in_a_clause_stays(text: str, towns: set[str]) -> None:
    assert towns <= districts(text)
