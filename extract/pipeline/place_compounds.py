"""Places that are the first word of a fixed compound: a brand, a product, a station, a zone.

GUIDE §2.1 tags the maximal name and nothing inside it, and §3/§9 leave brands, slogans and
sector clusters untagged with the places inside them (重庆小面产业集群 in the dev gold; brand
slogans). Many such compounds are no name the grammar can find: they have no head word
(青海拉面, 吉林大米, 重庆名牌) or a head the lexicon lacks (海南自由贸易港), so the place is left
standing alone as a District.

What marks them is the corpus, not a list: in a fixed compound the word after the place is
almost never written without that place. :func:`mine_place_compounds` (run by
``scripts/mine_categories.py`` into ``extract/data/place_compounds.jsonl``) reads every division
name of the gazetteer in the unannotated reports (gold passages blanked, the five precision
reports left out), takes the word right after it (:func:`following_word`), and keeps the pair
when it occurs ``MIN_PAIR`` or more times and makes up ``MIN_SHARE`` or more of all occurrences
of that word in the reports: 拉面 after 青海, 自由贸易 after 海南. A plain noun after a place
(经济, 产业, 发展) is written after many places and alone, and never qualifies. At run time a
District whose following word forms a mined compound with it is dropped.

The word after the place is jieba's first word of what follows (up to ``WINDOW`` characters,
no delimiter in between); a one-character first word is joined to the next one (好|酒 → 好酒).
Clause words (a verb, adverb, preposition: 重庆|发布), division suffixes (the place's own full
name: 重庆|市) and second places (南岸|巴南) form no compound.
"""

from __future__ import annotations

import weakref
from collections import Counter
from collections.abc import Sequence

from extract.pipeline.grammar import Grammar
from extract.pipeline.lexicon import _segment
from extract.pipeline.mining import CLAUSE_TAGS, HAN_RUN_RE, dictionary
from extract.regions import lookup

WINDOW = 8  # characters after the place given to the segmenter
MIN_WORD = 2  # characters of the word after the place (a one-character word is joined to the next)
MAX_WORD = 4  # 自由贸易: longer first words are phrases, not the second half of a compound
MIN_PAIR = 2  # occurrences of place + word: one is a hapax, not a fixed compound
MIN_SHARE = 0.6  # of the word's occurrences in the reports that follow the place
PREFIX_TAGS = frozenset({"h"})  # jieba's tag of a prefix (非, 超)


def following_word(text: str, end: int) -> str | None:
    """The word right after ``end`` that may close a compound with the place before it, or None
    (no name characters, a clause word, a second place, a division suffix)."""

    m = HAN_RUN_RE.match(text, end, min(len(text), end + WINDOW))
    if m is None or len(m.group()) < MIN_WORD:
        return None
    words = _segment(m.group())
    word = words[0]
    tags = dictionary()
    if len(word) < MIN_WORD and len(words) > 1:
        if tags.get(word, (0, ""))[1] in PREFIX_TAGS:
            return None  # 北京|非|首都功能: a prefixed word qualifies what follows, it closes no compound
        word += words[1]
    if not MIN_WORD <= len(word) <= MAX_WORD:
        return None
    if any(tags.get(w, (0, ""))[1] in CLAUSE_TAGS for w in (words[0], word)):
        return None
    if lookup(word) is not None:
        return None  # a second place (南岸|巴南): a coordination, not a compound
    return word


def division_names() -> frozenset[str]:
    """Every name and short form of the gazetteer's divisions (``extract/data/regions.tsv``) of
    two or more characters: the strings the extractor tags as Districts."""
    from extract.regions import all_regions

    return frozenset(n for r in all_regions() for n in r.names if len(n) >= 2)


def _automaton(places: frozenset[str]):  # untyped: pyahocorasick has no stubs
    import ahocorasick

    automaton = ahocorasick.Automaton()
    for name in places:
        automaton.add_word(name, name)
    automaton.make_automaton()
    return automaton


def mine_place_compounds(docs: Sequence[tuple[str, str]], places: frozenset[str]) -> list[dict]:
    """(place, word) pairs that form fixed compounds (module docstring); ``docs`` is (author,
    text) pairs, ``places`` the division names to read (longest match wins)."""
    automaton = _automaton(places)
    pairs: Counter[tuple[str, str]] = Counter()
    authors: dict[tuple[str, str], set[str]] = {}
    for author, text in docs:
        for end_index, name in automaton.iter_long(text):
            end = end_index + 1
            word = following_word(text, end)
            if word is not None:
                pairs[(name, word)] += 1
                authors.setdefault((name, word), set()).add(author)
    words = Counter[str]()
    for (_, word), n in pairs.items():
        if n >= MIN_PAIR and word not in words:
            words[word] = sum(text.count(word) for _, text in docs)
    out = [
        {
            "place": place,
            "word": word,
            "source": "mined",
            "counts": {"pair": n, "word": words[word]},
            "docs": len(authors[(place, word)]),
        }
        for (place, word), n in pairs.items()
        if n >= MIN_PAIR and n >= MIN_SHARE * words[word]
    ]
    return sorted(out, key=lambda e: (e["place"], e["word"]))


_cache: weakref.WeakKeyDictionary[Grammar, dict[str, frozenset[str]]] = weakref.WeakKeyDictionary()


def place_compounds(grammar: Grammar) -> dict[str, frozenset[str]]:
    """place -> the words it forms mined compounds with (empty when the file is absent)."""
    found = _cache.get(grammar)
    if found is None:
        by_place: dict[str, set[str]] = {}
        for e in grammar.lexicon.get("place_compounds.jsonl", ()):
            by_place.setdefault(e["place"], set()).add(e["word"])
        found = _cache[grammar] = {p: frozenset(ws) for p, ws in by_place.items()}
    return found


def opens_compound(text: str, start: int, end: int, grammar: Grammar) -> bool:
    """Is the place ``text[start:end]`` the first word of a mined fixed compound?"""
    words = place_compounds(grammar).get(text[start:end])
    if not words:
        return False  # the place opens no mined compound (the common case): nothing to segment
    return following_word(text, end) in words
