"""Failure class: firms listed before an abbreviated firm category, with no 企业 classifier.

GUIDE §3: enterprise categories are untagged, their items are firms. Reports close lists of
firms with categories abbreviated by 企 (民企, 外企, 央企, 省属国企) as often as with 企业; the
abbreviation is the GUIDE rule of ``head_rules.jsonl`` (rule kind ``firm_category``, with the
kinds of hotels and stores GUIDE §3 makes businesses: 等商务酒店, 等一批旗舰店), read by
``enumerations._category_re``. A firm's facility in such a list (A总部、B基地等央企资源) keeps its
head's type, and 企业 itself stays ``CLASSIFIER_RE``'s. Sentences and names are invented.
"""

from __future__ import annotations

from extract.entities import load_pipeline, run_pipeline


def ents(text: str, region: str | None = "530000") -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, region).ents]


def test_items_before_an_abbreviated_category_are_firms():
    found = ents("青禾制药、澜沧生物等民企深化布局。")
    assert {("青禾制药", "Enterprise"), ("澜沧生物", "Enterprise")} <= set(found)


def test_a_modified_or_counted_category_closes_the_list_too():
    assert {("碧森", "Enterprise"), ("欧瑞", "Enterprise")} <= set(ents("引进碧森、欧瑞等重点外企。"))
    found = ents("推动华澜、中岳等多家省属国企完成重组。")
    assert {("华澜", "Enterprise"), ("中岳", "Enterprise")} <= set(found)


def test_a_reform_of_state_firms_types_no_item():
    assert not any(t == "Enterprise" for _, t in ents("深化混合所有制、三项制度等国企改革。"))


def test_a_firms_facility_keeps_its_head_type():
    found = ents("青禾总部、澜沧科学试验基地等央企资源加快落地。")
    assert not any(t == "Enterprise" for _, t in found)


def test_items_before_a_kind_of_hotel_or_store_are_businesses():
    # GUIDE §3: hotels and stores named as businesses are Enterprise (head_rules: 店)
    found = ents("云栖、澜庭等精品酒店建成投用。")
    assert {("云栖", "Enterprise"), ("澜庭", "Enterprise")} <= set(found)
    found = ents("青柚、墨香等一批旗舰店、首店纷纷落地。")
    assert {("青柚", "Enterprise"), ("墨香", "Enterprise")} <= set(found)


def test_a_store_word_inside_a_longer_word_closes_no_list():
    assert not any(t == "Enterprise" for _, t in ents("关停违规小作坊、黑网吧等店铺。"))
