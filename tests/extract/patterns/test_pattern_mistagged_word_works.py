"""Failure class: a kind of works written with everyday words the widespread terms miss typed as a
Project (issue 12, Project precision; branch project33's readable audit: 现代智慧政务综合体,
生态文明标志性工程, 老旧商业综合体).

``proper_parts.lacks_proper_part`` wants every word of a head-word guess a mined widespread term.
The terms leave out words jieba's dictionary tags as names (智慧, 文明 ``nr``) and count words
only as jieba cuts whole reports (综合体 is no term), so such kinds kept their Project tag.
``proper_parts.everyday_extras`` adds the mined ``mistagged_terms`` and ``widespread_phrases``
as further everyday words. GUIDE §3 leaves generic unnamed items untagged; an item of a labelled
project list and a guess with a part of its own stay. Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.genericity import widespread_terms
from extract.pipeline.grammar import default_grammar
from extract.pipeline.mistagged_terms import mistagged_terms
from extract.pipeline.proper_parts import everyday_extras, lacks_proper_part
from extract.pipeline.widespread_phrases import widespread_phrases


def ents(text: str, region: str | None = "530000") -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, region).ents]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("打造智慧政务服务综合体，方便群众办事。", "智慧政务服务综合体"),  # 智慧: mistagged
        ("建设生态文明宣传教育工程，引导全民参与。", "生态文明宣传教育工程"),  # 文明: mistagged
        ("支持老旧商业综合体改造提升，丰富消费业态。", "老旧商业综合体"),  # 综合体: a phrase
    ],
)
def test_kind_of_everyday_words_is_no_name(text: str, kind: str) -> None:
    grammar = default_grammar()
    assert not lacks_proper_part(kind, grammar, joined=True)  # the terms alone kept it
    assert lacks_proper_part(kind, grammar, joined=True, extra=everyday_extras(grammar))
    assert not [t for t, label in ents(text) if label == "Project" and kind in t]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("加快澄湾智慧政务服务综合体建设，方便群众办事。", "澄湾智慧政务服务综合体"),  # a part of its own
        ("推进智慧政务服务综合体、澄湾大桥等重点项目建设。", "智慧政务服务综合体"),  # a labelled list's item
    ],
)
def test_a_name_or_a_listed_item_stays(text: str, name: str) -> None:
    assert (name, "Project") in ents(text)


def test_the_extra_words_are_mined() -> None:
    """The further everyday words come from mined files with provenance, not from a list in code."""
    grammar = default_grammar()
    extras = everyday_extras(grammar)
    assert "智慧" in mistagged_terms(grammar) and "智慧" in extras
    assert "综合体" in widespread_phrases(grammar) and "综合体" in extras
    assert "综合体" not in widespread_terms(grammar) and "智慧" not in widespread_terms(grammar)
    assert everyday_extras(grammar) is extras  # built once per grammar


def test_a_firms_factory_keeps_the_narrower_reading() -> None:
    """GUIDE §3: a single company's factory is a Project, and a firm may name it in everyday
    words; before a firm's facility head (工厂) the mistagged words are not read."""
    assert ("新能源汽车智慧工厂", "Project") in ents("加快推进新能源汽车智慧工厂建设，带动配套企业集聚。")
