"""Failure class: a financial firm named by its trade name and licence category missed (issue 12).

GUIDE §3 types company names as Enterprise. A bank, securities firm or insurer names itself by a
trade name and the category of its licence (X银行, X证券, X人寿), with no legal form, and a
report writes it bare in a list (A证券、B人寿成功落户). Without a division before it the name was
missed whole. The categories are the closed class ``financial_licence`` (the licensing laws'
institution kinds); the stem must be a trade name — words the dictionary does not know or knows
only as proper nouns, opening at a clause edge (``extract.pipeline.financial_firms``). Kinds
(商业银行, 政策性银行), products (产业基金, 养老保险), processes and trades (证券化, 银行业) stay
untagged. Sentences are invented.
"""

from __future__ import annotations

import json
from pathlib import Path

from extract.document import from_text
from extract.entities import raw_mentions
from extract.pipeline.financial_firms import LICENCE_RE

DATA = Path(__file__).resolve().parents[3] / "extract" / "data"


def mentions(text: str) -> list[tuple[str, str]]:
    doc = from_text(text, doc_id="financial-firms.txt")
    return [(text[s:e], t) for s, e, t, _, _ in raw_mentions(doc)]


def firms(text: str) -> set[str]:
    return {m for m, t in mentions(text) if t == "Enterprise"}


def test_coined_trade_names_before_licence_categories_are_firms():
    found = firms("完善金融服务机制，瑞诚证券、康泽人寿成功落户，鼎昌银行稳健发展，新增上市公司8家。")
    assert {"瑞诚证券", "康泽人寿", "鼎昌银行"} <= found


def test_a_firm_after_a_clause_verb_is_its_object():
    assert "鼎昌期货" in firms("今年引进鼎昌期货，设立区域总部。")


def test_kinds_of_institution_are_no_firms():
    for text in (
        "引导商业银行、政策性银行加大信贷投放。",
        "推动农村商业银行、村镇银行改革重组。",
        "各证券、期货机构服务实体经济。",
    ):
        assert not firms(text), text


def test_a_term_many_authors_write_is_a_kind_not_a_trade_name():
    # 科创 stands in many reports (widespread_terms.jsonl, mined): 科创银行 is a kind of bank
    assert not firms("支持设立科创银行，服务科技企业。")


def test_products_processes_and_trades_are_no_firms():
    for text in (
        "设立产业基金，扩大养老保险覆盖面。",
        "发展多种类型资产证券化产品，银行业资产规模增长。",
        "加强医保基金监管，推行长期护理保险。",
    ):
        assert not firms(text), text


def test_a_category_inside_a_longer_word_is_no_firm():
    # 银行卡 is a card, not the bank: the category must end a word of the segmentation
    assert "瑞诚银行" not in firms("推广瑞诚银行卡业务。")


def test_the_categories_are_a_defined_closed_class():
    classes = {json.loads(line)["class"] for line in (DATA / "closed_classes.jsonl").open(encoding="utf-8")}
    literals = [json.loads(line) for line in (DATA / "han_literals.jsonl").open(encoding="utf-8")]
    assert "financial_licence" in classes
    row = next(r for r in literals if r["file"].endswith("financial_firms.py"))
    assert row["class"] == "financial_licence" and row["literal"] == LICENCE_RE.pattern
