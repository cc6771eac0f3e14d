"""Firms named as what lists its shares on a board (issue 12: bare firm names without a list cue).

Only a company issues shares and lists them (Company Law of the PRC, ch. 5; Securities Law,
art. 9), and a board of the Chinese securities markets is where it lists them: the main boards,
ChiNext (创业板), the STAR Market (科创板), the Beijing Stock Exchange (北交所), the National
Equities Exchange and Quotations (新三板) and the Hong Kong exchange — a closed class
(``closed_classes.jsonl``, class ``securities_market``). So ``X科创板IPO获批``, ``X在创业板上市``
says that X is a firm (GUIDE §3: company names are Enterprise), however bare its name, where no
list cue (``等…企业``) is there. A drug or product ``获批上市`` names no board and is not read.

The frame is the board, optionally quoted, right before a listing word (上市, 挂牌, IPO); the
names are the 、-items from the clause start to the board (a 在/于 before the board left out; the
first item begins after the last clause word or time word in it — 今年支持|X: the firm is then
the verb's object), each a name of its own by ``firm_titles.firm_name`` (not everyday words, no
count, no head word, no bare place, no widespread term). The scan finds each board with one
fixed alternation and walks back over at most ``REACH`` characters, so it stays linear in the
text.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from extract.pipeline import grammar as g
from extract.pipeline.candidates import add_candidate
from extract.pipeline.firm_titles import firm_name
from extract.pipeline.mining import CLAUSE_TAGS, dictionary, segment_cached
from extract.pipeline.securities_boards import SHORT_BOARDS

# the boards of ``securities_boards`` and the generic main board (主板), which lists firms too
BOARD_RE = re.compile("“?(?:" + "|".join((*SHORT_BOARDS, "主板")) + ")”?(?:上市|挂牌|IPO)")
BEFORE_BOARD = ("在", "于")  # the preposition of place before a board (在科创板上市)
CLAUSE_MARKS = frozenset("，。；：！？,;:!?\n（）()“”")
LIST_MARK = "、"
REACH = 40  # characters walked back from a board to the clause start
SOURCE = "listed_firm"
LEAD_TAGS = CLAUSE_TAGS | {"t"}  # jieba's clause-word tags and its time words (今年)


def _clause_start(text: str, end: int) -> int:
    """The first character after the last clause mark before ``end`` (at most ``REACH`` back)."""
    start = max(0, end - REACH)
    for i in range(end - 1, start - 1, -1):
        if text[i] in CLAUSE_MARKS:
            return i + 1
    return start


def _lead_length(item: str) -> int:
    """Characters of ``item`` up to the end of its last clause word or time word (0 if none)."""
    words = segment_cached(item)
    cut = pos = 0
    for word in words:
        pos += len(word)
        if dictionary().get(word, (0, ""))[1] in LEAD_TAGS:
            cut = pos
    return cut


def find_listed_firms(doc: Doc, text: str, grammar: g.Grammar) -> None:
    """Add an Enterprise candidate for each name listed on a board (module docstring)."""
    for m in BOARD_RE.finditer(text):
        end = m.start()
        while end > 0 and text[end - 1] in BEFORE_BOARD:
            end -= 1
        start = _clause_start(text, end)
        first = text[start:end].split(LIST_MARK, 1)[0]
        start += _lead_length(first)  # 今年支持|X在科创板上市: X is the verb's object, a firm
        pos = start
        for item in text[start:end].split(LIST_MARK):
            if firm_name(item, grammar):
                add_candidate(doc, pos, pos + len(item), "Enterprise", SOURCE)
            pos += len(item) + len(LIST_MARK)
