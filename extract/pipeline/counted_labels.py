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
  what field they are; such lists are left alone), in quotes or not, closing the clause or before
  a clause word of the mined lexicon, so no longer noun (行动|体系) runs on.
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
from extract.pipeline.programme_lists import CLAUSE_RE, MIN_ITEMS, SEP, _items, _label_heads, is_item

# a count of the listed items right after the last one, in quotes or not: “六项, 四大, 三个
COUNT_RE = re.compile(r"“?([\d一两二三四五六七八九十]+)[项大个]")
HAN_RUN_RE = re.compile(r"[\u4e00-\u9fff]+")
CLOSE_QUOTE = "”"


def find_counted_lists(doc: Doc, text: str, grammar: g.Grammar) -> None:
    """Add the items of lists closed by a count label as Program candidates (module docstring)."""
    heads = frozenset(_label_heads(grammar))
    held: list[tuple[int, int]] | None = None
    labels: dict[int, int] = {}  # end of a label's head (and of its closing quote) -> last item's start
    for clause in CLAUSE_RE.finditer(text):
        if SEP not in clause.group():
            continue
        for count in COUNT_RE.finditer(text, clause.start(), clause.end()):
            head = _label_head(text, count.start(), count.end(), heads, grammar)
            if not head or SEP not in text[clause.start() : count.start()]:
                continue
            items = _items(text, clause.start(), count.start(), grammar)
            if len(items) < MIN_ITEMS or cn_to_int(count.group(1)) != len(items):
                continue  # 数字产业化“十大工程”、产业数字化“八大行动”: a count of its own name's parts
            if not all(is_item(text[a:b], grammar) for a, b in items):
                continue
            last = items[-1][0]
            labels[count.end() + len(head)] = labels[count.end() + len(head) + 1] = last
            if held is None:
                held = [(c.start_char, c.end_char) for c in candidates(doc)]
            for a, b in items:
                if text[a] == "“" and text[b - 1] == CLOSE_QUOTE:
                    a, b = a + 1, b - 1  # GUIDE §2.2: quotes wrapping the whole name are left out
                if not any(s < b and a < e and not (s >= last and e in labels) for s, e in held):
                    add_candidate(doc, a, b, "Program", "list", text[a:b] + head)
            break
    if labels:
        kept = [c for c in candidates(doc) if not _over_label(c.label_, c.start_char, c.end_char, labels)]
        set_candidates(doc, kept)


def _label_head(text: str, start: int, pos: int, heads: frozenset[str], grammar: g.Grammar) -> str:
    """The Program head of the count label at ``start`` (its count ending at ``pos``), or '' when
    what follows the count is no bare head ending the Han run (五大提升行动: a modifier; 行动体系:
    a longer noun) or a quote opened before the count is not closed right after the head."""
    run = HAN_RUN_RE.match(text, pos)
    head = grammar.head_re.match(text, pos)
    if run is None or head is None or head.group() not in heads or head.end() != run.end():
        return ""
    if text[start] == "“" and not text.startswith(CLOSE_QUOTE, head.end()):
        return ""
    return head.group()


def _over_label(label: str, start: int, end: int, labels: dict[int, int]) -> bool:
    """Is this a Program guess inside a count label, or one running from the last item over it?"""
    return label == "Program" and end in labels and start >= labels[end]
