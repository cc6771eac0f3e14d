"""Failure class: a quoted brand label typed Program through its 号 (“晋字号”品牌).

A quoted name ending in 号 is a service (“郑和号” trains, GUIDE §9 Services) when 号 is a word
of its own; a quote whose last dictionary word merely ends in 号 (字号, a brand label) or that
is followed by 品牌 names a brand, and brands are no programmes. Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline


def programmes(text: str) -> list[str]:
    doc = run_pipeline(load_pipeline(), text, "140000")
    return [e.text for e in doc.ents if e.label_ == "Program"]


@pytest.mark.parametrize(
    "text",
    [
        "打响“晋字号”品牌，扩大影响。",
        "做强“川字号”特色产业。",
        "推出“天山号”品牌列车。",
    ],
)
def test_a_quoted_brand_is_no_programme(text):
    assert programmes(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("“蓉欧号”开行超过一千列。", "蓉欧号"),  # 欧号 is no dictionary word: the service's 号
        ("开行“天府号”班列，运量增长。", "“天府号”班列"),
    ],
)
def test_a_quoted_service_stays_a_programme(text, name):
    assert programmes(text) == [name]
