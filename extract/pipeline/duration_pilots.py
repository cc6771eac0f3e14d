"""Pilots named by a task that ends in a duration (推进|第二轮…到期后再延长30年试点).

GUIDE §3 types pilot designations (…试点, …示范区) as Program, and the provincial-2026 conventions
keep a designation's descriptive modifier (named actions and pilots are Program even when
descriptive). A pilot is named by the task it tries, and a task may hold a clause word and end in
a duration: …到期后再|延长|30年试点. The head-word scan stops at the clause word, so the guess
opens with the figure (30年试点, 三十年整省试点) — and a name never opens with a duration: the
figure is the complement of the verb before it (延长|30年), a length of time GUIDE §7 records as no
indicator. Over the 29 reports such guesses stand in 11 of the 12 readable ones, all the same
national pilot, each a boundary error.

So a Program guess that opens with a figure and 年 and ends in a GUIDE §3 designation head is
read again from its clause: the name starts after the clause's opening verbs (稳妥推进, 全面开展,
启动: words jieba's dictionary tags as verbs, adverbs or adjectives, or mined adverbs of stage
verbs, ``status_modifiers.jsonl``, since jieba reads 全面 and 有序 as nouns) and runs to the head.
A clause that opens with anything else (a place as its subject: 甲镇列入…) leaves the guess alone,
as does a stretch holding another name or longer than ``MAX_NAME``.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from extract.pipeline import grammar as g
from extract.pipeline.candidates import add_candidate, candidates
from extract.pipeline.list_items import last_clause_edge
from extract.pipeline.mining import dictionary, segment_cached
from extract.pipeline.programme_frames import VERBAL_TAGS

DURATION_RE = re.compile(r"(?:\d+|[一二三四五六七八九十百]+)年")  # 30年, 三十年: a length of time
MAX_NAME = 32  # characters of the longest pilot name read back to its clause's verbs
MIN_GROWTH = 4  # characters the name must gain: a task, not a stray word


def find_duration_pilots(doc: Doc, text: str, grammar: g.Grammar) -> None:
    """Add the whole pilot for each guess that opens with a duration (module docstring)."""
    heads = grammar.program_designations
    if not heads:
        return
    found = candidates(doc)
    first_end: dict[int, int] = {}  # start -> the nearest end of a candidate starting there
    for o in found:
        first_end[o.start_char] = min(o.end_char, first_end.get(o.start_char, o.end_char))
    for c in found:
        if c.label_ != "Program" or not DURATION_RE.match(text, c.start_char):
            continue
        if not text[c.start_char : c.end_char].endswith(heads):
            continue
        start = pilot_start(text, c.start_char, grammar)
        if start is None or c.end_char - start > MAX_NAME or c.start_char - start < MIN_GROWTH:
            continue
        if any(first_end.get(k, c.start_char + 1) <= c.start_char for k in range(start, c.start_char)):
            continue  # another name inside the task: leave the reading alone (a lookup per
            # character of the task, not a scan of the document's candidates per guess)
        add_candidate(doc, start, c.end_char, "Program", c.id_)


def pilot_start(text: str, guess: int, grammar: g.Grammar) -> int | None:
    """Where the pilot whose guess starts at ``guess`` begins: after the opening verbs of its
    clause, or None when the clause opens with no verb (or holds nothing after its verbs)."""
    floor = max(0, guess - MAX_NAME)
    edge = last_clause_edge(text, floor, guess)
    if edge is None and floor > 0:
        return None  # no clause edge within reach
    clause = floor if edge is None else edge
    words = segment_cached(text[clause:guess])
    tags = dictionary()
    pos, opened = clause, False
    for w in words:
        if tags.get(w, (0, ""))[1] in VERBAL_TAGS or w in grammar.status_modifiers:
            pos += len(w)
            opened = True
            continue
        break
    return pos if opened and pos < guess else None
