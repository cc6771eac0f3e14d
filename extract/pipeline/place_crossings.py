"""Places whose edge a word of a widespread phrase crosses: 惠民 in 惠|民生, no District.

A county's short form is often also the first or last half of an everyday phrase: the stock
verb-object phrase 惠民生 ("benefit people's livelihood", in lists such as 稳增长、防风险、惠民生)
holds the short form of 惠民县. jieba's most probable reading of the phrase is 惠民|生 (its
dictionary has 惠民 as a name and 生 as a frequent character), so the segmentation tests of the
gazetteer (``closed_class._inside_word``) and of ``embedded.inside_longer_word`` see the place as
a word of its own and keep it: a District false positive (issue 12, round 9) wherever the
author's own province holds such a county (a county short form counts only there).

What shows the true reading is the corpus, not a list: a *crossing phrase* is a division name
plus one or two characters on one side where a dictionary word crosses the name's edge (民生
crosses 惠民|生; 水平 crosses 高水|平安), and :func:`mine_place_crossings` (run by
``scripts/mine_categories.py`` into ``extract/data/place_crossings.jsonl``) keeps the phrases that
``MIN_AUTHORS`` or more reports write in the unannotated text (gold passages blanked, the
precision-check reports left out). A county's name is written by its own province's report and
rarely by others; a phrase written across four or more provinces' reports is an everyday phrase,
and in it the division's characters are that phrase's, not the place (GUIDE §2.1: nothing is
tagged inside a word; §3: only administrative units are Districts). At run time
(:func:`in_crossing_phrase`, in ``embedded.drop_embedded``) a District whose text, with the
characters beside it, spells a mined crossing phrase is dropped.

A phrase that is itself a division (东城|区 is 东城区) is none. A place followed by a whole word
(惠民县, 天津|港口, 南岸|民生) is untouched: no word crosses its edge there.
"""

from __future__ import annotations

import weakref
from collections import Counter
from collections.abc import Sequence

from extract.pipeline.grammar import Grammar
from extract.pipeline.lexicon import dictionary_freq
from extract.pipeline.mining import HAN_RUN_RE
from extract.regions import lookup

MAX_REACH = 2  # characters beyond the place's edge that a crossing word may take (民生: 1; 高水平: 2)
MIN_AUTHORS = 4  # reports writing the phrase: the widespread-term floor (widespread_terms.jsonl)
RIGHT, LEFT = "right", "left"


def crossings(text: str, start: int, end: int) -> list[tuple[str, str]]:
    """(side, phrase) of every crossing phrase around the place ``text[start:end]``: the place and
    ``k`` (1..``MAX_REACH``) characters on one side, where the place's last (first) character and
    those ``k`` characters make a word of jieba's dictionary (frequency > 0)."""
    freq = dictionary_freq()
    out: list[tuple[str, str]] = []
    for k in range(1, MAX_REACH + 1):
        if end + k <= len(text):
            tail = text[end : end + k]
            if HAN_RUN_RE.fullmatch(tail) and freq.get(text[end - 1 : end + k], 0) > 0:
                out.append((RIGHT, text[start : end + k]))
        if start - k >= 0:
            head = text[start - k : start]
            if HAN_RUN_RE.fullmatch(head) and freq.get(text[start - k : start + 1], 0) > 0:
                out.append((LEFT, text[start - k : end]))
    return [(side, phrase) for side, phrase in out if lookup(phrase) is None]


def mine_place_crossings(docs: Sequence[tuple[str, str]], places: frozenset[str]) -> list[dict]:
    """The crossing phrases of ``places`` (division names, longest match wins) that
    ``MIN_AUTHORS`` or more authors of ``docs`` ((author, text) pairs) write (module docstring)."""
    from extract.pipeline.place_compounds import _automaton

    automaton = _automaton(places)
    counts: Counter[tuple[str, str, str]] = Counter()
    authors: dict[tuple[str, str, str], set[str]] = {}
    for author, text in docs:
        for end_index, name in automaton.iter_long(text):
            end = end_index + 1
            for side, phrase in crossings(text, end - len(name), end):
                key = (name, side, phrase)
                counts[key] += 1
                authors.setdefault(key, set()).add(author)
    rows = [
        {
            "place": place,
            "side": side,
            "phrase": phrase,
            "source": "mined",
            "counts": {"phrase": n},
            "docs": len(authors[(place, side, phrase)]),
        }
        for (place, side, phrase), n in counts.items()
        if len(authors[(place, side, phrase)]) >= MIN_AUTHORS
    ]
    return sorted(rows, key=lambda r: (r["place"], r["side"], r["phrase"]))


Crossings = dict[str, frozenset[tuple[str, str]]]
_cache: weakref.WeakKeyDictionary[Grammar, Crossings] = weakref.WeakKeyDictionary()


def place_crossings(grammar: Grammar) -> Crossings:
    """place -> its mined (side, phrase) pairs (empty when the file is absent)."""
    found = _cache.get(grammar)
    if found is None:
        by_place: dict[str, set[tuple[str, str]]] = {}
        for e in grammar.lexicon.get("place_crossings.jsonl", ()):
            by_place.setdefault(e["place"], set()).add((e["side"], e["phrase"]))
        found = _cache[grammar] = {p: frozenset(v) for p, v in by_place.items()}
    return found


def in_crossing_phrase(text: str, start: int, end: int, grammar: Grammar) -> bool:
    """Does the place ``text[start:end]`` stand inside a mined crossing phrase here?"""
    mined = place_crossings(grammar).get(text[start:end])
    if not mined:
        return False  # the place has no widespread crossing phrase (the common case)
    for side, phrase in mined:
        extra = len(phrase) - (end - start)
        if side == RIGHT and text[start : end + extra] == phrase:
            return True
        if side == LEFT and start >= extra and text[start - extra : end] == phrase:
            return True
    return False
