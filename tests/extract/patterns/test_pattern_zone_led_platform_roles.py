"""Failure class: the author's own bare zone lost inside a role it plays: 发挥|自贸试验区|…平台|作用.

A report says what its free-trade zone does by naming the zone and then its role, in common
words: ``充分发挥自贸试验区开放平台引领作用``. The head-word finder reads the zone and the role as
one guess ending in 平台, the longest-first choice takes it over the zone finder's bare 自贸试验区,
and ``unnamed_platforms`` then drops the guess (no part of its own), so the zone was lost. The
bare 自贸试验区 is the author's own zone (GUIDE §9 Zones: one per province), so the guess is cut
back to the zone. A generic platform with no zone in front, a rated kind (国家级经开区) and a named
linked zone stay as they were. Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline


def ents(text: str, region: str | None = "510000") -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, region).ents]


@pytest.mark.parametrize(
    "text",
    [
        "要充分发挥自贸试验区制度创新试验平台作用，带动全域开放。",
        "更好发挥自贸试验区对外开放平台的示范作用。",
        "进一步发挥自由贸易试验区开放合作平台作用。",
    ],
)
def test_the_zone_before_its_role_is_the_platform(text):
    zone = next(z for z in ("自由贸易试验区", "自贸试验区") if z in text)
    assert (zone, "Platform") in ents(text)
    assert not any(n.startswith(zone) and n != zone for n, _ in ents(text))  # the role is no name


@pytest.mark.parametrize(
    "text",
    [
        "充分发挥农产品跨境追溯服务平台作用。",  # no zone in front: a kind of platform
        "充分发挥国家级经开区对外开放平台作用。",  # a rated kind, not the author's zone
    ],
)
def test_a_role_without_the_authors_zone_stays_untagged(text):
    assert ents(text) == []


def test_a_named_linked_zone_is_untouched():
    assert ents("推进自贸试验区联动创新区建设。") == [("自贸试验区联动创新区", "Platform")]
