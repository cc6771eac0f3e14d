"""Failure class: a works named after the author's own body by a bare 区/县 keeps the bare level.

GUIDE §4 expands abbreviations for the author (区中医院 -> 大渡口区中医院) and the dev gold names a
works after such a body with the district (中医院新建工程 -> 大渡口区中医院新建工程); the linker
expanded the Organization only. Invented works names; the divisions are real (GB/T 2260).
"""

from __future__ import annotations

import pytest

from extract.linking import Context, canonical_name

NANAN = Context.for_region("500108")  # 重庆市南岸区: a county-level author
PROVINCE = Context.for_region("370000")  # 山东省: no county of its own


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("区老年大学提档升级工程", "南岸区老年大学提档升级工程"),
        ("区养老院新建项目", "南岸区养老院新建项目"),
        ("区妇幼保健院迁建工程", "南岸区妇幼保健院迁建工程"),
    ],
)
def test_a_bare_level_opening_a_works_name_is_the_authors_county(text, expected):
    assert canonical_name(text, "Project", "", "suffix", NANAN)[0] == expected


@pytest.mark.parametrize(
    "text",
    [
        "区域物流枢纽工程",  # 区域: a word, no abbreviation of the author
        "区县道路提升工程",  # 区县: a word
        "县城供水管网改造工程",  # 县城: a word
    ],
)
def test_a_word_opening_with_the_level_character_stays(text):
    assert canonical_name(text, "Project", "", "suffix", NANAN)[0] == text


def test_a_report_without_a_county_author_keeps_the_name():
    assert canonical_name("县人民医院迁建工程", "Project", "", "suffix", PROVINCE)[0] == "县人民医院迁建工程"
