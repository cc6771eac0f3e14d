"""Failure class: a scope word between the governing verb and the field of a quoted programme
(实施新一轮|高等教育“百亿工程”) made the lead-in too long to read, and the field was dropped with it.

GUIDE §2.2/§9 keep the field before the quotes in the name (扩大有效投资“千项万亿”工程, 厅局长“三诊”
机制); GUIDE §2.5 leaves scope words out (``grammar.LEAD_RE``: 新一轮, 首批; and an edition ordinal
such as 第二期). ``extract.pipeline.scoped_quote_leads`` finds the field after the scope word; the
short-lead tests still judge it. Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.scoped_quote_leads import scoped_field_lead


def ents(text: str, region: str | None = "530000") -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, region).ents]


@pytest.mark.parametrize(
    ("text", "field"),
    [
        ("实施新一轮职业教育“千校工程”，", "职业教育"),
        ("开展第三批城市更新“百街行动”，", "城市更新"),
        ("推进首批数字乡村“万户计划”，", "数字乡村"),
    ],
)
def test_the_field_after_a_scope_word_is_found(text, field):
    quote = text.index("“")
    lead = scoped_field_lead(text, quote)
    assert lead is not None and text[lead:quote] == field


@pytest.mark.parametrize(
    "text",
    [
        "实施职业教育“千校工程”，",  # no scope word: the short lead-in reads it as before
        "实施新一轮“千校工程”，",  # nothing between the scope word and the quote
        "实施新一轮职业教育发展提升“千校工程”，",  # a field longer than four characters
    ],
)
def test_no_scoped_field(text):
    assert scoped_field_lead(text, text.index("“")) is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("实施新一轮海洋经济“十大工程”，推动产业发展。", "海洋经济“十大工程”"),
        ("组织实施第二期城市更新“百街工程”，改善人居环境。", "城市更新“百街工程”"),
        # a long lead-in governed by the verb loses its scope word too (skip_scope_words)
        ("推进首批城市更新“百街”行动，改善人居环境。", "城市更新“百街”行动"),
    ],
)
def test_the_name_keeps_its_field_and_leaves_the_scope_word_out(text, name):
    assert (name, "Program") in ents(text)


def test_a_generic_word_after_the_scope_word_stays_out():
    # 重点 says no more than the count (counted_quotes): the quote stays alone
    found = ents("实施新一轮重点“十大工程”，推动发展。")
    assert ("十大工程", "Program") in found


@pytest.mark.parametrize(
    ("text", "start", "skipped"),
    [
        ("推进首批城市更新“百街”", 2, "首批"),
        ("实施新一轮高等教育“百亿工程”", 2, "新一轮"),
        ("实施高等教育“百亿工程”", 2, ""),
    ],
)
def test_skip_scope_words(text, start, skipped):
    from extract.pipeline.scoped_quote_leads import skip_scope_words

    assert text[start : skip_scope_words(text, start, text.index("“"))] == skipped
