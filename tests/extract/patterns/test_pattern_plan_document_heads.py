"""Failure class: a named plan document typed Program by an inner head (…行动方案 without 《》).

The provincial-2026 conventions (GUIDE §3 Policy: a named document or plan, brackets or not):
a named plan *document* is Policy (…行动方案, a …条例 without 《》); a named action or action
plan is Program (…行动, …行动计划). The head that closes the name decides: a programme guess
whose last head is a document kind becomes a Policy, whatever heads it holds inside. A bare or
counted kind names no document and is no mention. Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.edition_titles import document_kinds
from extract.pipeline.grammar import default_grammar
from extract.pipeline.plan_documents import title_body


def ents(text: str) -> list[tuple[str, str]]:
    doc = run_pipeline(load_pipeline(), text, "140000")
    return [(e.text, e.label_) for e in doc.ents if e.label_ in ("Program", "Policy")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("出台冰雪经济高质量发展行动方案和配套政策。", "冰雪经济高质量发展行动方案"),
        ("落实盐碱地综合利用行动方案，扩大耕地面积。", "盐碱地综合利用行动方案"),
        ("今年以来，各地落实文旅消费提振行动方案，加快推进。", "文旅消费提振行动方案"),
    ],
)
def test_an_action_plan_document_is_a_policy(text, name):
    assert ents(text) == [(name, "Policy")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("实施乡村旅游品质提升行动计划，推动文旅融合。", "乡村旅游品质提升行动计划"),  # 行动计划
        ("开展低空经济培育专项行动，推动产业发展。", "低空经济培育专项行动"),  # 行动
    ],
)
def test_an_action_or_action_plan_stays_a_programme(text, name):
    assert ents(text) == [(name, "Program")]


@pytest.mark.parametrize(
    "text",
    [
        "各部门制定3个行动方案，加快推进。",  # counted kind
        "出台实施方案，加快推进。",  # bare kind
        "编制工作方案，明确任务分工。",  # generic kind
        "制定《方案》，加快推进。",  # bracketed bare kind
    ],
)
def test_a_bare_or_counted_kind_is_no_mention(text):
    assert ents(text) == []


def test_only_a_whole_name_before_the_kind_is_a_title():
    """The rule itself, on names the pipeline might hand it: the lexicon's kinds close them."""
    kinds = document_kinds(default_grammar())
    assert title_body("海岛旅游振兴行动方案", kinds) == "海岛旅游振兴行动"
    assert title_body("海岛旅游振兴行动计划", kinds) is None  # no document kind closes it
    assert title_body("三年行动方案", kinds) is None  # a count, no name
    assert title_body("一规划两纲要", kinds) is None  # documents counted
    assert title_body("工作方案", kinds) is None  # generic
