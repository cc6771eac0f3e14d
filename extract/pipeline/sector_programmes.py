"""Programmes of listed sectors: 甲、乙、丙等产业提质升级行动 (issue 12, shared tails; branch coord19).

GUIDE §2.2: "When coordinated names share one suffix, each conjunct gets its own span", and the
canonical of each conjunct carries the shared suffix (§9: [义甬舟]、金丽温开放大通道). A report
names an action it runs sector by sector with the sectors listed first and the action written
once after 等: the label after the list closer opens with the trade word the items are (产业,
行业: a word ending in 业 that the reports themselves write as the label of lists of sectors,
mined by ``trade_labels``) and ends in a GUIDE §3 Program kernel (行动, 计划, 试点 …:
``head_kernels.jsonl``). Round 12's readable gold tags each sector as one Program whose canonical
is the sector with the whole label (汽车、光伏、钢铁等产业提质升级行动 -> 汽车产业提质升级行动, …):
the label names what each sector's programme is, where ``programme_lists`` had read it as the
fields of one action and left the list untagged.

What keeps the class narrow:

- the label must open with a mined trade label, as jieba's first word of the label (等产业|提质…),
  so a category noun that is no sector (等领域, 等重点产业, a description first) labels nothing;
- a Program kernel must end the label where the clause goes on with a clause word of the mined
  lexicon, a result the listed programmes had (…行动|成效明显) or the clause edge, not inside a
  longer noun (…行动|方案);
- every item (``MIN_ITEMS`` or more) must be a sector by the trade word: the item with the trade
  word appended is a ``trade_labels.trade_item`` (every word of it an everyday dictionary word,
  no abbreviation of a firm, no place, person or organisation), with no head of the grammar of
  its own; one item that fails leaves the list alone. A list without a programme kernel in its
  label (汽车、光伏等重点产业, 汽车、光伏等产业发展) is a list of sectors: GUIDE §3 tags none.
"""

from __future__ import annotations

import functools
import re

from spacy.tokens import Doc

from extract.pipeline import grammar as g
from extract.pipeline.candidates import add_candidate, candidates, held_characters, set_candidates
from extract.pipeline.clause_index import clauses_marked
from extract.pipeline.mining import segment_cached
from extract.pipeline.trade_labels import LIST_CLOSER, SEP, trade_item

SOURCE = "list"
SECTOR_LABEL_MAX = 12  # characters of the label after 等: trade word, the action's words, kernel
MIN_ITEMS = 2
ITEM_MAX = 6  # a sector is a short word or two (汽车, 新能源汽车)
ITEMS_MAX = 10  # items read before 等
REACH = ITEMS_MAX * (ITEM_MAX + 1)  # characters read back from 等 for the list
CLAUSE_MARKS = "，。；：,;:！？!?\n（）()《》“”"
HAN_RUN_RE = re.compile(r"[\u4e00-\u9fff]*")  # the label's Han run
CLAUSE_RE = re.compile(f"[^{CLAUSE_MARKS}]+")  # a list and its label never run over these
CLAUSE_EDGE_RE = re.compile(f"[{CLAUSE_MARKS}]")  # one clause edge (clause_index)
CLOSER_RE = re.compile(LIST_CLOSER)  # a clause without the closer holds no list here


@functools.cache
def _kernels() -> tuple[str, ...]:
    """The GUIDE §3 Program kernels of two or more characters (``head_kernels.jsonl``)."""
    kernels = g.default_grammar().lexicon["head_kernels.jsonl"]
    return tuple(sorted({k["head"] for k in kernels if k["type"] == "Program" and len(k["head"]) >= 2}))


def sector_label(text: str, pos: int, clause_end: int, grammar: g.Grammar) -> tuple[int, str]:
    """(end, trade word) of a sector programme label starting at ``pos`` (right after 等), or
    (0, ''): the label's first word is a mined trade label (产业) and a Program kernel closes it
    within ``SECTOR_LABEL_MAX`` characters (module docstring)."""
    from extract.pipeline.programme_lists import result_follows

    limit = min(clause_end, pos + SECTOR_LABEL_MAX)
    if pos >= limit:
        return 0, ""
    trades = grammar.mined_set("trade_labels.jsonl", "word")
    if not any(text.startswith(t, pos, limit) for t in trades):
        return 0, ""  # the first word opens the window, and no opening is a trade label: no segmentation
    words = segment_cached(text[pos:limit])
    if not words or words[0] not in trades:
        return 0, ""
    trade = words[0]
    run = HAN_RUN_RE.match(text, pos, limit).end()  # type: ignore[union-attr]  # (* matches "")
    for end in range(pos + len(trade) + 2, run + 1):
        if not text[pos:end].endswith(_kernels()):
            continue
        if end >= clause_end or text[end] in CLAUSE_MARKS:
            return end, trade
        word = grammar.stop_at(text, end)
        if word is not None and len(word) >= 2 and word != LIST_CLOSER:
            return end, trade
        if result_follows(text, end, clause_end, grammar):
            return end, trade
        return 0, ""  # the kernel runs on into a longer noun (…行动方案): no label ends here
    return 0, ""


def sector_item(item: str, trade: str, grammar: g.Grammar) -> bool:
    """Is ``item`` a sector of the label's trade (汽车 of 产业)? A short item with no head of the
    grammar in it whose text with the trade word appended is a mined sector
    (``trade_labels.trade_item``: 汽车产业), or whose every word is an everyday abbreviation many
    authors write (``mistagged_terms.abbreviation_terms``, mined: 光伏, which the dictionary tags
    as an abbreviation and ``trade_item`` reads as a name)."""
    from extract.pipeline.mistagged_terms import abbreviation_terms

    if not 2 <= len(item) <= ITEM_MAX or grammar.head_re.search(item):
        return False
    if trade_item(item + trade, grammar):
        return True
    everyday = abbreviation_terms(grammar)
    return all(w in everyday for w in segment_cached(item))


def find_sector_programmes(doc: Doc, text: str, grammar: g.Grammar) -> None:
    """Add each item of a list labelled by a sector programme (module docstring) as a Program whose
    canonical takes the whole label; nothing where another candidate holds an item already."""
    taken: bytearray | None = None
    labels: dict[int, int] = {}  # end -> start of each label read: no programme of its own
    # only the clauses holding 等 (clause_index: no Python step per clause)
    for clause in clauses_marked(text, CLOSER_RE, CLAUSE_RE, CLAUSE_EDGE_RE):
        c0, c1 = clause.span()
        if SEP not in clause.group():
            continue  # most clauses hold no list closed by 等
        k = text.find(LIST_CLOSER, c0, c1)
        while k >= 0:
            floor = max(c0, k - REACH)  # a list read here is short: no scan back over a long clause
            end, trade = sector_label(text, k + 1, c1, grammar) if text.rfind(SEP, floor, k) >= 0 else (0, "")
            if end:
                items = _items(text, floor, k, grammar)
                if len(items) >= MIN_ITEMS and all(sector_item(text[a:b], trade, grammar) for a, b in items):
                    if taken is None:
                        taken = held_characters(len(text), candidates(doc))
                    label = text[k + 1 : end]
                    labels[end] = k + 1
                    for a, b in items:
                        if 1 not in taken[a:b]:
                            add_candidate(doc, a, b, "Program", SOURCE, text[a:b] + label)
            k = text.find(LIST_CLOSER, k + 1, c1)
    if labels:  # the grammar's guess over a label (等|行业数字化转型行动) says what the items are
        spans = candidates(doc)
        kept = [c for c in spans if not (c.end_char in labels and c.start_char >= labels[c.end_char])]
        if len(kept) < len(spans):
            set_candidates(doc, kept)


def _items(text: str, floor: int, closer: int, grammar: g.Grammar) -> list[tuple[int, int]]:
    """The 、-items before the closer at ``closer``, the first from the name grammar's left scan
    (支撑产业升级。|汽车, 推动|汽车)."""
    parts: list[tuple[int, int]] = []
    pos = closer
    while (sep := text.rfind(SEP, floor, pos)) >= 0:
        parts.append((sep + 1, pos))
        pos = sep
    first = max(grammar.name_start(text, pos, floor=floor, min_body=2), floor)
    parts.append((first, pos))
    return parts[::-1]


__all__ = ["find_sector_programmes", "sector_item", "sector_label"]
