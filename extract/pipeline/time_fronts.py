"""A time word at the front of a name that opens its clause: 去年|甲地大桥建成通车 (bounds29).

GUIDE §2 rule 5 leaves the leading years out of a name. The name scan drops a year written in
digits (``grammar.LEAD_RE``: 2025年|甲地大桥), but a *relative* time word that opens the clause
with no comma after it stayed in front of the subject the clause names: ``去年|国家…中试平台获批``,
``今年|甲地高新区获批``, ``近年来|甲地产业园建设加快``, ``当年|甲地科创中心投入使用``. Such a
word dates the clause; it is no part of the name it stands before.

The class is jieba's time-word tag ``t`` (its dictionary, a closed grammatical category: 去年,
今年, 当年, 近年来, 上半年, 年内, 目前…), not a list of words typed here. jieba tags some nouns
``t`` too (现代, 未来, 青年, 老年, 新一代, 明月, 中元), and those open real names (现代服务业…试点,
未来产业…计划, 中元汇吉生物科技园, 明月湖科创园), so a name loses its first word only when

* that word is tagged ``t`` and the name opens its clause: a clause boundary (or the report's
  start) stands right before it, a year in digits allowed between (2025年上半年|…): after a verb,
  a list comma or a conjunction (实施|现代…行动, 、|青年…项目) the word is the name's own;
* the rest starts with a word of two characters or more (明月|湖…: the single character left is
  the tail of the word the tag was read from, a place's name), and the report does not write the
  word with the character after it again where no clause opens (嘉陵江、明月湖实验室 beside
  。明月湖科创园…: a date opens clauses, a name's word is written inside them too);
* the name does not open with a mined widespread term or phrase that the word starts (现代商贸,
  未来产业, 青年科技人才, 老年友好: ``widespread_terms.jsonl``/``widespread_phrases.jsonl``, runs of
  words many authors write as one): there the word is the term's modifier, not the clause's date;
* at least ``MIN_REST`` characters stay.

Over the readable gold (dev, dev-provincial, tune, fresh..fresh19: 2,309 entities) five names
open with a ``t`` word (中元汇吉生物科技园, 未来产业培育发展行动, 现代商贸流通体系, 现代海洋产业三年行动,
青年人才来鲁“第一站”服务机制); none opens its clause, so all are kept. Every source is read (the
head-word finder, the lists, the span model): the time word is wrong in front of any of them.
"""

from __future__ import annotations

import itertools
import re

from extract.pipeline.chosen import Chosen, char_span
from extract.pipeline.genericity import widespread_terms
from extract.pipeline.grammar import Grammar
from extract.pipeline.mining import dictionary, segment_cached

TIME_TAG = "t"  # jieba's tag of a time word (GUIDE §2 rule 5: leading time words are left out)
MIN_REST = 3  # characters of the name left after the time word (甲地港)
MIN_WORD = 2  # the rest's first word: one character is the tail of the tagged word's own word
# a clause boundary, then at most a year in digits, right before the name (not 、: a list item)
YEAR = r"\s*(?:(?:19|20)\d\d年度?)?"
CLAUSE_FRONT_RE = re.compile(rf"[，。；：！？,;:!?\n]{YEAR}$")
TEXT_FRONT_RE = re.compile(rf"{YEAR}$")
LOOK_BACK = 12  # characters read before the name for the boundary
PHRASE_FILE = "widespread_phrases.jsonl"


def opens_clause_at(text: str, start: int) -> bool:
    """Does a clause boundary (or the text's start) stand right before ``start``, a year in
    digits allowed between?"""
    before = text[max(0, start - LOOK_BACK) : start]
    if CLAUSE_FRONT_RE.search(before):
        return True
    return start <= LOOK_BACK and TEXT_FRONT_RE.fullmatch(before) is not None


def time_front(
    text: str, start: int, end: int, grammar: Grammar, seen: dict[str, list[int]] | None = None
) -> int:
    """Characters of the leading time words of the name ``text[start:end]`` to leave out
    (module docstring), 0 if none."""
    name = text[start:end]
    tags = dictionary()
    words = segment_cached(name)
    if not words or tags.get(words[0], (0, ""))[1] != TIME_TAG:
        return 0  # most names: no time word in front, and no term set is read
    terms = (widespread_terms(grammar), grammar.mined_set(PHRASE_FILE, "phrase"))
    cut = 0
    for word, nxt in itertools.pairwise(words):
        if tags.get(word, (0, ""))[1] != TIME_TAG or len(nxt) < MIN_WORD:
            break
        if any(len(term) > len(word) for term in _terms_at(name, cut, terms)):
            break  # 现代商贸…: the word modifies a widespread term
        if _written_inside(text, start + cut, start + cut + len(word), seen):
            break  # 明月湖…: the report writes the word and what follows inside its clauses
        cut += len(word)
    return cut if len(name) - cut >= MIN_REST else 0


def _written_inside(text: str, start: int, end: int, seen: dict[str, list[int]] | None = None) -> bool:
    """Does the report write the word at ``text[start:end]`` with the character after it again
    where no clause opens (、明月湖…, 建设明月湖…)? A date opens clauses only; a name's word runs on.
    ``seen`` keeps, per piece, where the report writes it inside a clause, so a document that
    repeats one piece is scanned once for it, not once per name."""
    piece = text[start : end + 1]
    inside = seen.get(piece) if seen is not None else None
    if inside is None:
        inside = []
        at = text.find(piece)
        while at >= 0 and len(inside) < 2:  # two hits answer for any start
            if not opens_clause_at(text, at):
                inside.append(at)
            at = text.find(piece, at + 1)
        if seen is not None:
            seen[piece] = inside
    return any(at != start for at in inside)


def _terms_at(name: str, at: int, terms: tuple[frozenset[str], ...]) -> list[str]:
    """The widespread terms and phrases (one set each) that ``name`` writes from ``at``."""
    return [name[at:k] for k in range(at + 1, len(name) + 1) if any(name[at:k] in t for t in terms)]


def trim_time_fronts(chosen: list[Chosen], text: str, grammar: Grammar) -> list[Chosen]:
    """``chosen`` with the leading time words cut off each name that opens its clause."""
    out = []
    seen: dict[str, list[int]] = {}  # one document's pieces written inside clauses
    for s in chosen:
        if opens_clause_at(text, s.start_char):
            cut = time_front(text, s.start_char, s.end_char, grammar, seen)
            if cut:
                rest = char_span(s.doc, s.start_char + cut, s.end_char, label=s.label_, span_id=s.id_)
                s = rest if rest is not None else s
        out.append(s)
    return out
