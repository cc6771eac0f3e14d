"""Failure class: a clause word kept in front of a place's platform (升级|甲市国际陆港).

The head-word finder scans left from a Platform head until a mined stop word; everyday words
the stop-word miner does not know as clause words (升级, 提质: jieba does not tag 提质 a verb)
stayed in front of the name. A place's platform is named from its place (GUIDE §9: a
designated park is Platform with the place in its canonical), so a head-word Platform guess
whose words before its first division are all mined widespread terms starts at the division
(``extract.pipeline.everyday_fronts``). The national scope (国家…) and a proper word before
the place are left alone. Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline


def ents(text: str, region: str | None = "430000") -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, region).ents]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("扩容升级衡阳国际陆港，打造国际班列品牌。", "衡阳国际陆港"),
        ("推进提质衡阳高新区对外开放平台建设。", "衡阳高新区"),
        # the country's name opens the name as a division does (platform19 of session 18)
        ("培育壮大中国青禾（衡阳）科技园等平台。", "中国青禾（衡阳）科技园"),
    ],
)
def test_the_platform_starts_at_its_place(text, name):
    found = ents(text)
    assert (name, "Platform") in found
    assert not any(label == "Platform" and n.endswith(name) and n != name for n, label in found)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("建设国家绿色产业示范基地。", "国家绿色产业示范基地"),  # the national scope stays
        ("推进北方（沧州）跨境电商物流基地建设。", "北方（沧州）跨境电商物流基地"),  # no division next
    ],
)
def test_a_designation_keeps_its_front(text, name):
    assert (name, "Platform") in ents(text)
