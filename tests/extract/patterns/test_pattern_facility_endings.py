"""Failure class: a place opening a facility or site name whose ending no head closes (issue 12, district18).

A place followed by name words and an ending such as 度假区 or 博物馆 opens a resort's or a
museum's name; the ending is no GUIDE kernel and no mined head, so the embedded-place filter did
not see the name and the place stood as a District. The endings are mined
(``extract.pipeline.facility_endings``: after varied bodies behind a place in several
unannotated reports, and mostly there). Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.grammar import default_grammar


def districts(text: str) -> list[str]:
    return [e.text for e in run_pipeline(load_pipeline(), text, "500000").ents if e.label_ == "District"]


def test_the_endings_are_mined_with_counts():
    endings = default_grammar().lexicon["facility_endings.jsonl"]
    assert {"度假区", "博物馆"} <= {e["ending"] for e in endings}
    assert all(e["source"] == "mined" and e["counts"]["after_place"] > 0 for e in endings)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("加快建设万州青龙湖旅游度假区，完善游客服务设施。", "万州"),
        ("涪陵长江文化博物馆建成开放，年接待游客十万人次。", "涪陵"),
    ],
)
def test_a_place_opening_a_facility_name_is_no_district(text, place):
    assert place not in districts(text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("万州旅游市场持续回暖，接待游客增长一成。", "万州"),  # 市场: prose, no mined ending
        ("支持万州建设博物馆，丰富文化供给。", "万州"),  # a verb cuts the run
    ],
)
def test_a_place_before_prose_stays_a_district(text, place):
    assert place in districts(text)
