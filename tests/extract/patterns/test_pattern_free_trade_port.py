"""Failure class: the free trade port is never proposed (海南自贸港; issue 12, Platform recall,
platform19 of session 18).

GUIDE §3 types the national zones Platform, and the readable gold types the one free trade port so
(海南自贸港 → 海南自由贸易港). No park head closes it, so the name grammar missed it, or kept only
the province before it. It is a closed class of the State Council's designations
(``closed_classes.jsonl``, ``zone_designation``). Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline

HAINAN = "460000"
OTHER = "370000"


def ents(text: str, region: str) -> list[tuple[str, str, str]]:
    return [(e.text, e.label_, e.kb_id_) for e in run_pipeline(load_pipeline(), text, region).ents]


@pytest.mark.parametrize(
    ("text", "region", "name"),
    [
        ("深化与海南自贸港联动发展。", OTHER, "海南自贸港"),  # its province leads it: any report
        ("高质量建设海南自由贸易港，扩大开放。", HAINAN, "海南自由贸易港"),
        ("扎实推进自由贸易港建设。", HAINAN, "自由贸易港"),  # bare, after a clause word: the author's own
    ],
)
def test_the_port_is_a_platform_with_its_standard_name(text, region, name):
    found = ents(text, region)
    assert (name, "Platform", "海南自由贸易港") in found
    assert not any(label == "District" for _, label, _ in found)


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("扎实推进自由贸易港建设。", OTHER),  # bare in another province's report: no port of its own
        ("打造开放的特色自由贸易港。", HAINAN),  # after name material: a kind
        ("推动“千兆自贸港”升级。", HAINAN),  # a slogan
    ],
)
def test_a_bare_kind_or_slogan_is_no_port(text, region):
    assert not any(label == "Platform" for _, label, _ in ents(text, region))


def test_the_ports_law_is_left_to_the_titles():
    found = ents("海南自由贸易港法颁布实施。", HAINAN)
    assert not any(text == "海南自由贸易港" for text, _, _ in found)
