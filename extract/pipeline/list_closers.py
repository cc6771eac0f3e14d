"""Head-word guesses that run over the particle closing a list (A、B、C等|水电站).

``A、B、C等X`` lists three items and labels them with X (GUIDE §2.2: when coordinated names
share one suffix, each conjunct gets its own span; §3: the label of a project list is no name).
The name grammar scans left from a head word and cuts at the last stop word that leaves a
body of two or more characters; when the label after 等 is a head with a one-character
modifier (等|水|电站), the cut at 等 leaves too short a body, so the scan runs on over the
particle to the last item and the guess reads ``C等水电站``: one item, the particle and the
label. Such a guess is no name; ``extract.coordination`` already proposes each item with the
shared head as its canonical (C → C水电站), and with the guess gone those items are chosen.

The particle is the closer of ``list_items.CLOSE_RE``, read as a word of its own by jieba's
segmentation of the guess: inside a word (高等研究院, 中等收入) it closes nothing.
"""

from __future__ import annotations

from extract.pipeline.lexicon import _segment
from extract.pipeline.list_items import CLOSE_RE

LIST_CLOSER = CLOSE_RE.pattern[0]  # the particle that closes a list (``list_items.CLOSE_RE``)
CHECKED_TYPES = frozenset({"Project"})
CHECKED_SOURCES = frozenset({"suffix"})  # the head-word finder's scan; listed items keep their text


def crosses_list_closer(name: str) -> bool:
    """Does ``name`` hold the list-closing particle as a word of its own, after its first word?"""
    if LIST_CLOSER not in name[1:]:
        return False  # the common case: nothing to segment
    return LIST_CLOSER in _segment(name)[1:]


def runs_over_list(label: str, source: str, name: str) -> bool:
    """The resolver's test: a head-word Project guess that ``crosses_list_closer``."""
    return label in CHECKED_TYPES and source in CHECKED_SOURCES and crosses_list_closer(name)
