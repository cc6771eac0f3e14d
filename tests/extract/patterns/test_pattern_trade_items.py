"""Failure class: industries listed before a firm label typed as firms (issue 12, lists21).

GUIDE §3 types company names as Enterprise and leaves industries untagged. A list closed by a
firm label (``A、B等一批…龙头企业``) types its items as firms (``enumerations``), so industries
written before such a label (…信息产业、…汽车产业等…龙头企业: the firms to be grown in those
industries) came out as firms. An item that ends in a trade word the reports use as the label of
lists of sectors (等产业, 等重点行业: mined into ``trade_labels.jsonl``) names a sector, unless its
stem is an abbreviation, a place or an organisation (a firm named after its trade: 某航|工业).
Sentences are invented.
"""

from __future__ import annotations

import json
from pathlib import Path

from extract.document import from_text
from extract.entities import raw_mentions
from extract.pipeline import grammar as g
from extract.pipeline.trade_labels import mine_trade_labels, trade_item, trade_word

DATA = Path(__file__).resolve().parents[3] / "extract" / "data"


def firms(text: str) -> set[str]:
    doc = from_text(text, doc_id="trade-items.txt")
    return {text[s:e] for s, e, t, _, _ in raw_mentions(doc) if t == "Enterprise"}


def test_industries_before_a_firm_label_are_no_firms():
    text = "加快培育数字创意产业、现代种业产业、电子信息产业等一批特色产业龙头企业，壮大集群规模。"
    found = firms(text)
    assert not {"数字创意产业", "现代种业产业", "电子信息产业"} & found, found


def test_coined_firm_names_in_the_same_frame_stay_firms():
    found = firms("推动科瑞恒通、卓朗达等一批特色产业龙头企业做大做强。")
    assert {"科瑞恒通", "卓朗达"} <= found, found


def test_a_stem_the_dictionary_names_keeps_the_item_a_name():
    gr = g.default_grammar()
    assert trade_item("电子信息产业", gr)
    assert not trade_item("产业", gr)  # a bare trade is the genericity vetoes' business
    assert not trade_item("上海产业", gr)  # a place before the trade: a name, left to other rules


def test_the_miner_counts_trade_words_that_label_lists_per_report():
    docs = [
        ("甲", "发展甲、乙等产业，推进丙、丁等重点行业改造。"),
        ("乙", "壮大戊、己等产业，支持庚、辛等行业。"),
        ("丙", "做强子、丑等产业，引进寅、卯等龙头企业。"),
    ]
    rows = {r["word"]: r for r in mine_trade_labels(docs, "企业")}
    assert rows["产业"]["docs"] == 3
    assert "行业" not in rows  # two reports only
    assert not any(w.endswith("企业") for w in rows)  # the firm kernel labels firms


def test_shipped_trade_labels_carry_their_provenance():
    rows = [json.loads(line) for line in (DATA / "trade_labels.jsonl").read_text("utf-8").splitlines()]
    assert any(r["word"] == "产业" for r in rows)
    assert all(r["source"] == "mined" and r["docs"] >= 3 for r in rows)


def test_the_longest_nested_label_ends_the_item_whatever_the_set_order():
    # labels nest (产业, 新兴产业); a set's order changes with the hash seed, the choice must not
    for trades in (["产业", "新兴产业"], ["新兴产业", "产业"]):
        assert trade_word("青禾新兴产业", trades) == "新兴产业"
    assert trade_word("新兴产业", ["产业", "新兴产业"]) == "产业"  # the whole item is no stem
    assert trade_word("青禾集团", ["产业"]) is None
