"""A scope word between the governing verb and a quoted programme's field (issue 12, quoted19).

GUIDE §2.2 and §9 keep the field written before a quoted programme name inside the name
(扩大有效投资“千项万亿”工程, 厅局长“三诊”机制, 政商交往“正面、负面、倡导”清单), and GUIDE §2.5
leaves scope words out of a name (全省, 新一轮, 首批: ``grammar.LEAD_RE``, the one closed list of
them). ``NameFinder._short_quote_lead`` reads a lead-in of at most four characters from a window of
six before the quote, so a scope word right before a short field falls across the window's edge
(实施新一轮|高等教育“百亿工程” is read as 一轮高等教育, six characters) and the field was dropped
with it: only 百亿工程 was tagged. Here the scope word is looked for in the Han run before the
quote: the rightmost scope word of ``LEAD_RE`` (two characters or more: the one-character
function words 和, 与, 以 and 等 also stand inside names, 和美乡村) or ordinal of an edition or
batch (第二期, 第三批, 新一轮's sibling 第二轮), with a field of two to ``MAX_FIELD`` characters
after it, gives the start of the field. The caller judges the field like any short lead-in
(no clause opening, no level, no generic word, no act on the programme).
"""

from __future__ import annotations

import re

from extract.pipeline import grammar as g

# an edition or batch of a programme (第二期, 第三批, 第二轮): scope, like LEAD_RE's 第N届 (GUIDE §2.5)
ORDINAL_RE = re.compile(r"第[\d一二三四五六七八九十]+[期批轮届]")
MIN_FIELD = 2  # characters of the shortest field kept before a quote (碳达峰, 社保)
MAX_FIELD = 4  # as ``names.MAX_SHORT_LEAD``: a longer field needs a governing verb
WINDOW = 14  # Han characters looked at before the quote (``names.LONG_LEAD``)
HAN_RE = re.compile(r"[\u4e00-\u9fff]")


def _scope_ends(text: str, floor: int, quote: int) -> list[int]:
    """Ends of the scope words (two characters or more) and edition ordinals in ``text[floor:quote]``."""
    ends: list[int] = []
    for start in range(floor, quote):
        for pattern in (g.LEAD_RE, ORDINAL_RE):
            m = pattern.match(text, start, quote)
            if m is not None and m.end() - m.start() >= 2 and m.end() < quote:
                ends.append(m.end())
    return ends


def scoped_field_lead(text: str, quote: int) -> int | None:
    """Start of the field of ``MIN_FIELD``..``MAX_FIELD`` Han characters between a scope word and
    the quote opening at ``quote`` (新一轮|高等教育“百亿工程”), else None."""
    floor = quote
    while floor > max(0, quote - WINDOW) and HAN_RE.match(text, floor - 1):
        floor -= 1
    fields = [end for end in _scope_ends(text, floor, quote) if MIN_FIELD <= quote - end <= MAX_FIELD]
    return max(fields) if fields else None


def skip_scope_words(text: str, start: int, quote: int) -> int:
    """``start`` moved past the scope words (two characters or more) and edition ordinals that
    open ``text[start:quote]``: a verb's object 首批|城市更新“X”行动 names the programme without its
    scope (GUIDE §2.5)."""
    while True:
        for pattern in (g.LEAD_RE, ORDINAL_RE):
            m = pattern.match(text, start, quote)
            if m is not None and m.end() - m.start() >= 2 and m.end() < quote:
                start = m.end()
                break
        else:
            return start
