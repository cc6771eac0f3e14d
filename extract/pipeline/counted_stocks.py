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
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from extract.indicators.names import FIGURE_VERBS_RE
from extract.pipeline.genericity import COUNT

CHECKED_TYPES = frozenset({"Project"})
LABELLED_LIST_SOURCE = "list"  # items of a labelled project list (``widespread_phrases``)
MAX_VERBS = 4  # characters of figure verbs between the guess and the count (增加到, 分别达到)
COUNT_RE = re.compile(COUNT)


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


def drop_counted_stocks(chosen: list[Span], text: str) -> list[Span]:
    """``chosen`` without the Project guesses whose clause counts them after a figure verb."""
    return [
        s
        for s in chosen
        if s.label_ not in CHECKED_TYPES
        or s.id_ == LABELLED_LIST_SOURCE
        or not counted_after_verb(text, s.end_char)
    ]
