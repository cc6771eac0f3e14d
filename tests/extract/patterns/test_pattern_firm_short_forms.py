"""Failure class: a firm written once with its legal form and elsewhere by its short form (issue 12).

A report names ``甲乙集团`` (or ``甲乙集团有限公司``) once and writes ``甲乙`` for the same firm in
other sentences, where no cue types it. The legal forms (公司, 有限公司, 集团: the Company Law's
forms and the enterprise group, a closed class) are no part of what the firm is called in running
text, so the stem of a typed firm spreads like the firm's own name (``firm_repeats.legal_stem``),
under the same edge and phrase-end tests; a division followed by everyday words (某省港口, 中国稀土)
names the division's sector when read bare and never spreads. Sentences and names are invented.
"""

from __future__ import annotations

from extract.document import from_text
from extract.entities import raw_mentions
from extract.pipeline.firm_repeats import firm_repeats, legal_stem


def firms(text: str) -> list[tuple[int, str]]:
    doc = from_text(text, doc_id="firm-short-forms.txt")
    return [(s, text[s:e]) for s, e, t, _, _ in raw_mentions(doc) if t == "Enterprise"]


def test_the_stem_of_a_group_types_its_bare_mentions():
    text = "与澜沣星网集团签署合作协议。澜沣星网在本地投资建设卫星制造基地。"
    assert (text.rindex("澜沣星网"), "澜沣星网") in firms(text)


def test_all_legal_forms_are_taken_off():
    assert legal_stem("墨川动能集团有限公司") == "墨川动能"
    assert legal_stem("墨川动能股份有限公司") == "墨川动能"
    assert legal_stem("墨川动能公司") == "墨川动能"
    assert legal_stem("墨川动能") is None  # no legal form: the name itself spreads already


def test_a_division_and_everyday_words_do_not_spread():
    assert legal_stem("中国港口集团") is None  # 中国|港口: the country's ports
    text = "中国港口集团扩能，中国港口吞吐量增长。"
    raw = [(0, 6, "Enterprise", "", "suffix")]
    assert firm_repeats(text, raw) == []


def test_everyday_stems_do_not_spread():
    text = "蚂蚁集团加快发展，蚂蚁搬家。"
    raw = [(0, 4, "Enterprise", "", "suffix")]
    assert firm_repeats(text, raw) == []


def test_a_stem_before_a_noun_is_left_alone():
    text = "与澜沣星网集团签署合作协议。推进澜沣星网产业园建设。"
    assert (text.rindex("澜沣星网"), "澜沣星网") not in firms(text)
