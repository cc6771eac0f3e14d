"""Failure class: firms named as what opened for business missed (issue 12, bare firm names).

GUIDE §3 types company names as Enterprise, and hotels and stores named as businesses too. To
open for business (开业) is what a business does, so the names a report says opened
(A、B开业运营, X挂牌开业) are firms, where no list cue (等…企业) types them. Facilities (a centre,
a park, a project), kinds of store (免税店) and the first of a kind (首家…) open too and are not
firms; the name must hold a trade name before its last word (``extract.pipeline.business_openings``;
the opening word is GUIDE §3 rule data in ``head_rules.jsonl``). Sentences are invented.
"""

from __future__ import annotations

import json
from pathlib import Path

from extract.document import from_text
from extract.entities import raw_mentions
from extract.pipeline.business_openings import RULE_KIND

DATA = Path(__file__).resolve().parents[3] / "extract" / "data"


def mentions(text: str) -> list[tuple[str, str]]:
    doc = from_text(text, doc_id="business-openings.txt")
    return [(text[s:e], t) for s, e, t, _, _ in raw_mentions(doc)]


def firms(text: str) -> set[str]:
    return {m for m, t in mentions(text) if t == "Enterprise"}


def test_the_opening_word_is_guide_rule_data():
    rows = [json.loads(line) for line in (DATA / "head_rules.jsonl").read_text(encoding="utf-8").splitlines()]
    opening = [r for r in rows if r.get("rule_kind") == RULE_KIND]
    assert opening and all(r["source"] == "guide" and "GUIDE §3" in r["rule"] for r in opening)


def test_coined_names_that_open_for_business_are_firms():
    found = firms("存贷款余额稳步增长，鑫泓金投、瑞堃金投开业运营，组建产业基金。")
    assert {"鑫泓金投", "瑞堃金投"} <= found


def test_a_hotel_named_by_its_trade_name_that_opens_is_a_firm():
    assert "璟澜庭酒店" in firms("推动璟澜庭酒店正式开业，带动夜间消费。")


def test_facilities_and_projects_that_open_keep_their_own_type():
    for text, name in (
        ("推动柑橘交易中心开业，完善交易功能。", "柑橘交易中心"),
        ("推进滨江公园提升项目开业运营，丰富消费场景。", "滨江公园提升项目"),
    ):
        assert name not in firms(text), text


def test_kinds_of_store_and_the_first_of_a_kind_are_no_firms():
    for text in (
        "全市首家市内免税店开业，消费持续回暖。",
        "世界最大单体免税店开业，客流大幅增长。",
        "全国首家全省统一法人模式的农商行开业运营。",
        "超市学习先进经验，首家自主调改店重新开业。",
    ):
        assert not firms(text), text


def test_the_opening_word_inside_a_longer_word_frames_nothing():
    # 开业务: 开|业务 — no business opens here
    assert not firms("鑫泓金投开业务培训班，服务中小企业。")
