"""The run of name characters after a place, and the words that end a noun phrase in it.

Why a module of its own: ``embedded`` decides whether a place opens a longer name, and asks
the readers of each kind of name (``organisation_places``, ``place_kernel_tails``,
``place_proper_tails``, ``place_led_names``) for their verdict; those readers read the same run
after the place with the same stop words. Kept in ``embedded`` they were imported back from it
as private helpers at call time (an import cycle); here every reader imports them at load time.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from extract.pipeline.grammar import Grammar
from extract.pipeline.kernel_compounds import left_out
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


MIN_NAME = 3  # characters after the place that may close a name by length alone: a modifier and a head
NOUN_TAGS = frozenset({"n", "vn", "nz", "ng"})  # nouns and verbal nouns before a lone kernel


def noun_word(word: str) -> bool:
    """A noun or verbal noun of two or more characters (生活, 物流) by jieba's dictionary."""
    return len(word) >= 2 and dictionary().get(word, (0, ""))[1] in NOUN_TAGS


def ends_in_head(
    text: str,
    start: int,
    words: Sequence[str],
    grammar: Grammar,
    min_words: int | None = None,
    *,
    stop_at_hard: bool = False,
    single_kernels: bool = True,
) -> bool:
    """Does some word-aligned prefix of ``words`` (the text from ``start`` on) of at least
    ``min_words`` words (None: no count of words) or ``MIN_NAME`` characters end in a head word
    of the lexicon that a name may end with there (``Grammar.follows_ok``: not 项目|库,
    平台|企业)? Multi-character heads may span words (实验|站 ends in the kernel 站).

    ``stop_at_hard``: a mined hard stop word (建设, 对接: a clause edge) ends the run with no
    name. ``single_kernels``: a one-character kernel closes a name too, at the end of a longer
    word or as its own word after a noun (生活|节, 物流|仓). ``embedded`` asks after a place with
    kernels; ``bracketed_places`` after a bracket, to a hard stop and without them."""
    heads = grammar.heads
    singles = grammar.single_kernels if single_kernels else frozenset()
    pos = start
    for i, w in enumerate(words):
        if stop_at_hard and w in grammar.hard_stops:
            return False
        pos += len(w)
        body = text[start:pos]
        enough = (min_words is not None and i + 1 >= min_words) or len(body) >= MIN_NAME
        if not enough or not grammar.follows_ok(text, pos):
            continue
        if any(body[-n:] in heads for n in range(min(len(body), 7), 1, -1)):
            return True
        if w in grammar.facility_endings:
            return True  # 旅游|度假区: a mined ending of facility names, no head
        if len(w) >= 2 and w[-1] in singles and not left_out(w, grammar.single_kernels, dictionary()):
            return True  # not 烂尾|楼: a dictionary compound the kernel miner left out
        if len(w) == 1 and w in singles and i >= 1 and noun_word(words[i - 1]):
            return True  # 生活|节, 物流|仓: the kernel read as its own word after a noun
    return False


__all__ = [
    "HAN_RE",
    "MIN_NAME",
    "NOUN_TAGS",
    "RUN_LIMIT",
    "clause_word",
    "ends_in_head",
    "name_run",
    "noun_word",
]
