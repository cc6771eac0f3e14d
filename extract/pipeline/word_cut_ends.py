"""Programme guesses whose right edge cuts a word (全运会等重|大赛|事: the head 大赛 in 重大赛事).

A head word of the grammar may stand inside an ordinary phrase: 大赛 (GUIDE §3 contests) is the
middle of 重大|赛事, and the scan makes 全运会等重大赛 a Program that ends in the middle of the
word 赛事. jieba's general dictionary reading of the surroundings decides: when its most
probable segmentation has a word of two or more characters that begins at the guess's last
character and runs past its end, the guess ends inside that word and names nothing. Only a
word that begins at the last character counts: a longer word that began earlier (民生|工程建设)
is a name plus a generic tail the segmenter glued to it, and the name stands.

Sources read off the layout (tables, 《》 titles, quotes, the closed classes) are exempt.

Project head-word guesses (source ``suffix``) are read the same way (branch ``project15``): the
heads 场 and 综合体 stand inside 场景 and 体育 (全面推广场|景招商, 每天综合体|育活动), the head
学校 inside 校舍 (改扩建中小学校|舍面积), and the guess is a verb phrase or a clause cut at a
word's half, no works (GUIDE §3). Items of lists and other finders' Projects keep their edges:
their end is a list mark or a label, not a head the scan found inside a phrase.

Platform head-word guesses (branch ``platform17``) end inside a word when their head is the start
of a longer noun: 中心 of 中心镇 (建设中心|镇: a central town, 县城—中心|镇—重点村), which jieba's
reading of the surroundings makes one word that began inside the guess and runs one character
past its end. One character only: a word two past the end is a generic tail the segmenter glued
to a name (…工程|建设, …项目|前期), and the name stands.
"""

from __future__ import annotations

import re

from extract.pipeline.chosen import Chosen
from extract.pipeline.lexicon import dictionary_freq, han_window, word_holds, word_spans
from extract.pipeline.word_edges import EXEMPT_SOURCES, WINDOW

_HAN = re.compile(r"[\u4e00-\u9fff]")


def ends_inside_word(text: str, end: int) -> bool:
    """Does a word of two or more characters of the surroundings' segmentation begin at
    ``end - 1`` and run past ``end``?"""
    if not _han_edge(text, end):
        return False
    lo, hi = han_window(text, end, end, WINDOW)
    # such a word is a dictionary word from ``end - 1`` past ``end`` (the plain reading's only
    # words of two or more Han characters): where none is, no segmentation is needed (speed39)
    if not word_holds(text, end - 1, end - 1, end, hi, dictionary_freq()):
        return False
    for wstart, wend in word_spans(text, lo, hi):
        if wstart >= end:
            return False
        if wstart == end - 1 and wend > end and wend - wstart >= 2:
            return True
    return False


def head_starts_word(text: str, start: int, end: int) -> bool:
    """Does a word of two or more characters of the surroundings' segmentation begin inside
    ``[start, end)`` and end one character past ``end`` (建设中心|镇)? The reading starts at the
    guess's own start: a word that began before it is no head of the guess."""
    if not _han_edge(text, end):
        return False
    _, hi = han_window(text, end, end, WINDOW)
    lo = max(start, end - WINDOW)
    # such a word is a dictionary word ending at ``end + 1`` (the plain reading joins no other
    # characters into a word ending on a Han one): where none is, no segmentation (speed39)
    freq = dictionary_freq()
    if not any(freq.get(text[a : end + 1], 0) > 0 for a in range(lo, end)):
        return False
    for wstart, wend in word_spans(text, lo, hi):
        if wstart >= end:
            return False
        if wend == end + 1 and wstart < end and wend - wstart >= 2:
            return True
    return False


def _han_edge(text: str, end: int) -> bool:
    """Is ``end`` between two Han characters, the only place a word can run across?"""
    return 1 <= end < len(text) and bool(_HAN.match(text[end - 1])) and bool(_HAN.match(text[end]))


HEAD_WORD_SOURCE = "suffix"  # the head-word finder of ``names.py``


def _checked(s: Chosen) -> bool:
    """A Program guess of a finder that reads no layout, or a Project guess of the head-word finder."""
    if s.label_ == "Program":
        return s.id_ not in EXEMPT_SOURCES and s.id_ != "quote"
    return s.label_ == "Project" and s.id_ == HEAD_WORD_SOURCE


def _platform_cut(s: Chosen, text: str) -> bool:
    """A Platform head-word guess whose head starts a longer word (``head_starts_word``)."""
    return (
        s.label_ == "Platform"
        and s.id_ == HEAD_WORD_SOURCE
        and head_starts_word(text, s.start_char, s.end_char)
    )


def drop_word_cut_ends(chosen: list[Chosen], text: str) -> list[Chosen]:
    """``chosen`` without the Program, Project and Platform head-word guesses that end inside a word."""
    return [
        s
        for s in chosen
        if not (_checked(s) and ends_inside_word(text, s.end_char)) and not _platform_cut(s, text)
    ]
