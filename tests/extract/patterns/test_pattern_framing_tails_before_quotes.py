"""Failure class: a GUIDE §2.6 generic tail written alone before a quoted programme was kept.

GUIDE §2.6 leaves the generic tails 建设, 战略, 高质量发展 and 发展 out of a name; written alone
between a carrying verb and a quote (实施|高质量发展“十项行动”) such a tail frames the programme
(the programmes for high-quality development) and names none of it, so the name is the quote.
A description that holds the tail after its own words (应急管理高质量发展“X”行动) and a modifier
of common words that is no such tail (科技人才“五项计划”) stay in the name. Sentences are invented;
none is from a report.
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
        ("扎实实施高质量发展“八项行动”，深入推进改革。", "八项行动"),
        ("深入实施高质量发展“六大工程”，经济稳中向好。", "六大工程"),
    ],
)
def test_a_framing_tail_before_a_quote_stays_out(text, name):
    assert programmes(text) == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("实施应急管理高质量发展“3456”行动。", "应急管理高质量发展“3456”行动"),
        ("全面实施科技人才“五项计划”，引进人才三千名。", "科技人才“五项计划”"),
    ],
)
def test_a_description_holding_the_tail_stays_in(text, name):
    assert programmes(text) == [name]
