"""Corridors and hubs described by their role, not named: 过江穿山对外通道, 高铁双通道, 国家商贸型物流枢纽.

A report says what a corridor is to do for its place (形成|过江穿山对外通道, 打通|多向出区铁路通道,
开辟|自贸试验区企业注册绿色通道, 建设成|面向南亚开放重要通道): GUIDE §9 leaves such positionings
untagged (亚欧黄金通道, 向西开放桥头堡) and §3 leaves generic unnamed items untagged. The head-word
finder took them for Projects because the kernel 通道 also heads named crossings and routes
(狮子洋通道, 深中通道, 渝长高速复线进城通道). A hub is the same (打造|国家商贸型物流枢纽, a
province's role in “西电东送”|能源资源配置枢纽); GUIDE §9 types a hub that is built or listed among
works a Project, and every such hub of the readable gold has a part of its own (大石峡水利枢纽,
嘉兴专业性航空货运枢纽, 重庆东站铁路枢纽).

Issue 12, Project precision on readable text (branch project39, seeds 3901 and 7): of the twelve
head-word Project guesses ending in 通道 over the readable Chongqing reports, nine were such roles,
and three of the nine ending in 枢纽.
What sets the names apart is a part of their own before the kernel: a division (重庆), a
one-character abbreviation of a place (渝, 川: jieba's ``j``/``ns``), a proper noun, a word jieba's
dictionary does not know, or a code. A role is spelled with the genre's everyday vocabulary
(``proper_parts.everyday_word``: mined widespread terms such as 对外, 铁路, 开放) around counts,
directions and one-character verbs (双, 多向, 出, 过江), none of which names anything. So a guess
is a role when its body holds at least one everyday word and no part of its own. A macro-region
(``positioning_centres.MACRO_REGIONS``: 南亚, 西部) is no part of its own: GUIDE §3 leaves
macro-regions untagged, and a corridor "facing" one is a positioning. Nor is a word of compass
points only (东西南北, which jieba tags as a place): it gives directions, not a place.

Only guesses of the head-word finder (source ``suffix``) are read, and none inside a list the
text labels as projects (``proper_parts.in_project_list``: A、B等重大项目): GUIDE §3 makes every
item of such a list a Project, so those items and the list readers' (东侧集散通道 in a road
list) stay. A quoted guess (“…大通道”) is a coined term left to the quote readers, as in
``proper_parts``. A name that ends in a section qualifier or a phase (…通道（南岸段）) does not end in the
kernel and is left alone.
"""

from __future__ import annotations

import re

from extract.pipeline.chosen import Chosen
from extract.pipeline.genericity import widespread_terms
from extract.pipeline.grammar import Grammar
from extract.pipeline.lexicon import segment
from extract.pipeline.mining import PROPER_TAGS, dictionary
from extract.pipeline.positioning_centres import MACRO_REGIONS
from extract.pipeline.proper_parts import everyday_word, in_project_list, place_part
from extract.pipeline.punctuation_edges import quoted
from extract.pipeline.sub_regions import COMPASS
from extract.regions import lookup

CHECKED_TYPES = frozenset({"Project"})
CHECKED_SOURCES = frozenset({"suffix"})  # the head-word finder; list items are GUIDE §3 Projects
# GUIDE §9: a corridor or a hub is a positioning (亚欧黄金通道) unless a part of its own names it
KERNELS = ("通道", "枢纽")
# jieba's tags of a one-character abbreviation of a place (渝, 川, 藏): a part of the name's own
ABBREVIATION_TAGS = frozenset({"j", "ns"})
MIN_PROPER = 2  # characters of a proper-tagged word that names (江 alone is jieba's surname tag)
COMPASS_POINTS = frozenset(COMPASS)  # 东西南北: directions, not a place
CODE_RE = re.compile(r"[0-9A-Za-z０-９Ａ-Ｚａ-ｚ]")  # a route code or number (G5, 2号)


def own_part(word: str, terms: frozenset[str]) -> bool:
    """Is ``word`` (one word of jieba's reading of a corridor's body) a part of a name's own: a
    division, a code, a proper noun that is no mined everyday compound, a one-character place
    abbreviation, or a word of two or more characters jieba's dictionary does not know? A
    macro-region is none (GUIDE §3)."""
    if word in MACRO_REGIONS or set(word) <= COMPASS_POINTS:
        return False
    if place_part(word) or lookup(word) is not None or CODE_RE.search(word):
        return True
    if everyday_word(word, terms):
        return False
    tag = dictionary().get(word, (0, None))[1]
    if tag is None:
        return len(word) >= MIN_PROPER
    return tag in PROPER_TAGS and (len(word) >= MIN_PROPER or tag in ABBREVIATION_TAGS)


def role_body(body: str, grammar: Grammar) -> bool:
    """Does ``body`` (what precedes the kernel) hold an everyday word and no part of its own?"""
    terms = widespread_terms(grammar)
    words = segment(body)
    if any(own_part(w, terms) for w in words):
        return False
    return any(everyday_word(w, terms) for w in words)


def corridor_role(s: Chosen, text: str, grammar: Grammar) -> bool:
    """Is Project ``s`` a corridor or a hub described by its role (module docstring)?"""
    if s.label_ not in CHECKED_TYPES or s.id_ not in CHECKED_SOURCES:
        return False
    name = text[s.start_char : s.end_char]
    kernel = next((k for k in KERNELS if name.endswith(k)), None)
    if kernel is None or len(name) == len(kernel) or quoted(text, s.start_char, s.end_char):
        return False
    # the list test last: it reads the clause after the guess
    return role_body(name[: -len(kernel)], grammar) and not in_project_list(text, s.end_char)


def drop_corridor_roles(chosen: list[Chosen], text: str, grammar: Grammar) -> list[Chosen]:
    """``chosen`` without the Project guesses that are ``corridor_role`` (run by the resolver
    beside ``positioning_centres.drop_positioning_centres``)."""
    return [s for s in chosen if not corridor_role(s, text, grammar)]
