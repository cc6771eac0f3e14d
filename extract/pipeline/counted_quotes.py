"""The modifier of a counted quoted programme (实施|各民族交往交流交融“三项计划”).

A quote that is only a count and a programme head (“三项计划”, “五大工程”) names nothing by
itself: every province has its “三项计划”. The words before it say which, and GUIDE §2.2 keeps
quote marks inside a name (扩大有效投资“千项万亿”工程, 厅局长“三诊”机制), so the name is the
modifier and the quote. The lead-in scan of ``NameFinder._quote_lead`` takes at most four
characters (碳达峰“十大工程”), too few for a clause-length modifier; for a counted quote the
modifier is bound instead by the verb that carries the programme out: a mined carrying verb
(``frame_verbs``/``programme_verbs``: 实施, 推进 …) followed by at most ``MAX_MODIFIER`` Han
characters and the quote. The verb, not a length, marks the name's left edge; with no carrying
verb there, the quote stays alone.
"""

from __future__ import annotations

import re

from extract.pipeline import grammar as g
from extract.pipeline.lexicon import acts_on, opens_clause
from extract.pipeline.mining import segment_cached

# a count and a measure (三项, 五大, 10个): the quote is a count of programmes, not a name
COUNTED_QUOTE_RE = re.compile(r"^(?:\d+|[一二三四五六七八九十百千两]+)[项大个张条类]")
# GUIDE §2.6: the generic tails a name leaves out (建设, 战略, 高质量发展, 发展); written alone
# before a quote they frame the programme (实施|高质量发展“十项行动”) and name none of it. The one
# copy of the rule: ``extract.relations.contributes`` strips the same tails after a strategy.
FRAMING_TAILS_RE = re.compile("高质量发展|发展|建设|战略")
MAX_MODIFIER = 10
MIN_MODIFIER = 2


def counted_quote_lead(text: str, quote: int, inner: str, grammar: g.Grammar) -> int:
    """Start of the name of the counted quote opening at ``quote``: right after the nearest
    carrying verb within ``MAX_MODIFIER`` Han characters before it, else ``quote``."""
    if not COUNTED_QUOTE_RE.match(inner):
        return quote
    floor = quote
    while floor > max(0, quote - MAX_MODIFIER - 4) and "\u4e00" <= text[floor - 1] <= "\u9fff":
        floor -= 1
    verbs = grammar.carrying_verbs
    for lead in range(quote - MIN_MODIFIER, max(floor, quote - MAX_MODIFIER) - 1, -1):
        if any(text.endswith(v, floor, lead) for v in verbs):
            while (lm := g.LEAD_RE.match(text, lead, quote)) and lm.end() > lead:
                lead = lm.end()  # 推进|全省“十大工程”: a scope word is no modifier (GUIDE §2.5)
            modifier = text[lead:quote]
            if len(modifier) < MIN_MODIFIER or opens_clause(modifier):
                return quote
            if len(segment_cached(modifier)) == 1 and acts_on(modifier):
                return quote  # 深化|实化“十项行动”: a second verb, what is done to the programme
            # a bare description (重点“三项计划”) says no more than the count; a longer modifier
            # names the programme even when its words are common (科技人才“五项计划”)
            if len(modifier) == MIN_MODIFIER and g.is_generic(modifier, strict=False):
                return quote
            if FRAMING_TAILS_RE.fullmatch(modifier):
                return quote  # 实施|高质量发展“十项行动”: a GUIDE §2.6 tail frames the programme
            return lead
    return quote
