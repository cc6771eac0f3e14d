"""Failure class: one figure after a distributive adverb that holds for each listed measure.

``甲、乙均增长x%`` and ``甲、乙双双突破y`` say the one figure is every member's (均 "each", 双双
"both": function words like 分别). GUIDE §7 wants one record per measure; the extractor wrote one
record whose name joined the list. Each member now gets the figure, with the list's shared tail
where an anchor shows it (``A、B再就业``), and a pair contracted across the comma (``存、贷款``)
is expanded. A figure that counts a noun after it, or words after the adverb that name their own
figure, keep the old reading. Invented sentences.
"""

from __future__ import annotations

from tests.extract.patterns.indicator_text import PLAN, by_name


def test_each_member_gets_the_rate():
    got = by_name("会展场次、会展收入均增长12%。")
    assert got["会展场次增速"].value == 12.0
    assert got["会展收入增速"].value == 12.0


def test_the_shared_tail_goes_to_each_member():
    got = by_name("失业人员、就业困难人员再就业均超2.1万人。")
    assert got["失业人员再就业"].value == 2.1
    assert got["就业困难人员再就业"].value == 2.1


def test_a_pair_contracted_across_the_comma_is_expanded():
    got = by_name("农商银行本外币存、贷款余额双双突破3000亿元。")
    assert got["农商银行本外币存款余额"].value == 3000.0
    assert got["农商银行本外币贷款余额"].value == 3000.0


def test_complete_names_take_no_guessed_tail():
    got = by_name("群众办事满意率、窗口服务好评率均达98%。")
    assert set(got) == {"群众办事满意率", "窗口服务好评率"}


def test_a_figure_that_counts_the_noun_after_it_is_not_distributed():
    got = by_name("图书馆、文化馆均覆盖16个乡镇街道。")
    assert not any(n.startswith(("图书馆", "文化馆")) and "、" not in n for n in got)


def test_an_adverb_inside_a_word_is_no_distributive():
    got = by_name("城乡居民人均可支配收入增长5%。")
    assert list(got) == ["城乡居民人均可支配收入增速"]


def test_a_park_that_opens_the_list_is_the_subject():
    from tests.extract.patterns.indicator_text import indicators

    park = ("青禾高新区", "Platform", "青禾高新区")
    got = indicators("青禾高新区会展场次、会展收入均增长12%。", names=[park])
    assert {(r.subject, r.indicator) for r in got} == {
        ("青禾高新区", "会展场次增速"),
        ("青禾高新区", "会展收入增速"),
    }


def test_rates_listed_before_one_percentage_are_each_measured():
    got = by_name("其中新生儿听力筛查率、孕期保健覆盖率达到95%以上。")
    assert got["新生儿听力筛查率"].value == 95.0
    assert got["孕期保健覆盖率"].value == 95.0


def test_modifiers_of_one_rate_stay_one_name():
    got = by_name("山地、丘陵林区防火监测率达到70%。")
    assert list(got) == ["山地、丘陵林区防火监测率"]


# branch indicator29: the distributive pronoun 各 right before a figure (A、B、C各20家)


def test_each_item_before_ge_gets_the_count_and_the_opening_act():
    got = by_name("新建市重点实验室、市技术创新中心、市工程研究中心各15家。", heading=PLAN)
    assert set(got) == {"新建市重点实验室数", "新建市技术创新中心数", "新建市工程研究中心数"}
    assert all(r.value == 15.0 and r.unit == "家" for r in got.values())


def test_words_that_open_with_ge_are_no_distributive():
    got = by_name("各地新建公园、绿道共30处。")
    assert all("、" in name or "各" not in name for name in got)
    assert not any(name.startswith("绿道") for name in got)


def test_attributes_before_one_noun_are_not_split_at_ge():
    got = by_name("创建省级、市级示范区各10个。")
    assert "省级数" not in got and "示范区数" not in got
