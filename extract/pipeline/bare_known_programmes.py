"""Mined quoted programme names written without their quotes (issue 12: programmes with no head).

Reports quote a coined programme name (“揭榜挂帅”, “高效办成一件事”) in most sentences, but some
write it bare: 健全完善揭榜挂帅等机制. A bare name has no head word the grammar keys on and no
quote for :func:`extract.pipeline.quoted_programmes.find_known_quoted_programmes` to read, so it
was missed. The evidence that the words name a programme is the same one the quoted finder uses,
mined over all unannotated reports (``extract/data/quoted_programmes.jsonl``: a programme head
after the quote, a programme verb before it, or a chain with a quoted programme, in two reports
or more; each entry carries its counts). No word list is added here.

A bare string is a weaker signal than a quote, so the run-time test is strict:

- the name has ``MIN_BARE`` Han characters or more: a short quoted name (“两新”, “三北”, “两区”)
  is also the front of other words (两新一重, 三北精神, 一圈一带两区), and only quotes fence it;
- it stands between clause edges on both sides: a non-Han character or a hard stop word of the
  mined lexicon (完善|揭榜挂帅|等机制), so it is neither the tail nor the front of a longer Han
  word (全域|无废城市, 无废城市|细胞, 亩均论英雄|评价结果 stay untouched);
- no other finder holds the span (a headed name such as 揭榜挂帅机制 is left to the grammar).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import TYPE_CHECKING

from spacy.tokens import Doc

from extract.pipeline.candidates import HeldSpans, add_candidate, candidates

if TYPE_CHECKING:
    from extract.pipeline.grammar import Grammar

MIN_BARE = 4  # Han characters of the shortest name tagged without quotes
MAX_STOP = 4  # characters of the longest hard stop word looked for at an edge
HAN_RE = re.compile(r"[\u4e00-\u9fff]")
HAN_NAME_RE = re.compile(rf"[\u4e00-\u9fff]{{{MIN_BARE},}}")
OPEN_QUOTE, CLOSE_QUOTE = "“", "”"


def bare_names(names: Iterable[str]) -> tuple[str, ...]:
    """The mined names that may be tagged bare: all Han, ``MIN_BARE`` characters or more,
    longest first (so a longer name wins over a name it contains)."""
    return tuple(sorted((n for n in names if HAN_NAME_RE.fullmatch(n)), key=lambda n: (-len(n), n)))


@lru_cache(maxsize=4)
def _names_re(names: frozenset[str]) -> re.Pattern[str] | None:
    """One alternation of the bare-readable ``names`` (built once per lexicon), or None."""
    bare = bare_names(names)
    return re.compile("|".join(map(re.escape, bare))) if bare else None


def _left_edge(text: str, start: int, hard: frozenset[str]) -> bool:
    """Does a clause edge (a non-Han character, the text's start, a hard stop word) end at ``start``?"""
    if start == 0 or not HAN_RE.match(text, start - 1):
        return True
    return any(text[start - k : start] in hard for k in range(1, min(MAX_STOP, start) + 1))


def _right_edge(text: str, end: int, hard: frozenset[str]) -> bool:
    """Does a clause edge (a non-Han character, the text's end, a hard stop word) start at ``end``?"""
    if end >= len(text) or not HAN_RE.match(text, end):
        return True
    return any(text[end : end + k] in hard for k in range(1, MAX_STOP + 1))


def find_bare_known_programmes(doc: Doc, text: str, grammar: Grammar, names: frozenset[str]) -> None:
    """Add bare, clause-edged uses of mined quoted programme names as Program candidates."""
    names_re = _names_re(names)
    if names_re is None:
        return
    hard = grammar.hard_stops
    held: HeldSpans | None = None
    for m in names_re.finditer(text):
        start, end = m.span()
        if text[start - 1 : start] == OPEN_QUOTE or text[end : end + 1] == CLOSE_QUOTE:
            continue  # a quoted use: the quoted finder's
        if not (_left_edge(text, start, hard) and _right_edge(text, end, hard)):
            continue
        if held is None:
            held = HeldSpans([(c.start_char, c.end_char) for c in candidates(doc)])
        if held.overlaps(start, end):
            continue
        add_candidate(doc, start, end, "Program", "quote")  # a quote guess, kept whole like one
