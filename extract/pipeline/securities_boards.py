"""The boards and exchanges of the Chinese securities and futures markets are Platforms (科创板,
新三板, 北交所, 深交所, 广期所).

The provincial-2026 conventions type stock and data exchanges Platform, as GUIDE §9 types
exchanges (昆明国际数据交易平台), and the readable gold tags the boards themselves Platform each
time a report names one (电科蓝天|科创板|IPO获批 → 上海证券交易所科创板; 新三板|挂牌4家 →
全国中小企业股份转让系统). No head word marks them (板 is no park kernel), so the name grammar
never proposes them. They are a closed class fixed by the regulator (``closed_classes.jsonl``,
class ``securities_market``: CSRC, 《首次公开发行股票注册管理办法》 and the exchanges' listing
rules), the class ``listed_firms`` already reads to find the firms that list on them; each board
is proposed here with its standard name as the canonical hint; the class also holds the board the
regulator set up in every regional equity market (区域性股权市场) for specialised SMEs, the
“专精特新”专板 (a place where listed firms gather like 新三板's tiers). The generic 主板 (main board,
also a circuit board) names no market of its own and is left out; a board word inside a longer
word (创业板块) is not a board.

The reports write the national exchanges by their short forms as well (支持深交所深化创业板改革,
支持广期所完善期货品种体系: Platform in the fresh15 readable gold, canonical the full name). The
stock exchanges where shares list (上交所, 深交所) belong to ``securities_market``; the futures
exchanges are a closed class of their own (``closed_classes.jsonl``, ``futures_exchange``: each
set up only with the regulator's approval), kept out of ``SHORT_BOARDS`` because what "lists" on
them is a contract, not a firm. A short form's last character can open the next word instead
(上期|所得税, 上交|所有者), so a market is read only where jieba's most probable segmentation of
its surroundings has no word that starts inside it and runs past its end (the price: 上期|所在地
reads 所在 as one word, so an exchange right before 在 is left out). A market that opens a longer
name is no name of its own (GUIDE §2.1: the maximal name, nothing nested): where the clause after
it reaches a word ending in a Platform head of the lexicon before any verb or adverb by jieba's
tags (提高深交所|科技成果与知识产权交易中心|发展水平), the market is that name's modifier and is
not proposed (the name grammar may find the longer name; a market before a verb, 支持深交所|深化…,
or before a firm, 科创板|上市公司, stays).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from extract.pipeline.candidates import add_candidate
from extract.pipeline.grammar import Grammar
from extract.pipeline.lexicon import han_window, word_spans
from extract.pipeline.mining import CLAUSE_BOUNDARY, dictionary, segment_cached

# surface -> standard name (securities_market, closed class); the short forms are the words
# reports use before 上市/挂牌 (``listed_firms.BOARD_RE`` reads them)
BOARDS = {
    "科创板": "上海证券交易所科创板",
    "创业板": "深圳证券交易所创业板",
    "北交所": "北京证券交易所",
    "新三板": "全国中小企业股份转让系统",
    "港交所": "香港交易所",
    "上交所": "上海证券交易所",
    "深交所": "深圳证券交易所",
    # the regional equity markets' board for specialised SMEs (CSRC 2022, 《关于高质量建设区域性股权
    # 市场“专精特新”专板的指导意见》): one per regional market, named alike in every province, and
    # written with its quotes by the readable gold's canonical
    "“专精特新”专板": "“专精特新”专板",
    "专精特新专板": "“专精特新”专板",
}
SHORT_BOARDS = tuple(BOARDS)
BOARDS["北京证券交易所"] = "北京证券交易所"
# short form -> full name of the futures exchanges (futures_exchange, closed class)
FUTURES_EXCHANGES = {
    "上期所": "上海期货交易所",
    "郑商所": "郑州商品交易所",
    "大商所": "大连商品交易所",
    "中金所": "中国金融期货交易所",
    "广期所": "广州期货交易所",
}
MARKETS = {**BOARDS, **FUTURES_EXCHANGES}
NOT_AFTER = "块"  # 板块: a sector of the market, not a board
BOARD_RE = re.compile("(?:" + "|".join(sorted(MARKETS, key=len, reverse=True)) + ")(?!" + NOT_AFTER + ")")
SOURCE = "board"
PLATFORM = "Platform"
WORD_CONTEXT = 4  # Han characters each side given to the segmenter (as ``lexicon.CONTEXT`` reads words)


def runs_into_next_word(text: str, start: int, end: int) -> bool:
    """Does a word of jieba's most probable segmentation of the surroundings start inside
    ``text[start:end]`` and end after it (上期|所得税: the 所 opens the next word)?"""
    lo, hi = han_window(text, start, end, WORD_CONTEXT)
    return any(start < a < end < b for a, b in word_spans(text, lo, hi))


# jieba's tags of verbs and adverbs: the clause after the market goes on with its predicate
PREDICATE_TAGS = frozenset({"v", "vd", "vi", "vg", "d", "ad", "df", "dg"})
NAME_REACH = 20  # characters of the clause after a market read for a name it opens


def opens_longer_name(text: str, end: int, grammar: Grammar) -> bool:
    """Does the clause after a market (from ``end``) reach a word ending in a Platform head of the
    lexicon before any verb or adverb (module docstring)?"""
    stop = end
    while stop < len(text) and stop - end < NAME_REACH and text[stop] not in CLAUSE_BOUNDARY:
        stop += 1
    for word in segment_cached(text[end:stop]) if stop > end else ():
        if dictionary().get(word, (0, ""))[1] in PREDICATE_TAGS:
            return False
        if any(grammar.heads.get(word[k:]) == PLATFORM for k in range(len(word))):
            return True
    return False


def find_securities_boards(doc: Doc, text: str, grammar: Grammar) -> None:
    """Add a Platform candidate for each board or exchange of the securities and futures markets
    named in ``text`` that is a name of its own (module docstring)."""
    for m in BOARD_RE.finditer(text):
        if runs_into_next_word(text, m.start(), m.end()) or opens_longer_name(text, m.end(), grammar):
            continue
        add_candidate(doc, m.start(), m.end(), PLATFORM, SOURCE, MARKETS[m.group()])
