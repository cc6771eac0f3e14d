"""Failure class: a short form of a programme the same document writes in full.

GUIDE §5 matches relations on canonical names, so a short form (the name without its modifier,
a quoted core without its head, an abbreviation of one character per word) with a canonical of
its own loses the relation the full name carries; GUIDE §4 merges variants and the provincial
README gives 千项万亿 the canonical 扩大有效投资“千项万亿”工程. The full name must be one the
document itself writes, and no other full name may compete. Sentences and names are invented.
"""

from __future__ import annotations

import pytest

from extract.document import from_text
from extract.entities import find_mentions, load_pipeline
from extract.extractor import extract_documents
from extract.pipeline.grammar import default_grammar
from extract.records import Mention
from extract.short_forms import document_full_form


def programmes(text: str) -> list[tuple[str, str]]:
    doc = from_text("某某省2025年政府工作报告\n" + text + "\n")
    return [(m.text, m.canonical) for m in find_mentions(doc, load_pipeline()) if m.type == "Program"]


def full_form(short: str, names: list[str]) -> str | None:
    return document_full_form(short, names, default_grammar())


def test_the_headed_and_the_bare_quote_take_the_modified_full_name():
    found = programmes(
        "深入实施稳定就业“万岗千企”工程，新增岗位十万个。“万岗千企”工程带动就业成效明显。"
        "全年“万岗千企”签约企业三百家。"
    )
    assert ("“万岗千企”工程", "稳定就业“万岗千企”工程") in found, found
    assert ("万岗千企", "稳定就业“万岗千企”工程") in found, found


def test_a_quoted_name_without_its_modifier_takes_the_full_name():
    assert full_form("“焕新升级”行动", ["消费品焕新升级行动"]) == "消费品焕新升级行动"
    assert full_form("“焕新升级”行动", ["消费品“焕新升级”行动"]) == "消费品“焕新升级”行动"


@pytest.mark.parametrize(
    ("short", "names", "full"),
    [
        ("百千万工程", ["百湖千岛万家高质量发展工程"], "百湖千岛万家高质量发展工程"),  # one per word
        ("织网", ["“织网”提质工程"], "“织网”提质工程"),  # a two-character quote is coined
        # a chain of full forms is one programme: the longest
        ("万岗千企", ["“万岗千企”工程", "稳定就业“万岗千企”工程"], "稳定就业“万岗千企”工程"),
    ],
)
def test_full_forms(short, names, full):
    assert full_form(short, names) == full


@pytest.mark.parametrize(
    ("short", "names"),
    [
        ("“焕新升级”行动", ["消费品焕新升级行动", "家居焕新升级行动"]),  # two full names compete
        # an unquoted descriptive tail: as often another thing's end or a left edge cut wrong
        ("焕新升级行动", ["消费品焕新升级行动"]),
        ("创业促进计划", ["“青禾启航”创业促进计划"]),  # the quote names it, and it is not kept
        ("焕新置业", ["住房“焕新置业”"]),  # a modifier before the closing quote: its own programme
        ("青云", ["“青云”试点"]),  # a pilot designation after the quote: a positioning
        # a name with its own head inside a longer quoted one (“X工程”行动 is another programme)
        ("百湖千岛万家高质量发展工程", ["“百湖千岛万家高质量发展工程”行动"]),
        ("“千岛”工程", ["百“千岛”工程"]),  # one character before it is another coined name
        ("国际大赛", ["国际顶尖滑雪职业大赛"]),  # adjacent characters: a truncation, no abbreviation
        ("千万工程", ["“千山万水”工程"]),  # two characters abbreviated are a name written whole
        ("“创新”行动", ["（某府办〔2024〕3号）“创新”行动"]),  # a bracket in the modifier: another edge
        ("焕新升级行动", ["焕新升级行动"]),  # itself
        ("焕新升级行动", []),  # the document writes no full form
    ],
)
def test_no_full_form(short, names):
    assert full_form(short, names) is None


def test_a_quote_reports_write_as_the_programmes_own_name_keeps_it():
    mined = sorted(default_grammar().quoted_programmes)
    assert mined, "quoted_programmes.jsonl is empty"
    name = mined[0]
    assert full_form(name, [f"“{name}”改革"]) is None


def test_across_documents_nothing_is_borrowed():
    a = from_text("甲省2025年政府工作报告\n深入实施稳定就业“万岗千企”工程，新增岗位十万个。\n", doc_id="a")
    b = from_text("乙省2025年政府工作报告\n“万岗千企”工程带动就业成效明显。\n", doc_id="b")
    found = {
        d.doc_id: [(r.text, r.canonical) for r in records if isinstance(r, Mention) and r.type == "Program"]
        for d, records in extract_documents([a, b])
    }
    assert ("稳定就业“万岗千企”工程", "稳定就业“万岗千企”工程") in found["a"], found
    assert ("“万岗千企”工程", "“万岗千企”工程") in found["b"], found
