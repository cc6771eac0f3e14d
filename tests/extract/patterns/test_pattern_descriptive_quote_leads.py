"""Failure class: a quoted programme's descriptive lead-in was cut at a clause word inside it, or
lost when the name is the second item of a list.

A quoted programme keeps the description written before its quote (GUIDE §2.1 the maximal name,
§2.2 inner quotes kept): 实施|农民工子女关爱服务“同行计划”. Two shapes still gave the bare quote:

- the description holds a mined clause word of its own (毕业生|就业|能力培训: 就业), so the last
  clause word before the quote stood inside the name and named no edge; a mined programme verb
  (``programme_verbs.jsonl``: 实施, 开展 …) that opens the clause now governs the whole object;
- the name follows another quoted name after the list mark (推进数字产业化“十大工程”、产业数字化
  “八大行动”): the mark separates names, so the words after it are the next name's modifier, as
  ``subject_leads`` already reads a short one — now a description of five or more characters too,
  unless it opens with a level, a description opening, a clause word or a count.

Sentences are invented; none is from a report.
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
        ("全面实施青年就业技能培训“千人计划”，帮扶困难群体。", "青年就业技能培训“千人计划”"),
        ("开展外来务工人员就业服务“暖冬行动”。", "外来务工人员就业服务“暖冬行动”"),
    ],
)
def test_a_programme_verb_governs_a_description_holding_a_clause_word(text, name):
    assert programmes(text) == [name]


def test_a_description_opens_the_next_item_after_a_quoted_name():
    text = "。推进农业机械化“五大工程”、农村信息化“六项行动”，夯实基础。"
    assert programmes(text) == ["农业机械化“五大工程”", "农村信息化“六项行动”"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("推进农业机械化“五大工程”、重点企业帮扶“六项行动”。", "六项行动"),  # a description opening
        ("推进农业机械化“五大工程”、持续推进“六项行动”。", "六项行动"),  # a clause word opens the item
        ("推进农业机械化“五大工程”、省市县三级“六项行动”。", "六项行动"),  # a level, a count
    ],
)
def test_a_level_clause_or_description_opening_stays_out_of_the_item(text, name):
    assert programmes(text)[-1] == name


def test_a_verb_that_does_not_open_its_clause_still_governs_nothing():
    assert programmes("专班实施企业就业帮扶“暖心计划”。") == ["暖心计划"]
