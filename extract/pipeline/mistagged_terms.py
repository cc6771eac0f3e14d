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
with every gold passage blanked). Only the person and organization tags are read: the
abbreviation tag ``j`` also covers pair and bloc names (港澳, 东盟, 川渝) that GUIDE §3 treats apart,
and the place tags name places. Only ``unnamed_platforms`` reads the file, as further everyday
words of its widespread-words test; the other readers of the widespread terms are unchanged.
"""

from __future__ import annotations

from collections.abc import Sequence

from extract.pipeline.genericity import MIN_TERM_AUTHORS, TERM_CHARS, author_counts
from extract.pipeline.grammar import Grammar
from extract.pipeline.mining import dictionary, place_names

LEXICON_FILE = "mistagged_terms.jsonl"
# jieba's person and organization tags; 习近平 is ``nrfg`` (a full personal name), left out
NAME_TAGS = frozenset({"nr", "nrt", "nt"})


def mine_mistagged_terms(docs: Sequence[tuple[str, str]]) -> list[dict]:
    """Single words of jieba's reading (``TERM_CHARS`` long) tagged ``NAME_TAGS`` by the
    dictionary, written by ``MIN_TERM_AUTHORS`` or more authors, no division (module docstring)."""
    tags = dictionary()
    places = place_names()
    lo, hi = TERM_CHARS
    authors, total = author_counts(
        docs, lambda words: (w for w in words if lo <= len(w) <= hi and tags.get(w, (0, ""))[1] in NAME_TAGS)
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
        if len(who) >= MIN_TERM_AUTHORS and w not in places
    ]
    return sorted(out, key=lambda e: e["word"])


def mistagged_terms(grammar: Grammar) -> frozenset[str]:
    """The mined words of the grammar's lexicon (empty when the file is absent)."""
    return grammar.mined_set(LEXICON_FILE, "word")
