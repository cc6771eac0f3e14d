"""Failure class: counted items followed by their stage (issue 12, GUIDE §7 counts).

``N个X扎实推进`` / ``N项X加快落地`` count the items X (a stage under way says nothing more);
``N条X建成通车`` / ``N个“X”项目全部开工`` count an event, so its stage verb stays in the name
(without the modifier). The stage words are the mined status phrases
(``extract/data/status_phrases.jsonl``), never a list here.
"""

from __future__ import annotations

from tests.extract.patterns.indicator_text import by_name


def test_an_ongoing_stage_ends_the_counted_noun():
    got = by_name("28个高标准农田整治项目扎实推进，9项数据要素改革任务加快落地。")
    assert got["高标准农田整治项目数"].value == 28.0
    assert got["数据要素改革任务数"].value == 9.0


def test_a_completed_or_started_stage_is_counted_as_the_event():
    got = by_name("7条城乡公交线路建成通车，64个“三改”项目全部开工。")
    assert got["建成通车城乡公交线路数"].value == 7.0
    assert got["“三改”项目开工数"].value == 64.0


def test_a_count_without_a_stage_is_unchanged():
    got = by_name("新增国家级专精特新企业12家。")
    assert got["新增国家级专精特新企业数"].value == 12.0


def test_a_count_that_scopes_a_pushed_action_is_no_indicator():
    got = by_name(
        "加快3条城际铁路、临港物流园建设，推进2个水库前期工作。", heading="二、2025年国民经济和社会发展计划"
    )
    assert not got
    done = by_name("新建3座城际铁路车站、1个临港物流园，累计建成5条城际铁路、2个临港物流园。")
    assert {r.value for r in done.values()} >= {3.0, 5.0}  # results, not the scope of an action


def test_a_count_coordinated_by_he_is_read_with_its_stage():
    got = by_name("首个省级创新中心和4所区域康复医院投入运行，与6个友好城市开展合作。")
    assert got["投入运行区域康复医院数"].value == 4.0
    assert not [r for r in got.values() if r.value == 6.0]  # 与…: inside a prepositional phrase


def test_a_count_of_listed_items_without_a_kind_is_no_indicator():
    got = by_name("新建提升滨河公园、东湖公园等13座，新建口袋公园12座，粮食产量连续13年稳定在430亿斤以上。")
    assert got["新建口袋公园数"].value == 12.0
    assert got["粮食产量"].value == 430.0
    assert not [r for r in got.values() if r.value == 13.0]


def test_stocks_of_people_are_counted_flows_are_not():
    got = by_name("全区研发人员达3.2万人、技能人才达8.4万人，城镇新增就业2.1万人。")
    assert got["研发人员数"].value == 3.2
    assert got["技能人才数"].value == 8.4
    assert got["城镇新增就业"].unit == "万人"
