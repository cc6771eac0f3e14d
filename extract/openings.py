"""Does some opening (or ending) of a text lie in a set of words? A test many rules ask first.

Why: a rule that wants the first word of a text's segmentation (a verb opening a name, a clause
word, an everyday word at a name's ends) asks first whether any opening of the text could be
such a word, since the first word of every segmentation is an opening; where none is, it needs
no segmentation. Written as ``any(text[:j] in words for j in range(...))``, that prefilter
resumed a generator frame per opening, and the variants that looked up a tag per opening called
``dict.get`` and a tag test too, for every name guess of a first reading. Here one
``operator.itemgetter`` of slice objects (made once per length range) cuts all the openings in
C, and ``isdisjoint`` tests them: the same answer, about half the cost.

The word tables these tests read are built once from jieba's fixed dictionary (tens of
thousands of words each). :func:`word_table` keeps them as the keys of a dict with no values:
the cyclic garbage collector walks every member of a ``frozenset`` on each full collection
(the tables are built during a first reading, after ``extract.collector`` froze what was
loaded), while a dict holding only strings and None is not tracked at all.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, KeysView, Set
from operator import itemgetter

_Cutter = Callable[[str], tuple[str, ...]]
_OPENINGS: dict[tuple[int, int], _Cutter] = {}
_ENDINGS: dict[tuple[int, int], _Cutter] = {}


def word_table(words: Iterable[str]) -> KeysView[str]:
    """``frozenset(words)`` for membership and :func:`opening_in`, untracked by the collector."""
    return dict.fromkeys(words).keys()


def _cutter(table: dict[tuple[int, int], _Cutter], shortest: int, longest: int, end: bool) -> _Cutter:
    """The getter of the text's openings (or endings) of lengths ``shortest..longest``, made once;
    a single length is asked twice, so the getter always hands back a tuple."""
    cut = table.get((shortest, longest))
    if cut is None:
        cuts = [slice(-j, None) if end else slice(0, j) for j in range(shortest, longest + 1)]
        cut = table[(shortest, longest)] = itemgetter(*cuts, *(cuts if len(cuts) == 1 else ()))
    return cut


def opening_in(text: str, words: Set[str], shortest: int, longest: int) -> bool:
    """``any(text[:j] in words for j in range(shortest, longest + 1))``. Callers bound ``longest``
    by the text's length where the generator did (a longer slice is the whole text again)."""
    if longest < shortest:
        return False
    return not words.isdisjoint(_cutter(_OPENINGS, shortest, longest, end=False)(text))


def ending_in(text: str, words: Set[str], shortest: int, longest: int) -> bool:
    """``any(text[-j:] in words for j in range(shortest, longest + 1))`` (``shortest`` ≥ 1)."""
    if longest < shortest:
        return False
    return not words.isdisjoint(_cutter(_ENDINGS, shortest, longest, end=True)(text))


__all__ = ["ending_in", "opening_in", "word_table"]
