"""Failure class: a quoted programme name whose descriptive lead-in is longer than four characters.

A quoted programme keeps the words glued before its quote (碳达峰“十大工程”, GUIDE §4 keeps inner
quotes), but only up to four characters were taken, so a longer description of what the programme
does was cut off: 实施|农民工子女关爱服务“同行计划” gave 同行计划, while the unquoted
农民工子女关爱服务同行计划 is found whole. A longer lead-in now belongs to the name when a clause
verb (a hard, mined stop word read as a verb) opens the clause and governs the whole. A verb that
does not open its clause (专班实施…), a count (3轮, 第二期) or a lead-in that ends in a verb acting on
the programme keeps the short reading. Sentences are invented; none is from a report.
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
        ("实施农民工子女关爱服务“同行计划”，惠及家庭两万户。", "农民工子女关爱服务“同行计划”"),
        ("深入实施先进制造业发展“渝东跨越计划”。", "先进制造业发展“渝东跨越计划”"),
        ("开展小微企业融资服务“春风行动”。", "小微企业融资服务“春风行动”"),
        # with a widespread term inside the lead-in (新就业形态: test_pattern_widespread_terms_inside_names)
        ("实施新就业形态骑手关爱服务“暖蜂计划”。", "新就业形态骑手关爱服务“暖蜂计划”"),
    ],
)
def test_a_governed_lead_in_belongs_to_the_quoted_name(text, name):
    assert programmes(text) == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("开展3轮爱国卫生“5个专项行动”。", "5个专项行动"),  # a count before the lead-in
        ("专班实施企业帮扶服务“暖心计划”。", "暖心计划"),  # the verb does not open its clause
        ("加快升级迭代“十项行动”。", "十项行动"),  # a verb acting on the programme
    ],
)
def test_an_ungoverned_or_counted_lead_in_stays_out(text, name):
    assert programmes(text) == [name]
