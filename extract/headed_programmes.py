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

Three readings at the list's left edge (issue 12, branch coord20; fresh10's readable gold):

- **modifier conjuncts** (``modifier_list``): where the earlier items are bare fields or places
  (``is_item`` with fields allowed, no head of their own, no division) and the last body's object
  — the body without the verbs closing it, which all conjuncts share with the head — is more than
  ``MODIFIED`` times the longest item, the items modify one long name and the list is one name
  (GUIDE §2.1, maximal name: 涉钢、石化企业深度治理工程; 危化品、高层建筑…专项行动). The last
  item may close with any head of the grammar here (工程 is a Project kernel; the grammar typed
  the name Program), not only a Program kernel;
- **an Area opening the last conjunct** (``_area_lead``): 大气污染治理、中心城区雨污合流治理攻坚行动
  compares 大气污染治理 with 雨污合流治理; the area is an Area of its own (GUIDE §3) and each
  earlier item takes the longest head the last name ends in (攻坚行动, a mined head), not only
  its kernel (行动);
- **a name over a list closer** (``closed_label_items``): 实施冀货出海等行动 is a one-item list;
  the item is the Program, the label after 等 its kind.
"""

from __future__ import annotations

import bisect
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
# the last body's object is more than this many times the longest earlier item when the items
# modify it (涉钢、石化企业深度: 6 against 2); objects of one verb are alike (老字号、义渡餐饮: 4, 3)
MODIFIED = 2.0
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
    # District starts and Area extents of the held candidates, indexed at the first list: a scan
    # of every candidate per list was quadratic on a page that repeats one list
    districts: list[int] = []
    areas: dict[int, list[int]] = {}
    for last in held:
        a, b = last.start_char, last.end_char
        if last.label_ != "Program" or last.id_ == SOURCE or a == 0 or text[a - 1] != SEP:
            continue
        kernel = _kernel(text[a:b])
        if not _closes(text, b, grammar):
            continue
        items = _earlier_items(text, a, grammar)
        names = [text[x:y] for x, y in items]
        if not names or any(LEVEL_RE.search(n, 1) for n in names):
            continue  # 甲乙国家枢纽节点: a level inside an item opens a designation of its own
        if taken is None:
            taken = held_characters(len(text), [c for c in held if c.label_ in HOLDING and c.id_ != SOURCE])
            districts = sorted(c.start_char for c in held if c.label_ == "District")
            for c in held:
                if c.label_ == "Area":
                    areas.setdefault(c.start_char, []).append(c.end_char)
        if any(1 in taken[x:y] for x, y in items):
            continue  # an item holds a name of its own (甲示范基地试点省): a list of names
        lead = _area_lead(text, a, b, areas.get(a, []), grammar)  # 、中心城区|雨污合流治理攻坚行动
        head = kernel or _head_word(text[a:b], grammar)
        places = bisect.bisect_left(districts, a) > bisect.bisect_left(districts, items[0][0])
        if head and not places and modifier_list(names, text[lead : b - len(head)], head, grammar):
            # 涉钢、石化企业深度治理工程: the earlier items modify one long name (module docstring);
            # not over divisions (在甲镇、乙街道…试点: where, not what, as ``is_item`` reads places)
            add_candidate(doc, items[0][0], b, last.label_, SOURCE)
            continue
        if not kernel:
            continue
        body = text[lead : b - len(kernel)]
        tail = _front_tail(names, body, kernel, grammar)  # 蓝天、碧水、净土|提升攻坚战
        if tail is None and not all(is_item(n, grammar) and not _own_head(n, kernel, grammar) for n in names):
            continue
        if tail is None and len(body) > PARALLEL * max(len(n) for n in names):
            continue  # the earlier items are neither modifiers nor parallel bodies
        if lead > a:  # GUIDE §3 Area: the area is a name of its own, the scope of one conjunct
            add_candidate(doc, a, lead, "Area", SOURCE)
            add_candidate(doc, lead, b, "Program", SOURCE)
            drop.append(lead)
            exact.add((a, lead))
        shared = tail if tail is not None else _shared_head(text[lead:b], kernel, grammar)
        for x, y in items:
            hint = text[x:y] + shared
            if text[x] == "“" and text[y - 1] == "”" and y - x > 2:
                x, y = x + 1, y - 1  # GUIDE §2.2: quotes wrapping the whole name are left out
            add_candidate(doc, x, y, "Program", SOURCE, hint)
            exact.add((x, y))
        drop.extend(y for _, y in items)


def _head_word(name: str, grammar: g.Grammar) -> str:
    """The longest head word of the name grammar that ``name`` ends in (工程, 治理工程), leaving a
    body of two characters; '' if none. A Program the grammar closed with a head that is no
    Program kernel (…深度治理工程) still has a body its earlier items may modify."""
    return next((name[i:] for i in range(len(name) - 1) if i >= 2 and name[i:] in grammar.heads), "")


def _shared_head(name: str, kernel: str, grammar: g.Grammar) -> str:
    """What each earlier item takes in its canonical: the longest head word of the grammar the
    last name ends in when it holds the kernel (攻坚行动, a mined head whose kernel is 行动: the
    fresh10 gold names 大气污染治理攻坚行动), else the kernel itself."""
    word = _head_word(name, grammar)
    return word if len(word) > len(kernel) and word.endswith(kernel) else kernel


def modifier_list(names: list[str], body: str, head: str, grammar: g.Grammar) -> bool:
    """Do the earlier 、-items modify the last item's body rather than name parallel programmes?

    GUIDE §2.1 (the maximal name): 危化品、高层建筑安全隐患排查整治专项行动 and
    涉钢、石化企业深度治理工程 are one name each in the readable gold (fresh3, fresh10): fields
    before one action. They are read so when every earlier item is a bare modifier — a field or
    a name-like word (``is_item`` with fields allowed) that ends in no head of its own — and
    the last body's object (``_object_of``) is more than ``MODIFIED`` times as long as the
    longest of them: parallel conjuncts have objects of like length, a long body holds what the
    short items attach to (企业 in 涉钢、石化企业…, 安全隐患 in 危化品、高层建筑安全隐患…).
    An item that could be a campaign front of its own (蓝天、碧水、净土提升攻坚战,
    ``_front_tail``) is no modifier."""
    if _front_tail(names, body, head, grammar) is not None:
        return False
    if not all(is_item(n, grammar, fields_ok=True) and not _own_head(n, head, grammar) for n in names):
        return False
    return len(_object_of(body)) > MODIFIED * max(len(n) for n in names)


def _object_of(body: str) -> str:
    """``body`` without the verbs that close it (义渡餐饮|培育, 石化企业深度|治理: jieba's verb
    tags), which every conjunct shares with the kernel: 老字号、义渡餐饮培育工程 is two objects of
    one 培育工程, whose lengths are compared, not a long name its first item modifies."""
    from extract.pipeline.mining import dictionary, segment_cached

    words = list(segment_cached(body))
    while len(words) > 1 and dictionary().get(words[-1], (0, ""))[1].startswith("v"):
        words.pop()
    return "".join(words)


def _area_lead(text: str, a: int, b: int, area_ends: list[int], grammar: g.Grammar) -> int:
    """Where the last item's programme starts after an Area that opens it: a bare Area head of
    the GUIDE (``head_rules.jsonl``: 中心城区, 主城区 name themselves) or an Area candidate another
    finder made over the item's first characters; ``a`` when none. In 大气污染治理、中心城区
    雨污合流治理攻坚行动 the area scopes the one conjunct and is a name of its own (fresh10 gold:
    Area 中心城区, Program 雨污合流治理攻坚行动), so the bodies compared are 大气污染治理 and
    雨污合流治理."""
    bare = (h for h in grammar.bare_heads if grammar.heads.get(h) == "Area")
    ends = [a + len(h) for h in bare if text.startswith(h, a)]
    ends += area_ends  # the Area candidates starting at ``a``
    ends = [e for e in ends if b - e >= 4]
    return max(ends, default=a)


def closed_label_items(doc: Doc, text: str, exact: set[tuple[int, int]]) -> None:
    """A Program candidate that runs over a list closer and its label (冀货出海等行动, 甲乙等三大
    行动) gives way to the item before 等. 等 closes a list and the label after it says what kind
    the items are (``programme_lists``: A、B等六大行动), so no name runs over them; the grammar
    reading the item as a name's body makes a one-item list a list, whose item is the programme
    (the readable fresh10 gold tags 冀货出海 in 深入实施冀货出海等行动). The label is a Program
    head of the grammar, the item must look like a name (``is_item``); the whole span goes to
    ``exact``, which drops it."""
    from extract.pipeline.programme_lists import CLOSER_RE, _label_heads

    grammar = g.default_grammar()
    labels = frozenset(_label_heads(grammar))
    for c in list(candidates(doc)):
        a, b = c.start_char, c.end_char
        if c.label_ != "Program" or c.id_ == SOURCE or "等" not in text[a + 2 : b - 2]:
            continue
        k = text.index("等", a + 2, b - 2)
        closer = CLOSER_RE.match(text, k, b)
        if closer is None or text[closer.end() : b] not in labels or not is_item(text[a:k], grammar):
            continue
        add_candidate(doc, a, k, "Program", SOURCE, text[a:k] + text[closer.end() : b])
        exact.add((a, b))


__all__ = ["closed_label_items", "headed_programme_lists", "modifier_list"]
