"""Named sub-regions: places before a sub-region kind (淮河流域, 粤北地区, 海河沿线: issue 12).

The provincial-2026 conventions type named sub-regions as Area (GUIDE §3 as they apply it:
belts, metropolitan areas, city clusters, economic circles and named sub-regions). The kinds
(流域, 地区, 沿线 …) are GUIDE-rule candidates in ``head_rules.jsonl`` (rule kind
``sub_region``) that the mining confirmed after many different places
(``extract.pipeline.sub_region_mining`` → ``extract/data/sub_region_kinds.jsonl``). These kinds
are no head words of the name grammar: written after a direction, a common word, a count or a
slogan they are generic (西部地区, 偏远地区, 重点流域, 人均地区生产总值, “一带一路”沿线: GUIDE §3
generic unnamed items), so a name is built only from the run of places right before the kind
(``places_before``): gazetteer places and words the general dictionary tags as places or as
abbreviations made of place characters, dash-joined (叶尔羌河—喀什噶尔河流域). A kind that
names the division before it (四川地区 is 四川) is marked ``one_division`` in its rule and
builds nothing after one division. A strategy holding the region (黄河流域生态保护和高质量发展)
stays the strategy. No word is listed here.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Doc

from extract.pipeline.candidates import add_candidate, candidates
from extract.pipeline.grammar import Grammar
from extract.pipeline.mining import dictionary, place_names, segment_cached

SUB_REGION_RULE = "sub_region"  # rule kind of the candidate kinds in head_rules.jsonl
SUB_REGION_FILE = "sub_region_kinds.jsonl"  # the kinds the mining confirmed (scripts/mine_sub_regions.py)
PLACE_JOINERS = "—"  # 甲—乙发展轴: places joined by a dash share the kind
MAX_PLACES_BODY = 12  # characters of places before a sub-region kind
MAX_PLACE = 6  # the longest place name tried across a body's edge
MIN_BODY = 2  # a one-character body is the tail of another word (打造成|渝地区 of 成渝地区)
PLACE_TAGS = frozenset({"ns", "j"})  # a place or an abbreviation of places (粤北, 川, 渝)
ABBREVIATION_TAG = "j"
HAN_RUN_BEFORE_RE = re.compile(r"[\u4e00-\u9fff—]+$")


def sub_region_kinds(grammar: Grammar) -> dict[str, dict]:
    """The confirmed sub-region kinds (``sub_region_kinds.jsonl``), by kind."""
    return {r["head"]: r for r in grammar.lexicon.get(SUB_REGION_FILE, ())}


def place_word_test(grammar: Grammar, kinds: frozenset[str]) -> Callable[[str], bool]:
    """The test for one word of a sub-region's body: a gazetteer place or a word the general
    dictionary tags as a place (ns: 淮河, 粤北) or as an abbreviation made of place characters
    (j: 川, 渝, 港澳 — not 人均 or 深化, also tagged j); never a clause word of the lexicon or a
    kind itself (山区 is tagged ns)."""
    words, places = dictionary(), place_names()
    stops = grammar.hard_stops | grammar.soft_stops

    def is_place(token: str) -> bool:
        if token in stops or token in kinds:
            return False
        tag = words.get(token, (0, None))[1]
        if tag == ABBREVIATION_TAG and len(token) >= 2:
            return all(words.get(c, (0, None))[1] in PLACE_TAGS for c in token)
        return token in places or tag in PLACE_TAGS

    return is_place


def places_before(text: str, head_start: int, head: str, is_place: Callable[[str], bool]) -> int:
    """Where the run of places right before a sub-region kind at ``head_start`` opens, or -1
    when no place stands right before it. The body is the longest run of words right before
    the kind that each pass ``is_place``, dash-joined; a word the dictionary reads across the
    kind's start must itself be a place, and when it holds the whole kind its part before the
    kind (or that part with the kind's first character: 大别山|区) must be one too — the
    dictionary also tags 偏远地区 and 北方地区 as places. Anything else before the kind (a
    direction, a common word, a quote, a count, a verb) stops the run."""
    run = HAN_RUN_BEFORE_RE.search(text, max(0, head_start - MAX_PLACES_BODY), head_start)
    if run is None:
        return -1
    n = len(run.group())
    tokens = segment_cached(run.group() + head)
    pos, i = n + len(head), len(tokens) - 1
    while i >= 0 and pos - len(tokens[i]) >= n:
        pos -= len(tokens[i])  # the kind's own words
        i -= 1
    start = None
    inside = pos - n  # characters of the kind inside a word across its start
    if inside > 0:
        word = tokens[i] if i >= 0 else ""
        before = word[: len(word) - inside]
        whole = inside == len(head)
        if not is_place(word) or (whole and not (is_place(before) or is_place(before + head[0]))):
            return -1
        pos -= len(word)
        start = run.start() + pos
        i -= 1
    while i >= 0 and (is_place(tokens[i]) or (tokens[i] in PLACE_JOINERS and start is not None)):
        if _place_across(text, run.start() + pos - len(tokens[i])):
            return -1  # 乐|东至|三亚: the word is the tail of another place (乐东), the run is a route
        pos -= len(tokens[i])
        if tokens[i] not in PLACE_JOINERS:
            start = run.start() + pos
        i -= 1
    if start is None or head_start - start < MIN_BODY:
        return -1  # 打造成|渝|地区: one character left of a verb's word names nothing
    return start


def _place_across(text: str, at: int) -> bool:
    """Does a gazetteer place run across ``at`` (乐东 across 乐|东至)?"""
    places = place_names()
    return any(
        text[a : a + n] in places
        for a in range(max(0, at - MAX_PLACE + 1), at)
        for n in range(at - a + 1, MAX_PLACE + 1)
    )


def find_sub_regions(doc: Doc, text: str, grammar: Grammar) -> None:
    """Add ``places + kind`` Area candidates (module docstring)."""
    kinds = sub_region_kinds(grammar)
    if not kinds:
        return
    is_place = place_word_test(grammar, frozenset(kinds))
    divisions = place_names()
    strategies = [(c.start_char, c.end_char) for c in candidates(doc) if c.id_ == "strategy"]
    pattern = re.compile("|".join(sorted(map(re.escape, kinds), key=lambda k: (-len(k), k))))
    for m in pattern.finditer(text):
        if not grammar.follows_ok(text, m.end()):
            continue
        start = places_before(text, m.start(), m.group(), is_place)
        if start < 0 or any(a <= start < b or a < m.end() <= b for a, b in strategies):
            continue  # no place before it; 长江经济带|沿线: the strategy's own words
        if kinds[m.group()].get("one_division") and text[start : m.start()] in divisions:
            continue  # 四川地区: the division itself
        add_candidate(doc, start, m.end(), "Area", "suffix")
