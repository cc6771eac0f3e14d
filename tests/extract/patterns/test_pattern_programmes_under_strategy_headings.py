"""Failure class: programmes of a section a strategy heads are not filed under it.

Invented text and names. GUIDE §5 gives ``contributesTo`` when the text files the item under the
strategy; the module already read that for projects and policies under a heading or a numbered
paragraph lead that names it (``（五）奋力推进某战略。…``), and for programmes only inside a 专栏.
The provincial gold files programmes the same way: the actions of a ``（五）推进某战略`` section or
run-in paragraph go to that strategy. Only the heading right above the sentence files a
programme (a chapter heading further up names the theme of many sections, not what each one's
actions serve), and only when it names one strategy; a heading that names none files nothing.
"""

from __future__ import annotations

from tests.extract.patterns.relation_text import relation_pairs

NAMES = [
    ("青山振兴", "Strategy"),
    ("清风护田行动", "Program"),
    ("禾苗合伙人计划", "Program"),
]


def _filed(text: str) -> set[tuple[str, str]]:
    return relation_pairs(text, NAMES, "contributesTo")


def test_a_numbered_paragraph_lead_files_the_programmes_of_its_paragraph():
    text = (
        "三、2025年重点工作\n"
        "（五）奋力推进青山振兴。推动片区扩面提质。持续开展清风护田行动。"
        "提高粮仓建设成效，实施禾苗合伙人计划。\n"
    )
    assert _filed(text) == {("清风护田行动", "青山振兴"), ("禾苗合伙人计划", "青山振兴")}


def test_a_heading_line_files_the_programmes_of_its_section():
    text = (
        "三、2025年重点工作\n"
        "（五）加快青山振兴\n"
        "提升农业现代化水平。开展清风护田行动，加强耕地保护。\n"
        "深化乡村建设。实施禾苗合伙人计划。\n"
    )
    assert _filed(text) == {("清风护田行动", "青山振兴"), ("禾苗合伙人计划", "青山振兴")}


def test_a_chapter_heading_further_up_files_no_programme():
    text = (
        "三、全面推进青山振兴\n"
        "（一）提升农业现代化水平\n"
        "开展清风护田行动，加强耕地保护。实施禾苗合伙人计划。\n"
    )
    assert _filed(text) == set()


def test_a_heading_without_a_strategy_files_nothing():
    text = (
        "三、2025年重点工作\n（五）提升农业现代化水平\n开展清风护田行动，加强耕地保护。实施禾苗合伙人计划。\n"
    )
    assert _filed(text) == set()


def test_a_heading_naming_two_strategies_files_no_programme():
    names = [*NAMES, ("绿洲城镇化", "Strategy")]
    text = (
        "三、2025年重点工作\n"
        "（五）统筹绿洲城镇化和青山振兴\n"
        "开展清风护田行动，加强耕地保护。实施禾苗合伙人计划。\n"
    )
    assert relation_pairs(text, names, "contributesTo") == set()
