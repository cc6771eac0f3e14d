"""Failure class: a count whose predicate says what the counted items got (issue 12, GUIDE §7).

``13部作品获…奖`` / ``5个项目获批…试点`` count the items that got something: the predicate is part
of the indicator's name (获…奖作品数), as with 入选. The verb must be a mined clause verb
(``stop_words.jsonl``) or one that already ends a counted noun, the noun only nouns; a tail that
coordinates (``对接和…项目签约``) or whose noun is cut by a verb inside a name (人工智能应用…基地)
keeps the plain reading. 部 (works, lifts) is a measure word of counts.
"""

from __future__ import annotations

from tests.extract.patterns.indicator_text import by_name


def test_a_count_that_got_an_award_or_designation_names_it():
    got = by_name("11部剧目获省“群星奖”，6个乡镇获批国家智慧社区试点。")
    assert got["获省“群星奖”剧目数"].value == 11.0
    assert got["获批国家智慧社区试点乡镇数"].value == 6.0


def test_bu_is_a_measure_word_of_counts():
    got = by_name("改造老旧电梯320部。")
    assert got["改造老旧电梯数"].unit == "部"


def test_a_coordinated_tail_or_a_name_with_a_verb_inside_keeps_the_plain_reading():
    got = by_name("博览会促成86项供需对接和投融资项目签约，建设2个国家低空应用示范基地。")
    assert "博览会促成供需对接和投融资项目数" in got
    assert got["建设国家低空应用示范基地数"].value == 2.0


def test_stages_still_come_first():
    got = by_name("9条农村公路建成通车，15个乡村振兴项目扎实推进。")
    assert got["建成通车农村公路数"].value == 9.0
    assert got["乡村振兴项目数"].value == 15.0


def test_a_tail_longer_than_a_noun_and_its_predicate_is_no_predicate():
    got = by_name("5个项目获批国家级服务业标准化试点并同步纳入全省首批先行先试改革创新试验任务清单管理。")
    assert list(got) == ["项目数"]
