"""Is a gazetteer hit a word of its sentence, or a piece of a longer common word?

Short forms of divisions are everyday words too: 平安 in 高水平安全, 大通 in 大通道, 海口 in
出海口, 范县 in 示范县, 和安 in 发展和安全, 振兴 in 全面振兴. Whether the characters around
a hit make other words of it is a question for a general Chinese dictionary, not for a list of
this corpus's places. jieba ships one (about 350,000 words with frequencies and tags), and its
segmenter picks the most probable reading of a short window around the hit: the hit counts
only when that reading cuts the text at both of its edges. A short form that the dictionary
knows mainly as a frequent verb or adjective (振兴, 平安, 新兴) needs its full name.

Both are loaded once per process when the first hit needs checking (not at import time).
"""

from __future__ import annotations

import functools
import re
from collections.abc import KeysView

from extract.openings import ending_in, opening_in, word_table
from extract.pipeline.mining import CLAUSE_TAGS, dictionary

MIN_FREQ = 50  # rarer dictionary entries are mostly names and jargon: they count as specific
COMMON_FREQ = 500  # a short form this frequent as a verb or adjective is that word, not the place
WORD_TAGS = frozenset({"a", "ad", "an", "b", "v", "vn", "vd"})
GENERIC_CHARS = frozenset("新大小老多各类型级性等化省")
PROPER_TAGS = frozenset({"ns", "nr", "nrt", "nrfg", "nz", "nt", "j", "eng"})
CONTEXT = 5  # characters of context on each side given to the segmenter
_HAN = re.compile(r"[\u4e00-\u9fff]")
# the bounds of ``_HAN``'s range: ``_HAN_FIRST <= c <= _HAN_LAST`` is ``_HAN.match(c)`` for one
# character, without a regex call (the window walks below)
_HAN_FIRST, _HAN_LAST = chr(0x4E00), chr(0x9FFF)
_HAN_ONLY = re.compile(r"[\u4e00-\u9fff]*")  # all(_HAN.match(c) for c in …) in one C-speed match
FUNCTION_CHARS = frozenset("等至和与及的在对向从段")  # 段: 长江巴南段, a section of a river or road
# what turns a place name into a landform or a built place: 贺兰山, 青海湖, 黄浦江, 杭州湾, 香港城
LANDFORM_CHARS = frozenset("山湖河江海岛湾峡岭峰洲滩溪泉城")


@functools.cache
def _segmenter():  # untyped: jieba has no stubs
    """A private jieba tokenizer (the global one may carry user words), with the one-pass plain
    cut of :mod:`extract.pipeline.segmenter` (the same words as jieba's)."""
    from extract.pipeline.segmenter import shared_tokenizer

    return shared_tokenizer()


def dictionary_freq() -> dict[str, int]:
    """The shared tokenizer's dictionary: word -> jieba frequency (every prefix of a word held
    too, at 0), the table the word-boundary readers test for words crossing an edge."""
    freq: dict[str, int] = _segmenter().FREQ
    return freq


@functools.cache
def _word_tags() -> dict[str, tuple[int, str]]:
    """word -> (frequency, tag) for jieba's words seen at least ``MIN_FREQ`` times: a view of the
    one parsed copy of jieba's dictionary (:func:`extract.pipeline.mining.dictionary`)."""
    return {w: v for w, v in dictionary().items() if len(w) >= 2 and v[0] >= MIN_FREQ}


def is_dictionary_word(word: str) -> bool:
    """A word of two or more characters that the general dictionary knows (seen ≥ MIN_FREQ)."""
    return len(word) >= 2 and word in _word_tags()


def is_common_word(word: str) -> bool:
    """A frequent verb or adjective (振兴, 平安, 新兴): read as the word, not as a place."""
    hit = _word_tags().get(word)
    return hit is not None and hit[0] >= COMMON_FREQ and hit[1] in WORD_TAGS


def is_common_phrase(text: str) -> bool:
    """Nothing but everyday words: no place, person or other proper noun, no word the
    dictionary does not know (支撑调节性煤电, 投融资, 特色农产品 — but not 石衡沧港, 豫东水资源配置).

    Used on the body of a head-word name (…项目, …工程) to tell a description of a kind of
    project from the name of one. A city of the gazetteer that the dictionary knows as a verb or
    adverb (``_city_names``: 大同, 保定) is a place here, as in ``clause_opener``: 大同国家数据标注基地
    was read as a description of everyday words and dropped, and only the place-led builder's
    re-reading, which hung on a mined stop word's count, had put it back (issue 12, maskflip22).
    """
    if not text or not _HAN_ONLY.fullmatch(text):
        return False  # letters, digits, quotes and brackets mark a specific name
    if not _common_at_ends(text):
        return False  # the first or the last word fails the test below, whatever the segmentation
    tags = _word_tags()
    cities = _city_names()
    for word in segment(text):
        if word in cities:
            return False  # 大同|国家…: a city of the gazetteer the dictionary reads as a verb (_city_names)
        if len(word) == 1:
            if word in GENERIC_CHARS:
                continue  # 新, 性, 类: modifiers that say nothing specific
            return False  # 呼归路, 柴院: a character the dictionary cannot place in a word
        hit = tags.get(word)
        if hit is None or hit[1] in PROPER_TAGS:
            return False
    return True


@functools.cache
def _common_words() -> tuple[KeysView[str], int]:
    """The words :func:`is_common_phrase` accepts (known, not proper nouns), and the length of
    the longest."""
    words = word_table(w for w, (_, tag) in _word_tags().items() if tag not in PROPER_TAGS)
    return words, max(map(len, words))


def _common_at_ends(text: str) -> bool:
    """Could the first and the last word of ``text`` pass :func:`is_common_phrase`? The first
    word of a segmentation is an opening of the text and the last an ending, so each must be a
    generic character or an accepted word there; most names fail at one end, and a first
    reading paid jieba for each of them."""
    words, longest = _common_words()
    reach = min(len(text), longest)
    return (text[0] in GENERIC_CHARS or opening_in(text, words, 2, reach)) and (
        text[-1] in GENERIC_CHARS or ending_in(text, words, 2, reach)
    )


# parts of speech of a word that opens a clause rather than a name: verbs, adverbs, prepositions
CLAUSE_OPENER_TAGS = frozenset({"v", "vd", "ad", "p"})  # not d: 共同富裕示范区


def leading_verb(body: str) -> int:
    """Length of a frequent verb, adverb or preposition the body opens with (做好, 提高, 坚决,
    按照), or 0. Such a word starts a clause the left-boundary scan ran into (做好PPP存量项目,
    提高口岸): it is no part of the name after it. Nouns, verbal nouns (发展, 优化) and the
    adverb class d (共同 in 共同富裕示范区) are kept, because names open with them.
    """
    if len(body) < 2 or not _HAN_ONLY.fullmatch(body, 0, 2):
        return 0
    openers, longest = _leading_verbs()
    if not opening_in(body, openers, 2, min(len(body), longest)):
        return 0  # the word tried below is an opening of the body: none qualifies, no segmenting
    first = segment(body)[0]
    tags = _word_tags()
    if first not in tags and len(first) >= 4:
        first = first[:2]  # 严格执行: a rare fixed phrase of two frequent words
    hit = tags.get(first)
    if len(first) >= 2 and hit is not None and hit[0] >= COMMON_FREQ and hit[1] in CLAUSE_OPENER_TAGS:
        return len(first)
    return 0


@functools.cache
def _leading_verbs() -> tuple[KeysView[str], int]:
    """The words :func:`leading_verb` returns the length of (frequent verbs, adverbs and
    prepositions of two or more characters), and the length of the longest."""
    words = word_table(
        w for w, (f, tag) in _word_tags().items() if f >= COMMON_FREQ and tag in CLAUSE_OPENER_TAGS
    )
    return words, max(map(len, words))


def opens_clause(text: str) -> bool:
    """Does ``text`` open with a word the general dictionary knows only as a verb, adverb,
    preposition or conjunction (打好, 促成, 全力), at any frequency? A short lead-in glued to a
    quoted name (浙商“青蓝接力”行动) is part of the name; a verb before it is not."""
    return len(clause_opener(text)) >= 2


def clause_opener(text: str) -> str:
    """The verb, adverb, preposition or conjunction ``text`` opens with, or "": the first word
    of its segmentation, or its first two characters when they are such a word by themselves
    (打好 is rare enough that the segmenter reads 打|好)."""
    if not text or not _HAN.match(text[0]) or not _may_open_clause(text):
        return ""
    words = dictionary()
    cities = _city_names()
    first = segment(text)[0]
    pair = "" if _name_word(first, words) else text[:2]
    for word in (first, pair):
        if len(word) >= 2 and words.get(word, (0, ""))[1] in CLAUSE_TAGS and word not in cities:
            return word
    return ""


# jieba's tags of a place's or a body's name (长三角 ns, 中科院 j); not the person tags, which the
# dictionary also gives everyday words (高水平, 智慧: ``mistagged_terms``)
NAME_WORD_TAGS = frozenset({"ns", "nt", "j"})


def _name_word(first: str, words: dict[str, tuple[int, str]]) -> bool:
    """Is ``first``, the segmenter's first word, a longer name that holds the two characters
    :func:`clause_opener` would otherwise try alone (长三|角: 长三 is an adverb of the
    dictionary, 长三角 the delta's name)? The two characters are a word of their own only where
    the segmenter splits them off (打|好); inside a name they are not (branch platform21)."""
    return len(first) > 2 and words.get(first, (0, ""))[1] in NAME_WORD_TAGS


CITY_LEVELS = frozenset({"province", "prefecture"})  # GB/T 2260 levels whose names are cities or above


@functools.cache
def _city_names() -> frozenset[str]:
    """Names of the province- and prefecture-level divisions (the closed class of
    ``extract/data/regions.tsv``: 包头, 大同, 开封, 保定, 大连) that jieba's dictionary also tags as
    clause words. A name opening with one opens with the city, not with a verb or adverb: the
    dictionary's sense (包头 "to wrap the head", 大同 "great harmony") is the rare one in a
    government report, while county names that are everyday verbs (解放, 前进, 比如, 通道) keep
    their word reading."""
    from extract.regions import all_regions

    words = dictionary()
    return frozenset(
        n
        for r in all_regions()
        if r.level in CITY_LEVELS
        for n in (r.name, *r.aliases)
        if len(n) >= 2 and words.get(n, (0, ""))[1] in CLAUSE_TAGS
    )


@functools.cache
def _clause_words() -> tuple[KeysView[str], int]:
    """The dictionary's words of two or more characters tagged as clause words (CLAUSE_TAGS),
    and the length of the longest."""
    words = word_table(w for w, (_, tag) in dictionary().items() if len(w) >= 2 and tag in CLAUSE_TAGS)
    return words, max(map(len, words))


def _may_open_clause(text: str) -> bool:
    """Is some opening of ``text`` (two characters or more) a clause word?

    Both words :func:`clause_opener` tries are openings of the text (the first word of any
    segmentation starts it), so when none is a clause word the answer is "" without segmenting:
    most names open with a noun, and a first reading paid jieba for each of them."""
    words, longest = _clause_words()
    return opening_in(text, words, 2, min(len(text), longest))


def acts_on(text: str) -> bool:
    """Does ``text`` end in a verb (升级, 实化, 迭代升级)? Before a quoted programme name such a
    word says what is done to it and names no part of it (碳达峰“十大工程”, 工业经济“头号工程”
    keep their lead-in). jieba's part-of-speech tagger decides, with its HMM for words its
    dictionary lacks (实化); a word it reads as a person's name there (杜绝) is no name part
    either."""
    if not text:
        return False
    tagged = list(_pos_tagger().cut(text))
    return bool(tagged) and (tagged[-1].flag.startswith("v") or tagged[-1].flag in ("nr", "d", "p", "c"))


def names_an_activity(text: str) -> bool:
    """Does ``text`` end in a verbal noun (jieba ``vn``) after a noun that it serves or governs
    (子女关爱服务, 企业融资服务)? Such a lead-in before a quoted programme is the description of
    what the programme does, written like the unquoted name (农民工子女关爱服务同行计划), not a
    verb acting on it (:func:`acts_on`: 升级“十项行动”); a verbal noun alone (服务“X”) or after
    another verb only (加强服务) describes nothing."""
    tagged = list(_pos_tagger().cut(text)) if text else []
    if len(tagged) < 2 or tagged[-1].flag != "vn":
        return False
    return any(w.flag.startswith("n") and w.flag != "nr" for w in tagged[:-1])


@functools.cache
def _pos_tagger():  # untyped: jieba has no stubs
    from extract.pipeline.segmenter import pos_tagger

    return pos_tagger(_segmenter())


def pos_tagger():  # untyped: jieba has no stubs
    """The cached part-of-speech tagger over this module's private tokenizer (public:
    ``compound_edges`` reads a body's tags with it)."""
    return _pos_tagger()


@functools.lru_cache(maxsize=65536)
def segment(window: str) -> tuple[str, ...]:
    """jieba's most probable reading of a window; windows recur (平安南岸, 推动南岸高质量…).

    Public: modules across ``extract`` read windows with it. ``_segment`` is the same cached
    function under its older private name, kept for the modules that still import it."""
    return tuple(_segmenter().cut_plain(window))


_segment = segment  # the older private name (see ``segment``): one function, one cache


def longer_word_at(text: str, start: int, end: int, context: int = CONTEXT) -> tuple[int, int] | None:
    """The span of the longer word of the most probable segmentation of the surroundings that
    holds ``text[start:end]`` strictly inside it (扩大 in 扩大开放, 一体 in 一体化), or None.
    A clause word there is part of the word, not a clause edge."""
    if not _may_hold(text, start, end, _segmenter().FREQ):
        return None  # no longer word could hold it: skip the segmenter (the common case)
    lo, hi = han_window(text, start, end, context)
    for wstart, pos in word_spans(text, lo, hi):
        if wstart <= start < pos:
            return (wstart, pos) if pos >= end and pos - wstart > end - start else None
    return None


def han_window(text: str, start: int, end: int, context: int) -> tuple[int, int]:
    """The Han run around ``text[start:end]``, at most ``context`` characters each side: the
    surroundings a word test segments (a punctuation mark or digit ends a word anyway)."""
    # the Han test by code point range (``_HAN_FIRST``), the walk's bounds fixed before it (two
    # ``min``/``max`` calls and a regex call a step were most of its cost)
    lo, floor = start, max(0, start - context)
    while lo > floor and _HAN_FIRST <= text[lo - 1] <= _HAN_LAST:
        lo -= 1
    hi, ceiling = end, min(len(text), end + context)
    while hi < ceiling and _HAN_FIRST <= text[hi] <= _HAN_LAST:
        hi += 1
    return lo, hi


def word_spans(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """The words of jieba's most probable reading of ``text[lo:hi]``, as offsets into ``text``."""
    spans, pos = [], lo
    for word in segment(text[lo:hi]):
        spans.append((pos, pos + len(word)))
        pos += len(word)
    return spans


def _may_hold(text: str, start: int, end: int, freq: dict[str, int]) -> bool:
    """Is some dictionary word (frequency > 0) longer than ``text[start:end]`` and holding it,
    starting at most 3 characters before it and ending at most 3 after?"""
    return word_holds(text, max(0, start - 3), start, end, min(len(text), end + 3), freq)


def word_holds(text: str, lo: int, start: int, end: int, hi: int, freq: dict[str, int]) -> bool:
    """``any(freq.get(text[a:b], 0) > 0 for a in range(lo, start + 1) for b in range(end, hi + 1)
    if b - a > end - start)``: is some dictionary word longer than ``text[start:end]``, starting
    in ``[lo, start]`` and ending in ``[end, hi]``?

    jieba's ``FREQ`` holds every prefix of every word (with frequency 0 when the prefix is no
    word itself), so once ``text[a:b]`` is missing no longer ``text[a:b']`` can be a word: the
    scan from ``a`` stops there, and most slices and lookups are never made.
    """
    n = end - start
    for a in range(lo, start + 1):
        for b in range(end, hi + 1):
            hit = freq.get(text[a:b])
            if hit is None:
                break  # no word goes on from text[a:b]
            if hit > 0 and b - a > n:
                return True
    return False


def _crossed(text: str, lo: int, cut: int, hi: int, freq: dict[str, int]) -> bool:
    """Does a dictionary word (frequency > 0) inside ``text[lo:hi]`` cross position ``cut``
    (start before it and end after it)?

    Every word of two or more characters jieba's plain cut gives on a run of Chinese characters
    is such a word, so when none crosses ``cut`` the cut is a word boundary in any reading. The
    scan from each start stops at the first slice that is no prefix of a word (see
    :func:`word_holds`)."""
    for a in range(lo, cut):
        for b in range(a + 1, hi + 1):
            hit = freq.get(text[a:b])
            if hit is None:
                break
            if hit > 0 and b > cut:
                return True
    return False


def is_word_at(text: str, start: int, end: int, context: int = CONTEXT) -> bool:
    """Does the most probable segmentation of the hit's surroundings cut at both its edges?

    The window stops at the first non-Chinese character on either side (punctuation, digits,
    line breaks) and at function words (等, 至, 和…), which are boundaries anyway and which the
    dictionary would otherwise glue to the hit (南平|等 read as 南|平等). A hit that opens a
    longer dictionary word is still the place unless that word goes on with a landform or a
    built place (台湾同胞, 山东半岛 keep the place; 贺兰山, 黄浦江, 香港城 do not).
    """
    if start < end and not _HAN_ONLY.fullmatch(text, start, end):
        return True  # 巴(南): a bracketed short form is no dictionary word either way
    lo, floor = start, max(0, start - context)  # bounds and Han test as in ``han_window``
    while lo > floor and _HAN_FIRST <= text[lo - 1] <= _HAN_LAST and text[lo - 1] not in FUNCTION_CHARS:
        lo -= 1
    hi, ceiling = end, min(len(text), end + context)
    while hi < ceiling and _HAN_FIRST <= text[hi] <= _HAN_LAST and text[hi] not in FUNCTION_CHARS:
        hi += 1
    return _word_at_window(text[lo:hi], start - lo, end - lo)


@functools.lru_cache(maxsize=65536)
def _word_at_window(window: str, start: int, end: int) -> bool:
    """:func:`is_word_at` for the hit ``window[start:end]``, the answer depending on the window
    alone: remembered, so that a hit seen again in its surroundings costs one lookup."""
    freq = _segmenter().FREQ
    if not _crossed(window, 0, start, len(window), freq) and not _crossed(window, 0, end, len(window), freq):
        return True  # no word of the window crosses an edge: every segmentation cuts at both
    pos = 0
    for word in segment(window):
        wstart, pos = pos, pos + len(word)
        if wstart <= start < pos:  # the word holding the hit's first character
            if wstart != start:
                return False  # it straddles the hit's left edge (高水|平安, 出|海口)
            if pos == end:
                return True
            if pos < end:  # the hit goes on into another word: is its right edge a cut?
                continue
            return window[end] not in LANDFORM_CHARS and pos - end >= 2  # 台湾|同胞, not 贺兰|山
        if wstart < end < pos:
            return False  # a later word straddles the right edge (和安|全)
        if pos == end:
            return True
    return True


__all__ = [
    "dictionary_freq",
    "is_common_phrase",
    "is_common_word",
    "is_dictionary_word",
    "is_word_at",
    "leading_verb",
    "opens_clause",
]


def nominal_only(text: str) -> bool:
    """Does jieba read ``text`` as common nouns only (flag ``n``: 农村, 货运|企业, 开发区)? No
    verb, verbal noun, adverb, adjective, distinguishing word (国有), place (ns), person (nr) or
    abbreviation (j) among its words: such a lead-in names the field a programme works in."""
    tagged = list(_pos_tagger().cut(text)) if text else []
    return bool(tagged) and all(w.flag == "n" for w in tagged)
