"""Failure class: a kind of works or facility standing in a firm list, typed as an Enterprise
(煤矿 in ``煤矿等企业``: issue 12, Enterprise precision on text nobody annotated).

GUIDE §3 leaves enterprise categories untagged. An item that is nothing but a head word of the
name lexicon (a GUIDE kernel or a mined head) has no name part; a head word after a name (X电厂)
is a firm's name and stays. Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.enterprise_kinds import bare_kind
from extract.pipeline.grammar import default_grammar


def enterprises(text: str) -> list[str]:
    return [e.text for e in run_pipeline(load_pipeline(), text, None).ents if e.label_ == "Enterprise"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("年内关停煤矿等企业9家。", "煤矿"),
        ("督促水厂、煤矿等企业落实安全责任。", "煤矿"),
    ],
)
def test_a_bare_head_word_in_a_firm_list_is_no_enterprise(text: str, kind: str) -> None:
    assert bare_kind(kind, default_grammar())
    assert kind not in enterprises(text)


def test_a_named_firm_in_the_same_frame_stays() -> None:
    assert not bare_kind("恒远矿业", default_grammar())
    assert "恒远矿业" in enterprises("支持恒远矿业、金泰电子等企业扩大产能。")
