"""The boards of the Chinese securities markets are Platforms (科创板, 新三板, 北交所).

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
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from extract.pipeline.candidates import add_candidate

# surface -> standard name (securities_market, closed class); the short forms are the words
# reports use before 上市/挂牌 (``listed_firms.BOARD_RE`` reads them)
BOARDS = {
    "科创板": "上海证券交易所科创板",
    "创业板": "深圳证券交易所创业板",
    "北交所": "北京证券交易所",
    "新三板": "全国中小企业股份转让系统",
    "港交所": "香港交易所",
    # the regional equity markets' board for specialised SMEs (CSRC 2022, 《关于高质量建设区域性股权
    # 市场“专精特新”专板的指导意见》): one per regional market, named alike in every province, and
    # written with its quotes by the readable gold's canonical
    "“专精特新”专板": "“专精特新”专板",
    "专精特新专板": "“专精特新”专板",
}
SHORT_BOARDS = tuple(BOARDS)
BOARDS["北京证券交易所"] = "北京证券交易所"
NOT_AFTER = "块"  # 板块: a sector of the market, not a board
BOARD_RE = re.compile("(?:" + "|".join(sorted(BOARDS, key=len, reverse=True)) + ")(?!" + NOT_AFTER + ")")
SOURCE = "board"


def find_securities_boards(doc: Doc, text: str) -> None:
    """Add a Platform candidate for each board of the securities markets named in ``text``."""
    for m in BOARD_RE.finditer(text):
        add_candidate(doc, m.start(), m.end(), "Platform", SOURCE, BOARDS[m.group()])
