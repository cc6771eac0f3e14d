"""Failure class: a series of bodies typed as one body (`建强用好燕赵系列实验室`: rounds 1 and 9 leave it
untagged; issue 12, branch platform20).

系列 is a collective measure word (一系列, 系列活动): `X系列实验室` is a set of laboratories under one
label, as `一批实验室` is, and GUIDE §3 tags one named institution, not a group. A programme keeps
it (a series of actions is one named campaign). Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.series_names import names_a_series


def ents(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, "620000").ents]


def test_a_series_of_laboratories_is_no_organization():
    found = ents("建强用好陇原系列实验室，聚焦重点产业突破关键技术。")
    assert not any("系列" in name for name, _ in found)


def test_one_laboratory_stays_an_organization():
    assert ("陇原实验室", "Organization") in ents("建强用好陇原实验室，聚焦重点产业突破关键技术。")


@pytest.mark.parametrize(
    ("name", "label", "expected"),
    [
        ("陇原系列实验室", "Organization", True),
        ("陇原系列产业园", "Platform", True),
        ("陇原改革系列行动", "Program", False),  # a campaign of several actions is one programme
        ("系列实验室", "Organization", False),  # nothing before 系列: left to the kind tests
        ("陇原实验室系列", "Organization", False),  # no head after it
    ],
)
def test_series_word_before_a_head(name, label, expected):
    assert names_a_series(name, label) is expected
