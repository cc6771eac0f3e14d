"""A quoted name closed by a series of campaigns or contests: “X”系列活动, “X”系列赛事.

GUIDE §3 types recurring promotion campaigns, festivals and contests as Program, and GUIDE §2.2 keeps
quote marks inside a name (“满天星”行动计划). A coined quote followed by 系列 and a campaign or contest
label names one recurring campaign (`办好“跟着全运游广东”系列活动`, round 13's readable gold), as
``series_names`` reads 改革创新系列行动: 系列 is the collective measure word of a set (closed class),
and a programme keeps it. The labels are no typed list: they are the GUIDE-rule heads of campaign
and contest lists in ``head_rules.jsonl`` (rule kinds ``campaign_list_label``: 活动;
``contest_list_label``: 赛事, 赛事活动), the labels ``programme_lists`` reads after 等. Over the 24
reports with every gold passage blanked, 7 of the 11 quotes followed by 系列 close in such a label
(活动), the others in a document (系列政策措施, 系列文件) or a Program head the quote finders read
already (系列行动).

Between 系列 and the label a short modifier may say what kind of campaign (系列供采对接活动,
系列消费促进活动): Han name material of at most ``MAX_MODIFIER`` characters, no function word, and
by jieba's tags no clause word opening it (``descriptor_mining.description_ok``, as for the
descriptions before 模式). The label must be a word where it stands (not 活动力) and the clause may
go on after it (系列活动等品牌活动, 系列活动|质效).
"""

from __future__ import annotations

import re
import weakref

from extract.pipeline import grammar as g
from extract.pipeline.descriptor_mining import description_ok
from extract.pipeline.mining import segment_cached
from extract.pipeline.programme_lists import CAMPAIGN_RULE, CONTEST_RULE
from extract.pipeline.rare_designations import FUNCTION_RE  # closed class: a list or a clause
from extract.pipeline.series_names import SERIES

SERIES_RULES = (CAMPAIGN_RULE, CONTEST_RULE)
MAX_MODIFIER = 6  # characters of kind modifier between 系列 and the label (供采对接, 消费促进)
WORD_WINDOW = 4  # characters after the label that jieba reads with it
HAN_RE = re.compile(r"[\u4e00-\u9fff]+")

_labels_cache: weakref.WeakKeyDictionary[g.Grammar, re.Pattern[str]] = weakref.WeakKeyDictionary()


def series_labels(grammar: g.Grammar) -> re.Pattern[str]:
    """The GUIDE-rule campaign and contest labels as one pattern, longest first (赛事活动 before
    赛事); with none a pattern that matches nothing. Built once per grammar."""
    found = _labels_cache.get(grammar)
    if found is None:
        rules = grammar.lexicon.get("head_rules.jsonl", ())
        labels = {r["head"] for r in rules if r.get("rule_kind") in SERIES_RULES}
        alternation = "|".join(sorted(map(re.escape, labels), key=lambda h: (-len(h), h)))
        found = _labels_cache[grammar] = re.compile(alternation or "(?!)")
    return found


def series_quote_end(text: str, quote_end: int, labels: re.Pattern[str]) -> int:
    """End of quote + 系列 + kind modifier + label (module docstring) for the quote closing at
    ``quote_end``, or 0."""
    if not text.startswith(SERIES, quote_end):
        return 0
    at = quote_end + len(SERIES)
    for k in range(MAX_MODIFIER + 1):
        label = labels.match(text, at + k)
        if label is None:
            continue
        modifier = text[at : at + k]
        if modifier and (
            not HAN_RE.fullmatch(modifier)
            or FUNCTION_RE.search(modifier)
            or not description_ok(segment_cached(modifier))
        ):
            return 0
        return label.end() if _word_edge(text, label.start(), label.end()) else 0
    return 0


def _word_edge(text: str, start: int, end: int) -> bool:
    """Do jieba's words from ``start`` end at ``end`` (赛事|活动, 活动|等; not 活动中心, 活动力)?"""
    reach = 0
    for word in segment_cached(text[start : end + WORD_WINDOW]):
        reach += len(word)
        if reach >= end - start:
            return reach == end - start
    return False
