"""Failure class: an academy's institute written short (issue 12, mass21: 中科院X所).

An academy's institutes are written as the academy's mined short form, the institute's place and
field, and 所, the last character of the kernel 研究所 (中科院山西煤化所 for 中国科学院山西煤炭化学
研究所). The academy alone was the Organization and the place inside a District; GUIDE §2.1 asks
for the one longest name. A form, not a list: any mined institution word (``institution_forms.jsonl``)
followed by up to ten Han characters that end in 所 where the name ends. Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline


def ents(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, "140000").ents]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("支持甲实验室、中科院澄州煤化所、乙大学等创新平台发展。", "中科院澄州煤化所"),
        ("与中国科学院澄州地化所、乙大学共建联合实验室。", "中国科学院澄州地化所"),
        ("中国工程院澄州战略所、甲大学联合发布报告。", "中国工程院澄州战略所"),
    ],
)
def test_an_academy_institute_is_one_organization(text, name):
    found = ents(text)
    assert (name, "Organization") in found, found
    assert not [e for e in found if e[1] == "District"], found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("深化与中科院所属单位合作。", "中科院"),  # 所 opens a word (所属): no institute
        ("强化与中科院合作，研究所需经费。", "中科院"),  # a clause break first
    ],
)
def test_the_academy_alone_stays_the_academy(text, name):
    assert (name, "Organization") in ents(text)
