"""Items of a list closed by a count label without 等: 甲乙提升、丙丁管控、戊己攻坚“三项行动”.

A report that names the actions of one plan often lists them and counts them in the label right
after the last item, with no list closer: 推进甲乙提升、丙丁管控“六项行动”, 实施甲乙、丙丁四大专项行动,
防范化解甲乙、丙丁三大攻坚战. The count (a numeral and the measure 项, 大 or 个: closed classes)
does what 等 and its count do in ``programme_lists`` (A、B等六大行动): it closes the list, and the
head after it says what each item is. GUIDE §3 makes named actions and campaigns Programs, and
GUIDE §2.2 gives each conjunct that shares one suffix its own span, the suffix in its canonical
(round 14's readable gold: 本质安全提升 -> 本质安全提升行动 in the list before “六项行动”). The name
grammar reads a Program only where its head is written, so the items, whose head is written once
after the count, were missed, and the count label alone was read as a name (“六项行动”), which the
same gold leaves untagged: the label only counts the names listed before it.

- The label is a count and a Program head of the grammar (``programme_lists._label_heads``: the
  GUIDE Program kernels and the mined Program heads of two or more characters, 行动, 专项行动,
  攻坚战 …) with nothing between them (a modifier, 五大提升行动, may say what the items share or
  what field they are; such lists are left alone), in quotes or not, the head ending the run of Han
  characters, so no longer noun (行动|体系) runs on.
- The count stands right after the last item: a list closed by 等 before its label (A、B等“十大
  工程”) is ``programme_lists``' to read, and the readable gold types such lists its own way
  (round 7 tags the label 十大工程 and none of its items).
- The items are the 、-separated parts before the count (the first from where the name grammar's
  left scan stops), at least ``MIN_ITEMS``, and as many as the count says: the label counts the
  items it closes (a count that differs, 数字产业化“十大工程”、产业数字化“八大行动”, belongs to a
  name of its own, whose parts are listed elsewhere; round 6's readable gold tags the whole
  产业数字化“八大行动”), each looking like a name by ``programme_lists.is_item``
  (no function word, opening verb, count, generic or widespread term, place or single everyday
  word); one item that fails leaves the whole list alone (安全可靠、高效调节: everyday words).
- An item no other candidate holds becomes a Program whose canonical takes the head; a Program
  guess inside the label, or one that runs from the last item over it, is dropped.

No word of the corpus is listed here: the count is a closed class, the head is mined or a GUIDE
kernel, and the item test is the one the programme lists use.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from extract.numerals import cn_to_int
from extract.pipeline import grammar as g
from extract.pipeline.candidates import add_candidate, candidates, set_candidates
from extract.pipeline.programme_lists import (
    CLAUSE_RE,
    CLOSER_RE,
    MIN_ITEMS,
    SEP,
    _items,
    _label_heads,
    is_item,
)

# a count of the listed items right after the last one (in quotes or not: “六项, 四大, 三个); an
# optional quote before it would cost the regex its fast scan for the first character (20x here)
COUNT_RE = re.compile(r"[\d一两二三四五六七八九十]+[项大个]")
HAN_RUN_RE = re.compile(r"[\u4e00-\u9fff]+")
OPEN_QUOTE, CLOSE_QUOTE = "“", "”"
CLAUSE_MAX = 400  # characters looked back for a count's clause start (a list is far shorter)


def find_counted_lists(doc: Doc, text: str, grammar: g.Grammar) -> None:
    """Add the items of lists closed by a count label as Program candidates (module docstring)."""
    heads: frozenset[str] | None = None
    held: list[tuple[int, int]] | None = None
    labels: dict[int, int] = {}  # end of a label's head (and of its closing quote) -> last item's start
    # one pass over the counts of the whole text; the label test (a set lookup) comes first, so
    # the clause of a count is looked for only behind the few counts that a head follows
    for count in COUNT_RE.finditer(text):
        run = HAN_RUN_RE.match(text, count.end())
        if run is None:
            continue
        if heads is None:
            heads = frozenset(_label_heads(grammar))  # only where a count stands before Han text
        head = run.group()
        opened = count.start() > 0 and text[count.start() - 1] == OPEN_QUOTE  # the label “六项行动”
        if head not in heads or (opened and not text.startswith(CLOSE_QUOTE, run.end())):
            continue  # 五大提升行动: a modifier; 行动体系: a longer noun; “六项行动 left open
        label = count.start() - opened
        start = _clause_start(text, label)
        if SEP not in text[start:label] or CLOSER_RE.match(text, label - 1):
            continue  # A、B等“十大工程”: the list closer is there, ``programme_lists`` reads the list
        items = _items(text, start, label, grammar)
        if len(items) < MIN_ITEMS or cn_to_int(count.group()[:-1]) != len(items):
            continue  # 数字产业化“十大工程”、产业数字化“八大行动”: a count of its own name's parts
        if not all(is_item(text[a:b], grammar) for a, b in items):
            continue
        last = items[-1][0]
        labels[run.end()] = labels[run.end() + 1] = last
        if held is None:
            held = [(c.start_char, c.end_char) for c in candidates(doc)]
        for a, b in items:
            if text[a] == OPEN_QUOTE and text[b - 1] == CLOSE_QUOTE:
                a, b = a + 1, b - 1  # GUIDE §2.2: quotes wrapping the whole name are left out
            if not any(s < b and a < e and not (s >= last and e in labels) for s, e in held):
                add_candidate(doc, a, b, "Program", "list", text[a:b] + head)
    if labels:
        kept = [c for c in candidates(doc) if not _over_label(c.label_, c.start_char, c.end_char, labels)]
        set_candidates(doc, kept)


def _clause_start(text: str, pos: int) -> int:
    """Where the clause holding ``pos`` starts: after the last clause mark of ``programme_lists``
    (its ``CLAUSE_RE`` reads clauses as runs without one) within ``CLAUSE_MAX`` characters."""
    floor = max(0, pos - CLAUSE_MAX)
    for k in range(pos - 1, floor - 1, -1):
        if not CLAUSE_RE.match(text, k, k + 1):
            return k + 1
    return floor


def _over_label(label: str, start: int, end: int, labels: dict[int, int]) -> bool:
    """Is this a Program guess inside a count label, or one running from the last item over it?"""
    return label == "Program" and end in labels and start >= labels[end]
