"""Failure class: a widespread term before a widespread kernel typed as a Platform or an
Organization (数据共享平台, 国际口岸, 多层次实验室: issue 12, Platform precision).

Both halves are words that four or more provinces write (the mined ``widespread_terms.jsonl``),
so the phrase says what kind of facility or body it is (GUIDE §3 leaves generic unnamed items
untagged). A name in the same frame keeps a part few authors write: a place, a rare modifier, a
compound of several terms, or a kernel outside the widespread terms. Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.genericity import widespread_heads, widespread_kind, widespread_terms
from extract.pipeline.grammar import default_grammar


def ents(text: str, region: str | None = "530000") -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, region).ents]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("搭好各部门的数据共享平台，方便群众办事。", "数据共享平台"),
        ("澄湾县争取设立国际口岸，扩大边贸往来。", "国际口岸"),
        ("支持高校建设多层次实验室，培养青年人才。", "多层次实验室"),
    ],
)
def test_widespread_kind_is_no_name(text: str, kind: str) -> None:
    assert widespread_kind(kind, default_grammar())
    assert kind not in [t for t, _ in ents(text)]


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        # a place before the kernel: a name
        ("澄湾口岸恢复客货通关。", "澄湾口岸", "Platform"),
    ],
)
def test_named_item_in_the_same_frame_stays(text: str, name: str, label: str) -> None:
    assert not widespread_kind(name, default_grammar())
    assert (name, label) in ents(text)


def test_a_compound_of_several_terms_is_no_widespread_kind() -> None:
    # no single widespread term before the kernel, so this rule keeps it; a compound made only of
    # one field's dictionary words is judged later by field_kinds (platform37, the twenty-ninth
    # session: test_pattern_field_word_platform_kinds), which reads it as a kind of platform
    assert not widespread_kind("生态环境监测大数据平台", default_grammar())


def test_halves_are_mined_terms() -> None:
    """The veto rests on the mined file, not on a list in code: every half it reads is there."""
    terms = widespread_terms(default_grammar())
    for body, kernel in (("数据共享", "平台"), ("国际", "口岸"), ("多层次", "实验室")):
        assert body in terms and kernel in terms


def test_a_kernel_jieba_lacks_is_widespread_by_the_head_miner() -> None:
    """陆港 (a dry port, a GUIDE §9 kernel) is no word of jieba's dictionary, so it is never a
    widespread term; the head miner finds it whole in many reports (branch maskflip19: 国际陆港 turned
    a Platform when round 10's mask left its category phrase two authors)."""
    grammar = default_grammar()
    assert "陆港" in widespread_heads(grammar)
    assert widespread_kind("国际陆港", grammar)
    assert not widespread_kind("澄湾国际陆港", grammar)  # a place before it: a name


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("全面提升综合保税区、航空口岸、国际陆港等平台能级。", "国际陆港"),
        ("支持澄湾县提升国际陆港能级。", "国际陆港"),
    ],
)
def test_scope_word_before_a_widespread_head_is_no_name(text: str, kind: str) -> None:
    assert kind not in [t for t, _ in ents(text)]


def test_a_place_before_the_dry_port_keeps_the_name() -> None:
    assert "澄湾国际陆港" in [t for t, _ in ents("持续提升澄湾国际陆港能级。")]
