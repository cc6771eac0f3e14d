"""Failure class: the items of a paragraph headed by a one-sentence sub-heading line are filed under nothing.

Invented text and names. A provincial review writes a short topic line as a paragraph of its own
(``这是某战略建设纵深推进的五年。``, ``某振兴扎实推进。``) and reports under it in the next paragraph;
the document structure makes no section of such a line, the paragraph lead only reads the
paragraph's own first sentence and run-in topics stop at the paragraph's end, so the projects and
programmes under it were lost with both names found (round 10's readable gold files them under the
strategy: GUIDE §5, the heading reading). Only the next paragraph is headed, and only by a line
whose strategy is its topic.
"""

from __future__ import annotations

import pytest

from extract.topic_runs import paragraph_topic
from tests.extract.patterns.relation_text import relation_pairs

HEAD = "一、“十四五”时期工作回顾\n"
NAMES = [
    ("长河经济带", "Strategy"),
    ("青山振兴", "Strategy"),
    ("澄湾大桥", "Project"),
    ("临江北站", "Project"),
    ("湾区互认", "Program"),
    ("百村互助工程", "Program"),
]
BODY = "预计经济总量突破5万亿元。湾区互认落地见效。建成澄湾大桥、临江北站等互联互通工程。\n"
NEXT = "这是民生福祉持续增进的五年。\n实施百村互助工程，新增示范村12个。\n"


def _filed(body: str) -> set[tuple[str, str]]:
    return relation_pairs(HEAD + body, NAMES, "contributesTo")


@pytest.mark.parametrize(
    "line",
    [
        "这是长河经济带建设纵深推进的五年。",  # the topic clause modifies a short noun through 的
        "长河经济带扎实推进。",  # opens on the strategy before a short predicate
        "深入推进长河经济带建设。",  # closes on it after a verb
    ],
)
def test_a_sub_heading_line_files_the_next_paragraph_only(line):
    assert _filed(line + "\n" + BODY + NEXT) == {
        ("澄湾大桥", "长河经济带"),
        ("临江北站", "长河经济带"),
        ("湾区互认", "长河经济带"),
    }


@pytest.mark.parametrize(
    "line",
    [
        # the strategy qualifies a longer phrase that the line is about
        "这是长河经济带沿线城市群综合交通体系全面提速的五年。",
        # a line naming no strategy heads nothing
        "这是区域发展持续向好的五年。",
        # two strategies: which one an item serves the line does not say
        "这是长河经济带和青山振兴纵深推进的五年。",
    ],
)
def test_a_line_whose_topic_is_not_one_strategy_files_nothing(line):
    assert _filed(line + "\n" + BODY + NEXT) == set()


def test_a_paragraph_of_two_sentences_is_no_sub_heading():
    body = "长河经济带扎实推进。沿线城市加快发展。\n" + BODY
    assert _filed(body) == set()


@pytest.mark.parametrize(
    ("line", "topic"),
    [
        ("这是长河经济带建设纵深推进的五年。", "长河经济带"),
        ("青山振兴深耕细作。", "青山振兴"),
        ("这是长河经济带建设纵深推进的五年。青山振兴深耕细作。", None),  # two sentences
        ("这是长河经济带建设纵深推进的关键五年。", None),  # 的 before a longer noun phrase
        ("这是长河经济带建设纵深推进的时期，成效显著。", None),  # a clause mark
    ],
)
def test_paragraph_topic_is_read_from_the_shape(line, topic):
    from tests.extract.relations.oracle import document_from_text, mentions_for

    doc = document_from_text(HEAD + line + "\n", "invented_relations.txt", "青禾省")
    ms = [m for m in mentions_for(doc, [(s, t, s) for s, t in NAMES]) if m.type == "Strategy"]
    start = doc.text.index(line)
    found = paragraph_topic(line, start, [m for m in ms if start <= m.start < start + len(line)])
    assert (found.text if found else None) == topic
