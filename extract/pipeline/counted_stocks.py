"""Project guesses that are the subject of a stock count: a kind, since a name is one thing.

A clause that counts how many of a thing there are (全球灯塔工厂|增至|10家, 省际通道|增至|30条) has
a kind for its subject: the count says how many works of that kind stand, and one named works
cannot be ten (GUIDE §3 leaves generic items untagged; the provincial-2026 conventions record such
counts of places or bodies as stock indicators, ``15个承接产业转移主平台``, and tag no name).
``genericity.is_counted`` reads a count glued to the guess (…产业园14个); here the verbs of a figure
the indicator reader skips between a name and its value stand between them (增至, 达到, 突破, 超:
``extract.indicators.names.FIGURE_VERBS_RE``), and the count uses the counting measure words
(个, 家, 座, 条 …: ``genericity.COUNT``), never a length or money, which measure one works
(甲乙高速全长|达|85公里). A list closed by 等 before the count (A、B等5个项目) is a list of names and
is not read here: 等 is no figure verb. Items of a labelled project list are left alone (GUIDE §3).

The number of a kind is also written as the kind and the quantity noun 数量 (the indicator
convention ``<kind>数量``, GUIDE §7: 甲类工厂数量居全国前列), and a 、-list before it counts each
item (甲类工厂、乙类企业数量均…): an item there is a kind whose number is given, not a name
(``counted_by_quantity_noun``). Only 、 joins such items, so a clause edge or another list mark
ends the scan, and each item is at most ``MAX_ITEM`` characters (linear, no backtracking over
nested repeats: an item never holds 、).
"""

from __future__ import annotations

import re

from extract.indicators.names import FIGURE_VERBS_RE
from extract.pipeline.chosen import Chosen
from extract.pipeline.genericity import COUNT

CHECKED_TYPES = frozenset({"Project"})
LABELLED_LIST_SOURCE = "list"  # items of a labelled project list (``widespread_phrases``)
MAX_VERBS = 4  # characters of figure verbs between the guess and the count (增加到, 分别达到)
COUNT_RE = re.compile(COUNT)
QUANTITY_NOUN = "数量"  # GUIDE §7 indicator convention: <kind>数量, the number of a kind
MAX_ITEM = 16  # characters of one later list item
MAX_ITEMS = 8  # later list items read before the quantity noun
# one later item of a 、-list, up to the next 、 or the quantity noun (、乙类企业|数量): an item holds
# no 、, bracket, quote or clause edge, and is read lazily to a bounded length (no backtracking)
ITEM_RE = re.compile(rf"、[^、，,。；;：:\n（）()“”]{{1,{MAX_ITEM}}}?(?={QUANTITY_NOUN}|、)")


def counted_after_verb(text: str, end: int) -> bool:
    """Do one to ``MAX_VERBS`` characters of figure verbs and then a count of things follow
    ``end`` (…|增至10家, …|突破30个)?"""
    for k in range(1, MAX_VERBS + 1):
        at = end + k
        if at > len(text):
            return False
        if FIGURE_VERBS_RE.fullmatch(text, end, at) and COUNT_RE.match(text, at):
            return True
    return False


def counted_by_quantity_noun(text: str, end: int) -> bool:
    """Does the quantity noun follow ``end`` right away or after the rest of a 、-list
    (…|数量居…, …|、乙类企业数量均…)?"""
    i = end
    for _ in range(MAX_ITEMS + 1):
        if text.startswith(QUANTITY_NOUN, i):
            return True
        m = ITEM_RE.match(text, i)
        if m is None:
            return False
        i = m.end()
    return False


def drop_counted_stocks(chosen: list[Chosen], text: str) -> list[Chosen]:
    """``chosen`` without the Project guesses whose clause counts them: after a figure verb, or
    before the quantity noun (module docstring)."""
    return [
        s
        for s in chosen
        if s.label_ not in CHECKED_TYPES
        or s.id_ == LABELLED_LIST_SOURCE
        or not (counted_after_verb(text, s.end_char) or counted_by_quantity_noun(text, s.end_char))
    ]
