"""Failure class: a government's own centre (区|疾控中心, 南岸区|融媒体中心) typed as a Platform
(GUIDE §3: government bodies, institutes and hospitals are Organizations; issue 12, platform8).

The levels are the admin_division closed class (``public_bodies.LEVELS``), the divisions come
from regions.tsv, and the kernels from ``head_kernels.jsonl``: nothing lists a name. Sentences
are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.grammar import default_grammar
from extract.pipeline.public_centres import public_centre


def ents(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, "500108").ents]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("区心理援助中心开通二十四小时热线，", "区心理援助中心"),
        ("渝中区应急指挥中心完成升级，接警时间缩短。", "渝中区应急指挥中心"),
        ("县退役军人服务中心获评省级示范，", "县退役军人服务中心"),
    ],
)
def test_a_levels_own_centre_is_an_organization(text, name):
    assert (name, "Organization") in ents(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("今年加快建设区青少年心理援助中心，", "区青少年心理援助中心"),
        ("公安设施：改造提升区交巡警支队指挥调度中心，", "区交巡警支队指挥调度中心"),  # renovated
        ("社会福利：推进区心理援助中心、区救助站改造升级。", "区心理援助中心"),
    ],
)
def test_a_levels_centre_being_built_or_renovated_is_a_project(text, name):
    assert (name, "Project") in ents(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("南坪国际会展中心承办博览会，", "南坪国际会展中心"),  # a place without its level
        ("九龙坡区青禾碳汇交易中心正式开市，", "九龙坡区青禾碳汇交易中心"),  # an exchange's kernel
    ],
)
def test_a_centre_without_a_level_or_with_its_own_kernel_stays_a_platform(text, name):
    assert (name, "Platform") in ents(text)


@pytest.mark.parametrize(
    "name",
    [
        "区域医疗中心",
        "市场监管服务中心",
        "重庆市场服务中心",
        "区公共资源交易中心",
        "南坪国际会展中心",
        "九龙坡区碳汇交易中心东城分中心",  # a branch of an exchange is the exchange's (GUIDE §9)
    ],
)
def test_no_level_as_a_word_of_its_own_no_public_centre(name):
    # 区域, 市场: the level's character opens a longer word; 交易中心: an exchange's kernel
    assert not public_centre(name, default_grammar())


@pytest.mark.parametrize("name", ["区精卫中心", "南岸区融媒体中心", "县心理援助中心"])
def test_public_centre_reads_level_and_bare_kernel(name):
    assert public_centre(name, default_grammar())
