"""Failure class: Platform kinds no head table held — exchanges, legal service zones and
innovation corridors (issue 12, branch zones9).

GUIDE §9 makes exchanges and service hubs Platform (昆明中央法务区); the provincial-2026
conventions add stock and data exchanges and named clusters of places such as an innovation
corridor (长三角G60科创走廊). The kernels 交易所, 法务区, 科创走廊 and 科创大走廊 cite those rules in
``head_kernels.jsonl``; the head miner found 交易所 and 科创走廊 in several reports. Any other
corridor (a freight corridor, an international economic corridor) is no Platform. Sentences
and most names are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.grammar import default_grammar
from extract.pipeline.lexicon_files import read_lexicon


def ents(text: str, region: str | None = "440000") -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, region).ents]


@pytest.mark.parametrize("kernel", ["交易所", "法务区", "科创走廊", "科创大走廊"])
def test_the_kernels_cite_the_guide(kernel):
    rows = {r["head"]: r for r in read_lexicon()["head_kernels.jsonl"]}
    assert rows[kernel]["type"] == "Platform" and rows[kernel]["rule"].startswith("GUIDE §")
    assert default_grammar().heads.get(kernel) == "Platform"


def test_exchange_and_corridor_heads_are_mined_in_several_reports():
    mined = {r["head"]: r for r in read_lexicon()["heads.jsonl"]}
    for head in ("交易所", "科创走廊"):
        assert mined[head]["source"] == "mined" and mined[head]["docs"] >= 3


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("支持甲城证券交易所扩大服务范围。", "甲城证券交易所"),
        ("推进甲城中央法务区建设，集聚法律服务机构。", "甲城中央法务区"),
        ("携手建设丁地科创走廊，共建创新平台。", "丁地科创走廊"),
        ("推动戊城城东科创大走廊提能升级。", "戊城城东科创大走廊"),
    ],
)
def test_a_named_exchange_service_zone_or_innovation_corridor_is_a_platform(text, name):
    assert (name, "Platform") in ents(text)


@pytest.mark.parametrize(
    "text",
    [
        "推动零碳货运走廊建设。",
        "推进中蒙俄经济走廊建设。",
    ],
)
def test_other_corridors_are_no_platform(text):
    assert not [e for e in ents(text, "150000") if e[1] == "Platform"]
