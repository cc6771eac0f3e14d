"""Failure class: a place filling a bracket inside a longer name, read as a District.

``丙—中国（甲）国际合作园区``: official names write a site in brackets inside the name, and GUIDE
§2.1 tags the maximal name with nothing inside it; where the name grammar misses the name, the
place was left standing alone. A place filling a bracket glued to name characters whose closing
edge runs on, before any hard stop word, into a mined head word is inside a name
(``extract/pipeline/bracketed_places.py``). Meetings and expos keep their places (their kinds are no
head), and so do two divisions side by side, a bracket followed by a verb or a delimiter, and a
place before a bracket (the readable gold tags 北京 of 北京（京津冀）国际科技创新中心).
Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.bracketed_places import in_bracketed_name
from extract.pipeline.grammar import default_grammar

HUNAN, CHANGSHA, HEBEI = "430000", "430100", "130000"


def ents(text: str, region: str) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, region).ents]


@pytest.mark.parametrize(
    ("text", "region", "place"),
    [
        ("探索共建非洲—中国（长沙）国际合作园区，鼓励外资进入。", CHANGSHA, "长沙"),
        ("推动非洲—中国（岳阳）经贸合作园区扩容，吸引外资。", HUNAN, "岳阳"),
    ],
)
def test_a_place_bound_to_a_bracket_inside_a_name_is_no_district(text, region, place):
    assert (place, "District") not in ents(text, region)


@pytest.mark.parametrize(
    ("text", "region", "place"),
    [
        ("成功举办中国（长沙）国际食品博览会，签约项目增加。", HUNAN, "长沙"),  # an expo: no head
        ("深化与湘江新区（岳麓区）、雨花区等区县合作，共建园区。", CHANGSHA, "岳麓区"),  # a delimiter
        ("工业互联网标识解析节点（长沙）接入企业300家，规模扩大。", HUNAN, "长沙"),  # a verb follows
        ("全力支持长沙加快建设国际科技创新中心，集聚人才。", HUNAN, "长沙"),  # no bracket
        ("用好保定（京津冀）国际科技创新中心建设机遇，深化协作。", HEBEI, "保定"),  # before a bracket
    ],
)
def test_other_places_stay_districts(text, region, place):
    assert (place, "District") in ents(text, region)


def test_the_reader_needs_a_filled_bracket_and_a_head_after_it():
    g = default_grammar()
    text = "共建长沙（长株潭）国际科技创新中心建设"
    start = text.index("长沙")
    assert not in_bracketed_name(text, start, start + 2, g)
    inner = "共建中国（长沙）国际合作园区"
    start = inner.index("长沙")
    assert in_bracketed_name(inner, start, start + 2, g)
    aside = "长沙（含湘江新区）地区生产总值增长"
    assert not in_bracketed_name(aside, 0, 2, g)
    event = "举办中国（长沙）国际食品博览会。"
    start = event.index("长沙")
    assert not in_bracketed_name(event, start, start + 2, g)
