"""Works and platform guesses that open with the complement of the verb before them
(落实好|乙地产业园项目, 实施好|甲地补贴项目).

A Chinese verb often takes a one-character result complement (落实好, 实施好, 发挥好: "carry out
well"). jieba's dictionary holds the short pairs (做好, 抓好, 用好), so the stop-word miner learns
them as clause words; a two-character verb with its complement (落实|好) is split, the scan stops
at the verb (a mined hard stop word) and keeps the complement as the front of the name:
``好乙地产业园项目``. GUIDE §2 (the span is the name, not the clause around it) says the
complement belongs to the verb.

Which characters are complements is read off the mined stop words, not typed: a character that
closes ``MIN_CLOSED`` or more two-character mined hard stop words (做好, 办好, 抓好, 用好 …) and opens
none of the mined stop words (hard or soft) only ever ends a clause verb. Characters that also
open clause words (建: 建设; 大: 大力; 实: 实施) are left alone: 推动|大南坪… stays. So is a character
that opens a division of the gazetteer (a closed class): 合 of 合肥 and 行 of 行唐 stand alone as a
city's abbreviation in the names of routes between two cities (合X高铁), where jieba splits them off
as it splits a complement.

At run time (:func:`trim_verb_complements`, in the resolver beside the other left-edge trims) a
Project or Platform guess whose first word (jieba's reading of the guess) is such a character
alone, right after a hard stop word, starts after it. A guess that would keep fewer than
``MIN_REST`` characters (a modifier and a head) is left whole, not dropped: a short name that opens
with such a character is more likely a name of abbreviations (a city's first character before a
second city's and 铁路, the shape of a railway's name) than a verb's object. Layout sources
(tables, titles, quotes, closed classes) are exempt (``trim_fronts``).
"""

from __future__ import annotations

import weakref
from collections import defaultdict
from functools import lru_cache

from extract.pipeline.chosen import Chosen
from extract.pipeline.grammar import Grammar
from extract.pipeline.lexicon import _segment
from extract.pipeline.word_edges import MIN_REST, WINDOW, trim_fronts
from extract.regions import all_regions

MIN_CLOSED = 3  # two-character mined hard stop words a complement closes
TYPES = frozenset({"Project", "Platform"})


def complement_chars(stop_words: list[dict]) -> frozenset[str]:
    """Characters that close ``MIN_CLOSED`` or more two-character mined hard stop words and open
    neither a mined stop word nor a division's name (module docstring). ``stop_words`` are the rows
    of ``stop_words.jsonl``."""
    closed: dict[str, set[str]] = defaultdict(set)
    opens: set[str] = set(_division_fronts())
    for row in stop_words:
        word = row["word"]
        if not word:
            continue
        opens.add(word[0])
        if row.get("kind") == "hard" and row.get("source") == "mined" and len(word) == 2:
            closed[word[1]].add(word)
    return frozenset(c for c, words in closed.items() if len(words) >= MIN_CLOSED and c not in opens)


@lru_cache(maxsize=1)
def _division_fronts() -> frozenset[str]:
    """First characters of the gazetteer's division names and aliases (合 of 合肥)."""
    return frozenset(n[0] for r in all_regions() for n in (r.name, *r.aliases) if n)


def complement_cut(text: str, start: int, end: int, chars: frozenset[str], hard_stops: frozenset[str]) -> int:
    """1 when the guess ``text[start:end]`` opens with a complement character standing alone in
    jieba's reading, right after a hard stop word, and ``MIN_REST`` or more characters follow it;
    else 0."""
    if start < 2 or text[start] not in chars or end - start - 1 < MIN_REST:
        return 0  # a short guess keeps its first character (module docstring)
    words = _segment(text[start : min(end, start + 2 * WINDOW)])
    if not words or words[0] != text[start]:
        return 0  # the character begins a longer word of its own
    before = text[max(0, start - WINDOW) : start]
    return 1 if any(before.endswith(w) for w in hard_stops if w and len(w) <= len(before)) else 0


def trim_verb_complements(chosen: list[Chosen], text: str, grammar: Grammar) -> list[Chosen]:
    """``chosen`` with each Project/Platform guess that opens with a verb's complement starting
    after it, where ``MIN_REST`` or more characters are left."""
    chars = _CHARS.get(grammar)
    if chars is None:  # once per grammar (weakly keyed, as quoted_results.result_verbs), not per document
        chars = _CHARS[grammar] = complement_chars(grammar.lexicon["stop_words.jsonl"])
    if not chars:
        return chosen
    return trim_fronts(
        chosen,
        text,
        TYPES,
        lambda s: complement_cut(text, s.start_char, s.end_char, chars, grammar.hard_stops),
    )


_CHARS: weakref.WeakKeyDictionary[Grammar, frozenset[str]] = weakref.WeakKeyDictionary()
