"""Counts read into the front of a name guess (issue 12: counts of an action's object).

The head-word scan runs left from a head over every name character, digits included, and stops
at a count only where ``grammar.AMOUNT_RE`` knows its measure word; so in ``实施16处大宗工业固废
回填试点`` it took the count into the guess (``16处大宗工业固废回填试点``). A count written in
figures with its measure word says how many of the thing there are (GUIDE §2: a span is the name,
not the words around it); the readable gold names what follows it each time a Program stands
right after such a count (fresh3 ``大宗工业固废回填试点``, fresh ``新业态新模式新场景消费试点``,
fresh4 ``“好社区”试点``, fresh5 ``新型城镇化建设试点``: the count is outside every span). So the
count is cut off the guess, and the rest is tested as any guess is: a Project after a count is a
counted kind (``genericity.is_counted``), a Program keeps its name. Counts in Chinese numerals
are left: ``千个…行动`` and ``十项行动`` are how such names are written (numbered formulas), and
quoted names, titles and table cells keep their edges.
"""

from __future__ import annotations

import re

from extract.pipeline.chosen import Chosen
from extract.pipeline.word_edges import front_cut

FRONT_TYPES = frozenset({"Program", "Project"})
KEPT_SOURCES = frozenset({"quote", "title", "table"})  # a quoted name, a title or a cell: as written
# the measure words a count of names ends in (个 家 座 …): one alternation, read by genericity too
MEASURES = "(?:个|家|座|所|条|类|批|项|处)"
# a count in figures (a decimal, 万 or 亿, 余/多 "more than") and a measure word, at the front of the guess
COUNT_FRONT_RE = re.compile(rf"\d+(?:\.\d+)?[万亿]?[余多]?{MEASURES}")
MIN_NAME = 2  # characters left after the count


def without_count_front(s: Chosen, text: str) -> Chosen | None:
    """``s`` without a count in figures at its front; None when too little or no token edge is
    left; ``s`` itself when it opens with none (the common case) or is of another type or source."""
    if s.label_ not in FRONT_TYPES or s.id_ in KEPT_SOURCES or not text[s.start_char].isdigit():
        return s
    m = COUNT_FRONT_RE.match(text, s.start_char, s.end_char)
    if m is None:
        return s
    # the count leaves the entity id with the surface (word_edges.front_cut: 16处大宗… → 大宗…)
    return front_cut(s, text, m.end() - s.start_char, min_rest=MIN_NAME)
