"""Failure class: works with no part of their own typed as a Project (高端食品生产基地,
国际航空货运枢纽 as a goal, …提升工程: issue 12, Project precision, sixth precision sample's
"generic categories" and "unnamed goals and positionings").

A name has a part few authors write: a place, a coined part, a code, a phase. A head-word guess
whose every word four or more provinces write (the mined ``widespread_terms.jsonl``) names a
kind or a role (GUIDE §3 generic unnamed items; §9 positionings). Items of a list the text
labels as projects stay Projects (GUIDE §3). Sentences are invented, in forms not read in the
tuning passages.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.genericity import widespread_terms
from extract.pipeline.grammar import default_grammar
from extract.pipeline.lexicon import _segment
from extract.pipeline.proper_parts import in_project_list, lacks_proper_part


def ents(text: str, region: str | None = "530000") -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, region).ents]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("推动建设跨境电商物流大通道，畅通外贸。", "跨境电商物流大通道"),
        # a compound the dictionary tags as a proper noun (国际航运) made of widespread terms
        ("着力打造国际航运物流综合枢纽，增强辐射能力。", "国际航运物流综合枢纽"),
        # 港口 is also a county's short form (港口区), which the dictionary reads as a common word
        ("全力建设港口物流综合枢纽，服务腹地。", "港口物流综合枢纽"),
    ],
)
def test_everyday_words_only_is_no_name(text: str, kind: str) -> None:
    assert lacks_proper_part(kind, default_grammar())
    assert kind not in [t for t, _ in ents(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("建成S22跨境电商物流大通道。", "S22跨境电商物流大通道"),  # a route code
        ("开工建设东方电商物流大通道。", "东方电商物流大通道"),  # a division (东方市)
        ("推进跨境电商物流大通道二期。", "跨境电商物流大通道二期"),  # a phase
        ("开工建设澄湾港物流综合枢纽。", "澄湾港物流综合枢纽"),  # a coined place part
    ],
)
def test_a_part_of_its_own_keeps_the_name(text: str, name: str) -> None:
    assert not lacks_proper_part(name, default_grammar())
    assert (name, "Project") in ents(text)


def test_items_of_a_project_list_stay() -> None:
    """GUIDE §3: every item of a list labelled as projects is a Project, everyday words or not."""
    text = "推进澄江大桥、跨境电商物流大通道等重大项目建设。"
    assert ("跨境电商物流大通道", "Project") in ents(text)
    assert in_project_list(text, text.index("大通道") + 3)
    assert not in_project_list("建设跨境电商物流大通道，畅通外贸等渠道。", 11)


def test_quoted_coinage_is_left_to_the_quote_readers() -> None:
    assert ("跨境电商物流大通道", "Project") in ents("依托“跨境电商物流大通道”拓展市场。")


def test_words_are_mined_terms() -> None:
    """The veto rests on the mined file, not on a list in code."""
    terms = widespread_terms(default_grammar())
    for word in _segment("跨境电商物流大通道"):
        assert word in terms


def test_one_word_before_a_firm_facility_may_be_the_firm() -> None:
    """美好生活|总部基地: one everyday word before a firm's facility head may be a firm's name
    (``test_pattern_firm_facilities``); several before it describe a kind of facility."""
    grammar = default_grammar()
    assert not lacks_proper_part("美好生活总部基地", grammar)
    assert lacks_proper_part("优质农产品加工生产基地", grammar)
    assert ("优质农产品加工生产基地", "Project") not in ents("加快建设优质农产品加工生产基地，带动农户增收。")


def test_the_list_closer_is_read_within_a_bounded_reach() -> None:
    """A report with no clause marks: the closer is looked for only ``LIST_REACH`` characters on,
    so each guess costs a bounded read (no scan to the end of the text per guess)."""
    from extract.pipeline.proper_parts import LIST_REACH

    near = "跨境电商物流大通道" + "、澄江大桥" * 3 + "等项目"
    far = "跨境电商物流大通道" + "澄" * (LIST_REACH + 10) + "等项目"
    assert in_project_list(near, 9)
    assert not in_project_list(far, 9)


def test_everyday_conjuncts_of_a_shared_head_are_kinds() -> None:
    """航空、能源等通道: GUIDE §2.2 splits coordinated names; everyday words before one head
    list kinds of works, so no conjunct is a Project. Coined conjuncts (澄津、鹤沧等高速公路)
    stay names, each with the shared head."""
    found = ents("统筹推进航空、能源等通道建设。")
    assert not any(label == "Project" for _, label in found)
    named = ents("加快澄津、鹤沧等高速公路建设。")
    assert ("澄津", "Project") in named and ("鹤沧", "Project") in named
