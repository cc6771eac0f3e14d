"""Works, platform and programme guesses that open with the complement of the verb before them
(落实好|乙地产业园项目, 实施好|甲地补贴项目, 开展好|甲乙协同发展试点, 落实好|“甲乙”).

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
Project, Platform or Program guess whose first word (jieba's reading of the guess) is such a
character alone, right after a hard stop word, starts after it. A guess that would keep fewer than
``MIN_REST`` characters (a modifier and a head) is left whole, not dropped: a short name that opens
with such a character is more likely a name of abbreviations (a city's first character before a
second city's and 铁路, the shape of a railway's name) than a verb's object. Layout sources
(tables, titles, closed classes) are exempt (``trim_fronts``).

Programmes are carried out by the same verbs (实施好, 开展好, 建设好: branch program24, where
readable unannotated reports wrote 实施好|…工程, 开展好|…试点, 建设好|…示范区, 组织实施好|…以旧换新).
A quoted programme's lead-in scan (``NameFinder._short_quote_lead``) keeps a complement glued to
the quote the same way (落实好|“甲乙”, 开展好|“甲超”联赛); the quote marks delimit that name, so
a quote guess loses the complement only when the quote follows it directly, and keeps what is
left whatever its length (:func:`trim_quote_complements`).
"""

from __future__ import annotations

import re
import weakref
from collections import defaultdict
from functools import lru_cache

from extract.pipeline.chosen import Chosen, char_span
from extract.pipeline.grammar import Grammar
from extract.pipeline.lexicon import _segment
from extract.pipeline.word_edges import MIN_REST, WINDOW, front_cut, trim_fronts
from extract.regions import all_regions

MIN_CLOSED = 3  # two-character mined hard stop words a complement closes
TYPES = frozenset({"Project", "Platform", "Program"})
QUOTE_SOURCE = "quote"
OPEN_QUOTE = "“"
BARE_QUOTE_RE = re.compile(r"“[^“”]+”")  # one quote, nothing outside it


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
    """``chosen`` with each Project/Platform/Program guess that opens with a verb's complement
    starting after it, where ``MIN_REST`` or more characters are left (a quote guess: module
    docstring)."""
    chars = _CHARS.get(grammar)
    if chars is None:  # once per grammar (weakly keyed, as quoted_results.result_verbs), not per document
        chars = _CHARS[grammar] = complement_chars(grammar.lexicon["stop_words.jsonl"])
    if not chars:
        return chosen
    chosen = trim_fronts(
        chosen,
        text,
        TYPES,
        lambda s: complement_cut(text, s.start_char, s.end_char, chars, grammar.hard_stops),
    )
    return trim_quote_complements(chosen, text, chars, grammar.hard_stops)


def trim_quote_complements(
    chosen: list[Chosen], text: str, chars: frozenset[str], hard_stops: frozenset[str]
) -> list[Chosen]:
    """``chosen`` with each quote guess of ``TYPES`` that opens with a complement character right
    before its opening quote mark, after a hard stop word (落实好|“甲乙”), starting at the quote.
    The quote marks bound the name, so a short rest is kept, not dropped (``front_cut`` would)."""
    out = []
    for s in chosen:
        start = s.start_char
        if (
            s.id_ == QUOTE_SOURCE
            and s.label_ in TYPES
            and start >= 2
            and text[start] in chars
            and text[start + 1 : start + 2] == OPEN_QUOTE
            and any(text.endswith(w, 0, start) for w in hard_stops if w)
        ):
            s = _inside_bare_quote(front_cut(s, text, 1) or s, text)
        out.append(s)
    return out


def _inside_bare_quote(s: Chosen, text: str) -> Chosen:
    """``s`` inside its quote marks when it is one quote and nothing more (“甲乙”: GUIDE §2.2, the
    span of a bare quoted name is inside the quotes, as the quote finder writes it)."""
    if not BARE_QUOTE_RE.fullmatch(text, s.start_char, s.end_char):
        return s
    inner = char_span(s.doc, s.start_char + 1, s.end_char - 1, label=s.label_, kb_id=s.kb_id_, span_id=s.id_)
    return inner or s


_CHARS: weakref.WeakKeyDictionary[Grammar, frozenset[str]] = weakref.WeakKeyDictionary()
