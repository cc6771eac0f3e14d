"""Everyday words jieba's dictionary tags as names: 智慧, 智能化, 国际化 (branch platform20).

The mined widespread terms (``genericity.mine_widespread_terms``) leave out every word the
dictionary tags as a proper noun, so that a firm or a place many authors name never reads as an
everyday word. Yet the dictionary tags some of the genre's commonest words as a *person* or an
*organization* name (智慧 and 智能化 ``nr``, 国际化 ``nt``), so a Platform guess of everyday words
with one of them in it (食品安全|智慧|监管平台, 一体化|智能化|公共数据平台, 国际化|综合|医疗中心) looked
like a name with a part of its own and kept its tag, though it names a kind of platform (GUIDE §3:
generic unnamed items are not annotated).

What many authors write is no one's name: a word the dictionary tags ``nr``/``nrt``/``nt`` that
``MIN_TERM_AUTHORS`` or more authors write, and that is no division of the gazetteer, is mined
here (``extract/data/mistagged_terms.jsonl``, by ``scripts/mine_categories.py`` over the reports
with every gold passage blanked). The place tags are not read: they name places.

The abbreviation and other-proper-noun tags (``j``, ``nz``) are read too (branch platform23): the
dictionary tags the genre's everyday abbreviations and set phrases so (环保, 医保, 社保, 国企 ``j``,
written by 9–15 of the 20 authors; 国际贸易, 开放平台 ``nz``), and a Platform guess made of them
(绿色|环保|创新|平台, 医保|大数据|平台) kept its tag as a name though it names a kind of platform
(platform23's sample of 40 Platform records on the readable reports: 19 wrong, 8 of them such
kinds). The ``j`` tag also covers pair names of provinces (港澳, 川渝, 京津冀), which GUIDE §3
treats apart: a word every character of which is a province's one-character abbreviation
(``bare_sub_regions.OWN_ABBREVIATIONS``, a closed class) is left out. Only ``unnamed_platforms``
reads the file, as further everyday words of its widespread-words test; the other readers of the
widespread terms are unchanged.
"""

from __future__ import annotations

import weakref
from collections.abc import Sequence

from extract.pipeline.bare_sub_regions import OWN_ABBREVIATIONS
from extract.pipeline.genericity import MIN_TERM_AUTHORS, TERM_CHARS, author_counts
from extract.pipeline.grammar import Grammar
from extract.pipeline.mining import dictionary, place_names

# the provinces' one-character abbreviations (a closed class: GB/T 2260 provinces)
PROVINCE_CHARACTERS = frozenset("".join(OWN_ABBREVIATIONS.values()))

LEXICON_FILE = "mistagged_terms.jsonl"
# jieba's person and organization tags; 习近平 is ``nrfg`` (a full personal name), left out
NAME_TAGS = frozenset({"nr", "nrt", "nt"})
# jieba's abbreviation and other-proper-noun tags: 环保, 医保 ``j``; 国际贸易 ``nz`` (branch platform23)
ABBREVIATION_TAGS = frozenset({"j", "nz"})
READ_TAGS = NAME_TAGS | ABBREVIATION_TAGS


def mine_mistagged_terms(docs: Sequence[tuple[str, str]]) -> list[dict]:
    """Single words of jieba's reading (``TERM_CHARS`` long) tagged ``READ_TAGS`` by the
    dictionary, written by ``MIN_TERM_AUTHORS`` or more authors, no division and no pair name of
    provinces (``pair_of_provinces``; module docstring)."""
    tags = dictionary()
    places = place_names()
    lo, hi = TERM_CHARS
    authors, total = author_counts(
        docs, lambda words: (w for w in words if lo <= len(w) <= hi and tags.get(w, (0, ""))[1] in READ_TAGS)
    )
    out = [
        {
            "word": w,
            "tag": tags[w][1],
            "source": "mined",
            "counts": {"total": total[w]},
            "docs": len(who),
        }
        for w, who in authors.items()
        if len(who) >= MIN_TERM_AUTHORS and w not in places and not pair_of_provinces(w)
    ]
    return sorted(out, key=lambda e: e["word"])


def pair_of_provinces(word: str) -> bool:
    """Is every character of ``word`` a province's one-character abbreviation (港澳, 川渝, 京津冀:
    the closed class ``bare_sub_regions.OWN_ABBREVIATIONS``)? Such a pair or collective name is
    no everyday word: GUIDE §3 leaves it untagged as a name of its own, not as a kind."""
    return all(ch in PROVINCE_CHARACTERS for ch in word)


def mistagged_terms(grammar: Grammar) -> frozenset[str]:
    """The mined words tagged as a person's or an organization's name (``NAME_TAGS``: 智慧, 国际化)
    of the grammar's lexicon (empty when the file is absent)."""
    return _by_tags(grammar)[0]


def abbreviation_terms(grammar: Grammar) -> frozenset[str]:
    """The mined words tagged as abbreviations or other proper nouns (``ABBREVIATION_TAGS``: 环保,
    医保, 国际贸易) of the grammar's lexicon; ``unnamed_platforms`` reads them apart (its docstring)."""
    return _by_tags(grammar)[1]


_sets: weakref.WeakKeyDictionary[Grammar, tuple[frozenset[str], frozenset[str]]] = weakref.WeakKeyDictionary()


def _by_tags(grammar: Grammar) -> tuple[frozenset[str], frozenset[str]]:
    """(name-tagged words, abbreviation-tagged words) of the file, built once per grammar."""
    found = _sets.get(grammar)
    if found is None:
        rows = grammar.lexicon.get(LEXICON_FILE, ())
        names = frozenset(r["word"] for r in rows if r.get("tag") in NAME_TAGS)
        abbreviations = frozenset(r["word"] for r in rows if r.get("tag") in ABBREVIATION_TAGS)
        found = _sets[grammar] = (names, abbreviations)
    return found
