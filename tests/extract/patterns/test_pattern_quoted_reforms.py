"""Failure class: quoted names of reforms, mechanisms and campaigns (“X”改革, “X”机制, “X”专项整治).

The provincial-2026 conventions type named reforms, mechanisms and campaigns as Program; a
quoted name before such a head is one (``head_rules.jsonl``, rule kind ``quoted_program``,
citing the rule). A function word after the quote makes a list of kinds (“X”等机制), a chain
of quotes before the head is one name, and a longer programme head after the first wins
(“X”改革试点). Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline


def ents(text: str, region: str | None = "460000") -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, region).ents]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("深入推进“一窗通办”改革，成效明显。", "“一窗通办”改革"),
        ("建立“早来早走”机制，服务企业。", "“早来早走”机制"),
        ("开展“三乱一欠”专项整治，超额完成任务。", "“三乱一欠”专项整治"),
        ("完善“青苗”综合服务机制。", "“青苗”综合服务机制"),
        ("承担农村“两块田”改革试点任务。", "“两块田”改革试点"),
        ("建立高效顺畅的青山公园“林”“田”融合发展机制。", "青山公园“林”“田”融合发展机制"),
    ],
)
def test_a_quoted_name_before_a_reform_or_mechanism_head_is_a_programme(text, name):
    assert (name, "Program") in ents(text)


@pytest.mark.parametrize("text", ["探索“先用后转”等集成改革。", "推广“县乡一体”等机制。"])
def test_a_function_word_after_the_quote_makes_a_list_of_kinds(text):
    assert not any(t == "Program" and "等" in n for n, t in ents(text))
