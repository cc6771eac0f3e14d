"""Failure class: a kind counted in decimals or ten thousands right after it (branch project17).

A count glued to a guess (…产业园14个) says how many of a kind stand, and one named works is no
count (GUIDE §3 generic items; the provincial-2026 conventions record such counts as stock
indicators, ``29家全国重点实验室``, and tag no name). ``genericity.COUNT`` read integers and
Chinese numerals only, so a count written as a decimal of ten thousands (1.9万个, 两万余个) left the
kind tagged as a Project, a bracketed list of its sub-kinds (（所、站）) included. A length or a sum
measures one works and is no count. Sentences are invented.
"""

from __future__ import annotations

import re

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.genericity import COUNT


def projects(text: str) -> list[str]:
    return [e.text for e in run_pipeline(load_pipeline(), text, "440000").ents if e.label_ == "Project"]


@pytest.mark.parametrize(
    "text",
    [
        "公共服务更加均衡，建成新时代文明实践中心（所、站）1.9万个，甲市入选国家试点。",
        "基层设施不断完善，建成新时代文明实践站两万余个。",
    ],
)
def test_a_kind_counted_in_ten_thousands_is_no_project(text):
    assert projects(text) == []


@pytest.mark.parametrize(
    ("count", "matches"),
    [
        ("1.9万个", True),
        ("两万余个", True),
        ("14个", True),
        ("3.5万家", True),
        ("85公里", False),
        ("12亿元", False),
    ],
)
def test_the_count_reads_decimals_and_ten_thousands(count, matches):
    assert (re.compile(COUNT).match(count) is not None) is matches


def test_a_named_works_with_its_length_stays():
    assert "甲乙高速" in projects("建成甲地文化中心（二期），甲乙高速全长85公里。")
