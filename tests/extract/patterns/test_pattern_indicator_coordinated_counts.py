"""Failure class: two counts joined by 和/及 after one verb (``新建20所A和15家B``).

GUIDE §7 gives one record per figure, each named by the verb and its own noun. The first
count's noun ran on to the conjunction (``新建数``) and the second took the first's noun
with the conjunction (``A和B数``).
"""

from __future__ import annotations

from tests.extract.patterns.indicator_text import PLAN, by_name


def test_coordinated_counts_share_the_verb():
    got = by_name("全年改建16所乡镇卫生院和9家养老服务中心。")
    assert got["改建乡镇卫生院数"].value == 16.0
    assert got["改建养老服务中心数"].value == 9.0
    assert got["改建养老服务中心数"].unit == "家"


def test_coordinated_counts_in_a_plan_and_with_ji():
    got = by_name("新建4座污水处理厂及120公里配套管网，打造7个特色街区和3个夜间消费集聚区。", heading=PLAN)
    assert got["新建污水处理厂数"].value == 4.0
    assert got["打造特色街区数"].value == 7.0
    assert got["打造夜间消费集聚区数"].value == 3.0
    assert not [n for n in got if "和" in n]


def test_a_conjunction_inside_the_noun_is_kept():
    got = by_name("新建18个文化和旅游服务站。")
    assert "新建文化和旅游服务站数" in got


def test_a_chain_of_counts_listed_with_commas_and_he_shares_the_verb():
    got = by_name("新建4个现代农业产业园、6个农业产业强镇和12个特色产业村。")
    assert got["新建现代农业产业园数"].value == 4.0
    assert got["新建农业产业强镇数"].value == 6.0
    assert got["新建特色产业村数"].value == 12.0


def test_a_bracketed_note_or_a_verb_alone_is_not_shared():
    got = by_name("全区21家医疗机构（包括9家二级医院、12家社区医院）开展延时门诊服务。")
    assert not [n for n, r in got.items() if r.value == 12.0 and "（" in n]  # the note's words
    got = by_name("支持3个国家级保种场、2个国家级育种场开展性能测定等工作。")
    assert "支持数" not in got
