"""Failure class: a Greater Bay Area cooperation zone written as its bare place is missed (前海扩区…,
支持横琴…; issue 12, Platform recall, platform32 of session 25).

GUIDE §3 types designated zones Platform, and the readable gold tags a zone the report calls by its
bare place as that zone (fresh10: 横琴, 前海, 河套; fresh15: 前海). No head follows the place and no
division has its name, so nothing proposed it. The four major cooperation platforms of the Greater
Bay Area are a closed class (``zone_places.jsonl``, class ``zone_designation``), read in the zone's
own province, as a word, and never over a division's short form; a quoted name built on it does
not. Zones outside that class (雄安, 外高桥) are not read bare. Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline

GUANGDONG = "440000"
HEBEI = "130000"
INNER_MONGOLIA = "150000"
SHANXI = "140000"


def ents(text: str, region: str) -> list[tuple[str, str, str]]:
    return [(e.text, e.label_, e.kb_id_) for e in run_pipeline(load_pipeline(), text, region).ents]


@pytest.mark.parametrize(
    ("text", "region", "place", "canonical"),
    [
        ("前海改革红利持续释放，河套协同发展。", GUANGDONG, "前海", "前海深港现代服务业合作区"),
        ("前海改革红利持续释放，河套协同发展。", GUANGDONG, "河套", "河套深港科技创新合作区"),
        ("全力支持横琴建设新型产业体系。", GUANGDONG, "横琴", "横琴粤澳深度合作区"),
        (
            "坚持“香港+河套”发展思路。",
            GUANGDONG,
            "河套",
            "河套深港科技创新合作区",
        ),  # alone in a quoted formula
    ],
)
def test_a_bare_zone_place_is_its_zone(text, region, place, canonical):
    assert (place, "Platform", canonical) in ents(text, region)


def test_the_full_name_is_one_platform():
    found = ents("积极支持横琴粤澳深度合作区建设。", GUANGDONG)
    assert ("横琴粤澳深度合作区", "Platform", "横琴粤澳深度合作区") in found
    assert not any(text == "横琴" for text, _, _ in found)


@pytest.mark.parametrize(
    ("text", "region", "place"),
    [
        ("推进河套灌区节水改造。", INNER_MONGOLIA, "河套"),  # another province: the Yellow River plain
        ("加快建设甲乙高铁丙镇至横琴段。", GUANGDONG, "横琴"),  # a route's end (route_ends)
        ("推动南沙开发建设。", GUANGDONG, "南沙"),  # a division's short form: the District reading stands
        ("开展“横琴游”推介活动。", GUANGDONG, "横琴"),  # a quoted name built on the place
        ("同前海开展业务合作。", SHANXI, "前海"),  # bare, in another province's report
        ("承办雄安城市论坛系列活动。", HEBEI, "雄安"),  # a zone of no closed class: not read bare
    ],
)
def test_no_zone_outside_its_province_on_a_route_or_over_a_division(text, region, place):
    assert not any(t == place and label == "Platform" for t, label, _ in ents(text, region))
