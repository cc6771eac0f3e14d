"""Failure class: generic phrases the head-word rules take for names, and the learned veto.

The rules name anything that ends in a head word (中心, 项目, 试点, 实验室, 大学); a generic
phrase (算力中心, 投融资项目) or a clause that happens to end in one becomes a name (丰富REITs项目
was one; the rules drop it themselves now: test_pattern_acronym_kinds.py; so is 算力中心, a
widespread term before a widespread kernel: test_pattern_widespread_kinds.py). The learned veto
(``extract.spanmodel.veto``, ``POLICYKG_VETO=on``; off by default) drops a name the evidence
around it says is no name: a modifier or verb opening it, no division or specific word before
its head, a rule source that guessed. Specific names of the same kinds stay.
Sentences are invented; region 530000 as in the other pattern files.
"""

from __future__ import annotations

import pytest

from extract.entities import run_pipeline
from extract.pipeline import build_pipeline


@pytest.fixture(scope="module")
def pipelines():
    return build_pipeline("rules", veto=False), build_pipeline("rules", veto=True)


def names(nlp, text: str) -> set[str]:
    return {e.text for e in run_pipeline(nlp, text, "530000").ents}


GENERIC = [
    # (投融资项目 was here: the rules now drop it themselves, genericity.widespread_project_kind;
    # so was 基础设施不动产投资信托基金项目, a financing kind: test_pattern_financing_kinds.py)
    ("复制推广自贸区改革试点经验。", "自贸区改革试点"),
    ("支持国内高水平大学合作。", "国内高水平大学"),
    ("加快推进调节性煤电项目。", "调节性煤电项目"),
]


def test_generic_phrases_named_by_the_rules_are_mostly_vetoed(pipelines) -> None:
    """A learned model, retrained whenever the rules change: held to a share, not to each case
    (after the retraining of 2026-12-04 it keeps 调节性煤电项目, which it dropped before)."""
    rules, vetoed = pipelines
    for text, generic in GENERIC:
        assert generic in names(rules, text)  # the failure: the head-word rules take it for a name
    dropped = [g for text, g in GENERIC if g not in names(vetoed, text)]
    assert len(dropped) >= len(GENERIC) - 1, dropped


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("建成青石湾数据中心。", "青石湾数据中心"),
        ("建成白鹭湾污水处理厂。", "白鹭湾污水处理厂"),
        ("星城经开区、云溪高新区加快发展。", "云溪高新区"),
        ("与海川集团签署合作协议。", "海川集团"),
    ],
)
def test_specific_names_stay(pipelines, text: str, name: str) -> None:
    rules, vetoed = pipelines
    assert name in names(rules, text)
    assert name in names(vetoed, text)


def test_a_plain_project_name_stays(pipelines) -> None:
    # the veto of the eighth session (43 wrong names among 741) dropped this plausible name and the
    # test was a strict xfail; the ninth session's retrained veto (760 names, 735 right) keeps it
    rules, vetoed = pipelines
    text = "推动松林湖隧道项目开工。"
    assert "松林湖隧道项目" in names(rules, text)
    assert "松林湖隧道项目" in names(vetoed, text)
