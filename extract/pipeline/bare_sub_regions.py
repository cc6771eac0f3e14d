"""A province's own compass sub-region written bare, without 地区: 粤西, 鲁西南, 赣东北, 南疆.

The provincial-2026 conventions (eval/provincial-2026/README.md, Types) type a province's own
sub-region — its one-character abbreviation and a compass point — as Area, with 地区 (粤北地区,
found by ``sub_regions``) and without it (南疆, 北疆, 粤西). Here the bare form is found from
closed classes only: the abbreviations of the author's own province (``OWN_ABBREVIATIONS``, the
State Council's 简称 by GB/T 2260 province code, with the character the province's sub-regions
take where it is not the 简称: 疆 of 新疆, as in 南疆, and GUIDE §9's 疆内) and the compass points.

Two orders occur. Abbreviation first (粤西, 晋北, 赣东北, 粤东粤西) is the general form. Compass
first is the form of a province named after its character (南疆: the south of 疆), so it is read
only for the last character of the province's short name (疆 of 新疆); 南粤 (all of 广东, a
literary name) is no sub-region. A pair of opposite points (南北疆, 东西) names two regions
together, a pair abbreviation GUIDE §3 leaves untagged.

A kind right after it makes a longer name (渝西|地区, 晋东南|城镇圈, …|片区): the other finders'
name, not this one. The closing verb of a national regional strategy named after a region
(中部地区|崛起, GUIDE §6 and §9; the gazetteer's ``strategies.jsonl``) after it makes the
sub-region's own strategy of that form (鲁西崛起): a Strategy, the region no Area inside it
(GUIDE §2.1).

It is a name only as a whole word: the dictionary's segmentation of the sentence must start and
end a word at its edges (新|疆中医药: 疆中 crosses 新疆; 京津|中关村; 滇|中稀|贵金属 of a sector
cluster), it is no gazetteer place (晋中, 渝中, 琼中 are divisions) and no District candidate
overlaps it. Another province's abbreviation (京东 in another province's report) is no sub-region
of the author's.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc

from extract.pipeline.area_belts import area_kernels
from extract.pipeline.candidates import add_candidate, candidates, held_characters
from extract.pipeline.closed_class import strategy_rows
from extract.pipeline.grammar import Grammar
from extract.pipeline.lexicon_files import read_lexicon
from extract.pipeline.mining import dictionary, place_names, segment_cached
from extract.pipeline.sub_regions import COMPASS, SUB_REGION_RULE
from extract.regions import by_code

# GB/T 2260 province code (first two digits) and the province's one-character abbreviations
OWN_ABBREVIATIONS = dict(
    re.findall(
        r"(\d\d):(\S+)",
        "11:京 12:津 13:冀 14:晋 15:蒙 21:辽 22:吉 23:黑 31:沪 32:苏 33:浙 34:皖 35:闽 36:赣 37:鲁 41:豫 "
        "42:鄂 43:湘 44:粤 45:桂 46:琼 50:渝 51:川蜀 52:贵黔 53:云滇 54:藏 61:陕秦 62:甘陇 63:青 64:宁 "
        "65:新疆 71:台 81:港 82:澳",
    )
)
# two opposite points name two regions together (南北疆): a pair, no sub-region
OPPOSITES = frozenset((COMPASS[0:2], COMPASS[1::-1], COMPASS[2:4], COMPASS[3:1:-1]))
WINDOW = 6  # characters of context segmented on each side
VERB_TAG = "v"


@lru_cache(maxsize=1)
def regional_strategy_tails() -> tuple[str, ...]:
    """The words after the region of the gazetteer's regional strategies (中部|地区|崛起 -> 崛起,
    东北|全面振兴, 西部|大开发): a strategy whose first word is a compass region (中部, 东北),
    maybe with 地区, and whose rest is one or two words ending in a verb (西部|陆海|新|通道 is
    a corridor, no such strategy)."""
    tails = set()
    for row in strategy_rows():
        words = segment_cached(row["canonical"])
        if len(words) < 2 or words[0].strip(COMPASS + "部") or len(words[0]) < 2:
            continue
        rest = words[1:]
        if rest[0] in sub_kinds_of_rules():
            rest = rest[1:]
        if 0 < len(rest) <= 2 and dictionary().get(rest[-1], (0, ""))[1] == VERB_TAG:
            tails.add("".join(rest))
    return tuple(sorted(tails, key=len, reverse=True))


@lru_cache(maxsize=1)
def sub_kinds_of_rules() -> frozenset[str]:
    """The sub-region kinds of ``head_rules.jsonl`` (地区, 山区 …), through the validated lexicon
    loader (a bad line is one error naming the file and line, and the parse is shared)."""
    rows = read_lexicon(names=("head_rules.jsonl",))["head_rules.jsonl"]
    return frozenset(r["head"] for r in rows if r.get("rule_kind") == SUB_REGION_RULE)


MAX_NAME_AFTER = 12  # characters after the sub-region that a head may close
HAN_RUN_RE = re.compile(r"[\u4e00-\u9fff]+")


def _opens_a_name(text: str, end: int, grammar: Grammar) -> bool:
    """Does a head of another type close the run of characters right after the sub-region, before
    any punctuation (粤东|水资源优化配置工程（…）, 南疆|就业促进工程)? Then the sub-region opens a
    longer name (GUIDE §3: anything with a 工程/项目 suffix is a Project) that the left-edge scan
    cut at a verb inside it; an Area of its own there would nest in it (GUIDE §2.1)."""
    run = HAN_RUN_RE.match(text, end, end + MAX_NAME_AFTER)
    if run is None:
        return False
    return any(
        grammar.heads.get(h.group()) not in ("Area", None) and h.end() == run.end()
        for h in grammar.head_re.finditer(text, end, run.end())
    )


def _kind_follows(text: str, end: int, grammar: Grammar) -> bool:
    """Does a head, a sub-region kind or an Area kind (圈, 带) follow at ``end`` (渝西|地区,
    晋东南|城镇圈)? Then the sub-region is part of a longer name."""
    if grammar.head_re.match(text, end):
        return True
    words = segment_cached(text[end : end + WINDOW])
    if words and words[0] in sub_kinds_of_rules():
        return True
    kernels = tuple(area_kernels(grammar))
    return any("".join(words[:n]).endswith(kernels) for n in (1, 2))


def _patterns(code: str) -> list[re.Pattern[str]]:
    """The bare sub-region patterns of the province ``code`` belongs to (module docstring)."""
    own = OWN_ABBREVIATIONS.get(code[:2], "")
    if not own:
        return []
    patterns = [re.compile(f"(?:[{own}][{COMPASS}]{{1,2}})+")]
    province = by_code(code[:2] + "0000")
    short = next((a for a in (province.aliases if province else ()) if len(a) >= 2), "")
    last = short[-1:] if short[-1:] in own else ""
    if last:
        patterns.append(re.compile(f"[{COMPASS}]{{1,2}}{last}"))
    return patterns


def _whole_word(text: str, start: int, end: int) -> bool:
    """Do the dictionary's words of the sentence around start and end there (not 新|疆中)?"""
    lo = max(0, start - WINDOW)
    edges, pos = set(), lo
    for word in segment_cached(text[lo : min(len(text), end + WINDOW)]):
        edges.add(pos)
        pos += len(word)
    edges.add(pos)
    return start in edges and end in edges


def find_bare_sub_regions(doc: Doc, text: str, grammar: Grammar) -> None:
    """Add the author province's bare compass sub-regions as Area candidates (module docstring)."""
    code = doc._.policykg_region
    if not code:
        return
    patterns = _patterns(str(code))
    if not patterns:
        return
    places = place_names()
    districts = held_characters(len(text), (c for c in candidates(doc) if c.label_ == "District"))
    for pattern in patterns:
        for m in pattern.finditer(text):
            name = m.group()
            compass = name.strip("".join(OWN_ABBREVIATIONS.values()))
            if compass in OPPOSITES or name in places:
                continue  # 南北疆: two regions; 晋中: a division
            if any(districts[m.start() : m.end()]):
                continue  # a division of the gazetteer holds it
            if not _whole_word(text, m.start(), m.end()) or _kind_follows(text, m.end(), grammar):
                continue
            if _opens_a_name(text, m.end(), grammar):
                continue
            tail = next((t for t in regional_strategy_tails() if text.startswith(t, m.end())), "")
            if tail:
                add_candidate(doc, m.start(), m.end() + len(tail), "Strategy", "suffix")  # 鲁西崛起
            else:
                add_candidate(doc, m.start(), m.end(), "Area", "suffix")
