"""Failure class: a county name that other provinces' reports write as a common word, read as a District.

``让老城区焕发新活力`` in a Changsha report: 老城区 is a district of Luoyang and "the old town"
everywhere; 站前区 a district of Yingkou and "the station forecourt". The unannotated reports write
these names in far provinces without ever naming their city or province (mined into
``extract/data/common_counties.jsonl`` with the counts), so a report outside their province
that does not place them either means the word (``extract/pipeline/common_counties.py``).
A county the reports never write unplaced (浦东新区) stays a District written bare, as do
counties whose city or province the report names and counties of the author's own province.
Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.common_counties import mine_common_counties, unplaced_common_county
from extract.pipeline.grammar import default_grammar
from tests.child_process import assert_runs_within

HUNAN, CHANGSHA, TIANJIN = "430000", "430100", "120000"


def ents(text: str, region: str) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, region).ents]


@pytest.mark.parametrize(
    ("text", "region", "place"),
    [
        ("统筹高铁东站站前区和滨江片区开发，完善交通配套。", CHANGSHA, "站前区"),
    ],
)
def test_an_unplaced_common_word_county_of_a_far_province_is_no_district(text, region, place):
    assert (place, "District") not in ents(text, region)


@pytest.mark.parametrize(
    ("text", "region", "place"),
    [
        ("与营口市站前区签订文旅合作协议，互送客源。", CHANGSHA, "站前区"),  # its city is named
        ("深化与辽宁的合作，组织企业赴站前区考察。", CHANGSHA, "站前区"),  # its province is named
        # written once unplaced in the reports, one use is no evidence (MIN_MARGIN * max(placed, 1))
        ("推进城市更新，让老城区焕发新活力，留住烟火气。", CHANGSHA, "老城区"),
        ("学习借鉴浦东新区经验，深化综合改革。", TIANJIN, "浦东新区"),  # never written unplaced
        ("支持岳麓区建设科技创新中心，集聚人才。", HUNAN, "岳麓区"),  # the author's province
    ],
)
def test_other_counties_stay_districts(text, region, place):
    assert (place, "District") in ents(text, region)


def test_the_reader_needs_the_mined_name_a_far_author_and_no_anchor():
    grammar = default_grammar()
    assert unplaced_common_county("站前区", "统筹站前区开发", CHANGSHA, grammar)
    assert not unplaced_common_county("站前区", "营口站前区", CHANGSHA, grammar)
    assert not unplaced_common_county("站前区", "统筹站前区开发", None, grammar)
    assert not unplaced_common_county("老城区", "让老城区焕发新活力", CHANGSHA, grammar)  # mined once only
    assert not unplaced_common_county("浦东新区", "借鉴浦东新区经验", CHANGSHA, grammar)


def test_the_miner_keeps_names_written_unplaced_and_leaves_placed_ones():
    hunan = "长沙市湖南省长沙株洲湘潭协同发展，"
    docs = [
        ("a.txt", hunan + "让老城区焕发新活力。"),
        ("b.txt", hunan + "老城区更新改造，借鉴上海浦东新区经验。"),  # 浦东新区 placed: its province is named
        ("c.txt", hunan + "推进站前区开发。"),  # one unplaced use is no evidence
    ]
    rows = {r["name"]: r for r in mine_common_counties(docs)}
    assert rows["老城区"]["counts"] == {"unplaced": 2, "placed": 0}
    assert rows["老城区"]["source"] == "mined" and rows["老城区"]["docs"] == 2
    assert "浦东新区" not in rows
    assert "站前区" not in rows  # unplaced once: n >= MIN_MARGIN * max(placed, 1) needs two


def test_an_anchor_counts_only_written_as_a_word():
    """运河南岸 holds the characters of 河南 (老城区's province) but names no province: the
    uses stay unplaced. 河南 written as a word places them."""
    hunan = "长沙市湖南省长沙株洲湘潭协同发展，"
    unplaced = hunan + "沿运河南岸建设步道，让老城区焕发新活力。"
    rows = {r["name"]: r for r in mine_common_counties([("a.txt", unplaced), ("b.txt", unplaced)])}
    assert rows["老城区"]["counts"] == {"unplaced": 2, "placed": 0}
    placed = hunan + "深化与河南的合作，让老城区焕发新活力。"
    assert "老城区" not in {r["name"] for r in mine_common_counties([("a.txt", placed), ("b.txt", placed)])}


def test_a_long_report_repeating_the_common_word_stays_linear():
    """The check scans the report for each reading's city and province once per name and
    report (``embedded.drop_embedded``), not once per mention."""
    script = (
        "from extract.entities import load_pipeline, run_pipeline\n"
        "text = '推进城市更新，' + '统筹高铁东站站前区开发，' * 1600 + '留住烟火气。'\n"
        f"ents = run_pipeline(load_pipeline(), text, {CHANGSHA!r}).ents\n"
        "assert not [e for e in ents if e.text == '站前区' and e.label_ == 'District']\n"
    )
    assert_runs_within(script, 30)
