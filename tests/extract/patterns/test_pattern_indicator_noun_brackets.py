"""A bracket inside the counted noun after a count (branch indicator31). Invented sentences.

The counted-noun reader stopped at every opening bracket: ``新建改造20所师范（教师教育）院校`` was
named 新建改造数 and ``新增12个乡镇（街道）`` gave no record. A bracket whose words are all nominal is
part of the noun and stays in the name (the readable gold's ``…县（区）数``); one that annotates the
noun (``（含幼儿园）``) ends it.
"""

from __future__ import annotations

from extract.indicators.noun_brackets import noun_bracket
from tests.extract.patterns.indicator_text import PLAN, by_name


def test_a_nominal_bracket_after_the_noun_stays_in_the_name():
    got = by_name("全年新增9个乡镇（街道）。")
    assert set(got) == {"新增乡镇（街道）数"}
    assert got["新增乡镇（街道）数"].value == 9.0


def test_a_nominal_bracket_inside_the_noun_keeps_the_head_after_it():
    got = by_name("新建改造20所师范（教师教育）院校，开展教师培训。", heading=PLAN)
    assert set(got) == {"新建改造师范（教师教育）院校数"}


def test_a_bracket_of_listed_alternatives_is_nominal():
    got = by_name("培育18个县（市、区）特色产业集群。")
    assert set(got) == {"培育县（市、区）特色产业集群数"}


def test_an_annotating_bracket_ends_the_noun():
    got = by_name("新建30所学校（含幼儿园），改造运动场地。")
    assert set(got) == {"新建学校数"}


def test_a_bracket_opening_the_noun_is_still_no_noun():
    assert by_name("建成25个（类）基地。") == {}


def test_a_noun_without_brackets_is_unchanged():
    assert set(by_name("新建15所学校和8家社区医院。")) == {"新建学校数", "新建社区医院数"}


def test_a_count_opening_its_clause_names_its_predicate_before_the_bracketed_noun():
    got = by_name("38个部门（单位）建立起数据共享机制，成效明显。")
    assert set(got) == {"建立起数据共享机制部门（单位）数"}


def test_an_unclosed_quote_before_a_bracket_is_no_noun():
    assert "新增指标“能耗数" not in by_name("新增2项指标“能耗(标准煤)总量”。")


def test_noun_bracket_tells_a_gloss_from_an_annotation():
    assert noun_bracket("（街道）综合文化站", 0) == "（街道）"
    assert noun_bracket("（教师教育）院校", 0) == "（教师教育）"
    assert noun_bracket("（含幼儿园）", 0) == ""
    assert noun_bracket("（其中5所）", 0) == ""
    assert noun_bracket("院校", 0) == ""


def test_a_one_character_noun_with_its_bracket_before_a_predicate_is_named_predicate_first():
    """The noun read on after its bracket stops where it would stop with no bracket (before 获),
    so the predicate is not read into the noun (the indicator31 branch named it noun first)."""
    for body in (
        "生态持续改善，6个镇（街道）获评省级生态示范基地。",
        "生态持续改善，近6个镇（街道）获评省级生态示范基地。",
    ):
        got = by_name(body)
        assert set(got) == {"获评省级生态示范基地的镇（街道）数"}, body
        assert got["获评省级生态示范基地的镇（街道）数"].value == 6.0


def test_a_one_character_noun_without_a_bracket_reads_its_predicate_with_de():
    got = by_name("环境持续向好，11个村被评为省级美丽乡村示范村。")
    assert set(got) == {"被评为省级美丽乡村示范村的村数"}


def test_a_longer_noun_keeps_its_predicate_without_de():
    got = by_name("全区35个产品（品牌）获得国际有机认证。")
    assert set(got) == {"获得国际有机认证产品（品牌）数"}


def test_a_bracketed_noun_running_into_a_figure_is_no_noun():
    """Without its bracket the noun reader finds no noun in ``县生产总值近3年…`` (it runs into a
    figure); the bracket does not make one (indicator31 named this ``县（市）数``)."""
    got = by_name("全省发展提速，41个县（市）生产总值近3年年均增速快于全省。")
    assert not any(name.startswith("县") for name in got)


def test_an_enumeration_comma_inside_the_nouns_bracket_ends_no_clause():
    """``县（市、区）``: the 、 lists alternatives inside the noun; the predicate after the bracket is
    still read (indicator31 cut the tail there and named the count noun first)."""
    for body in (
        "推动河湖治理，超5个县（市、区）开展全域幸福河湖试点。",
        "推动河湖治理，5个县（市、区）开展全域幸福河湖试点。",
    ):
        got = by_name(body, heading=PLAN)
        assert set(got) == {"开展全域幸福河湖试点的县（市、区）数"}, body


def test_a_bracket_inside_the_predicates_object_stays_in_the_predicate():
    got = by_name("品牌建设见效，9家企业入围全国绿色食品（有机农产品）百佳榜。")
    assert set(got) == {"入围全国绿色食品（有机农产品）百佳榜企业数"}
