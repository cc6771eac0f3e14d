"""Failure class: a firm named with a list cue once and later bare (issue 12).

``A、B等企业`` types A and B; the same report later writes ``支持A扩大产能`` or ``A成功创建…``
with no cue. Within one report a name keeps one sense, so the bare repeat is an Enterprise
(``extract.pipeline.firm_repeats``) where it ends a noun phrase: a mark, a clause word, or an adjective
that a clause word follows comes next. A noun after it (A园区, A医药) makes it part of a longer
name or a kind, which is left alone; everyday words and places are never taken. Sentences and
names are invented.
"""

from __future__ import annotations

from extract.document import from_text
from extract.entities import raw_mentions
from extract.pipeline.firm_repeats import firm_repeats


def firms(text: str) -> list[tuple[int, str]]:
    doc = from_text(text, doc_id="firm-repeats.txt")
    return [(s, text[s:e]) for s, e, t, _, _ in raw_mentions(doc) if t == "Enterprise"]


def test_a_listed_firm_types_its_bare_repeats():
    text = "澜沣科技、墨川生物等企业加快发展。今年支持澜沣科技扩大产能，墨川生物成功创建国家级技术中心。"
    found = firms(text)
    assert (text.rindex("澜沣科技"), "澜沣科技") in found
    assert (text.rindex("墨川生物"), "墨川生物") in found


def test_a_repeat_inside_a_longer_name_is_left_alone():
    text = "澜沣科技、墨川生物等企业加快发展。推进澜沣科技园区建设，培育墨川生物医药产业。"
    found = firms(text)
    assert (text.rindex("澜沣科技"), "澜沣科技") not in found
    assert (text.rindex("墨川生物"), "墨川生物") not in found


def test_only_names_the_report_types_as_firms_spread():
    raw = [(0, 4, "Enterprise", "", "list")]
    text = "栖云动力等企业，支持栖云动力、岚川未来等发展；岚川未来扩能。"
    found = {(s, text[s:e]) for s, e, *_ in firm_repeats(text, raw)}
    assert found == {(text.index("栖云动力", 1), "栖云动力")}  # 岚川未来 was never typed


def test_everyday_words_and_places_do_not_spread():
    text = "新能源等企业加快发展，支持新能源扩量；重庆等企业，支持重庆扩量。"
    place = text.index("重庆")
    raw = [(0, 3, "Enterprise", "", "list"), (place, place + 2, "Enterprise", "", "list")]
    assert firm_repeats(text, raw) == []


def test_the_longer_name_claims_its_characters_first():
    text = "栖云、栖云动力等企业。栖云动力推出新品。"
    raw = [(0, 2, "Enterprise", "", "list"), (3, 7, "Enterprise", "", "list")]
    found = [(s, text[s:e]) for s, e, *_ in firm_repeats(text, raw)]
    assert found == [(text.rindex("栖云动力"), "栖云动力")]


def test_a_repeat_after_a_proper_noun_is_the_tail_of_a_longer_name():
    text = "依托曙岚、栖云等头部企业。中科曙岚推出新品，曙岚推出新品。"
    raw = [(2, 4, "Enterprise", "", "list"), (5, 7, "Enterprise", "", "list")]
    found = [(s, text[s:e]) for s, e, *_ in firm_repeats(text, raw)]
    assert (text.index("曙岚", 15), "曙岚") not in found  # 中科|曙岚: a longer name's tail
    assert (text.rindex("曙岚"), "曙岚") in found
