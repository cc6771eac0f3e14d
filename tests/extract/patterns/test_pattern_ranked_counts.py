"""Failure class: a guess that opens with a scope word and a count or rank (省内首条…生产线,
国内首个…产业化项目, 国家首批…平台: issue 12, Project and Platform precision).

The scan ran left over the count: what follows a count is a kind that the count numbers or ranks
(GUIDE §3 leaves generic items untagged), as with a count right before the guess. The scope
word must be one word of jieba's reading, so the count is a word of its own. A count right
before a guess (全国首家|…中心) is left alone: the dev-provincial gold names what follows it.
Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.genericity import opens_with_count


def ents(text: str, region: str | None = "530000") -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, region).ents]


@pytest.mark.parametrize(
    ("text", "description"),
    [
        ("澄湾县纺织项目投产，省内首条碳纤维织机生产线建成。", "省内首条碳纤维织机生产线"),
        ("国内首个海藻生物制药产业化项目建成投用。", "国内首个海藻生物制药产业化项目"),
        ("澄湾研究院入选国家首批合成生物中试平台。", "国家首批合成生物中试平台"),
    ],
)
def test_scope_and_count_opening_a_guess_make_a_description(text: str, description: str) -> None:
    assert opens_with_count(description)
    assert description not in [t for t, _ in ents(text)]


@pytest.mark.parametrize(
    "name",
    ["澄湾市第五人民医院", "十一中航空学校", "三峡森晶二期", "五个一工程", "两江新区"],
)
def test_names_with_numerals_do_not_open_with_a_count(name: str) -> None:
    assert not opens_with_count(name)
