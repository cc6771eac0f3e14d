"""Failure class: an institution's branch named with a park head typed as a Platform
(甲实验室乙地创新平台, 甲实验室乙地基地; issue 12, platform19 of session 18).

GUIDE §3 types laboratories, universities and institutes as Organization; the head miner types a
中心 head whose body holds an Organization head as one, and ``institution_units`` applies the same
test to each head-word Platform guess, so a branch named …平台 or …基地 reads alike. The heads come
from the lexicon files; sentences are invented.
"""

from __future__ import annotations

import copy

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.grammar import Grammar
from extract.pipeline.institution_units import institution_in_body
from extract.pipeline.lexicon_files import read_lexicon


def ents(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, "330000").ents]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("青禾实验室澄湾种业创新平台成功落地，", "青禾实验室澄湾种业创新平台"),
        ("青禾实验室澄湾基地加快建设，", "青禾实验室澄湾基地"),
    ],
)
def test_a_branch_of_an_institution_is_an_organization(text, name):
    assert (name, "Organization") in ents(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("澄湾大学科技园入驻企业增长两成，", "澄湾大学科技园"),  # the head 大学科技园 is the park's own
        ("青禾国际物流基地年吞吐量增长一成。", "青禾国际物流基地"),  # no institution in it
    ],
)
def test_a_park_stays_a_platform(text, name):
    assert (name, "Platform") in ents(text)


def test_the_heads_come_from_the_lexicon_files():
    lexicon = read_lexicon()
    assert institution_in_body("青禾实验室澄湾基地", Grammar(lexicon)) == "实验室"
    fewer = copy.deepcopy(lexicon)
    fewer["head_kernels.jsonl"] = [k for k in fewer["head_kernels.jsonl"] if k["head"] != "实验室"]
    fewer["heads.jsonl"] = [h for h in fewer["heads.jsonl"] if not h["head"].endswith("实验室")]
    assert institution_in_body("青禾实验室澄湾基地", Grammar(fewer)) is None
