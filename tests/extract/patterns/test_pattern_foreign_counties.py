"""Failure class: a county name of a far province that is a common word, read as a District.

``让老城区焕发新活力`` in a Changsha report: 老城区 is a district of Luoyang and "the old town"
everywhere; 站前区 a district of Yingkou and "the station forecourt". A report names a county of
another province only together with where it lies (its city or its province, somewhere in the
report), so a county reading outside the author's province with neither named is the common word
(``extract/pipeline/foreign_counties.py``). Counties of the author's province, counties whose city
or province the report names, and prefecture-level cities stay. Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.foreign_counties import unplaced_foreign_county
from tests.child_process import assert_runs_within

HUNAN, CHANGSHA = "430000", "430100"


def ents(text: str, region: str) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, region).ents]


@pytest.mark.parametrize(
    ("text", "region", "place"),
    [
        ("推进城市更新，让老城区焕发新活力，留住烟火气。", CHANGSHA, "老城区"),
        ("高铁站前区综合开发加快推进。", CHANGSHA, "站前区"),
        ("推动新城区与老城区协调发展，完善配套。", CHANGSHA, "新城区"),  # two readings, both far
    ],
)
def test_an_unplaced_county_of_a_far_province_is_no_district(text, region, place):
    assert (place, "District") not in ents(text, region)


@pytest.mark.parametrize(
    ("text", "region", "place"),
    [
        ("与洛阳市老城区签订文旅合作协议，互送客源。", CHANGSHA, "老城区"),  # its city is named
        ("深化与河南的合作，组织企业赴老城区考察。", CHANGSHA, "老城区"),  # its province is named
        ("支持岳麓区建设科技创新中心，集聚人才。", HUNAN, "岳麓区"),  # the author's province
        ("与成都签订战略合作协议，互派干部。", CHANGSHA, "成都"),  # a city, not a county
    ],
)
def test_other_places_stay_districts(text, region, place):
    assert (place, "District") in ents(text, region)


def test_the_reader_asks_for_the_city_or_province_of_every_reading():
    assert unplaced_foreign_county("老城区", "让老城区焕发新活力", CHANGSHA)
    assert not unplaced_foreign_county("老城区", "洛阳老城区", CHANGSHA)
    assert not unplaced_foreign_county("岳麓区", "岳麓区", CHANGSHA)
    assert not unplaced_foreign_county("老城区", "让老城区焕发新活力", None)


def test_a_long_report_repeating_the_common_word_stays_linear():
    """The check scans the report for each reading's city and province: once per name and
    report (``embedded.drop_embedded``), not once per mention, which was quadratic."""
    script = (
        "from extract.entities import load_pipeline, run_pipeline\n"
        "text = '推进城市更新，' + '让老城区焕发新活力，' * 1600 + '留住烟火气。'\n"
        f"ents = run_pipeline(load_pipeline(), text, {CHANGSHA!r}).ents\n"
        "assert not [e for e in ents if e.text == '老城区' and e.label_ == 'District']\n"
    )
    assert_runs_within(script, 30)
