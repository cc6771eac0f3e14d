"""Failure class: a counted quoted programme cut from its modifier (各民族交往交流交融“三项计划”).

A quote that is only a count and a head (“三项计划”) names nothing alone; the words between the
verb that carries it out (a mined carrying verb: 实施) and the quote say which programme it is,
and the quote marks stay inside the name (GUIDE §2.2). A scope word is left out (GUIDE §2.5), a
bare two-character description names nothing, and with no carrying verb the quote stays alone.
Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline


def programmes(text: str) -> list[str]:
    doc = run_pipeline(load_pipeline(), text, "140000")
    return [e.text for e in doc.ents if e.label_ == "Program"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("深入实施各民族交往交流交融“三项计划”，团结进步。", "各民族交往交流交融“三项计划”"),
        ("全面实施科技人才“五项计划”，引进人才三千名。", "科技人才“五项计划”"),
    ],
)
def test_a_counted_quote_keeps_the_modifier_after_its_verb(text, name):
    assert programmes(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "实施“三项计划”，成效明显。",  # no modifier
        "实施重点“三项计划”。",  # a bare description
        "实施全省“三项计划”。",  # a scope word
        "深化优化“三项计划”。",  # a second verb: what is done to the programme
    ],
)
def test_a_counted_quote_without_a_naming_modifier_stays_alone(text):
    assert programmes(text) == ["三项计划"]


def test_a_name_ending_in_its_quote_is_not_linked_to_a_longer_holder_of_the_quote():
    from extract.linking import AliasIndex

    holder = "“五项计划”考核评价机制"  # one character longer than the name, holding its quote
    index = AliasIndex(
        [("Program", "科技人才“五项计划”"), ("Program", holder), ("Program", "“四大一新”现代产业体系")]
    )
    assert index.resolve("Program", "科技人才“五项计划”") == "科技人才“五项计划”"
    assert index.resolve("Program", "“四大一新”产业体系") == "“四大一新”现代产业体系"  # a tail still widens
    bare = AliasIndex([("Program", "“渔港振兴”行动")])
    assert bare.resolve("Program", "“渔港振兴”") == "“渔港振兴”行动"  # so does a bare quote
