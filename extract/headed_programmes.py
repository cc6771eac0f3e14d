"""Programmes listed before one head written once: 甲乙、丙丁、戊己试点 (issue 12, branch coord17).

GUIDE §2.2: "When coordinated names share one suffix, each conjunct gets its own span", and the
canonical of each conjunct carries the shared suffix (§9: [阿图什杯]“喀什杯”足球邀请赛). A report
lists the pilots, plans or actions it carries out with their head written once, on the last
item (甲乙、丙丁试点扎实推进; 实施甲乙、丙丁培育计划; “甲乙”、丙丁“戊己”行动): the name grammar reads
the last item, which carries the head, and nothing before it, since the earlier items end in no
head. ``coordination.headed_lists`` reads such lists for Project heads only, with short items;
here the last item must be a Program candidate another finder already made (the grammar's type,
not this module's), ending in a GUIDE Program kernel (``head_kernels.jsonl``: 试点, 计划, 行动,
专项行动 …, each citing its GUIDE §3 rule), and every earlier 、-item that looks like a name of
its own (``programme_lists.is_item``: no function word, opening verb, count, generic or
widespread term, place or single everyday word) becomes a Program whose canonical takes that
kernel (甲乙试点, 丙丁计划, “甲乙”行动).

Conjuncts of one kind are parallel, so the last item's body (before the kernel) may be no longer
than ``PARALLEL`` times the longest earlier item: a much longer last body holds words the earlier
items only modify (危化品、高层建筑安全隐患排查整治专项行动, 黄河、大运河、齐长城沿线非遗保护计划:
fields or places before one action, which the readable gold keeps whole). The list is one of
bare conjuncts only: no earlier item ends in a head of its own (甲行动、乙试点; 甲收官战、乙攻坚战),
holds a level word past its start (…国家枢纽节点: a designation of its own, GUIDE §2.5) or holds
a name another finder made (a place or strategy inside is name material, GUIDE §2.1); and the
last item closes the list, at a clause mark or before a mined clause word (…试点|扎实推进,
…先行区|建设), not inside a longer noun (…行动|体系) nor before 等 or another item, whose label
types the list (``programme_lists``).
"""

from __future__ import annotations

import functools

from spacy.tokens import Doc

from extract.pipeline import grammar as g
from extract.pipeline.candidates import add_candidate, candidates, held_characters
from extract.pipeline.programme_lists import ITEM_MAX, is_item
from extract.pipeline.rare_designations import LEVEL_RE
from extract.pipeline.trade_labels import LIST_CLOSER

SOURCE = "coordination"
SEP = "、"  # the list mark (closed class)
CLAUSE_MARKS = "，。；：,;:！？!?\n（）()《》"  # a list does not run over these
ITEMS_MAX = 8  # earlier items read before the last one
REACH = (ITEMS_MAX + 2) * (ITEM_MAX + 1)  # characters read back for the clause edge
PARALLEL = 1.5  # the last body is at most this many times the longest earlier item
CAMPAIGN_RULE = "GUIDE §3 Program: campaigns"  # head_kernels.jsonl rows of campaign kernels
# types of a name an item may not hold: a place or a strategy inside an item is name material
# (国企助力乡村振兴, GUIDE §2.1), any other name makes the item one of its own
HOLDING = frozenset({"Program", "Project", "Platform", "Organization", "Enterprise", "Policy", "Area"})


@functools.cache
def _kernels() -> tuple[str, ...]:
    """The GUIDE Program kernels of two or more characters, longest first (专项行动 before 行动)."""
    kernels = g.default_grammar().lexicon["head_kernels.jsonl"]
    found = {k["head"] for k in kernels if k["type"] == "Program" and len(k["head"]) >= 2}
    return tuple(sorted(found, key=lambda w: (-len(w), w)))


def _kernel(name: str) -> str:
    """The longest GUIDE Program kernel ``name`` ends in, leaving a body of two characters."""
    return next((k for k in _kernels() if name.endswith(k) and len(name) - len(k) >= 2), "")


def _earlier_items(text: str, last_start: int, grammar: g.Grammar) -> list[tuple[int, int]]:
    """The 、-items before the one opening at ``last_start`` (whose left neighbour is 、), back to
    the clause edge; the first cut after the words that open the clause (实施|甲乙), as the name
    grammar's left scan cuts a name."""
    lo = max(0, last_start - REACH)
    floor = max(text.rfind(c, lo, last_start) for c in CLAUSE_MARKS) + 1
    if floor == 0 and lo > 0:
        return []  # no clause edge within reach: a run longer than any list read here
    items: list[tuple[int, int]] = []
    end = last_start - 1
    while len(items) <= ITEMS_MAX:
        sep = text.rfind(SEP, floor, end)
        if sep < 0:
            items.append((_first_start(text, floor, end, grammar), end))
            return items[::-1]
        items.append((sep + 1, end))
        end = sep
    return []  # more items than a list read here holds


def _first_start(text: str, floor: int, end: int, grammar: g.Grammar) -> int:
    """Where the first item starts: right after a mined carrying verb in its clause (开展|甲乙助力
    丙丁, ``Grammar.carrying_verbs``, as ``programme_frames`` starts a name after its frame verb),
    since the name grammar's left scan stops at any clause word inside the item (助力); else
    where that scan stops."""
    ends = [at + len(v) for v in grammar.carrying_verbs if (at := text.rfind(v, floor, end)) >= 0]
    after = max((e for e in ends if end - e >= 2), default=-1)  # the verb nearest the item
    if after >= 0:
        return after
    return max(grammar.name_start(text, end, floor=floor, min_body=2), floor)


def _own_head(name: str, kernel: str, grammar: g.Grammar) -> bool:
    """The item ends in a head of its own: a head word of two or more characters (甲示范园区), a
    one-character kernel (甲戏剧节), or the shared kernel's last character (甲收官战 before
    乙攻坚战: the item names its kind itself)."""
    if name.endswith(kernel[-1]) or name[-1:] in grammar.single_kernels:
        return True
    return any(name[i:] in grammar.heads for i in range(len(name) - 1))


@functools.cache
def _campaign_kernels() -> frozenset[str]:
    """The GUIDE campaign kernels of ``head_kernels.jsonl`` (攻坚战, 保卫战, 学习教育)."""
    kernels = g.default_grammar().lexicon["head_kernels.jsonl"]
    return frozenset(k["head"] for k in kernels if k["rule"].startswith(CAMPAIGN_RULE))


def _front_tail(names: list[str], body: str, kernel: str, grammar: g.Grammar) -> str | None:
    """What the earlier items share with the last one when the list names the fronts of one
    campaign (蓝天、碧水、净土提升攻坚战: each item one dictionary word as long as the last body's
    first word, so every item stands where that word stands and the rest, 提升攻坚战, is shared:
    GUIDE §2.2), else None. Only campaign kernels: a campaign is fought on fronts that each name
    a campaign of their own (the readable gold's 蓝天保卫战, 碧水提升攻坚战), while the fields
    before an action or a pilot modify one name (危化品、高层建筑…专项行动, 城中村、城乡结合部治理试点:
    kept whole, and their items differ in length from the last body's first word anyway)."""
    from extract.pipeline.lexicon import is_dictionary_word
    from extract.pipeline.mining import segment_cached

    if kernel not in _campaign_kernels() or not names or len(body) < 2:
        return None
    width = len(segment_cached(body)[0])
    for name in names:
        if (
            len(name) != width
            or not is_dictionary_word(name)
            or name in grammar.hard_stops
            or name in grammar.soft_stops
        ):
            return None
    return body[width:] + kernel


def _closes(text: str, end: int, grammar: g.Grammar) -> bool:
    """The last item ends at a clause mark or right before a clause word of the mined lexicon
    (…试点|扎实推进, …先行区|建设, …行动|和): not inside a longer noun (…行动|体系, …联建|会议) and
    not before the list closer 等 or another item (…行动、, …行动等重点工作: a list of another
    label, which ``programme_lists`` reads)."""
    if end >= len(text) or text[end] in CLAUSE_MARKS:
        return True
    word = grammar.stop_at(text, end)
    return word is not None and word != LIST_CLOSER


def headed_programme_lists(doc: Doc, text: str, drop: list[int], exact: set[tuple[int, int]]) -> None:
    """Add the earlier items of a list whose last item carries a Program kernel (module docstring)
    as Programs; their ends go to ``drop`` (no candidate runs from one item into the next) and their
    spans to ``exact`` (an item is no place or name of another type there)."""
    grammar = g.default_grammar()
    held = list(candidates(doc))
    taken: bytearray | None = None  # built at the first list (most texts hold none)
    for last in held:
        a, b = last.start_char, last.end_char
        if last.label_ != "Program" or last.id_ == SOURCE or a == 0 or text[a - 1] != SEP:
            continue
        kernel = _kernel(text[a:b])
        if not kernel or not _closes(text, b, grammar):
            continue
        items = _earlier_items(text, a, grammar)
        names = [text[x:y] for x, y in items]
        body = text[a : b - len(kernel)]
        tail = _front_tail(names, body, kernel, grammar)  # 蓝天、碧水、净土|提升攻坚战
        if tail is None and (
            not names or not all(is_item(n, grammar) and not _own_head(n, kernel, grammar) for n in names)
        ):
            continue
        if any(LEVEL_RE.search(n, 1) for n in names):
            continue  # 甲乙国家枢纽节点: a level inside an item opens a designation of its own
        if taken is None:
            taken = held_characters(len(text), [c for c in held if c.label_ in HOLDING and c.id_ != SOURCE])
        if any(1 in taken[x:y] for x, y in items):
            continue  # an item holds a name of its own (甲示范基地试点省): a list of names
        if tail is None and (b - len(kernel) - a) > PARALLEL * max(len(n) for n in names):
            continue  # 危化品、高层建筑…整治专项行动: the earlier items modify one long name
        for x, y in items:
            hint = text[x:y] + (tail if tail is not None else kernel)
            if text[x] == "“" and text[y - 1] == "”" and y - x > 2:
                x, y = x + 1, y - 1  # GUIDE §2.2: quotes wrapping the whole name are left out
            add_candidate(doc, x, y, "Program", SOURCE, hint)
            exact.add((x, y))
        drop.extend(y for _, y in items)


__all__ = ["headed_programme_lists"]
