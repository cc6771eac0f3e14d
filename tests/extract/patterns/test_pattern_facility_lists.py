"""Failure class: the named items of a list closed by a kind of facility (A、B、C等重大文化设施,
A、B等重大科技基础设施建设) are missed, or typed Platform by their own head (…中心).

GUIDE §3 makes construction and investment items Projects (infrastructure, buildings) and every
item in a list the text labels as projects; the provincial conventions make buildings reported
built Projects. A list closed by ``等…设施`` labels its items as facilities, i.e. works, as
``等…项目`` does: the label word is GUIDE-rule data of ``head_rules.jsonl`` (rule kind
``works_label``), and ``list_items`` reads it. Items that are kinds, sectors or clause words
(交通、能源、水利等基础设施) stay untagged, and the label must end its noun phrase (等基础设施投资
is about money). Sentences are invented; none is a sentence of the corpus.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.grammar import default_grammar


def ents(text: str, region: str | None = None) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, region).ents]


def test_the_label_word_is_guide_rule_data():
    rows = [r for r in default_grammar().lexicon["head_rules.jsonl"] if r.get("rule_kind") == "works_label"]
    assert [r["head"] for r in rows] == ["设施"]
    assert all(r["source"] == "guide" and r["rule"].startswith("GUIDE §3") for r in rows)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("建成北江美术馆、南湖音乐厅等重大文化设施，新增图书馆12个。", ["北江美术馆", "南湖音乐厅"]),
        ("规划建设柳岸天然气门站、石桥调压站等燃气设施。", ["柳岸天然气门站", "石桥调压站"]),
        ("深海观测网、极地遥感站等重大科研基础设施加快建设。", ["深海观测网", "极地遥感站"]),
    ],
)
def test_named_items_of_a_facility_list_are_projects(text, names):
    found = ents(text)
    for name in names:
        assert (name, "Project") in found


def test_a_centre_in_a_facility_list_is_a_project_not_a_platform():
    found = ents("投用云溪会展中心、东湖科技馆等公共服务设施。")
    assert ("云溪会展中心", "Project") in found
    assert ("云溪会展中心", "Platform") not in found


@pytest.mark.parametrize(
    "text",
    [
        "推动交通、能源、水利等基础设施投资稳步回升。",
        "加强地下管网、综合管廊等市政设施智能监管。",
        "优化文化中心、图书馆等公共服务设施布局。",
    ],
)
def test_kinds_listed_before_a_facility_label_stay_untagged(text):
    assert not [e for e in ents(text) if e[1] == "Project"]


def test_one_kind_among_the_items_makes_the_list_a_list_of_kinds():
    # 储备 and 粮食 are kinds, so 城区供热调峰 and 应急药品储存 beside them are kinds too
    assert not [e for e in ents("加快城区供热调峰、储备等基础设施建设。") if e[1] == "Project"]
    assert not [e for e in ents("推进应急药品储存、粮食等物资储备设施建设。") if e[1] == "Project"]
