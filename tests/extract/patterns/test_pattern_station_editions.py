"""Failure class: a place's edition of an event or a service typed as a station Project (branch project37).

``全国融资信用服务平台(甲站)`` and ``跨国企业圆桌会—甲站活动`` write the local branch or leg of a
national name as a place and 站, glued to that name by a bracket or a dash; no station is built
there (GUIDE §2.1 tags only the places inside such names). A station the text names on its own
stays a Project, as does a station in a route qualifier. Sentences are invented; 广州 and 深圳 are
divisions of the gazetteer.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline


def projects(text: str) -> list[str]:
    return [e.text for e in run_pipeline(load_pipeline(), text, "440000").ents if e.label_ == "Project"]


@pytest.mark.parametrize(
    "text",
    [
        "升级迭代“全国融资信用服务平台(广州站)”,持续推进小微企业融资协调工作。",
        "举办跨国公司高层对话会—深圳站活动、先进制造企业行活动等涉外活动。",
    ],
)
def test_a_place_edition_is_no_station_project(text: str) -> None:
    assert not any(p.endswith("站") for p in projects(text))


def test_a_station_named_on_its_own_stays_a_project() -> None:
    assert "广州站" in projects("加快广州站改造，推进广州东站、深圳北站等枢纽建设。")
