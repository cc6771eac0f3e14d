"""Year campaigns written with 活动 (开展|重大项目建设年活动) are programmes.

A province names a year after a campaign (项目建设年, 营商环境提升年) and carries it out as a
行动 or an 活动; the provincial-2026 conventions merge the two spellings as variants of one
programme (重大项目建设年活动 → 重大项目建设年行动). The 行动 spelling ends in a programme head
and is found by the grammar; the 活动 spelling is not (活动 alone ends countless descriptions:
促销活动, 群众性文化活动). So the campaign year marks the name: a carrying verb (the mined
``frame_verbs`` and ``programme_verbs``: 实施, 开展 …), name words ending in the campaign year,
and the 活动 spelling at a clause edge make a Program, its span after the verb with scope words,
years and counts at its front left out.

Its canonical name is the 行动 spelling only where the same document writes that spelling too
(branch program28): the merge joins two variants of one programme the report gives (the tuning
half's 山西省 writes 重大项目建设年行动 and …年活动, GUIDE §4 variants), while a report that only
ever writes the 活动 spelling names its campaign so (the fresh7 gold keeps 优化营商环境提升年活动:
"no known variant to merge").
"""

from __future__ import annotations

import functools
import re

from spacy.tokens import Doc

from extract.pipeline import grammar as g
from extract.pipeline.candidates import add_candidate
from extract.pipeline.lexicon import is_dictionary_word
from extract.pipeline.programme_frames import EDGE, _front_trimmed

# provincial-2026 conventions: 重大项目建设年活动 is a variant of 重大项目建设年行动
YEAR_CAMPAIGN = "年活动"
YEAR_ACTION = "年行动"  # the canonical spelling the conventions merge it into
NUMERAL_END_RE = re.compile(r"[\d〇零一二三四五六七八九十百千]$")  # 2025年活动, 十年: a date, not a campaign


@functools.cache
def _pattern(verbs: tuple[str, ...]) -> re.Pattern[str] | None:
    if not verbs:
        return None
    name = r"(?P<name>[\u4e00-\u9fff“”]{2,14}?" + YEAR_CAMPAIGN + ")"
    return re.compile("(?:" + g._alternation(verbs).pattern + ")" + name + EDGE)


def find_year_campaigns(doc: Doc, text: str, grammar: g.Grammar) -> None:
    """Add the 活动 spelling of year campaigns carried out as Program candidates."""
    pattern = _pattern(grammar.carrying_verbs)
    if pattern is None:
        return
    for m in pattern.finditer(text):
        start, end = m.start("name"), m.end("name")
        start = _front_trimmed(text, start, end)
        body = text[start : end - len(YEAR_CAMPAIGN)]
        if len(body) < 2 or NUMERAL_END_RE.search(body):
            continue
        year_end = end - len(YEAR_CAMPAIGN) + 1
        if any(is_dictionary_word(text[year_end - k : year_end]) for k in (2, 3)):
            continue  # 青少年|活动, 周年: the year character ends a word, no campaign year
        action = text[start : end - len(YEAR_CAMPAIGN)] + YEAR_ACTION
        canonical = action if action in text else ""
        add_candidate(doc, start, end, "Program", "suffix", canonical)
