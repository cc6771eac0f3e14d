"""Failure class: hubs typed Platform while the text builds them (GUIDE §9).

Airports, ports and assembly centres are Platform as operating hubs and Project when built,
extended or listed among built things. The hub heads are those whose kernel cites GUIDE §9's
hub rule in ``head_kernels.jsonl``; a hub is built when a mined status phrase (投用, 建设) stands
right before it, right after it or after the list it ends, or when another item of its list is
a phase of something (…机场三期). Sentences and names are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.grammar import default_grammar


def ents(text: str, region: str | None = "460000") -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, region).ents]


def test_hub_heads_come_from_the_guide_rule():
    hubs = default_grammar().hub_heads
    assert {"机场", "国际机场", "陆港"} <= hubs
    assert "产业园" not in hubs


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("年内投用青禾机场，提升通达能力。", "青禾机场"),
        ("推进华东区域中欧班列集结中心建设。", "华东区域中欧班列集结中心"),
        ("加快白沙新机场、云岭机场三期、石湾机场等前期工作。", "石湾机场"),
    ],
)
def test_a_built_hub_is_a_project(text, name):
    assert (name, "Project") in ents(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("石湾机场旅客吞吐量增长12%。", "石湾机场"),
        ("石湾国际机场货邮吞吐量突破20万吨。", "石湾国际机场"),
    ],
)
def test_an_operating_hub_stays_a_platform(text, name):
    assert (name, "Platform") in ents(text)
