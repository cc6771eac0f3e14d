"""The resolver's second reading in ``both`` mode, redone only on the sentences the model changed.

With the span model beside the rules the resolver reads the candidates twice (``model_gaps``):
the rule candidates alone, then all of them. The model proposes a few names a report, yet the
second reading ran every step over the whole report again. Most steps have *sentence reach*:
what a step does to the names of one sentence (a run of text between two ``。`` or line breaks)
depends only on those names, the text and data fixed before the resolver (the grammar, the
document's region and zones), never on a name of another sentence. Every test such a step makes
between two names needs a gap of a conjunction, a list mark, 至, Han characters only, a count,
or nothing between them, or reads names inside one clause (``，。；\\n`` bound it); none of those
holds a ``。`` or a line break. (Reading the *text* beyond the sentence is fine: it is the same in
both readings.) So on every sentence where the second reading starts a step with the same names
as the first did, a sentence-reach step gives the same names as in the first reading, and only
the *dirty* sentences need the step.

A few steps read names across the whole report (a firm named in one sentence repeated in another,
a short form defined once, a hub role cut in one sentence and removed from a conjunct's hint in
another); they run over the whole list, and every sentence whose names then differ from the first
reading's at the same point becomes dirty for the steps after them.

:class:`Sentences` holds the sentence boundaries of one text and the bookkeeping: which sentences
two readings may disagree on, a reading's names on a set of sentences, and the splice of the first
reading's names off the dirty sentences with the second's on them. A name over a sentence break
would belong to two sentences, and a reading whose names are not in strictly increasing order of
start could not be cut by sentence: the sentences a name of the first reading runs over are read
as one, and :meth:`Sentences.clean` finds a later one or names out of order, where the resolver
reads everything again, as before.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable, Sequence

from extract.pipeline.chosen import Chosen

BREAK_RE = re.compile("[\n。]")  # a sentence's end: its full stop, or the end of its line
SENTENCE = "sentence"  # a stage whose steps change a sentence's names by that sentence's names alone
REPORT = "report"  # a stage whose steps read names across the report
# a stage: (doc, names) -> names; a sentence stage takes the character ranges of the sentences it reads
Stage = Callable[..., list[Chosen]]


class Sentences:
    """Sentence boundaries of ``text``: sentence ``k`` is ``[starts[k], starts[k + 1] - 1)`` (its
    break excluded). A name of ``readings`` that runs over a break (a table cell holding a full
    stop) joins the sentences it runs over into one, so that every name lies in one sentence. A
    reading is a list of names in strictly increasing order of start (:meth:`clean`); its names on
    a set of sentences are whole slices of it, found by bisection (a pass over every name per set
    cost more than the steps it spares)."""

    def __init__(self, text: str, readings: Iterable[Sequence[Chosen]] = ()):
        self.text = text
        breaks = [m.end() for m in BREAK_RE.finditer(text)]  # the starts of the sentences after the first
        joined: set[int] = set()
        # each name once, however many readings hold it (the readings share most of their
        # objects): one dict keyed by identity, filled at C speed
        names: dict[int, Chosen] = {}
        for reading in readings:
            names.update(zip(map(id, reading), reading, strict=True))
        for s in names.values():
            if BREAK_RE.search(text, s.start_char, s.end_char) is not None:
                lo = bisect.bisect_right(breaks, s.start_char)
                joined.update(range(lo, bisect.bisect_right(breaks, s.end_char)))
        self.starts = [0, *(b for k, b in enumerate(breaks) if k not in joined)]

    def sentence(self, pos: int) -> int:
        """The sentence holding character ``pos``."""
        return bisect.bisect_right(self.starts, pos) - 1

    def clean(self, names: Sequence[Chosen], known: Iterable[Chosen] = ()) -> bool:
        """Can ``names`` be cut by sentence and spliced back: their starts strictly increase (the
        order every step keeps) and none runs from one sentence into another? The names of
        ``known`` (a clean reading) are not looked at again."""
        last = -1
        seen = set(map(id, known))
        for s in names:
            if s.start_char <= last:
                return False
            if id(s) not in seen and self.sentence(s.start_char) != self.sentence(
                max(s.start_char, s.end_char - 1)
            ):
                return False
            last = s.start_char
        return True

    def dirty(self, a: Sequence[Chosen], b: Sequence[Chosen]) -> set[int]:
        """Sentences on which the readings ``a`` and ``b`` may hold different names: those of every
        name that is in one and not (as the same object) in the other. Equal names built twice
        make a sentence dirty that is not: it is then read again for nothing, never skipped."""
        ids_a, ids_b = set(map(id, a)), set(map(id, b))
        return {self.sentence(s.start_char) for s in a if id(s) not in ids_b} | {
            self.sentence(s.start_char) for s in b if id(s) not in ids_a
        }

    def _cuts(self, names: Sequence[Chosen], sentences: set[int]) -> list[tuple[int, int]]:
        """For each sentence of ``sentences`` in text order, the slice of ``names`` on it."""
        starts = [s.start_char for s in names]
        edges, out = self.starts, []
        for k in sorted(sentences):
            lo = bisect.bisect_left(starts, edges[k])
            hi = bisect.bisect_left(starts, edges[k + 1]) if k + 1 < len(edges) else len(starts)
            out.append((lo, hi))
        return out

    def on(self, names: Sequence[Chosen], sentences: set[int]) -> list[Chosen]:
        """The names of ``names`` on ``sentences``, in order."""
        return [s for lo, hi in self._cuts(names, sentences) for s in names[lo:hi]]

    def bounds(self, sentences: set[int]) -> list[tuple[int, int]]:
        """The character ranges of ``sentences`` (each without its break), in text order."""
        edges, n = self.starts, len(self.text)
        return [(edges[k], edges[k + 1] - 1 if k + 1 < len(edges) else n) for k in sorted(sentences)]

    def splice(self, first: Sequence[Chosen], part: Sequence[Chosen], sentences: set[int]) -> list[Chosen]:
        """``first``'s names off ``sentences`` and ``part``'s (all on them) on them, in order."""
        out: list[Chosen] = []
        done = 0
        for (lo, hi), (plo, phi) in zip(
            self._cuts(first, sentences), self._cuts(part, sentences), strict=True
        ):
            out.extend(first[done:lo])
            out.extend(part[plo:phi])
            done = hi
        out.extend(first[done:])
        return out


__all__ = ["REPORT", "SENTENCE", "Sentences", "Stage"]
