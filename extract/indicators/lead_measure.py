"""The measure a list of rates shares with the clause that leads it.

A report writes a measure once, in a clause that says the measure grew and gives no figure, and
then lists kinds of the thing, each with its own rate: ``某类产品产量大幅增长，甲产品增长19%，乙产品
增长103%``. Each item's rate is a rate of that measure (甲产品产量增速), not of the item itself:
GUIDE §7 names a rate given alone ``<name>增速`` after what was measured, and the provincial-2026
conventions write a measure shared by a list on every item. Without this the name came out
``甲产品增速``, the measure lost for every item after the lead.

The lead is found by its shape, not by its words: the clause right before the list (only rate
clauses between them) holds no digit and ends in a growth verb, optionally after an adverb of
degree (jieba's tags d, ad, a); the measure is the dictionary noun that ends its noun phrase
(产品|产量 → 产量), with a noun before it (the topic; a lone 投资增长 names no list). An item that
already ends in a quantity noun (…增加值, …零售额) or in a verb (…投资, …收入) has its own measure
and keeps its name.
"""

from __future__ import annotations

import re

from extract.indicators.deferred import dictionary_fn, segment_fn
from extract.indicators.names import STANDARD_NAMES

_SENTENCE_END = "。；;！？!?\n"
_CLAUSE_SEP = "，,、"
_DEGREE_TAGS = frozenset({"d", "ad", "a"})  # 大幅, 快速, 明显: how much it rose
_NOUN_TAGS = frozenset({"n", "vn", "nz"})
# the closed class of characters that end a quantity noun (产量, 增加值, 零售额, 占比, 比重, 件数):
# an item that ends in one is a measure of its own
QUANTITY_ENDS = frozenset("量值额率比重数")
_MEASURE_LEN = (2, 3)  # characters of the shared measure: 产量, 产值, 销售额
_ITEM_MAX = 8  # characters: a listed kind (集成电路圆片); longer phrases are clauses of their own
_MAX_ITEMS = 6  # rate clauses between the lead and the item
_DIGIT = re.compile(r"\d")


def _clauses_before(text: str, start: int) -> list[str]:
    """The clauses of the sentence before ``start``, nearest first."""
    lo = max(text.rfind(c, 0, start) for c in _SENTENCE_END) + 1
    parts = re.split("[" + _CLAUSE_SEP + "]", text[lo:start])
    return [p.strip() for p in reversed(parts) if p.strip()]


def lead_measure(text: str, start: int) -> str:
    """The measure a figure-less growth clause before the rate clause at ``start`` states for the
    list that follows it (某类产品产量大幅增长，… → 产量), or ""."""
    from extract.indicators.prose import _GROWTH_VERB  # the growth verbs a rate is read after

    tags = dictionary_fn()()
    segment = segment_fn()
    for k, clause in enumerate(_clauses_before(text, start)):
        if k > _MAX_ITEMS:
            return ""
        if _DIGIT.search(clause):
            if "%" not in clause:
                return ""  # a level between: the list is of something else
            continue  # an earlier item of the same list
        m = _GROWTH_VERB.search(clause)
        if m is None or m.group(1) or m.group(2):
            return ""  # 同比增长, 年均增长: a rate's frame, no figure-less lead
        words = list(segment(clause[: m.start()]))
        while words and tags.get(words[-1], (0, ""))[1] in _DEGREE_TAGS:
            words.pop()
        if not words:
            return ""
        last = words[-1]
        for n in _MEASURE_LEN:
            measure = last[-n:]
            topic = "".join(words)[: -len(measure)]
            if (
                len(last) >= n
                and tags.get(measure, (0, ""))[1] in _NOUN_TAGS
                and measure[-1] in QUANTITY_ENDS
                and len(topic) >= 2
            ):
                return measure
        return ""
    return ""


def with_lead_measure(name: str, text: str, start: int) -> str:
    """``name`` of a listed kind with the list's shared measure appended (甲产品 → 甲产品产量), or
    ``name`` where it has a measure of its own or no lead states one."""
    if not 2 <= len(name) <= _ITEM_MAX or name in STANDARD_NAMES or name[-1] in QUANTITY_ENDS:
        return name
    if not all("\u4e00" <= c <= "\u9fff" for c in name):
        return name
    words = segment_fn()(name)
    if dictionary_fn()().get(words[-1], (0, ""))[1] in ("v", "vn"):
        return name  # …投资, …收入: a measure of its own
    measure = lead_measure(text, start)
    return name + measure if measure and not name.endswith(measure) else name


# ``某产业发展方面，…``: a report outlines a paragraph by the thing it is about; the closing word may
# be the act (发展, 建设, 工作) the aspect is of
_ASPECT = re.compile(r"^(?P<topic>[\u4e00-\u9fff“”]{2,12}?)(?:发展|建设|工作)?方面$")
_ASPECT_MEASURE_MAX = 3  # characters: 产量, 投资, 总投资; a longer phrase names its own thing


def aspect_topic(text: str, start: int) -> str:
    """The thing an opening ``…方面`` clause of the sentence before ``start`` is about
    (``某产业发展方面，…`` → 某产业), or ""."""
    clauses = _clauses_before(text, start)
    if not clauses:
        return ""
    m = _ASPECT.match(clauses[-1])
    if m is None:
        return ""
    topic = m.group("topic")
    words = segment_fn()(topic)
    tags = dictionary_fn()()
    if len(words) > 1 and tags.get(words[-1], (0, ""))[1] == "v":
        # 某矿智能安全开采方面: an aspect named by an act is about the thing acted on, its first
        # noun (某矿), not the manner of the act
        first = words[0]
        return first if len(first) >= 2 and tags.get(first, (0, ""))[1] in ("n", "nz") else ""
    return topic


def with_aspect_topic(name: str, text: str, start: int, before: str | None = None) -> str:
    """A bare measure (产量, 投资) in a sentence that opens ``某产业发展方面，`` is that thing's
    (某产业产量, 某产业投资: GUIDE §7 names a figure by what it measures, as round 7's readable gold
    writes both); ``name`` unchanged otherwise. ``before``: the name of the figure a 、 joins this
    one to, if any; the aspect goes on only from a figure that took it (…装机规模3000万千瓦、并网…
    is the installed capacity's, not the aspect's)."""
    if not 2 <= len(name) <= _ASPECT_MEASURE_MAX or name in STANDARD_NAMES:
        return name
    if not all("\u4e00" <= c <= "\u9fff" for c in name):
        return name
    topic = aspect_topic(text, start)
    if not topic or (before is not None and not before.startswith(topic)):
        return name
    return topic + name
