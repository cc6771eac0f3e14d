"""Failure class: the items after a run-in sub-heading that names a strategy are filed under nothing.

Invented text and names. A provincial report writes a section as one paragraph of short topic
sentences (``某振兴深耕细作。``, ``深入推进某城镇化。``), each heading the sentences after it up to
the next one. GUIDE §5 files the items of a paragraph led by a strategy under it; the paragraph
lead only reads the first sentence, so the readable gold's programmes after a second sub-heading
were missed with both arguments found (issue 12, ``extract/topic_runs.py``).
"""

from __future__ import annotations

import pytest

from extract.topic_runs import heading_like
from tests.extract.patterns.op_budget import within_lines
from tests.extract.patterns.relation_text import relation_pairs

HEAD = "二、2025年工作回顾\n"
NAMES = [
    ("青山振兴", "Strategy"),
    ("新型镇域化", "Strategy"),
    ("长河经济带", "Strategy"),
    ("绿野提升行动", "Program"),
    ("清溪更新行动", "Program"),
    ("百村互助工程", "Program"),
    ("“双百”改革", "Program"),
]


def _filed(body: str) -> set[tuple[str, str]]:
    return relation_pairs(HEAD + body + "\n", NAMES, "contributesTo")


def test_a_strategy_opening_a_short_sentence_files_what_follows_up_to_the_next_sub_heading():
    body = (
        "（三）协调发展迈出坚实步伐。青山振兴深耕细作。实施绿野提升行动，新增示范村12个。"
        "出台百村互助工程实施方案。稳步扩大对外开放。开展清溪更新行动，改造老旧小区3万户。"
    )
    # 出台…方案 names a programme after a verb: an item; 稳步扩大对外开放 names nothing: the next sub-heading
    assert _filed(body) == {("绿野提升行动", "青山振兴"), ("百村互助工程", "青山振兴")}


def test_a_strategy_closing_a_short_sentence_files_what_follows():
    body = (
        "（六）奋力推进区域协调发展。深入推进新型镇域化。推动城市内涵式发展，高质量开展清溪更新行动。"
        "“双百”改革取得突破。实施绿野提升行动，新增示范村12个。"
    )
    # “双百”改革取得突破 opens on another name: that name is the next sub-topic
    assert _filed(body) == {("清溪更新行动", "新型镇域化")}


@pytest.mark.parametrize(
    "topic",
    [
        # the strategy qualifies a longer phrase
        "提升长河经济带自身综合竞争力和辐射带动能力。",
        # a clause mark: a sentence of its own, not a sub-heading
        "深入推进新型镇域化，城乡面貌持续改善。",
        # a figure
        "新型镇域化试点扩大到12个。",
    ],
)
def test_a_sentence_that_only_mentions_the_strategy_files_nothing(topic):
    body = "奋力推进区域协调发展。" + topic + "推动城市内涵式发展，高质量开展清溪更新行动。"
    assert _filed(body) == set()


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("深入推进新型镇域化。", True),
        ("（五）奋力推进青山振兴。", True),
        ("实施绿野提升行动，新增示范村12个。", False),
        ("新增示范村12个。", False),
        ("以某某建设为牵引统筹推进城乡融合发展和区域协调发展并取得更大实效。", False),  # too long
    ],
)
def test_heading_like_is_read_from_the_shape(sentence, expected):
    assert heading_like(sentence) is expected


def test_many_topic_sentences_and_long_odd_sentences_are_read_in_linear_work():
    """Hostile input: hundreds of run-in topic sentences in one paragraph, then one sentence of
    nothing but list marks, one of quotes and one of numerals. The sentences are walked once and
    each heading test looks at one sentence: the work stays within a constant per sentence."""
    from extract.topic_runs import topic_runs
    from tests.extract.relations.oracle import document_from_text, mentions_for

    body = (
        "青山振兴深耕细作。稳步扩大开放。" * 300
        + "、" * 20_000
        + "。"
        + "“" * 20_000
        + "。"
        + "一" * 20_000
        + "。"
    )
    doc = document_from_text(HEAD + body + "\n", "hostile", "青禾省")
    mentions = mentions_for(doc, [("青山振兴", "Strategy", "青山振兴")])
    limit = 150 * body.count(
        "。"
    )  # ≈ 75 lines a sentence measured: a loop over all mentions per sentence fails
    runs, _ = within_lines(limit, topic_runs, doc, mentions)
    assert len(runs) == 300  # each topic heads the sentence after it, up to the next sub-heading


@pytest.mark.parametrize(
    "sentence", ["、" * 50_000, "“" * 50_000 + "。", "（一）" + "九" * 50_000, "深入推进" * 10_000]
)
def test_the_heading_test_of_a_long_sentence_is_linear(sentence: str) -> None:
    assert not within_lines(1_000, heading_like, sentence)[0]
