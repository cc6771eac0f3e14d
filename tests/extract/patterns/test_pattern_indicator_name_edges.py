"""Failure class: name edges cut through brackets, list dashes, 及以上 scopes and thresholds.

``计划建设项目362个（新开工215个、续建147个）`` gave the names ``（新开工数`` and ``续建）数``; list
items opened with ``——``; ``新增市级及以上创新平台`` lost 市级 (a scope word, except before 及以上);
``营收超百亿元的龙头企业100家`` gave a record for the threshold and the name ``的龙头企业数``.
"""

from __future__ import annotations

from tests.extract.patterns.indicator_text import by_name


def test_a_cut_through_brackets_leaves_no_half_bracket():
    got = by_name("计划建设项目120个（新开工70个、续建50个）。")
    assert {"新开工数", "续建数"} <= set(got)


def test_a_list_dash_is_no_part_of_the_name():
    assert "城镇新增就业" in by_name("——城镇新增就业1.5万人。")


def test_a_scope_word_before_ji_yishang_stays():
    assert by_name("新增市级及以上科创平台35家。")["新增市级及以上科创平台数"].value == 35.0


def test_a_hedged_threshold_before_de_is_no_figure():
    got = by_name("营收超50亿元的骨干企业达到18家。")
    assert got["营收超50亿元的骨干企业数"].value == 18.0
    assert len(got) == 1
