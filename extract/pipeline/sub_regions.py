"""Named sub-regions: places before a sub-region kind (粤北地区, 三峡库区: issue 12).

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
stays the strategy.

GUIDE §3 is explicit where the provincial conventions are loose: macro-regions (西部, 西南地区,
中西部) and rivers and river sections are not annotated. So river basins and sections (流域, 沿线)
are no candidate kinds, and a kind marked ``sub_division`` in its rule (地区) builds an Area only
from a province's own sub-region, written as the one-character abbreviation of a province-level
division and a compass point, possibly repeated (粤北, 青南, 渝东北, 粤东粤西粤北):
``sub_division_body``. 东北地区 and 华北地区 (national macro-regions), 川渝地区 (a pair
abbreviation) and 三峡地区 (a landform across provinces) stay untagged.
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
# The official one-character abbreviations (简称) of the 34 province-level divisions, a closed
# class fixed by the State Council, and the compass points: a province's own sub-region is one
# of them followed by one or two compass points (粤北, 渝东北), possibly repeated (粤东粤西).
PROVINCE_ABBREVIATIONS = "京津沪渝冀晋蒙辽吉黑苏浙皖闽赣鲁豫鄂湘粤桂琼川蜀贵黔云滇藏陕秦甘陇青宁新港澳台"
COMPASS = "东西南北中"
SUB_DIVISION_RE = re.compile(f"(?:[{PROVINCE_ABBREVIATIONS}][{COMPASS}]{{1,2}})+")


def sub_region_kinds(grammar: Grammar) -> dict[str, dict]:
    """The confirmed sub-region kinds (``sub_region_kinds.jsonl``), by kind."""
    return {r["head"]: r for r in grammar.lexicon.get(SUB_REGION_FILE, ())}


def candidate_kinds(grammar: Grammar) -> frozenset[str]:
    """Every GUIDE-rule candidate kind (``head_rules.jsonl``, rule kind ``sub_region``), confirmed
    or not: none of them is a place of a body (山区 of 山区库区 is tagged ns, yet a kind)."""
    rows = grammar.lexicon.get("head_rules.jsonl", ())
    return frozenset(r["head"] for r in rows if r.get("rule_kind") == SUB_REGION_RULE)


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


def sub_division_body(body: str) -> bool:
    """Is ``body`` a province's own sub-region (粤北, 渝东北, 粤东粤西粤北), the only body a
    ``sub_division`` kind (地区) takes (module docstring)?"""
    return SUB_DIVISION_RE.fullmatch(body) is not None


def body_allowed(rule: dict, body: str, divisions: frozenset[str] | set[str]) -> bool:
    """May ``body`` name a sub-region of the kind ``rule`` describes? Not the division itself
    after a ``one_division`` kind (四川地区), and only a province's own sub-region after a
    ``sub_division`` kind (东北地区, 川渝地区 are not)."""
    if rule.get("one_division") and body in divisions:
        return False
    return not rule.get("sub_division") or sub_division_body(body)


def find_sub_regions(doc: Doc, text: str, grammar: Grammar) -> None:
    """Add ``places + kind`` Area candidates (module docstring)."""
    kinds = sub_region_kinds(grammar)
    if not kinds:
        return
    is_place = place_word_test(grammar, candidate_kinds(grammar))
    divisions = place_names()
    strategies = [(c.start_char, c.end_char) for c in candidates(doc) if c.id_ == "strategy"]
    pattern = re.compile("|".join(sorted(map(re.escape, kinds), key=lambda k: (-len(k), k))))
    for m in pattern.finditer(text):
        if not grammar.follows_ok(text, m.end()):
            continue
        start = places_before(text, m.start(), m.group(), is_place)
        if start < 0 or any(a <= start < b or a < m.end() <= b for a, b in strategies):
            continue  # no place before it; 长江经济带|沿线: the strategy's own words
        if not body_allowed(kinds[m.group()], text[start : m.start()], divisions):
            continue  # 四川地区: the division itself; 东北地区: a macro-region
        add_candidate(doc, start, m.end(), "Area", "suffix")
