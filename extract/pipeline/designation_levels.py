"""A place written as the level of a designation, right after the verb that gets it: no District.

Issue 12, District precision. Reports list what was *selected into* a government's list, title or
award: ``3家企业入选甲市制造业单项冠军企业``, ``某卫生院入选首批甲市智慧养老应用试点示范``. The place
there is the level of the designation (whose list, whose title), the slot the national level fills
in ``入选国家…试点``; it takes part in nothing and locates nothing the sentence reports. The gold
keeps such a place inside the designation's name when the designation is an entity (GUIDE §2.1,
the dev gold's ``获批[重庆市服务业扩大开放综合试点示范园]`` and ``创建[重庆市中外人文交流创新区]``:
no District inside), and GUIDE §3 leaves enterprise titles and categories untagged, so the place is
no mention of its own either way. When the grammar does not find the designation's name (a list,
an award, a title whose head the lexicon lacks) the place used to stand alone as a District.

What marks the slot is mined, not listed: the verbs that get or seek designations
(``title_verbs.jsonl``, mined by ``city_titles.mine_title_verbs`` from the frame ``verb + level
word + name words + designation head``: 入选, 争创, 创建), optionally followed by a batch ordinal
(首批, 第一批: numerals and the measure word 批), then the place, then name words (the first word no
clause word: the place opens the designation's noun phrase).

Only the author's own division or one containing it is read as a level (the municipality in its
district's report, the province in its own): that is the government that issues the author's
lists, titles and awards, the slot GUIDE §2.5's scope words (全市, 全省) fill when the report does
not name it. A division *inside* the author's territory after such a verb can be the designated unit
itself (``创建[甲市][乙县]…国家地理标志保护示范区``: the readable gold tags those places) and stays.

An award is the same slot with its own mark (:func:`names_award_level`): a place that opens the
object of a verb (a clause word, as for the title verbs) and whose noun phrase ends in a word of the
prize suffix (``获甲市科学技术奖``, ``获得甲省科技进步奖一等奖``) is the level of the award, whoever
grants it. The prize word (``prize_names.PRIZE``, a word of the provincial-2026 conventions, which
leave prizes untagged) marks the award; the verb before the place tells the level from the winner
(``甲市荣获全国质量奖``: the subject, a District). Award verbs are not mined: over the blanked
reports a place or the national level opens a prize name after 获 and 荣获 in 2 reports each, below
any floor, so the verb is any clause word (jieba's verb tags, the mined hard stop words); jieba
tags 荣获 a personal name, so a place after it is still read as a District (left for a mined list
once the corpus holds enough awards). No readable
gold District opens a name holding the prize word (20 readable gold files).
"""

from __future__ import annotations

import functools
import re

from extract.pipeline.grammar import Grammar
from extract.pipeline.lexicon import _segment
from extract.pipeline.place_runs import clause_word, name_run
from extract.pipeline.prize_names import PRIZE
from extract.regions import by_code, lookup

LEXICON_FILE = "title_verbs.jsonl"
# a batch ordinal between the verb and the designation (入选首批…, 入选第二批…): numerals + 批
BATCH_RE = re.compile(r"(?:首|第[\d一二三四五六七八九十]+)批$")
LOOK_BEHIND = 12  # characters before the place searched for the verb and a batch ordinal
_HAN_TAIL = re.compile(r"[\u4e00-\u9fff]+$")  # the Han characters right before a place


@functools.lru_cache(maxsize=8)
def title_verbs(grammar: Grammar) -> tuple[str, ...]:
    """The mined verbs that get or seek designations, longest first."""
    words = {e["word"] for e in grammar.lexicon.get(LEXICON_FILE, ())}
    return tuple(sorted(words, key=lambda w: (-len(w), w)))


def _verb_before(text: str, start: int, grammar: Grammar) -> str | None:
    """The mined title verb that ends right before ``start`` (a batch ordinal between them
    allowed) and that the segmenter reads as a word there, or None."""
    before = text[max(0, start - LOOK_BEHIND) : start]
    batch = BATCH_RE.search(before)
    if batch is not None:
        before = before[: batch.start()]
    verb = next((v for v in title_verbs(grammar) if before.endswith(v)), None)
    if verb is None or not before:
        return None
    return verb if _segment(before[-(len(verb) + 4) :])[-1] == verb else None


def names_designation_level(text: str, start: int, end: int, author: str | None, grammar: Grammar) -> bool:
    """Is the place ``text[start:end]`` the level of a designation it opens right after a
    title verb, the author's own division or one containing it (module docstring)?"""
    if not author or _verb_before(text, start, grammar) is None:
        return False
    region = lookup(text[start:end], author)
    own = by_code(author)
    if region is None or own is None or not region.contains(own):
        return False  # a division inside the author's territory may be the designated unit
    run = name_run(text, end)
    if not run:
        return False  # 入选甲市、乙市…: a list of places, not a designation's name
    return not clause_word(_segment(run)[0], grammar)


def names_award_level(text: str, start: int, end: int, grammar: Grammar) -> bool:
    """Is the place ``text[start:end]`` the level of an award: right after a clause word (获,
    设立) and opening name words, no clause word among them, up to a word ending in the prize
    suffix (获|甲市|科学技术|奖, 获|甲省|科技|进步奖|一等奖)? A place opening its clause or after
    a time word (甲县荣获…奖, 今年甲县荣获…奖) is the winner and stays."""
    run = name_run(text, end)
    if PRIZE not in run:
        return False  # no word of the run can end in the prize suffix: no segmentation (speed39)
    before = _HAN_TAIL.search(text, max(0, start - LOOK_BEHIND), start)
    if before is None or not clause_word(_segment(before.group())[-1], grammar):
        return False
    for word in _segment(run):
        if clause_word(word, grammar):
            return False
        if word.endswith(PRIZE):
            return True
    return False


__all__ = ["names_award_level", "names_designation_level", "title_verbs"]
