"""Failure class: the ordinal of a numbered list left in an indicator's name (一是…, 十三是…).

A plan that lists its tasks as ``一是…。二是…。十五是…`` opens each item's clause with the ordinal,
and the name of the item's figure kept it (``十三是维修养护农村供水工程数``). The ordinal numbers the
item (document markup, the heading reader's ``ordinal`` kind) and is no word of what was measured
(GUIDE §7), so the name opens after it, for the ten-plus forms as for 一是; what follows the
ordinal is then cleaned as any name is (a framing verb such as 推动 goes, a shared verb stays).
"""

from __future__ import annotations

from extract.indicators.names import clean_name
from tests.extract.patterns.indicator_text import PLAN, by_name


def test_the_ordinal_of_a_listed_task_leaves_the_name():
    body = "今年办好12件实事。二是新建口袋公园30个。十二是修缮老旧祠堂40处。十四是举办乡村音乐会2000场。"
    got = by_name(body, heading=PLAN)
    assert got["新建口袋公园数"].value == 30.0
    assert "修缮老旧祠堂数" in got
    assert "举办乡村音乐会场次" in got
    assert not [n for n in got if "是" in n]


def test_the_verb_after_the_ordinal_goes_on_to_the_next_object():
    got = by_name("三是招聘护林员500名、巡河员300名。", heading=PLAN)
    assert got["招聘护林员数"].value == 500.0
    assert got["招聘巡河员数"].value == 300.0


def test_a_framing_verb_after_the_ordinal_goes_too():
    got = by_name("十一是推动村级医保服务覆盖率达到95%以上。", heading=PLAN)
    assert got["村级医保服务覆盖率"].value == 95.0


def test_words_that_only_look_like_an_ordinal_stay():
    assert clean_name("总是") == "总是"  # no numeral before 是
    assert clean_name("三是") == "三是"  # the ordinal alone is left as it is
