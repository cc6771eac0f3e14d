"""Failure class: a modifier clause with an attributive particle read as a name.

``建设与城市更新相适应的充电站``: the name scan ran back from the head 充电站 over a whole
relative clause. Names are compounds; a description with 的 before its head is a kind of thing
(GUIDE §3 leaves generic items untagged). jieba's tag of the particle decides, no list.
Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.genericity import holds_relative_clause

VETOED = ("Platform", "Project", "Enterprise", "Organization")


def ents(text: str, region: str | None = "530000") -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, region).ents]


@pytest.mark.parametrize(
    "text",
    [
        "建设与城乡绿色低碳转型相适应的充电站。",
        "建设与经济社会发展相适应的充电站。",
    ],
)
def test_a_relative_clause_before_a_head_is_no_name(text):
    assert [e for e in ents(text) if e[1] in VETOED and "的" in e[0]] == []


def test_the_particle_is_read_as_a_word():
    assert holds_relative_clause("城乡绿色低碳转型相适应的充电站")
    assert not holds_relative_clause("澄湾目的地旅游服务中心")  # 目的 is a word, not the particle
    assert not holds_relative_clause("澄湾物流园")


@pytest.mark.parametrize(
    ("text", "name", "type_"),
    [
        ("建设澄湾物流园。", "澄湾物流园", "Platform"),
        ("建成岫云水库。", "岫云水库", "Project"),
    ],
)
def test_names_without_a_particle_stay(text, name, type_):
    assert (name, type_) in ents(text)
