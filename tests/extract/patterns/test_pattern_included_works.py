"""Failure class: a works name closed by a bracket of inclusion (branch project38, session 26).

GUIDE §2.4 keeps in a Project's name any parenthetical attached to it; a bracket opened by 含,
包括 or 包含 says what the works takes in, so it closes the name (X工程（含Y扩建）), and its inside
is no name opened by the inclusion word. Other types keep their own edges. Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.included_works import included_works_end, inclusion_word_cut


def typed(text: str) -> dict[str, str]:
    return {e.text: e.label_ for e in run_pipeline(load_pipeline(), text, "500000").ents}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("推进甲乙管网改造工程（含丙丁片区雨污分流）建设。", "甲乙管网改造工程（含丙丁片区雨污分流）"),
        ("推进甲乙农房整治项目（含危旧房）。", "甲乙农房整治项目（含危旧房）"),
    ],
)
def test_an_inclusion_bracket_closes_a_works_name(text, name):
    assert typed(text).get(name) == "Project"


def test_the_inside_of_an_inclusion_bracket_does_not_open_with_the_word():
    names = typed("改造农村公路危旧桥梁180座（含“甲乙桥”工程），打通出行。")
    assert not any(n.startswith("含") for n in names)


@pytest.mark.parametrize(
    "text",
    [
        "我区家电以旧换新(含甲乙)带动销售额增长。",  # a programme: its bracket scopes a count
        "全区17家公立医疗机构（包括9家二级医疗机构）开展延时服务。",  # no works name before it
    ],
)
def test_other_brackets_of_inclusion_stay_outside(text):
    assert not any("（含" in n or "(含" in n or "（包括" in n for n in typed(text))


def test_the_bracket_is_read_only_right_after_the_name():
    assert included_works_end("甲工程（含乙库）", 3) == 8
    assert included_works_end("甲工程，（含乙库）", 3) is None
    assert inclusion_word_cut("（含乙库）", 1) == 1
    assert inclusion_word_cut("含乙库", 0) == 0
