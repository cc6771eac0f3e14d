"""Platform kinds named by a field's own vocabulary: 二手车|出口|基地, 全|渠道|平台 (platform37).

Platform was still the least precise type on unannotated text (issue 12; held-out precision .70).
platform37's audit of the readable pool (278 Platform guesses outside every gold passage) found the
generic kinds the largest wrong class again, now the ones that a field's own words name: ``打造
二手车出口基地``, ``谋划布局高铁快运基地``, ``培育新就业形态劳动纠纷一站式调解平台超30个``. Each says
what kind of base or platform a province builds (GUIDE §3: generic unnamed items are not annotated),
yet ``unnamed_platforms`` kept it: its test wants every word a term several authors write
(``widespread_terms``, ``shared_terms``), and a field's words are written by the one or two reports
of that field (二手车 by two authors, 快运 and 网格化 by one or two), as a name's own part is.

What tells the two apart is the general dictionary, not the reports: a field's word is a common
noun, verb or adjective of jieba's dictionary (二手车 ``n``, 低空飞行 ``n``, 一站式 ``b``), while a
name's own part is a word the dictionary does not know (长嘉汇, 碳金, 智谷: a coinage cut into single
characters), a proper noun (华为 ``nz``, 东盟 ``j``), a place word or direction (``s``, ``f``: 西部,
which the mined terms count as everyday, is still read here as the place a name holds) or a
division of the gazetteer (保定, 大同: common words of the dictionary that are also prefectures).
A one-character adjective of the dictionary standing as a word of its own (tag ``a``: 全, 大, 新)
rates the kind it modifies, as a level or a magnitude does (``建设全渠道平台``: an omni-channel
platform any retailer builds); a one-character word of another tag (区, 市: the author's own level;
a piece of a coinage, 碳|金) is no field word.

This is the everyday word of ``function_names`` (any content word of the dictionary of two or more
characters), there read before a mined category tail and here over the whole guess, with
``proper_parts``' demands (three words or more, no code, number, quote mark or phase, no single word
before a firm's facility) and ``unnamed_platforms``' exceptions (an exchange, a national designation:
国家 as a word, GUIDE §2.5, a park a place was granted). The joined pieces of ``everyday_tiles``
(赋|能, 共|治: mined terms of several authors) stay joined only where the mined terms join them.

Over the readable reports the test drops ten guesses outside the gold passages, eight of them
kinds or cut spans (二手车出口基地, 全渠道平台, 高铁快运基地, 国际低空飞行赛事基地,
社区治理智能化网格化共治平台, 唯一制造业数字化转型赋能中心, …) and two mentions of one
works whose place part the dictionary reads as a noun (建桥|智慧铁路物流中心: 建桥 is a park of
the author's, no division); in a readable gold passage it drops 特变电工智慧产业园, a firm's park
the gold types Project (特变|电工: a firm named by two dictionary nouns), and none of the 180
Platform names of the readable gold files.

A name's own part may still be a common word of the dictionary (建桥, a noun: the author's own
park; 光谷, a place's nickname), and then the words alone cannot tell it from a field's word.
The document can (platform39): the author writes that word elsewhere straight before a head, as
a name of its own (``建桥园区``), while a field's word stands there before more field words
(二手车|出口|服务, 高铁|惠民站). A word many authors write (国际, 社区: an everyday word of the
mined terms) stands before heads in any report (国际|消费中心) and proves nothing. So a guess
whose opening word, no everyday word, the document writes elsewhere directly before a head of
the grammar keeps its name (``named_elsewhere``). Only a head that proves a name counts
(``proves_name``): a place or zone head (建桥|园区), or a head the genericity tests keep with the
word; a generic Platform kernel (二手车|产业园: 中心, 平台, 基地, 产业园) proves nothing, nor does a
repeat of the guess itself. The words before heads are read once per document (``HeadWords``,
jieba's words of the whole text), so each guess costs a look-up, not a scan of the text; over
the readable reports this keeps both
mentions of 建桥智慧铁路物流中心 and drops the other eight guesses as before. 特变电工智慧产业园
(its firm written nowhere else in the report) is still dropped.
"""

from __future__ import annotations

import re

from extract.pipeline.function_names import LOCATION_TAGS
from extract.pipeline.grammar import Grammar
from extract.pipeline.lexicon import segment, word_spans
from extract.pipeline.list_items import phase_end
from extract.pipeline.mining import NATIONAL, PROPER_TAGS, dictionary
from extract.pipeline.proper_parts import (
    MARKED_RE,
    MIN_PIECE,
    MIN_WORDS,
    everyday_tiles,
    everyday_word,
    firm_and_facility,
    kernel_length,
    place_part,
)
from extract.pipeline.shared_terms import CONTENT_TAGS
from extract.pipeline.word_edges import run_bounds
from extract.regions import lookup

ADJECTIVE_TAGS = frozenset({"a"})  # jieba's adjectives: a one-character one rates a kind (全, 大)
ZONE_END = "区"  # a zone form among the Platform heads (园区, 新区, 高新区): a place of its own


def field_word(word: str) -> bool:
    """A content word of jieba's dictionary of ``MIN_PIECE`` or more characters (二手车, 快运), no
    proper noun, place word or direction, and no division, or a one-character adjective (全|渠道:
    module docstring)."""
    tag = dictionary().get(word, (0, ""))[1]
    if len(word) < MIN_PIECE:
        return tag in ADJECTIVE_TAGS
    if tag not in CONTENT_TAGS or tag in PROPER_TAGS | LOCATION_TAGS:
        return False
    return not place_part(word) and lookup(word) is None


def _located(word: str) -> bool:
    """A place word or a direction of the dictionary (西部|职教|基地: the west's own base, as
    ``function_names`` reads it), whatever the mined terms say of it."""
    return dictionary().get(word, (0, ""))[1] in LOCATION_TAGS


def field_kind(name: str, grammar: Grammar, terms: frozenset[str]) -> bool:
    """Is ``name`` three or more words, each a field word or an everyday word of ``terms`` (runs of
    jieba's pieces joined as ``everyday_tiles`` joins them), with no code, number, quote mark,
    phase, national scope, place word or direction, or firm before its facility?"""
    if MARKED_RE.search(name) or phase_end(name) is not None:
        return False
    words = segment(name)
    if len(words) < MIN_WORDS or any(w in NATIONAL or _located(w) for w in words):
        return False
    if firm_and_facility(name, words, grammar):
        return False
    tiles = 0
    run: list[str] = []  # the words since the last field word, read by ``everyday_tiles``
    for w in [*words, ""]:
        if w and not (field_word(w) and not everyday_word(w, terms)):
            run.append(w)
            continue
        if run:
            kernel = kernel_length(name, grammar) if not w else 0  # the head ends the last run only
            found = everyday_tiles(run, terms, kernel)
            if found is None:
                return False
            tiles += found
            run = []
        tiles += bool(w)
    return tiles >= MIN_WORDS


class HeadWords:
    """One document's answers to "where does this word stand, as a word of its own, straight
    before a head that proves a name (``proves_name``)?", kept per word: a guess's opening word is
    found with ``str.find`` and each hit read in its own block (``head_word_starts``), so a document
    costs the few words its guesses open with, not a reading of the whole text."""

    def __init__(self, text: str, grammar: Grammar):
        self.text, self.grammar = text, grammar
        self._starts: dict[str, list[int]] = {}

    def starts(self, word: str) -> list[int]:
        """Where ``word`` stands as a whole word of jieba's reading straight before such a head."""
        if word not in self._starts:
            self._starts[word] = head_word_starts(self.text, word, self.grammar)
        return self._starts[word]


def proves_name(word: str, head: str, grammar: Grammar) -> bool:
    """Does ``word`` straight before ``head`` name a place or body of its own? Before a place or
    zone head (片区, 园区, 高新区: an Area head, or a Platform head that ends in 区) it does; before
    a generic Platform kernel (中心, 平台, 基地, 产业园: ``genericity._kind_kernels``) it does not,
    as 二手车产业园 is a kind as much as 二手车出口基地; before any other head it does when the
    genericity tests keep the two as a name (no ``widespread_kind``, no generic body)."""
    from extract.pipeline.genericity import _kind_kernels, widespread_kind
    from extract.pipeline.grammar import is_generic

    kind = grammar.heads.get(head)
    if kind == "Area" or (kind == "Platform" and head.endswith(ZONE_END)):
        return True
    if head.endswith(_kind_kernels(grammar)):
        return False
    return not widespread_kind(word + head, grammar) and not is_generic(word)


# jieba reads each run of these characters on its own (its ``re_han_default`` blocks), so a hit's
# words are those of its block; a block longer than BLOCK_REACH either side is read in that reach
# only, which keeps an unpunctuated run linear (the words near the hit are the same in practice)
BLOCK_CHAR = re.compile(r"[\u4E00-\u9FD5a-zA-Z0-9+#&._%\-]")
BLOCK_REACH = 64


def head_word_starts(text: str, word: str, grammar: Grammar) -> list[int]:
    """The starts of ``word`` in ``text`` where it is a word of jieba's reading (``MIN_PIECE``
    characters or more) that a head of the grammar follows straight, the longest such head
    proving a name (``proves_name``)."""
    if len(word) < MIN_PIECE:
        return []
    longest = max(map(len, grammar.heads), default=0)
    found: list[int] = []
    a = text.find(word)
    while a != -1:
        b = a + len(word)
        heads = [text[b : b + k] for k in range(longest, 1, -1) if text[b : b + k] in grammar.heads]
        if (
            heads
            and (a, b) in word_spans(text, *run_bounds(text, a, b, BLOCK_CHAR, BLOCK_REACH))
            and any(len(h) > 1 and proves_name(word, h, grammar) for h in heads)
        ):
            found.append(a)
        a = text.find(word, a + 1)
    return found


def named_elsewhere(name: str, start: int, index: HeadWords, terms: frozenset[str]) -> bool:
    """Does the document write ``name``'s opening word (``MIN_PIECE`` characters or more, no
    everyday word of ``terms``) elsewhere, as a word of its own, straight before a head that proves
    a name (建桥|园区 beside 建桥|智慧铁路物流中心; ``proves_name``)? The word then names a place or a
    body of the author's own (module docstring), not a field. A word many authors write (国际,
    社区) stands before heads in every report (国际|消费中心) and proves nothing; nor does a repeat
    of the guess itself, nor the word before a generic kernel (二手车|产业园)."""
    words = segment(name)
    if not words or len(words[0]) < MIN_PIECE or everyday_word(words[0], terms):
        return False
    text = index.text
    return any(s != start and text[s : s + len(name)] != name for s in index.starts(words[0]))
