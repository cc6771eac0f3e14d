"""Failure classes of round 11's readable counts (branch indicator30). Invented sentences.

* A change of a count whose noun follows each figure (``从15个县（市）扩大到57个县（市）``) is one
  count's change: two records named by the noun, the start dated before the far end (as
  ``由3000家企业增加到8500家`` already was). The extractor named the first by the words before 从 and
  the second by the noun alone (``县县数``).
* A count named by verbs alone (``强化数``, ``支持数``) names nothing: no readable gold name does.
* An increase written verb first is named 新增 (indicator17's convention), and an increase of
  places (学位, 床位) is named by the places, no 数 (8 of 9 readable gold flows).
* In a plan, people a planned act will reach (``…，惠及3万名学生``: a mined reach verb opening the
  clause) only scope it, as people a planned act serves after 为/对 already did.
"""

from __future__ import annotations

from tests.extract.patterns.indicator_text import PLAN, by_name, indicators


def test_a_change_of_a_count_with_its_noun_after_each_figure():
    got = indicators("推动集团化办学从20个县（市）扩大到45个县（市），持续开展结对帮扶。", heading=PLAN)
    assert [(r.indicator, r.value, r.year, r.kind_) for r in got] == [
        ("集团化办学县（市）数", 20.0, 2024, "actual"),
        ("集团化办学县（市）数", 45.0, 2025, "target"),
    ]


def test_a_change_of_a_count_in_the_review_keeps_the_noun_once():
    got = indicators("医联体覆盖范围从12个乡镇扩大到30个乡镇。")
    named = [(r.indicator, r.year) for r in got]
    assert named == [("医联体覆盖范围乡镇数", 2023), ("医联体覆盖范围乡镇数", 2024)]


def test_a_change_with_its_noun_before_the_figures_is_unchanged():
    got = indicators("高新技术企业由3000家增加到8500家。")
    assert [(r.indicator, r.value) for r in got] == [("高新技术企业数", 3000.0), ("高新技术企业数", 8500.0)]


def test_a_count_named_by_a_verb_alone_is_no_indicator():
    body = "强化12所师范（教师教育）院校对县域教育的帮扶，支持22个（类）载体延伸产业链。"
    assert by_name(body, heading=PLAN) == {}


def test_a_lone_verb_after_a_change_takes_no_name_from_it():
    body = "推动集团化办学从20个县扩大到45个县，强化12所师范（教师教育）院校对县域教育的帮扶。"
    got = indicators(body, heading=PLAN)
    assert [(r.indicator, r.value) for r in got] == [("集团化办学县数", 20.0), ("集团化办学县数", 45.0)]


def test_a_noun_after_the_count_keeps_it_whatever_its_tag():
    got = by_name("全面承接八大板块、68条跑道、249条子跑道，成功举办150余场展会。")
    assert {"跑道数", "子跑道数", "举办展会场次"} <= set(got)


def test_an_increase_written_verb_first_is_named_xinzeng():
    assert "新增就业岗位" in by_name("增加就业岗位2万个。")


def test_places_added_are_named_by_the_places():
    got = by_name("新增医疗机构床位7000张，增加普通高中学位1万个。")
    assert set(got) == {"新增医疗机构床位", "新增普通高中学位"}


def test_a_stock_of_places_and_value_added_keep_their_names():
    got = by_name("沿海港口万吨级以上泊位达到404个，增加值增长5%。")
    assert set(got) == {"沿海港口万吨级以上泊位数", "增加值增速"}


def test_people_a_planned_act_will_reach_only_scope_it():
    assert by_name("改善校舍和食堂，惠及超3万名学生。", heading=PLAN) == {}


def test_people_an_act_reached_in_the_review_are_counted():
    got = by_name("改造老旧小区1万余个，惠及120万户居民。")
    assert "老旧小区改造惠及居民" in got
