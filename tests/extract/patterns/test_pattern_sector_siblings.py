"""Failure class: kinds listed as firms, and lists run into each other (issue 12, enterprise16).

A list closed by a firm or project label types a short bare item as a firm (GUIDE §3: a bare
company name stays Enterprise in a project list). Where most of the item's siblings are everyday
phrases (sports, works, activities), the item is of their kind and no firm
(``sector_siblings``). A walk back over 、-items that runs across another list's closer and label
(A、B等在区高校及C、D等龙头企业) stops after the conjunction, and a label that names two kinds
at once (等地区发展平台和企业) types no item as a firm (``nested_lists``). A firm kernel after a
dictionary prefix and everyday words (非|平台|公司) is a kind of firm (``genericity.negated_kind``).
Sentences are invented.
"""

from __future__ import annotations

from extract.document import from_text
from extract.entities import raw_mentions
from extract.pipeline.genericity import firm_of_kinds, negated_kind
from extract.pipeline.nested_lists import after_nested_list, joined_label
from extract.pipeline.sector_siblings import among_sectors


def mentions(text: str) -> set[tuple[str, str]]:
    doc = from_text(text, doc_id="sector-siblings.txt")
    return {(text[s:e], t) for s, e, t, _, _ in raw_mentions(doc)}


def typed(text: str, type_: str) -> set[str]:
    return {m for m, t in mentions(text) if t == type_}


def test_a_short_item_among_sports_is_no_firm():
    found = mentions("突出抓好轻拳击、篮球、足球、网球、游泳等项目发展，培养输送更多人才。")
    assert not {m for m, _ in found} & {"轻拳击"}, found


def test_a_short_item_among_works_is_no_firm_nor_project():
    found = mentions("加快城市管网、旧楼改、城市公园等一批项目建设，城市功能日益健全。")
    assert "旧楼改" not in {m for m, _ in found}, found


def test_activities_before_a_firm_label_are_no_firms():
    found = typed("吸引卫星研发制造、火箭总装测试、卫星数据应用等企业集聚。", "Enterprise")
    assert not found, found


def test_coined_firms_in_a_project_list_stay_firms():
    found = typed("引进卓朗达、瑞恒通等项目7个，产业营收增长。", "Enterprise")
    assert {"卓朗达", "瑞恒通"} <= found, found


def test_a_firm_with_a_company_tail_stays_among_sectors():
    found = typed("支持篮球、足球、卓朗达科技等企业发展。", "Enterprise")
    assert "卓朗达科技" in found, found


def test_lists_joined_by_a_conjunction_are_walked_apart():
    text = "同甲乙大学、丙丁学院等在区高校及卓朗达、科瑞恒通等在区龙头企业建立合作机制。"
    found = mentions(text)
    firms = {m for m, t in found if t == "Enterprise"}
    assert {"卓朗达", "科瑞恒通"} <= firms, found
    assert not any("等" in m or "大学" in m or "学院" in m for m in firms), found


def test_among_sectors_needs_half_of_the_other_items():
    assert among_sectors([False, True, True], 0)
    assert among_sectors([False, True, False], 0)  # one of two others
    assert not among_sectors([False, True, False, False], 0)  # one of three
    assert not among_sectors([True], 0)  # no siblings
    assert not among_sectors([True, False], 0)  # the item's own flag does not count


def test_after_nested_list_cuts_at_the_last_conjunction_past_the_closer():
    text = "丙丁学院等在区高校及卓朗达"
    assert after_nested_list(text, 0, len(text)) == text.index("卓")
    assert after_nested_list("甲地等市推进火箭", 0, 8) == 8  # no conjunction: nothing of it is a name
    assert after_nested_list("卓朗达", 0, 3) is None
    assert after_nested_list("依法平等保护", 0, 6) is None  # 平等 is a word, 等 closes no list


def test_a_label_naming_two_kinds_types_no_firm():
    found = typed("全面加强与甲乙、丙丁等地区发展平台和企业的沟通交流。", "Enterprise")
    assert not found, found


def test_joined_label_needs_a_conjunction_of_its_own():
    text = "推动卓朗达、瑞恒通等平台和企业"
    assert joined_label(text, text.index("平台"), text.index("企业"))
    text = "推动卓朗达、瑞恒通等参与企业"
    assert not joined_label(text, text.index("参与"), text.index("企业"))  # 参与 is a verb


def test_a_prefixed_kind_of_firm_is_no_firm():
    assert negated_kind("非平台")
    assert firm_of_kinds("非平台公司")
    assert not negated_kind("卓朗达")
    assert not firm_of_kinds("卓朗达公司")
    found = typed("做大非平台公司资产规模和经营流水。", "Enterprise")
    assert "非平台公司" not in found, found
