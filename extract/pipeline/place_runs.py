"""The run of name characters after a place, and the words that end a noun phrase in it.

Why a module of its own: ``embedded`` decides whether a place opens a longer name, and asks
the readers of each kind of name (``organisation_places``, ``place_kernel_tails``,
``place_proper_tails``, ``place_led_names``) for their verdict; those readers read the same run
after the place with the same stop words. Kept in ``embedded`` they were imported back from it
as private helpers at call time (an import cycle); here every reader imports them at load time.
"""

from __future__ import annotations

import re

from extract.pipeline.grammar import Grammar
from extract.pipeline.mining import CLAUSE_TAGS, dictionary

RUN_LIMIT = 16  # characters after the hit that may still belong to its name
HAN_RE = re.compile(r"[\u4e00-\u9fffA-Za-z0-9·\-—]")

# a run of HAN_RE's characters, matched at C speed (a Python step and a match per character was
# asked ≈ 2,500 times a report)
_RUN_RE = re.compile(HAN_RE.pattern + "*")


def name_run(text: str, end: int) -> str:
    """Name characters right after ``end`` (no punctuation, quotes or brackets in between), at
    most ``RUN_LIMIT``: a name that goes on longer is no place's to open."""
    m = _RUN_RE.match(text, end, min(len(text), end + RUN_LIMIT))
    return m.group() if m else ""


def clause_word(word: str, grammar: Grammar) -> bool:
    """A word that ends a noun phrase: a verb/adverb/preposition/particle by jieba's tags, a
    mined hard stop word or a status phrase (verbal nouns such as 建设, 服务 are name material)."""
    if word in grammar.hard_stops:
        return True
    tag = dictionary().get(word, (0, ""))[1]
    return tag in CLAUSE_TAGS


__all__ = ["HAN_RE", "RUN_LIMIT", "clause_word", "name_run"]
