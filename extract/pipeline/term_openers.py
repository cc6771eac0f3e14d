"""Stop words that open a term many authors write whole: 长期|护理保险…试点 (issue 12).

A hard stop word of two characters ends a name's left context (``Grammar.cuts``): 实施|X工程.
Some of them are a modifier as often as a clause word — an adverb or adjective (长期, 重要, 积极)
— and open a term of the genre that runs into the name: 长期护理保险制度试点, 重要生态系统保护修复
重大工程, 积极应对人口老龄化综合创新试点 came out as 护理保险制度试点, 生态系统保护修复重大工程,
应对人口老龄化综合创新试点. ``Grammar._phrase_prefix`` keeps a stop word *inside* a widespread
term (新|就业|形态); one that *opens* the term was cut.

The evidence is the mined ``widespread_phrases.jsonl`` (runs of words three or more provinces
write the same way over the unannotated reports, with their counts): the stop word opens a name
when the text after it starts with such a term that begins with the word (长期护理: 8 authors,
重要生态系统: 4), the rest of the term holds no stop word and no verb, and the miner tagged the
word a modifier (adjective, adverb or distinguishing word: 长期, 重要), never a verb or a noun: a
verb opens a clause whatever term follows (建设|现代化产业体系, 推进|乡村振兴), and an adverb
before a verb is the clause's manner (全力|打好, 积极|应对: ``grammar.adverbial``).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from extract.pipeline.grammar import Grammar

LEXICON_FILE = "widespread_phrases.jsonl"
MODIFIER_TAGS = frozenset({"a", "ad", "d", "b"})  # the miner's jieba tags of a modifying stop word
HAN_RE = re.compile(r"[\u4e00-\u9fff]")
MIN_REST = 2  # characters of the term after the word: 落实|好 is a verb's complement, no term
MAX_TERM = 14  # characters of a widespread phrase (``widespread_phrases.PHRASE_CHARS``)


def opens_term(text: str, start: int, end: int, grammar: Grammar) -> bool:
    """Is the hard stop word at ``text[start:end]``, tagged a modifier, the first word of a
    widespread term the text writes after it, the rest of the term free of stop words and verbs
    (长期|护理, 重要|生态系统), a clause edge right before it?"""
    word = text[start:end]
    if word not in grammar.modifier_stops or not _clause_edge_before(text, start, grammar):
        return False
    terms = grammar.mined_set(LEXICON_FILE, "phrase")
    for stop in range(end + MIN_REST, min(len(text), start + MAX_TERM) + 1):
        if text[start:stop] in terms and not grammar.any_stop_re.search(text, end, stop):
            return not _has_verb(text[end:stop])
    return False


def _clause_edge_before(text: str, start: int, grammar: Grammar) -> bool:
    """Does a clause edge stand right before ``start`` (punctuation, a line, or a hard stop word:
    实施|长期…, 、|长期…)? After other name material (建设国家|重要能源…基地) the modifier is
    inside a longer phrase whose reading this module does not decide."""
    if start == 0 or not HAN_RE.match(text, start - 1):
        return True
    return any(text[start - k : start] in grammar.hard_stops for k in range(1, min(4, start) + 1))


def modifier_stop_words(stops: Iterable[dict]) -> frozenset[str]:
    """The hard stop words of two or more characters the miner tagged adjective, adverb or
    distinguishing word (``Grammar.modifier_stops``)."""
    hard = (e for e in stops if e["kind"] == "hard" and len(e["word"]) > 1)
    return frozenset(e["word"] for e in hard if e.get("pos") in MODIFIER_TAGS)


@functools.cache  # keys: the rests of lexicon terms found in text (short, few)
def _has_verb(words: str) -> bool:
    """Does jieba's reading of ``words`` hold a verb (a verbal noun, 护理 of 长期护理, is none)?"""
    from extract.pipeline.lexicon import _pos_tagger

    return any(w.flag.startswith("v") and w.flag != "vn" for w in _pos_tagger().cut(words))


__all__ = ["modifier_stop_words", "opens_term"]
