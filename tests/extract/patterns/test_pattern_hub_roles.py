"""Failure class: an operating hub read as a Project through its role word (GUIDE §9).

GUIDE §9 splits `提升杭州、宁波、温州机场枢纽能级` into three airports, all Platform: the 枢纽 after
a hub's name is its role, not a second works, and a national designation the hub holds
(…港国家…枢纽) is its role too. The grammar read `…机场枢纽` as one Project (枢纽 is a Project
head) and gave the shared suffix to the conjuncts. Whether the hub is built is still read from
the clause (``hubs.retype_hubs``). Sentences and names are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.grammar import default_grammar
from extract.pipeline.hub_roles import hub_role_split


def ents(text: str, region: str | None = "460000") -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, region).ents]


@pytest.mark.parametrize(
    ("name", "hub"),
    [
        ("石湾机场枢纽", "石湾机场"),
        ("青禾国际陆港区枢纽", "青禾国际陆港区"),
        ("云岭港国家大宗商品资源配置枢纽", "云岭港"),
        ("石湾机场综合交通枢纽", ""),  # a ground transport centre: a works of its own
        ("石湾东站枢纽", ""),  # stations are no GUIDE §9 hub kernel
        ("白沙水利枢纽", ""),
    ],
)
def test_hub_role_split(name, hub):
    cut = hub_role_split(name, default_grammar().hub_kernels)
    assert name[:cut] == hub


def test_raising_hub_capacity_names_operating_airports_with_shared_suffix():
    # the conjuncts take the shared suffix only after gazetteer divisions
    found = ents("提升海口、三亚、儋州机场枢纽能级，建设白沙专业性航空货运枢纽。")
    assert ("儋州机场", "Platform") in found
    assert ("海口", "Platform") in found
    assert ("三亚", "Platform") in found
    assert ("儋州机场枢纽", "Project") not in found
    assert ("白沙专业性航空货运枢纽", "Project") in found  # a hub being built stays a Project


def test_a_port_holding_a_national_designation_is_the_port():
    found = ents("建好海口港、三亚港国家大宗商品资源配置枢纽，更好保障供应。")
    assert ("三亚港", "Platform") in found
    assert not any(text.endswith("枢纽") for text, _ in found)


def test_an_operating_dry_port_whose_capacity_rises():
    assert ("青禾国际陆港区", "Platform") in ents("青禾国际陆港区枢纽能级稳步提升。")


def test_a_hub_role_built_in_its_clause_is_a_project():
    assert ("云岭机场", "Project") in ents("加快建设云岭机场枢纽，完善集疏运体系。")
