"""scripts/indicator_coverage.py: the syntactic class it gives an uncovered figure (invented text)."""

from __future__ import annotations

import pytest

from extract.indicators.numbers import find_figures
from tests.script_loader import load_script


@pytest.fixture(scope="module")
def coverage():
    return load_script("indicator_coverage")


@pytest.mark.parametrize(
    ("text", "cls"),
    [
        ("研发投入强度提高0.3个百分点", "rate change (个百分点)"),
        ("综合实力居全国第5位", "rank (第N/前N/位)"),
        ("建成A、B等3个园区", "enumeration (等N个)"),
        ("两项指标分别达到45家、60家", "分别 list"),
        ("外贸进出口突破2万亿元", "万亿元 unit"),
        ("城镇居民人均可支配收入5.2万元", "per-capita (人均)"),
        ("培育领军企业100家以上", "hedged (以上/左右/超/约)"),
        ("地区生产总值增长5.6%", "growth rate (%)"),
        ("森林覆盖率63%", "share/level (%)"),
        ("新建公园36个", "count (个/家/项/…)"),
        ("新增造林12万亩", "physical (吨/亩/公里/千瓦…)"),
    ],
)
def test_classes_of_invented_figures(coverage, text, cls):
    f = find_figures(text)[-1]
    assert coverage.classify(text, f.start, f.end) == cls


def test_a_record_states_its_value_and_growth(coverage):
    class Rec:
        value, growth_pct = 12.5, 3.0

    assert coverage._values(Rec()) == {12.5, 3.0}
