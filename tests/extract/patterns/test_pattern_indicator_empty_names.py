"""Failure class: counts named by nothing (``的数``, ``合计数``).

``在全国占比超过10%的有44种`` counts things whose noun stands elsewhere in the sentence, and the
relative marker 的 was all that was left of the name once the figure inside the clause had been
read apart: ``的数``. The figure before ``的有`` is the threshold of a relative clause without its
noun, no level; the count after it counts members of the set the sentence opened with
(``在N种Y中，``, the same measure word), so it is named by that noun, and without one it gives
no record; the set's own count is no figure of the author's (the members are).
``资助A和B，合计6300名`` sums the items listed before it: ``合计数`` says nothing of what
is counted, and a sum of listed items is no indicator of its own (GUIDE §7: counts that only
enumerate the listed items), so it gives no record; the other figures stay.
"""

from __future__ import annotations

from tests.extract.patterns.indicator_text import PLAN, by_name


def test_a_count_after_a_headless_relative_counts_the_domain_the_sentence_opened_with():
    got = by_name("在统计的60种蔬菜中，我区产量占比超过15%的有9种、超过25%的有4种。")
    assert not [n for n in got if n.strip("的数") == ""]
    assert got["产量占比超过15%的蔬菜数"].value == 9.0
    # the second threshold takes the words its sibling wrote before its mark (indicator37's listed marks)
    assert got["产量占比超过25%的蔬菜数"].value == 4.0


def test_the_threshold_of_a_headless_relative_is_no_figure():
    got = by_name("在统计的60种蔬菜中，我区产量占比超过15%的有9种。")
    assert not [r for r in got.values() if r.unit == "%"]


def test_the_domain_of_a_headless_relative_is_no_figure_of_its_own():
    got = by_name("在统计的60种蔬菜中，我区产量占比超过15%的有9种。")
    assert not [r for r in got.values() if r.value == 60.0]
    assert "新建公办幼儿园数" in by_name("在建的12所公办幼儿园中，新建公办幼儿园12所。")


def test_a_headless_relative_without_a_domain_gives_no_record():
    assert by_name("投资超亿元的有120个。") == {}


def test_a_sum_of_the_items_listed_gives_no_record():
    got = by_name("资助困难家庭大学生和残疾学生，合计5200名。救助困境儿童300人。", heading=PLAN)
    assert "合计数" not in got
    assert not [r for r in got.values() if r.value == 5200.0]


def test_named_counts_in_the_same_sentence_stay():
    got = by_name("新建公办幼儿园12所，合计新增学位3600个。")
    assert got["新建公办幼儿园数"].value == 12.0
