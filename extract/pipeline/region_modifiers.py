"""Nouns the dictionary tags as adverbs, read off region names (首都|都市圈: issue 12, Area class).

A body that opens with a verb or adverb of the general dictionary is a clause, no name
(``lexicon.opens_clause``: 积极|融入…圈 is cut there). jieba's dictionary, though, tags a few
nouns as adverbs, and a region named by one of them lost its name: the capital reference of
``首都功能圈``, ``首都产业协同圈``, ``首都通勤圈`` (the provincial-2026 conventions: belts, circles and
metropolitan areas are Area) was read as a clause opener and the Area dropped.

An adverb modifies a verb or an adjective, never a noun, so a word the dictionary tags as an
adverb that the reports write straight before a *region kind* of the kernel file (a two-character
or longer Area kernel citing the conventions: 都市圈, 经济圈, 城市群, …; no verb stands between) is
a noun in that place — the modifier of a region's name, like a division's name. Such words are
mined over the reports with every gold passage blanked, in ``MIN_DOCS`` or more reports, into
``extract/data/region_modifiers.jsonl`` (``scripts/mine_region_modifiers.py``); verbs are not
read, since a verb before a region kind governs it as its object (推进|都市圈建设). Only the Area
kind builder (``area_belts``) reads the file, to keep a body that opens with such a word. A
body of that word alone with no kind after it (非首都功能) meets no Area kernel and stays as it
was. No word is listed here.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

from extract.pipeline.grammar import Grammar
from extract.pipeline.mining import dictionary, segment_cached

LEXICON_FILE = "region_modifiers.jsonl"
CONVENTION_MARK = "provincial-2026"  # a region-kind kernel's rule cites the conventions
ADVERB_TAGS = frozenset({"d", "ad", "df", "dg"})  # jieba's adverb tags
MIN_DOCS = 2  # reports that must write the word before a region kind
MIN_KERNEL = 2  # one-character kernels (带) are too ambiguous to frame a word before them
WINDOW = 8  # Han characters before the kind segmented for the word
HAN_TAIL_RE = re.compile(r"[\u4e00-\u9fff]{1," + str(WINDOW) + "}$")


def region_kinds(kernels: Sequence[dict]) -> list[str]:
    """The region-kind kernels of the kernel file (type Area, rule citing the conventions, two or
    more characters), longest first."""
    heads = {
        r["head"]
        for r in kernels
        if r.get("type") == "Area" and CONVENTION_MARK in r.get("rule", "") and len(r["head"]) >= MIN_KERNEL
    }
    return sorted(heads, key=lambda h: (-len(h), h))


def mine_region_modifiers(docs: Sequence[tuple[str, str]], kernels: Sequence[dict]) -> list[dict]:
    """Adverb-tagged words written as the last word before a region kind in ``MIN_DOCS`` or more
    reports (module docstring), with their counts."""
    kinds = region_kinds(kernels)
    if not kinds:
        return []
    kind_re = re.compile("|".join(map(re.escape, kinds)))
    tags = dictionary()
    seen: dict[str, set[str]] = defaultdict(set)
    total: dict[str, int] = defaultdict(int)
    kinds_of: dict[str, set[str]] = defaultdict(set)
    for name, text in docs:
        for m in kind_re.finditer(text):
            run = HAN_TAIL_RE.search(text, max(0, m.start() - WINDOW), m.start())
            if run is None:
                continue
            word = segment_cached(run.group())[-1]
            if len(word) >= 2 and tags.get(word, (0, ""))[1] in ADVERB_TAGS:
                seen[word].add(name)
                total[word] += 1
                kinds_of[word].add(m.group())
    out = [
        {
            "word": w,
            "tag": tags[w][1],
            "kinds": sorted(kinds_of[w]),
            "source": "mined",
            "counts": {"total": total[w]},
            "docs": len(who),
        }
        for w, who in seen.items()
        if len(who) >= MIN_DOCS
    ]
    return sorted(out, key=lambda e: e["word"])


def region_modifier_words(grammar: Grammar) -> frozenset[str]:
    """The mined words of the grammar's lexicon (empty when the file is absent)."""
    return grammar.mined_set(LEXICON_FILE, "word")
