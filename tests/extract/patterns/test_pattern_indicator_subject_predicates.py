"""Failure class: a count that opens its clause, whose items have a verb-and-object predicate
that jieba's tags hide (issue 12, GUIDE §7; README: a count opening its clause is a stock of the
things that did something).

The plain reader took the whole clause as the counted noun (``企业实施改造数``) or dropped the
predicate (``模型数``) when a modifier of the noun is tagged as a verb or an adjective (学前, 大)
or the object ends in a verb (改造, 备案). The predicate now names the count before the noun, as
a relative clause stands before its head (``实施改造企业数``). A mined opener (clause verb or
preposition, a stage verb of the noun reader) decides before a plain verb tag; a one-character
noun, a noun holding a figure and a stage word with one act (完成认购) keep the old reading.
Invented sentences only.
"""

from __future__ import annotations

from tests.extract.patterns.indicator_text import by_name


def test_a_verb_and_its_verbal_object_name_the_counted_firms():
    got = by_name("全区3200余家企业实施改造。")
    assert got["实施改造企业数"].value == 3200.0


def test_a_preposition_opens_the_predicate():
    got = by_name("全区7个大模型通过国家备案，4项创新成果在全国推广。")
    assert got["通过国家备案大模型数"].value == 7.0
    # a leading 在 before 全国 is dropped from a name (indicator37, as the readable gold names 全国占比…)
    assert got["全国推广创新成果数"].value == 4.0


def test_a_noun_whose_modifier_is_tagged_a_verb_keeps_its_predicate():
    got = by_name("1.6万名学前大班儿童享受免费教育。")
    assert got["享受免费教育学前大班儿童数"].value == 1.6
    assert got["享受免费教育学前大班儿童数"].unit == "万名"


def test_a_coordinated_predicate_or_a_bare_stage_keeps_the_old_reading():
    got = by_name("40多项改革经验受到肯定和推广，9条农村公路建成通车，15个乡村振兴项目扎实推进。")
    assert "改革经验受到肯定和推广数" in got
    assert got["建成通车农村公路数"].value == 9.0
    assert got["乡村振兴项目数"].value == 15.0


def test_a_count_after_the_authors_verb_is_no_subject():
    got = by_name("支持80家企业实施改造。")
    assert "实施改造企业数" not in got


def test_no_predicate_is_read_where_the_noun_is_no_plain_noun_or_the_act_is_a_stage():
    got = by_name(
        "13个县被命名为国家生态文明示范区。3个保障性住房项目完成认购。"
        "41个县（市）生产总值近3年年均增速快于全省。"
    )
    # a one-character noun (jieba: 县 zg) reads its predicate too, with 的 before it (fresh7's gold form)
    assert "被命名为国家生态文明示范区的县数" in got
    assert got["保障性住房项目数"].value == 3.0  # 完成认购: the stage the noun reader ends at
    assert not any("快于全省" in name for name in got)  # a noun holding a figure is no counted noun


def test_a_verb_tag_before_a_noun_does_not_open_the_predicate():
    got = by_name("98项经验做法案例获国家部委肯定或推广。")
    assert got["获国家部委肯定或推广经验做法案例数"].value == 98.0


def test_a_plain_verb_opens_where_the_clause_has_no_mined_opener():
    got = by_name("全区35个产品获得国际有机认证。")
    assert got["获得国际有机认证产品数"].value == 35.0


def test_a_second_clause_verb_after_the_object_is_a_clause_of_its_own():
    got = by_name("12个安置项目列入计划推进，6项成果在全国推广。")
    assert not any(name.startswith("列入") for name in got)
    assert got["全国推广成果数"].value == 6.0
