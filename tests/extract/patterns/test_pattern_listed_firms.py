"""Failure class: a firm named bare as what lists its shares on a board (issue 12).

``X科创板IPO获批``, ``A、B在创业板上市``: only a company lists shares, and the boards of the
securities markets are a closed class, so the names before a board and a listing word are firms
(``extract.pipeline.listed_firms``) though no list cue types them. A product approved for market
(``获批上市``) names no board, and kinds of firms (更多科技型企业) are no names. Sentences and
names are invented.
"""

from __future__ import annotations

from extract.document import from_text
from extract.entities import raw_mentions


def firms(text: str) -> set[str]:
    doc = from_text(text, doc_id="listed-firms.txt")
    return {text[s:e] for s, e, t, _, _ in raw_mentions(doc) if t == "Enterprise"}


def test_a_firm_before_a_board_and_a_listing_is_a_firm():
    assert "岚川蓝穹" in firms("园区加快建设，岚川蓝穹科创板IPO获批，新增备案企业3家。")


def test_each_item_of_a_list_listed_on_a_board_is_a_firm():
    found = firms("今年支持澜沣科技、墨川生物在创业板上市。")
    assert {"澜沣科技", "墨川生物"} <= found


def test_a_product_approved_for_market_is_no_firm():
    assert firms("首款栖云单抗获批上市，市场反响良好。") == set()


def test_a_kind_of_firm_listed_on_a_board_is_no_name():
    assert firms("推动更多科技型企业在科创板上市。") == set()
