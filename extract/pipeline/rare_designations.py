"""Pilot designations written in common words: kept when authors seldom write the phrase.

GUIDE §3 makes a pilot or demonstration designation a Program (…试点, …示范区, …先行区,
…先导区, …重点城区). The name grammar rejects a body made of common words (合作, 改革, 开放,
建设 …: ``grammar.GENERIC_RE`` and ``END_STOP_RE``), which is right for the kind (合作示范区,
综合改革试点: written by many authors) and wrong for a designation whose words are everyday but
whose combination is one place's title (渝港合作示范区, 改革开放先行区, 县域商业体系建设重点城区).
The two are told apart by cross-report frequency, mined over all unannotated reports with gold
passages blanked (``category_phrases.jsonl``, ``scripts/mine_categories.py``): a phrase that three
or more authors write the same way is a category; a rarer one is a name. A determiner count
inside the scanned body (唯一一个, 首批3个) closes the clause before the name, so the name starts
after it; a count of one names one designation (no kind), a larger count is left to
``programme_frames.counted_pilots``.
"""

from __future__ import annotations

import re

from extract.pipeline import grammar as g
from extract.pipeline.genericity import MAX_BODY, widespread_terms
from extract.pipeline.lexicon import _segment, leading_verb, opens_clause
from extract.pipeline.mining import dictionary

# a numeral and a measure word (一个, 3个, 两项, 首批) inside a body: the determiner of the name
# that follows it (numerals and measure words are closed classes)
DETERMINER_RE = re.compile(r"(?:\d+|[一二两三四五六七八九十百千]+)[余多]?[个项批家]")
ONE_RE = re.compile(r"(?:1|一)个")  # a count of one: one designation, not a kind of pilot
# the level that opens an official designation (GUIDE §2.5: 国家…; 省级, 市级: admin divisions)
NATIONAL_LEVELS = ("国家级", "国家")  # longest first: the regex takes the first alternative
LEVEL_RE = re.compile("|".join(NATIONAL_LEVELS) + r"|[省市县区]级")
# function words: a body holding one is a clause or a list (…等试点, …的先行区), not a name
FUNCTION_RE = re.compile(r"[的等和与及并或在为]")
LIST_LABEL = "等"  # A、B等|领域改革试点: the words after 等 label the list's kind
LIST_MARK = "、"  # the enumeration comma between list items
MIN_SPECIFIC = 4  # characters a designation's own modifier needs once its level is left out


def designation_head(name: str, grammar: g.Grammar) -> str:
    """The GUIDE §3 pilot designation head ``name`` ends in, or ''."""
    for head in grammar.program_designations:  # longest first
        if name.endswith(head):
            return head
    return ""


def designation_start(text: str, start: int, head_start: int, min_body: int = 2) -> int:
    """Where a designation's name starts inside its scanned body: right after the last count
    (获评…唯一一个|县域商业体系建设重点城区), or at a level word inside it (…领域|国家试点,
    GUIDE §2.5 国家…), whichever is last and leaves ``min_body`` characters; else ``start``."""
    last = start
    for m in DETERMINER_RE.finditer(text, start, head_start):
        if head_start - m.end() >= min_body:
            last = m.end()
    for m in LEVEL_RE.finditer(text, last + 1, head_start):
        last = m.start()
    return last


MAX_STOP = 4  # characters of the longest clause word looked for before a designation's tail


def over_clause_word(text: str, start: int, grammar: g.Grammar) -> int:
    """Where a designation starts when the name scan stopped at a mined clause word inside it
    (大湾区内地九市要素市场化配置|综合改革试点, 数字中国建设|综合试点, 水预算|管理试点): the
    tail left after the word is a kind, so the word joins two parts of one nominal name. The
    scan goes on from before the word to the next clause word; the part it adds must be name
    material (no function word, no clause opener, no adverb among the clause words, not generic, no
    conjunct after 和 or 、, and a first word of two characters unless a carrying verb precedes
    it: 开展|水预算管理试点),
    else ``start`` is kept. A carrying verb (实施, 开展: mined) does govern the name, so the
    scan never passes one."""
    stops = grammar.hard_stops | grammar.soft_stops
    word = next(
        (text[start - k : start] for k in range(MAX_STOP, 1, -1) if text[start - k : start] in stops), ""
    )
    if not word or word in grammar.carrying_verbs or FUNCTION_RE.search(word):
        return start
    new = grammar.name_start(text, start - len(word), min_body=1)
    added = text[new : start - len(word)]
    if not added or FUNCTION_RE.search(added) or opens_clause(added) or leading_verb(added):
        return start
    if FUNCTION_RE.fullmatch(text, max(0, new - 1), new) or text[new - 1 : new] == LIST_MARK:
        return start  # 高质量发展和|宜居城镇建设试点: a conjunct, whose coordination is unknown
    if not text[:new].endswith(grammar.carrying_verbs) and len(_segment(added)[0]) < 2:
        return start  # 到期|后再|延长…: a stray character of the clause, not a name's first word
    if any(w in stops and dictionary().get(w, (0, ""))[1] == "d" for w in _segment(added)):
        return start  # 协议|到期|后|再|延长…: an adverb the miner found opening clauses is no name material
    if g.is_generic(added, descriptive_ok=True) or any(v in added for v in grammar.carrying_verbs):
        return start
    return new


def count_of_one(text: str, start: int) -> bool:
    """Does a count of one (一个, 1个) stand right before ``start``?"""
    return bool(ONE_RE.fullmatch(text, max(0, start - 2), start))


def counted_kind(text: str, floor: int, start: int) -> bool:
    """Does a count of more than one end right before ``start`` (past ``floor``)? 42个|…试点
    counts pilots of a kind (``programme_frames.counted_pilots``), no single designation."""
    return any(m.end() == start for m in DETERMINER_RE.finditer(text, floor, start)) and not count_of_one(
        text, start
    )


def _category(name: str, head: str, grammar: g.Grammar) -> bool:
    body = name[: -len(head)]
    return body[-MAX_BODY:] + head in grammar.categories


def rare_designation(text: str, start: int, head_end: int, grammar: g.Grammar) -> bool:
    """Is ``text[start:head_end]`` a pilot designation (GUIDE §3) named by a modifier of its
    own that fewer than the category threshold of authors write the same way? Its level
    (国家, 省级) is left out of the test (省级|综合改革试点 is the category 综合改革试点), the
    modifier must hold no function word, carrying verb (园区开展|试点) or name head (…行动计划
    综合改革试点: the left edge of the name inside is unknown), must not follow
    the list label 等, open with a description (重大…) or be one widespread term (对外开放).
    The miner counted only ``MAX_BODY`` characters before a head, so a longer body is judged by
    that suffix: when it is a category, so may the whole be (conservative)."""
    name = text[start:head_end]
    head = designation_head(name, grammar)
    if not head or text[max(0, start - 1) : start] == LIST_LABEL:
        return False
    level = LEVEL_RE.match(name)
    own = name[level.end() if level else 0 : -len(head)]
    if len(own) < MIN_SPECIFIC or "“" in own or "”" in own:
        return False  # quoted names are the quote finders' (quoted_frames, quoted_programmes)
    if FUNCTION_RE.search(own) or any(v in own for v in grammar.carrying_verbs):
        return False
    if grammar.head_re.search(own):
        return False  # 三年行动计划|综合改革试点: a named thing inside, whose own left edge is unknown
    if g.DESCRIPTIVE_RE.match(own) or own in grammar.generic_terms or own in widespread_terms(grammar):
        return False
    return not _category(name, head, grammar) and not _category(own + head, head, grammar)
