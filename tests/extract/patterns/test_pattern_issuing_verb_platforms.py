"""Failure class: a GUIDE §5 issuing verb kept at the front of a Platform guess (platform36).

A report says that it issued a document whose title begins with a park: 。印发|重点产业园区和…扶持办法,
。印发|园区发展规划. The head scan stopped inside the title and ran left to the clause start, so the
verb stayed in front (印发重点产业园区). jieba tags 印发 ``nz`` and only one author writes it, so the
mined clause openers miss it; GUIDE §5 names 制定/出台/印发 as the author's acts of issuing a policy
or programme, so ``clause_openers.trim_clause_openers`` now treats them as openers: the verb goes,
and a bare or generic kind left behind goes too. A named park after the verb stays, without it.

Sentences are invented (places of the gazetteer, made-up kinds).
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.clause_openers import ISSUING_VERBS


def platforms(text: str, region: str | None = "500000") -> list[str]:
    return [e.text for e in run_pipeline(load_pipeline(), text, region).ents if e.label_ == "Platform"]


def test_the_issuing_verbs_are_guide_s_three():
    assert frozenset({"制定", "出台", "印发"}) == ISSUING_VERBS


@pytest.mark.parametrize(
    "text",
    [
        "。印发重点产业园区和重大项目扶持办法。",
        "完善机制。印发园区声纹考核办法，科学评价。",
    ],
)
def test_an_issued_title_s_generic_front_is_no_platform(text):
    assert not any(p.startswith(tuple(ISSUING_VERBS)) for p in platforms(text))
    assert "重点产业园区" not in platforms(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("。印发巴南声纹产业园扶持办法，明确边界。", "巴南声纹产业园"),
        ("。印发乙城声纹产业园建设方案，加快建设。", "乙城声纹产业园"),
    ],
)
def test_a_named_park_after_the_verb_loses_only_the_verb(text, name):
    assert name in platforms(text)
    assert not any(p.startswith(tuple(ISSUING_VERBS)) for p in platforms(text))


def test_a_park_without_an_issuing_verb_is_untouched():
    assert platforms("建设巴南声纹产业园，打造示范。") == ["巴南声纹产业园"]
