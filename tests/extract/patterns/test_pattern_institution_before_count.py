"""Failure class: an institution followed by a count of what it holds or yields (issue 12, org12).

``genericity.is_counted`` drops a guess a count follows (…产业园14个: the kind is counted). An
Organization is one body (GUIDE §3), so a count after it that a noun follows counts the body's
hospitals, projects or results (甲大学|9个附属医院), and the institution stays; a count that ends
the phrase (…重点实验室12家，) still counts a kind. Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline


def ents(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, "430000").ents]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("禾山医院正式成为澄州大学9个附属医院之一。", "澄州大学"),
        ("累计促成澄州理工大学86个科技成果转化。", "澄州理工大学"),
        ("青禾农业科学研究院3项成果获奖。", "青禾农业科学研究院"),
    ],
)
def test_an_institution_before_a_counted_noun_stays(text, name):
    assert (name, "Organization") in ents(text)


@pytest.mark.parametrize(
    "text",
    [
        "新增全国重点实验室12家，建成中试基地5个。",
        "建成省重点实验室3个、工程研究中心2个。",
    ],
)
def test_a_count_that_ends_the_phrase_still_counts_a_kind(text):
    assert not any(label == "Organization" for _, label in ents(text)), ents(text)
