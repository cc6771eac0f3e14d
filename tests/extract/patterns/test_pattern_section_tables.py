"""Failure class: a table's repeated column values decide its section's phase (GUIDE §5, §9).

Invented report text (no corpus passage). The section classifier averages mined bigram cues over
a section's body. An indicator table writes one attribute per row (预期性, 约束性: plan words, as
the targets of a plan are) and the bigram mean weighed that one word by the row count: a review
section with a forty-row results table read as a plan, and whether it did hung on single cues at
the miner's ratio floor (the eighteenth session's mask let 约束 in by one count and a five-year
review of the dev gold turned into a plan). A section's body is read on its prose; a table is
dated by its title or by the section around it.
"""

from __future__ import annotations

from extract.document import from_text
from extract.sections import MIN_MARGIN, body_lean, classify_path, prose_spans
from tests.extract.patterns.test_pattern_section_phase import HEAD, PLAN, REVIEW  # the invented report

# an undated results table: one row per indicator, its attribute column repeated in every row; long
# enough that its rows outweigh the prose by a wide margin whichever cues the latest mask leaves at
# the miner's floor (forty rows did in the eighteenth session, no longer after round 10's mask)
ROW_COUNT = 120
ROWS = "".join(
    f"{i}\t某项指标{i}（%）\t{'约束性' if i % 2 else '预期性'}\t{i}左右\t{i + 1}\n"
    for i in range(1, ROW_COUNT + 1)
)
TABLE = "专栏1：主要指标完成情况表\n序号\t指标名称\t指标属性\t目标值\t完成值\n" + ROWS
TEXT = (
    HEAD
    + "一、一年接着一年干，发展取得新成效\n"
    + REVIEW
    + TABLE
    + "二、一鼓作气勇争先，全力推动高质量发展\n"
    + PLAN
)


def _sections():
    doc = from_text(TEXT, doc_id="invented.txt")
    review, table, plan = doc.sections
    assert table.kind == "column" and len(doc.tables) == 1 and len(doc.tables[0].rows) == ROW_COUNT
    return doc, review, table, plan


def test_the_table_would_have_outweighed_the_prose():
    """The premise: counted with its rows, the review section's body leans to the plan."""
    doc, review, _, _ = _sections()
    whole = body_lean(doc.text[review.end : review.body_end])
    assert whole is not None and whole < -MIN_MARGIN


def test_a_review_section_is_read_on_its_prose_not_its_table():
    doc, review, table, plan = _sections()
    got = classify_path(doc, review.path)
    assert (got.kind, got.year, got.source) == ("year_review", 2025, "body")
    assert classify_path(doc, plan.path).kind == "year_plan"
    # the table has no prose of its own: the section around it dates it (its figures are results)
    assert classify_path(doc, table.path) == got


def test_prose_spans_leave_out_every_table_row_and_nothing_else():
    doc, review, table, _ = _sections()
    pieces = prose_spans(doc, review)
    rows = [(p.start, p.end) for p in doc.paragraphs if p.kind == "table"]
    assert len(rows) == ROW_COUNT + 1  # the header and every row
    for a, b in pieces:
        assert all(b <= s or a >= e for s, e in rows)
    kept = "".join(doc.text[a:b] for a, b in pieces)
    assert REVIEW in kept and "约束性" not in kept and "专栏1：主要指标完成情况表" in kept
    assert "".join(doc.text[a:b] for a, b in prose_spans(doc, table)).strip() == ""
