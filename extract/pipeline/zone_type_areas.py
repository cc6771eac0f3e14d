"""A place's zone of a national zone type is a Platform, not a named region (branch platform19).

The region kernel 经济区 types named regions Area (``海西经济区``: the provincial-2026 conventions,
economic circles and named sub-regions), but its row in ``extract/data/head_kernels.jsonl``
carries ``needs_proper``: 经济区 is also the category name of national zone *types* (渔港经济区,
临空经济区, 物流枢纽经济区), which ``area_names.kind_of_zone`` already drops when nothing proper
modifies them. Between the two stands a place's zone of such a type: ``甲市临空经济区`` is the zone
around 甲市's airport, a territorial zone where firms gather, like an 经济开发区 — GUIDE §3
Platform (parks, zones, bases, hubs) and GUIDE §9 Zones (a designated park is Platform with the
place in its canonical, 瑞丽国家级产业协作园区). What tells it from a named region is the modifier:
a division of the closed-class gazetteer followed by a rest that holds no word jieba's general
dictionary tags as proper (临空 it lacks, 物流枢纽 are common nouns), so the rest says what *kind*
of zone the place has. A region named by its place alone (海西|经济区)
or by another proper word (成渝, 海峡西岸) stays Area. The dictionary tags some zone types as
places, though (临港 ``ns``, a Shanghai town): so after a division the gazetteer knows only as a
city or a county (``regions.tsv`` levels, ``below_province``) the rest is that place's zone type
whatever its tags (湛江|临港|经济区, fresh18's readable gold); named economic regions are a
province's sub-regions or span several places (广西|北部湾经济区). A conjunct sharing the zone's
kind (汕头、湛江临港经济区, GUIDE §2.2) is read by its canonical and takes the zone's type (branch
platform35). No word is listed here: the kernels come from the kernel file, the places and their
levels from the gazetteer, the proper test from jieba's dictionary.
"""

from __future__ import annotations

import weakref

from extract.pipeline.area_conjuncts import SHARED_ID
from extract.pipeline.area_names import PROPER_TAGS
from extract.pipeline.chosen import Chosen, retyped
from extract.pipeline.grammar import Grammar
from extract.pipeline.mining import dictionary, place_names, segment_cached
from extract.regions import candidates

MAX_PLACE = 8  # the longest division name tried at a guess's start
ZONE_TYPE_NOTE = "national zone types"  # the kernel file's note on 经济区 (not the protected-area kinds)
# a zone (区), GUIDE §3 Platform; belts (经济带) are Area by the conventions whatever names them
ZONE = "区"
MIN_REST = 2  # a one-character rest is the tail of a longer place (甲江|源), no zone type
PROVINCE = "province"  # the gazetteer level whose rests may name a sub-region (regions.tsv)


_kernels_cache: weakref.WeakKeyDictionary[Grammar, tuple[str, ...]] = weakref.WeakKeyDictionary()


def _zone_type_kernels(grammar: Grammar) -> tuple[str, ...]:
    """The Area zone kernels (ending in 区) that are also the category name of national zone
    types (their ``needs_proper`` note in ``head_kernels.jsonl``; not the protected-area kinds,
    国家公园, nor the belts, 经济带, which the conventions type Area), longest first. Cached per
    grammar (weakly, as the grammar's other caches): the resolver asks once per Area guess, and
    each answer read the whole kernel file."""
    found = _kernels_cache.get(grammar)
    if found is None:
        found = _kernels_cache[grammar] = _read_zone_type_kernels(grammar)
    return found


def _read_zone_type_kernels(grammar: Grammar) -> tuple[str, ...]:
    """The kernels of ``_zone_type_kernels``, read from the lexicon (uncached)."""
    heads = {
        r["head"]
        for r in grammar.lexicon.get("head_kernels.jsonl", ())
        if r.get("type") == "Area"
        and ZONE_TYPE_NOTE in r.get("needs_proper", "")
        and r["head"].endswith(ZONE)
    }
    return tuple(sorted(heads, key=len, reverse=True))


def zone_of_type(name: str, grammar: Grammar) -> bool:
    """Is ``name`` a division, then a rest, then a zone-type kernel (甲市|临空|经济区), the rest
    holding no proper word unless the division is a city's or a county's (``below_province``)?
    The rest must not be empty: 海西|经济区 names a region by its place."""
    kernel = next((k for k in _zone_type_kernels(grammar) if name.endswith(k)), None)
    if kernel is None:
        return False
    rest = name[: -len(kernel)]
    places = place_names()
    place = ""
    while True:  # 甲省乙市|临空: every leading division is the place
        k = next((k for k in range(min(MAX_PLACE, len(rest)), 1, -1) if rest[:k] in places), 0)
        if not k:
            break
        place, rest = rest[:k], rest[k:]
    if not place or len(rest) < MIN_REST:
        return False
    return below_province(place) or not _proper_word(rest)


def below_province(place: str) -> bool:
    """Is ``place`` only ever a city's or a county's name in the gazetteer (``regions.tsv``
    levels), never a province's? Named economic regions are the provinces' sub-regions or span
    several places (广西|北部湾经济区, 成渝经济区: Area by the conventions); what one city or
    county names with a rest before 经济区 is its own zone of a type (湛江|临港, 衡阳|临空), a
    Platform even where the dictionary tags the rest as a place (临港 ``ns``, a Shanghai town)."""
    found = candidates(place)
    return bool(found) and all(r.level != PROVINCE for r in found)


def _proper_word(rest: str) -> bool:
    """Does the rest hold a word jieba's dictionary tags as a place, person, proper noun or
    abbreviation (成渝, 海峡西岸)? Unlike ``area_names.has_proper_word`` a word the dictionary
    lacks does not count: after the division that names the zone, an unknown word is the zone
    type's own coinage (临空), not a second place (a region named by two places, 甲乙|经济区,
    has no division before it)."""
    words = dictionary()
    return any(words.get(token, (0, None))[1] in PROPER_TAGS for token in segment_cached(rest))


def retype_zone_type_areas(chosen: list[Chosen], text: str, grammar: Grammar) -> list[Chosen]:
    """``chosen`` with every Area guess that is ``zone_of_type`` typed Platform (run by the
    resolver after the Area name checks). A conjunct that shares the zone's kind (汕头、湛江临港
    经济区: the shared-suffix step gave 汕头 the canonical 汕头临港经济区, GUIDE §2.2) is read by
    that canonical, so it takes the zone's type with it."""
    out = []
    for s in chosen:
        name = s.kb_id_ if s.id_ == SHARED_ID and s.kb_id_ else text[s.start_char : s.end_char]
        if s.label_ == "Area" and zone_of_type(name, grammar):
            s = retyped(s, "Platform")
        out.append(s)
    return out
