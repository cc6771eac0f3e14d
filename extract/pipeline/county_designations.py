"""Designations named by the kind of county they make: 创建|义务教育优质均衡发展县 (issue 12).

The provincial-2026 conventions ("Titles and designations") type the titles a city, county or
province gets or seeks as Program, and GUIDE §3 the pilot designations. Some national titles of
counties carry no designation stem (试点, 示范): the name is what the county achieves and the
kind of county (学前教育普及普惠县, 义务教育优质均衡发展区), so neither the head grammar nor
``designation_kinds`` reads them. ``city_titles.find_counted_county_titles`` reads one frame
(…县26个); the plans write them after a title verb (争创|…区) or with the verb after the list
(加快A县、B县创建), and there they were missed.

One frame over unannotated text is not enough (branch program48: a headless name read off one
frame was too noisy: 创建 also takes 集聚区, 景区, 最安全地区). So a designation needs two
independent signals:

- **the title frame where it stands**: a mined title verb (``title_verbs.jsonl``: 争创, 创建,
  入选) right before a list that closes its clause (with an optional national level, GUIDE
  §2.5), or closing the clause right after the list, its nominal object (加快A县、B县创建); every
  item of the list ends in a county-level kind of division (县, 区, 区县: administrative
  divisions, a closed class) that no longer word of the dictionary or the lexicon ends (not
  景区, 社区, 集聚区 or 先导区);
- **the same body in the same frame in other reports** (:func:`mine_county_designations`,
  ``scripts/mine_county_designations.py`` into ``extract/data/county_designations.jsonl``, every
  gold passage blanked): the words before the kind, without level, seen in the frame in
  ``MIN_DOCS`` reports or more. A national title is written the same way by several authors; a
  one-off phrase after 创建 is one author's description. The counts are kept.

At run time (:func:`find_county_designations`) a list in the frame with one item whose body is
mined makes every item a Program (GUIDE §2.2: the conjuncts of one list are names of one kind),
its span from the level word when there is one.
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from spacy.tokens import Doc

from extract.pipeline import grammar as g
from extract.pipeline.candidates import add_candidate
from extract.pipeline.city_titles import MIN_COUNTED_BODY, counted_title_start
from extract.pipeline.mining import NATIONAL, dictionary, segment_cached

COUNTY_DESIGNATIONS = "county_designations.jsonl"
# county-level kinds of division (closed class, GUIDE §4 administrative divisions), longest first
KINDS = ("区县", "县区", "县", "区")
# Han characters of the words before the kind (学前教育普及普惠): as many as a counted title's
MIN_BODY, MAX_BODY = MIN_COUNTED_BODY, 16
MAX_WORD = 6  # longest word read as ending a name in place of its kind (the longest mined head)
MIN_DOCS = 2  # reports that write the body in the frame: a national title, not one description
CLAUSE_RE = re.compile(r"[^，。；：！？,;:!?\n]+")
ITEM_RE = re.compile(r"[\u4e00-\u9fff]+")


@dataclass(frozen=True)
class Item:
    """One designation of a framed list: its span in the text and the body before its kind."""

    start: int
    end: int
    body: str


def _item(text: str, start: int, end: int, grammar: g.Grammar) -> Item | None:
    """The designation ``text[start:end]`` (level kept), or None when it is no name: no kind
    word of its own at the end, a body too short or long, a clause word or a generic body."""
    name = text[start:end]
    if not ITEM_RE.fullmatch(name):
        return None
    kind = _kind(name, grammar)
    if kind is None:
        return None
    level = next((lv for lv in NATIONAL if name.startswith(lv)), "")
    body = name[len(level) : -len(kind)]
    if not MIN_BODY <= len(body) <= MAX_BODY or g.is_generic(body):
        return None
    if any(w in grammar.hard_stops for w in segment_cached(body)):
        return None  # a hard clause word inside: a clause, not a name
    return Item(start, end, body)


def _kind(name: str, grammar: g.Grammar) -> str | None:
    """The kind of division closing ``name``, or None when a longer word ends it: a dictionary
    noun or a lexicon head ending in the kind (景区, 城区, 社区, 集聚区, 先导区) is a word of its
    own, not a county made by the words before it (普惠县: jieba knows no such word)."""
    kind = next((k for k in KINDS if name.endswith(k)), None)
    if kind is None:
        return None
    last = segment_cached(name)[-1]
    if last not in KINDS and last in dictionary():
        return None  # jieba's last word is a noun of the dictionary (景区, 城区, 社区)
    if any(name[-n:] in grammar.heads for n in range(len(kind) + 1, min(MAX_WORD, len(name)) + 1)):
        return None  # a lexicon head (集聚区, 先导区): another finder's name
    return kind


def _items(text: str, start: int, end: int, grammar: g.Grammar) -> list[Item] | None:
    """The 、-items of ``text[start:end]``, each a designation, or None when one is not."""
    items: list[Item] = []
    at = start
    for part in text[start:end].split("、"):
        item = _item(text, at, at + len(part), grammar)
        if item is None:
            return None
        items.append(item)
        at += len(part) + 1
    return items


def framed_lists(text: str, grammar: g.Grammar) -> Iterator[list[Item]]:
    """Every list of county designations in the title frame (module docstring), per clause."""
    verbs = grammar.mined_set("title_verbs.jsonl", "word")
    if not verbs:
        return
    verb_re = _verb_re(verbs)
    for clause in CLAUSE_RE.finditer(text):
        a, b = clause.span()
        first = verb_re.search(text, a, b)
        if first is None:
            continue
        last: re.Match[str] | None = first
        while last is not None and last.end() < b:  # the title verb closing the clause, if any
            last = verb_re.search(text, last.start() + 1, b)
        if last is not None:  # 加快A县、B县创建: the list is the verb's object, before it
            start = counted_title_start(text, a, last.start(), grammar)
            found = _items(text, start, last.start(), grammar)
        else:  # 争创|全国…区: the list after the verb, to the clause edge
            found = _items(text, first.end(), b, grammar)
        if found:
            yield found


@functools.cache
def _verb_re(verbs: frozenset[str]) -> re.Pattern[str]:
    """One alternation of the mined title ``verbs`` (longest first), compiled once per set: the
    grammar gives the same set on every document (``Grammar.mined_set``)."""
    return g._alternation(verbs)


def mine_county_designations(docs: Sequence[tuple[str, str]], grammar: g.Grammar | None = None) -> list[dict]:
    """Bodies of county designations in the title frame, with counts, sorted (module docstring)."""
    if grammar is None:  # every lexicon file but the one being mined (it may not exist yet)
        from extract.pipeline.lexicon_files import FILES, read_lexicon

        grammar = g.Grammar(read_lexicon(names=[n for n in FILES if n != COUNTY_DESIGNATIONS]))
    seen: dict[str, set[str]] = defaultdict(set)
    framed: dict[str, int] = defaultdict(int)
    for name, text in docs:
        for items in framed_lists(text, grammar):
            for item in items:
                seen[item.body].add(name)
                framed[item.body] += 1
    return [
        {"body": body, "source": "mined", "counts": {"framed": framed[body]}, "docs": len(seen[body])}
        for body in sorted(seen)
        if len(seen[body]) >= MIN_DOCS
    ]


def find_county_designations(doc: Doc, text: str, grammar: g.Grammar) -> None:
    """Add every item of a framed list holding a mined body as a Program candidate."""
    bodies = grammar.mined_set(COUNTY_DESIGNATIONS, "body")
    if not bodies:
        return
    for items in framed_lists(text, grammar):
        if any(item.body in bodies for item in items):
            for item in items:
                add_candidate(doc, item.start, item.end, "Program", "suffix")
