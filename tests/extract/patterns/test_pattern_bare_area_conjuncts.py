"""Failure class: a bare local place listed before a functional-area name loses the shared kind.

GUIDE §2.2 gives each conjunct of coordinated names sharing one suffix its own span, and GUIDE §3
names a functional area (片区, 新城, 核心区) by its place. ``甲、乙片区`` names two areas, but the
first conjunct is a local place the gazetteer does not hold, so no finder typed it and the Area
conjunct step (which shares a kind only with Districts and compass sub-regions) skipped it.
``area_conjuncts.share_functional_kinds`` types such a bare conjunct, joined by 、, an Area with
the kind in its canonical; everyday words, clause words, names with their own head and items
under a 等 label (甲、乙新城等区域) stay untouched, and region kinds (都市圈) keep the place-only
rule. Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.area_conjuncts import functional_kind
from extract.pipeline.grammar import default_grammar


def areas(text: str, region: str | None = "500000") -> list[tuple[str, str]]:
    doc = run_pipeline(load_pipeline(), text, region)
    return [(e.text, e.kb_id_ or e.text) for e in doc.ents if e.label_ == "Area"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("今年白鹭洲、金沙湾片区焕发新活力。", [("白鹭洲", "白鹭洲片区"), ("金沙湾片区", "金沙湾片区")]),
        (
            "协同联动青溪湾、柳塘、金沙湾片区，加快要素集聚。",
            [("青溪湾", "青溪湾片区"), ("柳塘", "柳塘片区"), ("金沙湾片区", "金沙湾片区")],
        ),
        (
            "加快实施青溪—柳塘、金沙湾片区等更新。",
            [("青溪—柳塘", "青溪—柳塘片区"), ("金沙湾片区", "金沙湾片区")],
        ),
        # a mined object verb opening the clause is cut off the first conjunct, as off a name (after_verb)
        (
            "优化布局白鹭洲、金沙湾片区，加快要素集聚。",
            [("白鹭洲", "白鹭洲片区"), ("金沙湾片区", "金沙湾片区")],
        ),
        ("整体布局青溪湾、柳塘片区。", [("青溪湾", "青溪湾片区"), ("柳塘片区", "柳塘片区")]),
    ],
)
def test_a_bare_conjunct_takes_the_functional_kind(text, expected):
    assert areas(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "推进学校、医院、金沙湾片区建设。",  # everyday words and names of their own kind
        "加快推进、金沙湾片区建设。",  # a clause word before the comma
        "统筹布局、金沙湾片区建设。",  # nothing but the object verb before the comma
        "依托青溪湾、金沙湾片区等区域发展创意设计。",  # 等 and a noun label class the items
    ],
)
def test_no_name_before_the_comma_stays_untouched(text):
    assert areas(text) == [("金沙湾片区", "金沙湾片区")]


def test_region_kinds_are_not_shared_with_bare_words():
    grammar = default_grammar()
    assert functional_kind("金沙湾片区", grammar) == "片区"
    assert functional_kind("青溪都市圈", grammar) is None
