"""Failure class: a research base or platform typed as a Platform (…研究基地, …研究平台;
issue 12, platform8: the sixth precision sample's research bases).

The head miner already types a mined head whose modifier ends in an institution's stem as an
Organization (研究中心: the stem 研究 of 研究所, GUIDE §3 institutes); ``institution_stems``
applies the same test to each guess, so the rarer heads read alike. The stems are derived from
``head_kernels.jsonl``; sentences are invented.
"""

from __future__ import annotations

import copy

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.grammar import Grammar
from extract.pipeline.institution_stems import institution_stem
from extract.pipeline.lexicon_files import read_lexicon


def ents(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, "330000").ents]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("青禾海洋生态研究基地入选国家野外站，", "青禾海洋生态研究基地"),
        ("澄湾深海装备研究平台正式揭牌，", "澄湾深海装备研究平台"),
    ],
)
def test_a_research_base_is_an_institution(text, name):
    assert (name, "Organization") in ents(text)


def test_a_base_without_an_institution_stem_stays_a_platform():
    assert ("青禾国际物流基地", "Platform") in ents("青禾国际物流基地年吞吐量增长一成。")


def test_the_stems_come_from_the_kernel_file():
    lexicon = read_lexicon()
    assert institution_stem("青禾海洋生态研究基地", Grammar(lexicon)) == "研究"
    fewer = copy.deepcopy(lexicon)
    fewer["head_kernels.jsonl"] = [k for k in fewer["head_kernels.jsonl"] if k["head"] != "研究所"]
    assert institution_stem("青禾海洋生态研究基地", Grammar(fewer)) is None
