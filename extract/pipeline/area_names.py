"""Region-kind Area names need a specific modifier: a kind of zone is not a named region.

The provincial-2026 conventions type metropolitan areas, city clusters, economic circles,
zones and belts as Area (``济南都市圈``, ``海口经济圈``, ``海西经济区``: issue 12), but the same
kernels also close a *kind* of zone: ``世界级城市群``, ``口岸经济带``, ``世界级大都市圈``
(GUIDE §3: generic unnamed items are not annotated). What tells them apart is the modifier: a
place or another proper modifier names one region, while words that the mining found in many
reports (``extract/data/widespread_terms.jsonl``: levels such as 世界级, functions such as
口岸) only say what kind it is. So a body that is one widespread word (a one-character rest
included: 世界级|大) is no name — a word of the body's segmentation, not the opening characters
of a longer word (北部 of 北部湾城市群). Two or more words are left alone: 现代化首都都市圈 is the
official name of the capital region, and 首都 is a widespread word too. Which kernels this
applies to is read from the kernel file: those whose rule cites the provincial-2026
conventions (region kinds); the Chongqing functional areas of GUIDE §3 (片区, 母城:
中部历史母城) keep the name grammar's own checks. A kernel that is also the category name of
national zone types carries ``needs_proper`` in that file (经济区: 渔港经济区, 临空经济区), and
its names need a proper word in the modifier (``has_proper_word``). No word is listed here.
"""

from __future__ import annotations

import functools
import re

from extract.pipeline.genericity import widespread_terms
from extract.pipeline.grammar import Grammar
from extract.pipeline.level_grids import LEVEL_CHARS
from extract.pipeline.mining import dictionary, segment_cached

CONVENTION_MARK = "provincial-2026"  # the rule text of a region-kind kernel cites the conventions
MAX_TERM = 8  # the longest widespread word tried
MIN_SPECIFIC = 2  # a specific rest of one character (大) names nothing
# jieba's tags for place, person, other proper nouns, abbreviations and locations
PROPER_TAGS = frozenset({"ns", "nr", "nrt", "nz", "nt", "j", "s"})
OPENING_WORDS = 3  # clause words opening a body stand among its first three words (认真|落实|黔中)
# verbs and adverbial adjectives (认真, 积极: ad); not d, which jieba also gives 首都
CLAUSE_OPENING_TAGS = frozenset({"v", "ad"})
HAN_RE = re.compile(r"[\u4e00-\u9fff]+")
MIN_RUN_ON_FREQ = 1000  # a word read across a head's end must be a common one (城乡)


@functools.lru_cache(maxsize=8)
def _region_kernels(grammar: Grammar) -> dict[str, dict]:
    """Each region-kind head (a kernel citing the conventions, or a head mined on one) -> the
    kernel's row in ``head_kernels.jsonl``."""
    kernels = {
        r["head"]: r
        for r in grammar.lexicon.get("head_kernels.jsonl", ())
        if r.get("type") == "Area" and CONVENTION_MARK in r.get("rule", "")
    }
    mined = {
        r["head"]: kernels[r["kernel"]]
        for r in grammar.lexicon.get("heads.jsonl", ())
        if r.get("kernel") in kernels
    }
    return kernels | mined


def is_region_kind(head: str, grammar: Grammar) -> bool:
    """Is ``head`` a region kind (a kernel citing the provincial-2026 conventions, or a head mined
    on one: 都市圈, 城市群), not a GUIDE §3 functional area (片区, 新城)?"""
    return head in _region_kernels(grammar)


def has_proper_word(body: str) -> bool:
    """Does the body hold a word the general dictionary tags as a place, person, proper noun or
    abbreviation (海西, 塔里木, 成渝), or a Han word it does not know (儋洋, 济青)? A body of
    common nouns and levels (省级渔港, 国家物流枢纽) names a category."""
    words = dictionary()
    for token in segment_cached(body):
        tag = words.get(token, (0, None))[1]
        if tag in PROPER_TAGS or (tag is None and len(token) >= 2 and HAN_RE.fullmatch(token)):
            return True
    return False


def kind_of_zone(body: str, head: str, grammar: Grammar) -> bool:
    """Is ``body + head`` a region kind with no specific modifier (module docstring)?"""
    if grammar.heads.get(head) == "Area" and levels_only(body):
        return True  # 镇村|片区: the levels of the hierarchy where such areas are drawn, no name
    kernel = _region_kernels(grammar).get(head)
    if kernel is None:
        # a functional area (片区, 新城, 核心区: GUIDE §3) is named by a place or a proper word;
        # a body that is one widespread word (周边|片区, 重点|功能|片区) says which kind of area
        return grammar.heads.get(head) == "Area" and _one_widespread_word(body, grammar)
    if kernel.get("needs_proper") and not has_proper_word(body):
        return True
    terms = widespread_terms(grammar)
    bounds = _word_ends(body)
    for k in range(min(MAX_TERM, len(body)), 1, -1):
        if k in bounds and body[:k] in terms:
            return len(body) - k < MIN_SPECIFIC
    return False


def levels_only(body: str) -> bool:
    """Is the body nothing but one-character levels of the administrative hierarchy (镇村, 乡镇,
    区县: ``level_grids.LEVEL_CHARS``, Constitution art. 30)? It says at which levels a kind of
    area is drawn (组团式推进镇村片区建设), names no one area (GUIDE §3: generic unnamed items are not
    annotated); a place's name holds more than level characters (南坪, 大同)."""
    return len(body) >= MIN_SPECIFIC and all(c in LEVEL_CHARS for c in body)


def _one_widespread_word(body: str, grammar: Grammar) -> bool:
    """Is the body one widespread word (``widespread_terms.jsonl``: words most provinces write,
    周边, 功能) and no head of a name itself (经开区|片区 is the zone's area)? Such a body names
    no one area. Longer bodies of widespread words are descriptive names (中部历史母城)."""
    return (
        body in widespread_terms(grammar)
        and len(segment_cached(body)) == 1
        and not any(grammar.heads.get(body[k:]) for k in range(len(body) - 1))
    )


def head_runs_on(text: str, end: int) -> bool:
    """Does the Area head ending at ``end`` run on into a word of the language (创新城|乡: the
    dictionary reads 城乡 across the head's end)? Then the head is two halves of other words,
    no head: 积极探索创新城乡融合 names no 新城. Only a frequent two-character word counts."""
    pair = text[end - 1 : end + 1]
    if len(pair) < 2 or not HAN_RE.fullmatch(pair):
        return False
    freq = dictionary().get(pair, (0, None))[0]
    if freq < MIN_RUN_ON_FREQ:
        return False
    window = text[max(0, end - 3) : end + 2]
    pos, cut = max(0, end - 3), end
    for token in segment_cached(window):
        if pos < cut < pos + len(token):
            return True
        pos += len(token)
    return False


def _word_ends(body: str) -> set[int]:
    """Where the words of the body end in the dictionary's segmentation. A widespread word counts
    only as a word of the body (世界级|大): the same characters opening a longer word of the
    language (北部 of 北部湾, a named region) are no level or function word."""
    ends, pos = set(), 0
    for token in segment_cached(body):
        pos += len(token)
        ends.add(pos)
    return ends


def after_verb(body: str, object_verbs: frozenset[str] = frozenset()) -> int:
    """Where an Area body begins once a clause opening it is cut off: after a verb of two or
    more characters (as the general dictionary tags it) among the body's first words
    (疏通|茶园片区, 紧扣|中部历史母城, 该区位于|青山湖片区), an adverb before it (认真|落实|…),
    a word mined as governing a title (落实, 出台: ``policy_frames.jsonl``; the dictionary
    tags 落实 as an adjective; 认真落实, 全面落实 are one word there) or one of ``object_verbs``,
    the words mined as governing a list of named items (``object_verbs.jsonl``: 布局, 培育 open
    first list items only; the dictionary tags 布局 as a noun, so 整体|布局|甲地站前片区 kept the
    clause). A functional area's name
    opens with a place or a proper word (GUIDE §3: 南坪, 广阳岛, “两江四岸”), so such words and
    what stands before them are the sentence; a verb deeper in the body (绿色金融改革创新核心区)
    or of one character (黄葛晚渡) is left alone. Nothing left after the cut means no name (开启新城)."""
    words = dictionary()
    governing = _governing_verbs()
    pos = cut = 0
    for i, token in enumerate(segment_cached(body)[:OPENING_WORDS]):
        pos += len(token)
        tag = words.get(token, (0, None))[1]
        governs = token in governing or token[-2:] in governing or token in object_verbs
        if len(token) >= 2 and (tag in CLAUSE_OPENING_TAGS or governs):
            cut = pos
        elif cut or i >= 1:
            break  # the clause words run from the start, after at most one subject word (该区|位于)
    return cut


@functools.lru_cache(maxsize=1)
def _governing_verbs() -> frozenset[str]:
    """The words mined before 《》 titles (``extract/data/policy_frames.jsonl``, role verb), read
    through the validated lexicon loader like every other lexicon file."""
    from extract.pipeline.lexicon_files import read_lexicon

    rows = read_lexicon(names=["policy_frames.jsonl"])["policy_frames.jsonl"]
    return frozenset(r["word"] for r in rows if r.get("role") == "verb")


def ends_with_area_head(word: str, grammar: Grammar) -> bool:
    """Does the head word after a quoted name end in an Area head of the grammar (城市群,
    都市圈, 片区)? A quoted name before one names a region (provincial-2026 conventions:
    city clusters are Area), not a programme."""
    return any(grammar.heads.get(word[k:]) == "Area" for k in range(len(word)))


MIN_BODY_WORD = 3  # a body designation word: 管理局, 委员会 (not 东部, a direction)
MIN_BODIES = 3  # gazetteer bodies that end in a character for it to close a body's name
BODY_WORD_TAGS = frozenset({"n", "nt", "j"})  # a noun, an institution's name, an abbreviation (not 合理布局)


@functools.lru_cache(maxsize=1)
def _body_endings() -> frozenset[str]:
    """The characters that close the names of three or more bodies of the closed-class gazetteer
    (``organizations.jsonl``: 局 of 国家统计局, 会 of …委员会, 部 of 教育部), read from the data."""
    from collections import Counter

    from extract.pipeline.closed_class import load_entries

    names = {e.canonical for e in load_entries() if e.label == "Organization"}
    counts = Counter(name[-1] for name in names if name)
    return frozenset(c for c, n in counts.items() if n >= MIN_BODIES)


def opens_body(text: str, end: int) -> bool:
    """Does an Area name ending at ``end`` run straight on into a body's designation word (…国家公园
    |管理局, …都市圈|委员会)? Then the Area is the modifier of that body's name, which GUIDE §3 types
    an Organization, and no mention of its own (GUIDE §2.1: the maximal name, never nested). The
    word must be a dictionary noun of three or more characters made of a word and a character that
    closes gazetteer bodies' names (管理|局; ``_body_endings``; not 合理布局, whose 合理布 is no word):
    no body is listed here.

    The first word of the reading is an opening of the window, so it can close with a body
    character only where one stands third or later in the window: without one, no segmentation
    (most Area guesses)."""
    window = text[end : end + 6]
    if _body_endings().isdisjoint(window[MIN_BODY_WORD - 1 :]):
        return False
    words = segment_cached(window)
    if not words or len(words[0]) < MIN_BODY_WORD or not HAN_RE.fullmatch(words[0]):
        return False
    word, words_ = words[0], dictionary()
    if words_.get(word, (0, None))[1] not in BODY_WORD_TAGS or word[-1] not in _body_endings():
        return False
    return word[:-1] in words_  # 管理|局, 委员|会: a word + the body character (not 合理布|局)


MAX_PLACE_LEAD = 4  # characters of a place-led lead-in before a quoted area name (滨海站)


def listed_place_lead(text: str, quote: int) -> int:
    """Start of a quoted Area name whose own place stands before the quote as a list item
    (甲站“乙”商务区 after 、): GUIDE §2.2 keeps quotes inside a name, and GUIDE §3 names a
    functional area by its place (南坪片区, 西站片区). The quoted-programme lead refuses a lead-in
    after 、 (it is the previous list item's end, 甲、乙“丙”行动); an area's lead-in is taken there
    when it is one run of at most four Han characters that opens with a word the general
    dictionary tags as a place (ns) or a division of the gazetteer. Otherwise ``quote``."""
    lead = quote
    while lead > max(0, quote - MAX_PLACE_LEAD) and HAN_RE.fullmatch(text[lead - 1]):
        lead -= 1
    if lead == quote or text[lead - 1 : lead] != "、":
        return quote
    first = segment_cached(text[lead:quote])[0]
    if dictionary().get(first, (0, None))[1] == "ns" or _is_division(first):
        return lead
    return quote


def _is_division(word: str) -> bool:
    from extract.regions import lookup

    return len(word) >= 2 and lookup(word) is not None
