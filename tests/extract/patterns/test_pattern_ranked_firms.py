"""Failure class: a bare firm name put into a firm ranking by an unmined verb missed (issue 12).

GUIDE §3 leaves firm titles and rankings untagged (中国企业500强) and types company names
Enterprise. ``firm_titles`` read ``X入选…企业500强`` through a mined title verb (入选, 争创), so
the same ranking after 跻身 or 入围 (verbs the title-verb miner does not keep: they also put
cities and universities into lists) left a bare firm untyped. A ranking made of the firm kernel and
a rank (企业500强, 民营企业百强) ranks firms only, so the verb before it may be any plain verb of
jieba's tags; the subject must still pass ``firm_titles.firm_name`` (no count, no clause word in
front, no place, no everyday words). Sentences are invented.
"""

from __future__ import annotations

from extract.document import from_text
from extract.entities import raw_mentions


def firms(text: str) -> set[str]:
    doc = from_text(text, doc_id="ranked-firms.txt")
    return {text[s:e] for s, e, t, _, _ in raw_mentions(doc) if t == "Enterprise"}


def test_a_name_entering_a_firm_ranking_is_a_firm():
    assert "鼎丰瑞达" in firms("全年经济平稳运行，鼎丰瑞达跻身中国民营企业500强，出口增长5%。")


def test_each_listed_name_entering_a_ranking_is_a_firm():
    assert {"泓睿科技", "澜沧控股"} <= firms("推动改革，泓睿科技、澜沧控股入围中国企业500强。")


def test_counts_objects_and_events_name_no_firm():
    for text in (
        "承办中国民营企业500强发布活动。",  # no verb puts anything into the ranking
        "7家地方国企进入中国企业500强。",  # a count of firms
        "推动鼎丰瑞达跻身中国民营企业500强。",  # the object of a clause verb, left alone
        "电子信息产业跻身全国制造业企业百强。",  # everyday words: a sector
    ):
        assert not firms(text), text
