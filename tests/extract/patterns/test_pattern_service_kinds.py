"""Failure class: a category of routes typed as a service Program (国际|航线, 集装箱班轮|航线).

GUIDE §9 makes named services Program (中欧班列, 中欧北极集装箱航线); GUIDE §3 leaves generic
unnamed items untagged, and round 3's readable gold leaves ``新开辟外贸航线20条`` untagged. A guess
on a §9 service kernel whose body is everyday words only is a kind (extract.pipeline.service_kinds).
Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.grammar import default_grammar
from extract.pipeline.service_kinds import service_kernels, service_kind


def ents(text: str, region: str = "520000") -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, region).ents]


@pytest.mark.parametrize(
    "text",
    [
        "全年国际集装箱班轮航线增至120条，港口吞吐量稳步增长。",
        "加密国际航线，提升枢纽能级。",
        "新开辟外贸航线15条，航运服务持续完善。",
        "国际货运班列开行数量增长一成。",
    ],
)
def test_a_category_of_routes_is_no_programme(text):
    assert not any(t == "Program" for _, t in ents(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("开行中欧班列800列，物流通道更加畅通。", "中欧班列"),
        ("开通“宁波—重庆”江海联运航线，物流成本下降。", "“宁波—重庆”江海联运航线"),
        ("开通中欧北极集装箱航线，推动北极航道常态化运行。", "中欧北极集装箱航线"),
    ],
)
def test_a_named_service_stays_a_programme(text, name):
    assert (name, "Program") in ents(text)


def test_the_service_kernels_come_from_the_guide_rule_of_the_kernel_file():
    kernels = service_kernels(default_grammar())
    assert {"班列", "航线"} <= set(kernels)
    assert service_kind("国际航线", kernels) and not service_kind("中欧班列", kernels)
    assert not service_kind("航线", kernels)  # a bare kernel is left to the other tests
