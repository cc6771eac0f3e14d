"""Failure class: a Platform guess that is a later conjunct of a counted list, or a kind after
各类 (branch precision13).

A count before the first conjunct counts the whole coordination (改扩建50个|A和B, 新建一批|A和B);
the provincial-2026 conventions leave counts of generic items untagged (``3个国家人工智能应用中试
基地``), and GUIDE §3 generic unnamed items. ``counted_kinds.counted_conjunct`` reads the count
back over list marks only. Sentences are invented; the names are made up.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.counted_kinds import counted_conjunct


def platforms(text: str) -> list[str]:
    return [e.text for e in run_pipeline(load_pipeline(), text, "360000").ents if e.label_ == "Platform"]


@pytest.mark.parametrize(
    "text",
    [
        "改扩建30个社区食堂和乡镇区域青禾养老服务中心。",
        "新建一批白鹭良种场和白鹭湖种苗繁育基地，打造种业高地。",
        "建设各类白鹭小剧场基地，丰富演艺供给。",
    ],
)
def test_a_counted_conjunct_is_no_platform(text):
    assert not platforms(text)


def test_a_named_park_after_a_clause_mark_stays():
    found = platforms("新建一批白鹭良种场，推进赣江新区青禾数字经济产业园建设。")
    assert "赣江新区青禾数字经济产业园" in found


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("建设3个甲乙园和丙丁园", True),
        ("建设一批甲乙园、戊己园、庚辛园和丙丁园", True),
        ("建设各类丙丁园", True),
        ("建设3个甲乙园，丙丁园", False),  # a clause mark ends the list
        ("建设甲乙园和丙丁园", False),  # no count
    ],
)
def test_counted_conjunct_reads_back_over_list_marks_only(text, counted):
    assert counted_conjunct(text, text.rindex("丙丁园")) is counted
