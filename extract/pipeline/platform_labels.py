"""Items of a list the text labels as platforms are Platforms, whatever their head word says
(issue 12, failure class 3, branch ``coord18``).

A report names a list's kind once, after 等: ``壮大甲区、乙新区、丙产业创新示范区等重点承接平台``,
``推动甲科技园、乙科技城、丙产业新城等既有平台…发展``. The name grammar types each item by its own
head word — a zone listed beside a division is a District (the resolver's ``_zones``: GUIDE §3's
"lists them with 区县"), a 新城 an Area, a 示范区 a pilot Program — but GUIDE §3 lets the sentence
decide where a name could be either (Project: "when a name is also a place, the sentence decides";
District: zones only "when the sentence treats them as administrative partners"; Platform: parks,
zones and designated parks), and a list whose label is a Platform head word says what its items are,
as ``…等项目`` does for Projects. Round 8's readable gold types every such item Platform, except a
bare county-level division (曹妃甸区: a District by GUIDE §3, whatever list it stands in).

So in a list whose label after 等 is a Platform head of the lexicon (``list_items._tail_type``:
平台, 园区, 产业园 … with a short modifier; kind labels such as 等产业走廊 excluded), an item that is a
head-word guess (sources ``suffix``/``quote``) of one of the types the head word alone decided — a
zone typed District, an Area, a Program ending in a GUIDE §3 pilot designation head (示范区, 先行区 …)
— is retyped Platform. Kept: the gazetteer's divisions and every name not found by its head word
(a known abbreviation, a standard name), and every other type (an Organization by its own head:
…全国重点实验室等高能级创新平台 in the dev-provincial gold; Enterprises; Strategies).

The label is read where its noun phrase ends (``list_items._phrase_ends``: the clause edge, a clause
word, 建设) or where the rest of the clause is only the predicate it is the subject of
(``predicate_follows``: …等既有平台|特色化差异化发展, …等重点承接平台|发展 — a short run with no head word
that ends in a verb by jieba's tags), not where a noun goes on (…等平台|能级: the list's capacity).

Nothing here is a word list: the label heads, the designation heads and the sources are the
lexicon's and the pipeline's.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from extract.pipeline import grammar as g
from extract.pipeline.chosen import Chosen, retyped
from extract.pipeline.mining import dictionary, segment_cached

PLATFORM = "Platform"
GUESSES = frozenset({"suffix", "quote"})  # found by a head word (or quotes), not by a closed class
# the types a head word alone gives that a platform label overrides (module docstring)
HEAD_DECIDED = frozenset({"District", "Area"})
DESIGNATION = "Program"  # only a pilot designation's head (示范区) may stand for a platform


PREDICATE_MAX = 8  # characters of the predicate after a platform label (特色化差异化发展)
VERB_TAGS = frozenset({"v", "vn"})  # jieba's verb tags: the last word of a predicate


def predicate_follows(text: str, pos: int, end: int, grammar: g.Grammar) -> bool:
    """Is ``text[pos:end]`` (the clause after a platform label) a short predicate of the listed
    platforms: two to ``PREDICATE_MAX`` Han characters, no head word of the grammar in it (…平台|项目
    would make the label a modifier of a longer name), its last word a verb by jieba's tags
    (发展, 合作; not 能级, 作用: a noun the label modifies)?"""
    rest = text[pos:end]
    if not 2 <= len(rest) <= PREDICATE_MAX or not all("\u4e00" <= c <= "\u9fff" for c in rest):
        return False
    if grammar.head_re.search(rest):
        return False
    words = segment_cached(rest)
    return bool(words) and dictionary().get(words[-1], (0, ""))[1] in VERB_TAGS


def platform_retypes(
    bounds: Sequence[tuple[int, int]], chosen: list[Chosen], starts: list[int], text: str, grammar: g.Grammar
) -> dict[int, Chosen]:
    """The indices in ``chosen`` of the items (``bounds``: each item's start and end) of a list
    labelled as platforms that are Platforms by the label, with the retyped names (module
    docstring)."""
    out: dict[int, Chosen] = {}
    for a, b in bounds:
        i = bisect.bisect_left(starts, a)
        if i >= len(chosen) or chosen[i].start_char != a or chosen[i].end_char != b:
            continue  # no one name is the item
        s = chosen[i]
        if s.id_ not in GUESSES:
            continue  # a gazetteer division (曹妃甸区) or a name a closed class or linker found
        if s.label_ in HEAD_DECIDED or (
            s.label_ == DESIGNATION and text[a:b].endswith(grammar.program_designations)
        ):
            out[i] = retyped(s, PLATFORM)
    return out


__all__ = ["platform_retypes", "predicate_follows"]
