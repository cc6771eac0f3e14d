"""Failure class: a centre the state designates by name typed as a Platform (issue 12; the tuning
conventions of ``eval/provincial-2026/README.md``: research and technical institutions stay
Organization even while being built, like 国家碳计量中心).

A 中心 whose modifier holds the word 国家 (jieba reads it as a word of its own) is a national
institution (GUIDE §3: institutes, laboratories as institutions). A national *level* (国家级, one
word) rates a designation and a nationwide scope (全国) names no institution: those centres stay
Platform, as do centres without the state in them. Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline


def ents(text: str, region: str | None = "530000") -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, region).ents]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("国家高原气象计量中心加快建设。", "国家高原气象计量中心"),
        ("澄湾县承建的国家菌草技术创新中心投入运行。", "国家菌草技术创新中心"),
    ],
)
def test_state_designated_centre_is_an_institution(text: str, name: str) -> None:
    found = ents(text)
    assert (name, "Organization") in found
    assert (name, "Platform") not in found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("推动澄湾环境交易中心落户新区。", "澄湾环境交易中心"),  # no state in it: a hub
        ("全国菌草技术转移转化中心落户澄湾。", "菌草技术转移转化中心"),  # nationwide scope, no institution
    ],
)
def test_other_centres_stay_platform(text: str, name: str) -> None:
    found = ents(text)
    assert (name, "Organization") not in found
    assert any(label == "Platform" and name in t for t, label in found)
