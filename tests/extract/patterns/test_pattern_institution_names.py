"""Failure class: institutions whose body ends in a word the genericity test reads as a clause
or a kind (北京协和医院: 协和 ends in 和; …全国重点实验室: 重点).

For Organization heads (GUIDE §3: institutes, hospitals, laboratories) such a body still names
one institution when the end character is part of a dictionary word (协和), or when the
words before the end word (and before the national level) are a specific modifier. A function
word after other words (…和医院, …的大学) and kinds (市级重点实验室) stay untagged.
Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline


def ents(text: str, region: str | None = "650000") -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, region).ents]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("与北京协和医院签约合作。", "北京协和医院"),
        ("设立青岩生态安全全国重点实验室等5个平台。", "青岩生态安全全国重点实验室"),
        ("和青岩大学共建草原保护川疆重点实验室。", "草原保护川疆重点实验室"),
    ],
)
def test_an_institution_ending_in_such_a_word_is_named(text, name):
    assert (name, "Organization") in ents(text)


@pytest.mark.parametrize(
    "text",
    [
        "新建市级重点实验室3家。",
        "支持招引重点实验室。",
        "推动建设世界一流的大学。",
        "引进国际知名医疗机构和医院。",
        "推进提质发展全国重点实验室。",
    ],
)
def test_kinds_and_clauses_stay_untagged(text):
    assert not any(t == "Organization" for _, t in ents(text))
