"""Verbs left at the front of a works or platform name: 新建|甲地水库, 印发|重点产业园区 (issue 12).

The head scan of a Project or Platform runs left from its head until a clause word stops it. A
verb that opens the clause but is no mined clause word (jieba tags 布局, 提质, 抓实 as nouns or
leaves them out, so the stop-word miner never counts them as verbs) stays at the front of the
guess: ``布局甲地石化``, ``提质甲地口岸``. GUIDE §2 (the span is the name, not the clause around
it) says the verb is not part of the name. A plain cut on the stop words that opened a span is
wrong: nouns open clauses too (骨干…, 粮食… begin names as subjects and list items).

What tells a verb from a noun is where the reports put it in a list. A verb that governs a list
of works (布局甲项目、乙项目、丙项目; 新建甲坝、乙坝) stands before the first item only, so the list
reader keeps it at the front of that item; a word that begins names (骨干…, 生物医药…) begins any
item of a list, first or later.

- **Mining** (:func:`mine_object_verbs`, run by ``scripts/mine_categories.py`` into
  ``extract/data/object_verbs.jsonl``, every gold passage blanked): every clause (text between
  ``，。；：`` and line breaks) of three or more items joined by ``、`` is split into its items, and
  each item's first word of jieba's reading (two or more Han characters) is counted as opening the
  *first* item or a *later* one. A word is kept when it opens first items ``MIN_FIRST`` or more
  times in ``MIN_REPORTS`` or more reports (a province's report is its own author, the bundled
  corpus one) and ``MIN_FIRST_SHARE`` or more of the items it opens are first items. A word that
  begins names stands first in a list of three or more by chance at most a third of the time; the
  threshold asks twice that. A place of the gazetteer is a list's subject or a name's front, never
  kept; a mined hard stop word (加快, 推动, 优化) is left to the scan, which stops at it, and to the
  trims that already cut it (a cut here, before the kind tests, loses names such as the province's
  own 自贸试验区 after 优化).

- **Run time** (:func:`trim_object_verbs`, in the resolver after the other left-edge trims): a
  Project or Platform guess of the head scan whose first word (jieba's reading of the guess) is a
  mined object verb starts after it; what is left must hold ``MIN_REST`` characters (a modifier
  and a head) or the guess is dropped. What is left and is a kind is dropped later by the kind
  tests (``drop_generic``, ``drop_unnamed_works``). Layout sources (tables, titles, quotes,
  closed classes) are exempt: their edges are the document's.
"""

from __future__ import annotations

import functools
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence

from extract.openings import opening_in
from extract.pipeline.chosen import Chosen
from extract.pipeline.grammar import Grammar
from extract.pipeline.lexicon import _segment
from extract.pipeline.word_edges import trim_fronts
from extract.regions import lookup

MIN_FIRST = 3  # first items the word opens
MIN_REPORTS = 3  # reports (the bundled corpus counts as one) where it does
MIN_FIRST_SHARE = 2 / 3  # twice the chance share of a first item in a list of three
MIN_ITEMS = 3  # items of a list
# a verb governs a list whatever it lists: the first item of a project list that names firms
# (布局|甲乙石化、丙地富海等重大项目: placed_firms, project_list_firms) loses it as a work would
TYPES = frozenset({"Project", "Platform", "Enterprise"})
_CLAUSE = re.compile(r"[^，。；：！？,;:!?\n“”《》（）()]+")
_HAN_WORD = re.compile(r"[\u4e00-\u9fff]{2,}")


def mine_object_verbs(docs: Sequence[tuple[str, str]], hard_stops: Iterable[str] = ()) -> list[dict]:
    """Object verbs with their counts, sorted by word (module docstring). ``docs`` are
    (author, blanked text); ``hard_stops`` the mined hard stop words, left out (the scan and the
    other left-edge trims already handle a guess that opens with one)."""
    stops = frozenset(hard_stops)
    first: Counter[str] = Counter()
    later: Counter[str] = Counter()
    authors: dict[str, set[str]] = defaultdict(set)
    for author, text in docs:
        for m in _CLAUSE.finditer(text):
            items = m.group().split("、")
            if len(items) < MIN_ITEMS:
                continue
            for k, item in enumerate(items):
                words = _segment(item.strip())
                if len(words) < 2 or not _HAN_WORD.fullmatch(words[0]):
                    continue  # an item of one word has no object after its first word
                if k:
                    later[words[0]] += 1
                else:
                    first[words[0]] += 1
                    authors[words[0]].add(author)
    rows = []
    for w in sorted(first):
        if (
            first[w] < MIN_FIRST
            or len(authors[w]) < MIN_REPORTS
            or first[w] < MIN_FIRST_SHARE * (first[w] + later[w])
            or w in stops
            or lookup(w)
        ):
            continue
        rows.append(
            {
                "word": w,
                "counts": {"first_item": first[w], "later_item": later[w]},
                "docs": len(authors[w]),
                "source": "mined",
            }
        )
    return rows


def object_verbs(grammar: Grammar) -> frozenset[str]:
    """The mined object verbs of ``grammar``'s lexicon."""
    return grammar.mined_set("object_verbs.jsonl", "word")


@functools.lru_cache(maxsize=8)
def _longest(verbs: frozenset[str]) -> int:
    """Characters of the longest mined object verb (a grammar's set, hashed once)."""
    return max(map(len, verbs), default=0)


def object_verb_cut(text: str, start: int, end: int, verbs: frozenset[str]) -> int:
    """Characters to cut from the front of the guess ``text[start:end]``: the length of its first
    word when that word is a mined object verb, else 0."""
    if not verbs:
        return 0
    guess = text[start:end]
    # the first word of the reading is an opening of the guess: where no opening shorter than the
    # guess is a mined object verb, none is cut and no segmentation is needed (most guesses)
    if not opening_in(guess, verbs, 1, min(len(guess) - 1, _longest(verbs))):
        return 0
    words = _segment(guess)
    first = words[0] if words else ""
    return len(first) if first in verbs and len(first) < end - start else 0


def trim_object_verbs(chosen: list[Chosen], text: str, grammar: Grammar) -> list[Chosen]:
    """``chosen`` with each Project/Platform guess of the head scan that opens with a mined object
    verb starting after it; dropped when fewer than ``MIN_REST`` characters are left."""
    verbs = object_verbs(grammar)
    return trim_fronts(chosen, text, TYPES, lambda s: object_verb_cut(text, s.start_char, s.end_char, verbs))
