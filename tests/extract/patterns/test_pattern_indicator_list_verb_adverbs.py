"""Failure class: a list's opening act lost on its later items (issue 12, indicator42).

``新培育A企业32家、B企业4家`` reports two counts of one act, and each is named by it (GUIDE §7: one
record per figure, named by what was done; README indicator29: counts named verb first); the
readable gold writes ``新培育B企业数``. The act did not go on because jieba tags 培育 a verbal noun
(vn) and 新 an adjective, so no verb opened the first name: a one-character adjective or adverb
right before a verb or verbal noun is now that act's adverb, and the two are the act. In
``建成A30个、示范型B30个`` the second item held its own "verb" (示范 before the suffix 型): a verb
before a word-forming suffix (jieba tag k) makes an attribute, no act, so 建成 goes on. Invented
sentences.
"""

from __future__ import annotations

from extract.indicators.prose import _adverb_led_act, _opening_verb
from tests.extract.patterns.indicator_text import by_name


def test_an_adverb_led_verbal_noun_goes_on_to_the_next_object():
    got = by_name("全年新培育瞪羚企业18家、独角兽企业2家。")
    assert got["新培育瞪羚企业数"].value == 18.0
    assert got["新培育独角兽企业数"].value == 2.0


def test_an_adverb_led_verb_goes_on_too():
    got = by_name("新认定省级孵化器9家、众创空间14家。")
    assert got["新认定众创空间数"].value == 14.0


def test_a_verb_before_a_suffix_is_an_attribute_not_the_items_act():
    got = by_name("建成乡村幸福食堂45个、示范型社区书屋12个。")
    assert got["建成示范型社区书屋数"].value == 12.0
    assert _opening_verb("示范型社区书屋") == ""


def test_an_item_with_its_own_act_keeps_it():
    got = by_name("新培育瞪羚企业18家、引进研发机构6家。")
    assert got["引进研发机构数"].value == 6.0
    assert "新培育研发机构数" not in got


def test_an_adjective_before_a_noun_is_no_act():
    assert _adverb_led_act("新型储能电站") == ""
    assert _adverb_led_act("老旧小区") == ""
    got = by_name("全区规上工业企业达到320家、新型储能电站5座。")
    assert "规上工业企业数" in got
    assert not any(n.startswith("规上工业企业新型") for n in got)


def test_a_short_first_item_passes_its_act_to_an_item_of_the_same_quantity():
    got = by_name("新增围填海12.5万亩、建设用地8.1万亩。")
    assert got["新增建设用地"].value == 8.1


def test_a_short_amount_passes_no_act_to_a_statistic():
    got = by_name("完成投资100亿元、规上工业产值300亿元。")
    assert "规上工业产值" in got


def test_a_written_item_with_an_act_of_its_own_takes_no_shared_verb():
    got = by_name("全年新增就业1.2万人、城镇失业人员再就业3000人。")
    assert "城镇失业人员再就业数" in got or "城镇失业人员再就业" in got
    assert not any(n.startswith("新增城镇失业人员") for n in got)
