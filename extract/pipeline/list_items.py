"""Items of one enumeration share a type: the list's unnamed items take it (issue 12, ``lists5``).

A list names its items once and types them once: ``A、B、C等建设`` builds all three, ``A、B等
2个项目`` labels both as projects (GUIDE §3: every item of a list the text labels as projects
is a Project), and in ``…高铁、…城际、…通道、…高速`` each item is what its recognised
siblings are. The name grammar finds an item by its own head word, so items whose head is
elided (恒瑞创新药, 深惠城际, B1) or that are elliptic phases (…一期、二期) are missed while
their siblings are found. This step runs in the resolver, after the longest names are chosen
and before the precision vetoes, so the vetoes judge what it adds like any other guess:

1. **Parse** every clause (text between clause marks) that holds a ``、``-list: the items are
   the 、-separated parts before the closing ``等`` (or the clause's end); the first item's left
   edge is the recognised name ending there, else the name grammar's left scan (a route's at its
   至: 晏城至表白寺). A lone item before ``等`` + a project label is a one-item list.
2. **Type** the list: by its tail when it has one — ``等[N个]…项目/工程``, ``等…建设``, or a
   Project head word of the name grammar after 等 (``等11条国省干线公路``) make it a Project list;
   any other tail (``等产业``, ``等企业``, ``等前期工作``) types nothing here (the enumeration
   finder reads classifier tails) — else by its recognised items: all of one type, Project or
   Platform, and at least half of the items.
3. **Fill** each unrecognised item that looks like a name with the list's type: not a generic
   or counted phrase, not everyday words only (``lexicon.is_common_phrase``: 新能源, 数字经济),
   not a mined generic term or category, not a division, not opening with a clause word, holding
   no hard stop word and no 的. A route item (``A至B``) whose ends the gazetteer took for places
   becomes one Project (the ends are no Districts, as in ``extract.coordination``).
4. **Elliptic phases** (``环北部湾…配置一期、二期``): a bare phase right after an item that ends
   in a phase is that item's next phase, with the item's stem in its canonical (the
   provincial-2026 convention "Coordinated phases share the name").

Nothing here names a thing: the conjunction, 等, counts and phase words are closed classes,
heads and stop words come from the lexicon files, commonness from jieba's dictionary.
"""

from __future__ import annotations

import bisect
import itertools
import re
import weakref
from collections import Counter
from collections.abc import Sequence
from typing import NamedTuple

from spacy.tokens import Doc

from extract.pipeline import grammar as g
from extract.pipeline.chosen import Chosen, char_span, make_span
from extract.pipeline.chosen import retyped as retyped_span
from extract.pipeline.clause_index import clauses_marked
from extract.pipeline.field_labels import labels_fields
from extract.pipeline.genericity import (
    COUNT_BEFORE_RE,
    conjoined_kinds,
    generic_name,
    is_counted,
    widespread_terms,
)
from extract.pipeline.kind_labels import is_kind_label
from extract.pipeline.lexicon import _segment, clause_opener, is_common_phrase, longer_word_at, opens_clause
from extract.pipeline.mining import dictionary
from extract.pipeline.platform_labels import platform_retypes, predicate_follows
from extract.pipeline.product_lines import product_line
from extract.pipeline.sector_siblings import SHORT_MAX, among_sectors, unnamed_item
from extract.pipeline.works_kinds import works_suffix
from extract.regions import lookup

SOURCE = "list_item"
SEP = "、"
CLAUSE_EDGES = "，。；：！？,;:!?\n"
CLAUSE_RE = re.compile(f"[^{CLAUSE_EDGES}]+")
CLAUSE_EDGE_RE = re.compile(f"[{CLAUSE_EDGES}]")  # one clause edge (clause_index)
LIST_MARK_RE = re.compile(f"[{SEP}等]")  # a clause holding neither holds no list
# 等 closing a list, with an optional count of its items (等2个, 等11条, 等一批)
CLOSE_RE = re.compile(
    r"等(?:[\d一二三四五六七八九十百千万两余多.]+(?:个|项|条|座|家|户|批|所|处|类))?(?:一批)?"
)
TAIL_MAX = 12  # characters of the label after 等 that are read
# a label holding 的 is a relative clause about something else (等资金的项目: the items are funds)
PROJECT_LABEL_RE = re.compile(r"(?:(?!的)[\u4e00-\u9fff]){0,8}?(?:项目|工程)")  # 等2个项目, 等骨干工程
BUILD_LABEL_RE = re.compile(r"(?:(?!的)[\u4e00-\u9fff]){0,6}?建设")  # 等建设, 等地铁建设
# a clause that counts projects (一批新质项目深耕拓展, 3个重大项目): a count (``COUNT_BEFORE_RE``'s
# alternation) then a label of at most eight characters ending in 项目/工程 (``_project_cue``)
PROJECT_CUE_RE = re.compile(COUNT_BEFORE_RE.pattern.removesuffix("$") + PROJECT_LABEL_RE.pattern)
SENTENCE_EDGES = "。；！？;!?\n"  # a cue's reach: the sentence holding the list
# characters read back for the cue: a run with no sentence edge (a crafted line) stays linear
CUE_REACH = 160
PHASE_RE = re.compile(r"[一二三四五六七八九十\d]+期")
PHASE_NUMERALS = "一二三四五六七八九十"
# a phase, then the conjunction before the next item (二期和黄茅峡水库)
PHASE_CONJ_RE = re.compile(r"([一二三四五六七八九十\d]+期)[和及]")
ROUTE_TAIL_RE = re.compile(r"[\u4e00-\u9fff]{2,6}?至[\u4e00-\u9fff（）()]{2,10}$")
ROUTE_RE = re.compile(r"[\u4e00-\u9fff]{2,6}至[\u4e00-\u9fff（）()]{2,10}")
CODE_RE = re.compile(r"[A-Z]{1,2}\d{1,3}")  # line codes (B1, Z2)
HAN_RE = re.compile(r"[\u4e00-\u9fff]")
YEAR_RE = re.compile(r"\d{4}年")  # a date in a list of years (2027年、2028年分别建成…): no name (GUIDE §2.5)
TYPES = ("Project", "Platform")
CONJUNCTIONS = frozenset("和及与")
PLACE_TYPES = frozenset({"District"})
BUILD_SIBLINGS = frozenset({"Project", "District"})
PLATFORM_SIBLINGS = frozenset({"Platform"})  # recognised items a platform label may type beside
MEETING_END = "会"  # 西洽会, 进博会: meetings and expos are no entities (GUIDE §2.1)
VERB_TAGS = frozenset({"v", "vn"})  # jieba's verbs: an item ending in one names an activity (中试熟化)
# a head-word guess of this type in a project list is retyped (玉湖冷链交易中心 in …等建设) unless its
# own type's vetoes call it a kind (超算中心); a zone, a table cell and an Area (…旅游带) keep theirs
RETYPED = frozenset({"Platform"})
GUESSES = frozenset({"suffix", "quote"})
MAX_ITEMS = 40
HEAD_MODIFIER_MAX = 4  # 等11条国省干线公路: a modifier this short before the head
PROJECT_HEAD_REACH = 8  # characters between 等 (and a count) and a Project head in the label
HEAD_MAX = 8  # characters of the longest head word looked for at an item's end
ABBREVIATION_MAX = 4
JOIN_MIN, JOIN_MAX = 2, 10  # characters of a conjunct and its conjunction cut off a name
PREFIX_TYPES = frozenset(
    {"Enterprise", "District"}
)  # a firm or place opening a product line (三一重能|风电整机)
BUILT_STATUS = frozenset({"started", "completed"})  # status classes that say a thing is built
ITEM_MAX = 25


_status_cache: weakref.WeakKeyDictionary[g.Grammar, dict[str, str]] = weakref.WeakKeyDictionary()
_built_cache: weakref.WeakKeyDictionary[g.Grammar, re.Pattern[str]] = weakref.WeakKeyDictionary()
_works_cache: weakref.WeakKeyDictionary[g.Grammar, re.Pattern[str] | None] = weakref.WeakKeyDictionary()
WORKS = "works"  # _tail_type's label of facilities, a Project label once no item is a kind (_parse)
# _tail_type's bare 等建设 (A、B等建设): a Project label once no item is a kind (_parse, branch project19)
BUILT = "built"
# a list whose own tail types nothing, in a sentence a clause before it opens by counting projects
# (一批新质项目深耕拓展，…): only its product lines are typed (``_project_cue``, ``_product_items``)
CUED = "cued"
KIND_ITEM_LABELS = frozenset({None, "Project"})  # items read for a kind: unrecognised or a Project guess
WORKS_LABEL_RULE = "works_label"  # head_rules.jsonl: 设施 (GUIDE §3 Project: infrastructure, buildings)


class Item(NamedTuple):
    start: int
    end: int
    label: str | None  # the recognised type, None when nothing covers it
    places: tuple[int, ...]  # indices in ``chosen`` of places strictly inside the item
    phase_of: str | None  # the stem of the item before, when this item is a bare phase


def last_clause_edge(text: str, floor: int, end: int) -> int | None:
    """Where the clause holding ``end`` starts, if it starts at or after ``floor``: just after the
    last clause edge of ``text[floor:end]``, or None when there is none. Finders that read back
    from a guess to its clause's verb bound the walk with ``floor``, so a long run with no mark
    (a crafted line, a flattened table) stays linear."""
    found = None
    for m in CLAUSE_EDGE_RE.finditer(text, floor, end):
        found = m.end()
    return found


def complete_lists(
    doc: Doc,
    chosen: list[Chosen],
    text: str,
    grammar: g.Grammar,
    within: Sequence[tuple[int, int]] | None = None,
) -> list[Chosen]:
    """``chosen`` plus the unrecognised items of typed lists (and route items over their ends).

    ``within``: read only the clauses inside these character ranges (whole sentences: a clause
    holds no full stop or line break, so a sentence's clauses are the same read alone;
    ``extract.pipeline.sentence_reach``)."""
    if SEP not in text and "等" not in text:
        return chosen
    starts = [s.start_char for s in chosen]
    ends = [s.end_char for s in chosen]
    added: list[Chosen] = []
    removed: set[int] = set()
    retyped: dict[int, Chosen] = {}
    # only the clauses holding 、 or 等: no other holds a list (clause_index, no Python step per clause)
    for cm in clauses_marked(text, LIST_MARK_RE, CLAUSE_RE, CLAUSE_EDGE_RE, within):
        cs, ce = cm.span()
        parsed = _parse(text, cs, ce, chosen, starts, grammar)
        if parsed is None:
            continue
        items, tail_type, suffix = parsed
        raw = items[0].start == cm.start() and (cm.start() == 0 or text[cm.start() - 1] != SEP)
        if tail_type == "Platform":
            # 甲新区、乙示范区等重点承接平台: the label, not each head word, types the guesses
            if raw:
                items, raw = _scan_first(text, items, chosen, starts, grammar), False
            items = _platform_label(text, items, chosen, starts, retyped, grammar)
        list_type, short_only = _list_type(items, tail_type)
        others = tail_type in ("build", "head", "status", CUED) or (
            tail_type is None and any(it.label in TYPES for it in items)
        )
        if raw and (list_type is not None or others):
            # the first item's left edge, scanned only where the list may type its items
            items = _scan_first(text, items, chosen, starts, grammar)
            list_type, short_only = _list_type(items, tail_type)
        if tail_type in ("status", CUED):
            # 甲|风电整机、乙|绿色储能等投产 (or after 一批新质项目…，): the firms' product lines are
            # plants (product_lines); a bare firm stays Enterprise (GUIDE §3)
            products, firms = _product_items(doc, text, items, chosen, starts, grammar)
            added.extend(products)
            removed.update(firms)
            taken = {p.start_char for p in products}
            # typed here: the readers below see a recognised Project (no place to type again)
            items = [it._replace(label="Project", places=()) if it.start in taken else it for it in items]
        if list_type is None and not any(it.label in TYPES or it.label == "phase" for it in items):
            continue  # nothing to type, join or name (the common case: a list of phrases)
        for k, it in enumerate(items):
            floor = cm.start() if k == 0 else it.start
            joined = _joined(text, it, floor, chosen, starts, grammar, tail_type == "Project")
            if joined is not None and joined[1] not in retyped:
                gs, j = joined  # 京杭运河与|小清河航道连通工程: the cut conjunct belongs to the name
                s0 = chosen[j]
                label = "Project" if tail_type == "Project" and s0.label_ in RETYPED else s0.label_
                new = _spans(doc, gs, s0.end_char, label, "")
                if new:
                    removed.add(j)
                    added.extend(new)
        everyday = [_everyday(text[it.start : it.end], it.label, grammar) for it in items]
        for i, it in enumerate(items):
            if tail_type == "Project" and it.label in RETYPED:
                hit = _exact(starts, chosen, it.start, it.end)
                name = text[it.start : it.end]
                if (
                    hit is not None
                    and chosen[hit].id_ in GUESSES
                    and not generic_name(name, it.label, grammar)
                ):
                    # GUIDE §3: every item of a list the text labels as projects is a Project
                    s0 = chosen[hit]
                    retyped[hit] = retyped_span(s0, "Project")
                continue
            if _covered(starts, ends, it.start, it.end) and not it.places:
                continue  # a name is there already (the phase of 一期工程, a longer name)
            if it.phase_of is not None:
                if (list_type or _label_before(items, i)) == "Project":
                    hint = it.phase_of + text[it.start : it.end]
                    added.extend(_spans(doc, it.start, it.end, "Project", hint))
                continue
            if list_type is None or it.label is not None:
                continue
            name = text[it.start : it.end]
            if it.places:  # a route whose ends are places (广州东至新塘五六线): one Project
                built = tail_type == "status" and _place_led(name, it, chosen, text, grammar)
                if list_type == "Project" and (_route_like(name) or built) and not name.endswith("建设"):
                    # a route names no works without their kind: 甲至乙等特高压工程 -> 甲至乙特高压工程
                    hint = name + suffix if suffix and _route_like(name) else ""
                    new = _spans(doc, it.start, it.end, list_type, hint)
                    removed.update(it.places if new else ())
                    added.extend(new)
                elif _place_led_item(name, it, list_type, short_only, tail_type, chosen, text, grammar):
                    # 甲地|某某中学 among typed siblings: the place opens the item's name (place_led_names)
                    new = _spans(doc, it.start, it.end, list_type, "")
                    removed.update(it.places if new else ())
                    added.extend(new)
                continue
            if short_only and not (
                _abbreviation(name)
                or _after_stage_verb(text, it.start, grammar)
                or _same_kernel(name, text[items[-1].start : items[-1].end])
            ):
                continue
            if tail_type == "status":
                continue  # only place-led items (above) take a stage phrase's type
            if tail_type == "Platform" and not _platform_item(name):
                continue
            if among_sectors(everyday, i) and (
                len(HAN_RE.findall(name)) <= SHORT_MAX or unnamed_item(name, grammar)
            ):
                continue  # 城市管网、老旧改、城市公园等项目; 坡耕地治理、…等项目 (sector_siblings)
            if _name_like(name, list_type, text, it.start, it.end, grammar):
                # the shared head in the canonical (加西、沙久等11条国省干线公路 -> 加西公路, GUIDE §2.2)
                hint = name + suffix if suffix and _elided(name, grammar) else ""
                added.extend(_spans(doc, it.start, it.end, list_type, hint))
    if not added and not retyped:
        return chosen
    out = [retyped.get(i, s) for i, s in enumerate(chosen) if i not in removed] + added
    out.sort(key=lambda s: s.start_char)
    return out


def _parse(
    text: str, cs: int, ce: int, chosen: list[Chosen], starts: list[int], grammar: g.Grammar
) -> tuple[list[Item], str | None, str] | None:
    """The items of the list in clause ``[cs, ce)``, the type its tail gives and the head run
    the items share (after 等, for a Project head tail), or None."""
    clause = text[cs:ce]
    close = None
    close_tail: tuple[str | None] | None = None  # _tail_type of ``close`` when already asked (pure)
    for m in CLOSE_RE.finditer(clause):
        k = cs + m.start()
        word = longer_word_at(text, k, k + 1)
        if word is not None and word[1] > k + 1:
            continue  # 高等学校, 等级: 等 inside a word closes no list (久等 of 沙久|等 ends at it)
        tail = _tail_type(text, cs + m.end(), ce, grammar, len(m.group()) > 1) if m.start() > 0 else None
        if m.start() > 0 and tail is not None:
            close, close_tail = m, (tail,)
            break
        if SEP in clause[m.end() :]:
            continue  # 等 inside an item, or a first list: a later 等 may close this one
        close, close_tail = m, ((tail,) if m.start() > 0 else None)
        break
    end = cs + close.start() if close is not None else ce
    body = text[cs:end]
    if SEP not in body and close is None:
        return None
    if close is None:
        tail_type = None
    elif close_tail is not None:
        tail_type = close_tail[0]
    else:
        tail_type = _tail_type(text, cs + close.end(), ce, grammar, len(close.group()) > 1)
    if SEP not in body and tail_type not in ("Project", "head", "build", WORKS, BUILT):
        return None  # one item before 等: only a project label makes it a list here
    if tail_type == "other" or (
        tail_type is None
        and not _names_within(cs, end, chosen, starts)
        and _built_at(text, body.rfind(SEP) + cs + 1, end, grammar) is None
    ):
        if tail_type is None or SEP not in body or not _project_cue(text, cs):
            return None  # a label of another kind, or no tail, no Project or Platform, no build phrase
        tail_type = CUED  # 一批新质项目…，甲|绿色储能、乙等深化布局: only product lines are typed
    parts = body.split(SEP)
    if len(parts) > MAX_ITEMS or any(not p for p in parts):
        return None
    if any(p[-1].isdigit() and q[0].isdigit() for p, q in itertools.pairwise(parts)):
        return None  # 4、5街区: numbers listed, not names
    bounds: list[tuple[int, int]] = []
    pos = cs
    for p in parts:
        bounds.append((pos, pos + len(p)))
        pos += len(p) + 1
    a0, b0 = bounds[0]
    # the name grammar's left scan runs only for a list that types its items (complete_lists)
    bounds[0] = (_first_start(text, a0, b0, chosen, starts, grammar, scan=False), b0)
    items: list[Item] = []
    for k, (a, b) in enumerate(bounds):
        if k == 0 and a == a0 and (a0 == 0 or text[a0 - 1] != SEP):
            # its left edge is not scanned yet: only a name ending at its end says what it is
            items.append(Item(a, b, _label_ending(b, a, chosen, starts), (), None))  # (_scan_first)
            continue
        last = k == len(bounds) - 1
        if last and close is None:
            # no 等: the last item ends where the name recognised at its start ends, or at a
            # stage phrase that says the listed things were started or built (A、B建成运行)
            i = bisect.bisect_left(starts, a)
            named = i < len(chosen) and chosen[i].start_char == a and chosen[i].end_char <= b
            built = None if named and chosen[i].label_ not in PLACE_TYPES else _built_at(text, a, b, grammar)
            if named and built is None:
                b = chosen[i].end_char
            elif built is not None:
                b, tail_type = built, "status"
            else:
                items.append(Item(a, b, "?", (), None))  # its end is unknown: never filled
                continue
        pm = PHASE_CONJ_RE.match(text, a, b)
        if pm is not None and items:
            items.append(_phase_item(text, a, pm.end(1), items[-1]))
            a = pm.end()
        if PHASE_RE.fullmatch(text, a, b) and items:
            items.append(_phase_item(text, a, b, items[-1]))
            continue
        items.append(_item(a, b, chosen, starts, _route_like(text[a:b])))
    if any(it.label == "!" for it in items):
        return None  # a recognised name runs over an item boundary: not a list of names
    if tail_type in (WORKS, BUILT):
        # 调峰、储备等基础设施, A、城际铁路、B等建设: a kind among the items, so the list names kinds
        # (GUIDE §2.2: the conjuncts of one list are of one kind; §3: kinds are untagged)
        # a recognised Project item the vetoes will drop (城际铁路) is such a kind too
        kinds = (it for it in items[1:] if it.label in KIND_ITEM_LABELS)
        if any(_listed_kind(text[it.start : it.end], grammar) for it in kinds):
            return None
        tail_type = "Project"
    suffix = _head_suffix(text, cs + close.end(), ce, grammar) if tail_type == "head" and close else ""
    if tail_type == "Project" and close and not g.DESCRIPTIVE_RE.search(close.group()):
        suffix = works_suffix(text, cs + close.end(), ce, grammar)  # 等特高压工程: the items' kind
    return items, tail_type, suffix


def _label_ending(b: int, a: int, chosen: list[Chosen], starts: list[int]) -> str | None:
    """The type of a chosen name within ``[a, b)`` that ends at ``b``, or None."""
    i = bisect.bisect_left(starts, b) - 1
    while i >= 0 and chosen[i].start_char >= a:
        if chosen[i].end_char == b:
            return chosen[i].label_
        i -= 1
    return None


def _joined(
    text: str,
    it: Item,
    floor: int,
    chosen: list[Chosen],
    starts: list[int],
    grammar: g.Grammar,
    labelled: bool = False,
) -> tuple[int, int] | None:
    """(new start, index of the chosen name) when the item is one name the left scan cut at a
    conjunction inside it: a Project or Platform ends at the item's end, and before it lies
    nothing recognised but a conjunct and 和/与/及 (京杭运河与|小清河航道连通工程, 国和|一号核电…).
    A middle item runs from the list mark; the first item from a stage verb or status phrase
    that governs the list (建成|国和一号核电示范工程、…).

    An everyday conjunct (特色装备和|先进制造基地) says two kinds of thing share the head, so the
    cut stands, except in a middle item of a list the text labels as projects (``labelled``:
    等…项目/工程): the list marks bound each item, and GUIDE §3 makes every item of such a list
    one Project, so 甲、华中药品和器械检验中心、乙等项目 lists one centre that checks both (§2.1:
    the maximal name) — when the item is no phrase of everyday words alone (两类设施和配套基地
    names kinds, GUIDE §3); the vetoes still judge the joined name like any other guess."""
    if it.label not in TYPES or it.places:
        return None
    j = _label_index(it.end, floor, chosen, starts)
    if j is None or chosen[j].start_char - floor < JOIN_MIN:
        return None
    s0 = chosen[j].start_char
    if text[s0 - 1] not in CONJUNCTIONS or (j > 0 and chosen[j - 1].end_char > floor):
        return None  # no conjunction before it, or a name recognised in between
    gs = it.start
    if floor != it.start or (floor > 0 and text[floor - 1] != SEP):
        verbs = grammar.status_phrases + _stage_verbs(grammar)
        gs = next(
            (
                p
                for p in range(s0 - JOIN_MIN, max(floor, s0 - JOIN_MAX) - 1, -1)
                if text.endswith(verbs, floor, p)
            ),
            -1,
        )
        if gs < 0:
            return None
    part = text[gs : s0 - 1]  # one character is no conjunct: 国|和 of 国和一号 is the name's
    if not part or not all(HAN_RE.match(c) or c.isalnum() for c in part):
        return None

    # the whole item must still name one thing: a proper word somewhere in it (华中, 岚泰)
    bounded = (
        labelled
        and gs == it.start
        and gs > 0
        and text[gs - 1] == SEP
        and not conjoined_kinds(text[gs : chosen[j].end_char])
    )
    if lookup(part) is not None or opens_clause(part) or (is_common_phrase(part) and not bounded):
        return None  # a place, a clause, or a kind (特色装备和|先进制造基地: two kinds of base)
    if any(grammar.cuts(text, gs + a, gs + b) for a, b in grammar.stop_spans(part)):
        return None
    return gs, j


def _label_index(b: int, a: int, chosen: list[Chosen], starts: list[int]) -> int | None:
    """The index of a chosen name within ``[a, b)`` that ends at ``b``, or None."""
    i = bisect.bisect_left(starts, b) - 1
    while i >= 0 and chosen[i].start_char >= a:
        if chosen[i].end_char == b:
            return i
        i -= 1
    return None


def _built_at(text: str, a: int, b: int, grammar: g.Grammar) -> int | None:
    """Where in ``text[a:b]`` (after two characters at least) a stage phrase of the started or
    completed class begins (惠州强流重离子加速器|建成运行), or None. Such a list types only its
    items that open with a division the gazetteer took for a place (江门|中微子实验站, the place
    inside an unrecognised name of issue 12): other items may be firms that open (开业运营)."""
    m = _built_re(grammar).search(text, a + 2, b)
    return m.start() if m is not None else None


def _built_re(grammar: g.Grammar) -> re.Pattern[str]:
    found = _built_cache.get(grammar)
    if found is None:
        words = [w for w, status in _stage_status(grammar).items() if status in BUILT_STATUS]
        found = _built_cache[grammar] = re.compile(
            "|".join(sorted(map(re.escape, words), key=len, reverse=True)) or "(?!)"
        )
    return found


def _stage_status(grammar: g.Grammar) -> dict[str, str]:
    """Status class of each mined status phrase and stage verb (status_phrases, status_kernels)."""
    found = _status_cache.get(grammar)
    if found is None:
        # a stage verb that alone says a thing was started or built (建成, 开工; not 运行, 使用),
        # and the mined phrases opening with one (建成运行)
        kernels = grammar.lexicon.get("status_kernels.jsonl", ())
        found = {k["verb"]: k["status"] for k in kernels if k["alone"]}
        phrases = grammar.lexicon.get("status_phrases.jsonl", ())
        found.update({e["phrase"]: e["status"] for e in phrases if e["verb"] in found})
        _status_cache[grammar] = found
    return found


def _product_items(
    doc: Doc, text: str, items: list[Item], chosen: list[Chosen], starts: list[int], grammar: g.Grammar
) -> tuple[list[Chosen], set[int]]:
    """The items of a list a stage phrase closes (A、B等投产增效, A、B建成运行) that read a firm or
    a place and then its product line (三一重能|风电整机: ``product_lines.product_line``), as
    Projects, and the indices of the firm or place names inside them that the Project replaces.

    Why: the stage phrase says the listed things were started or put into production, and a firm's
    product line put into production is its plant (GUIDE §3: a single company's plant is a
    Project; §9: a project named with a company or city prefix is one span). A bare firm in the
    same list (启源芯动力) has no product part and is left to the other readers; an item a name
    already ends (…智慧产业园, a head word) keeps that name's type."""

    added: list[Chosen] = []
    removed: set[int] = set()
    for it in items:
        if it.label in ("!", "?", "phase") or it.end - it.start > ITEM_MAX:
            continue
        lo = bisect.bisect_left(starts, it.start)
        hi = bisect.bisect_left(starts, it.end)
        inside = range(lo, hi)  # the names starting within the item (names do not overlap)
        if any(chosen[i].end_char >= it.end or chosen[i].label_ not in PREFIX_TYPES for i in inside):
            continue  # a name ends the item (its own type), or a name of another kind is inside
        if product_line(text[it.start : it.end], grammar):
            new = _spans(doc, it.start, it.end, "Project", "")
            added.extend(new)
            removed.update(inside if new else ())
    return added, removed


def _project_cue(text: str, cs: int) -> bool:
    """Does a clause before the one at ``cs``, in the same sentence, count projects (一批新质项目
    深耕拓展，甲|绿色储能、乙等深化布局)? The count names what the sentence's lists hold: projects
    (GUIDE §3: items of a list the text labels as projects), so a firm's product line among them
    is its plant, as under a stage phrase (``_product_items``); a bare firm is no product line and
    stays Enterprise (GUIDE §3 Enterprise: a company name stays one even inside a project list)."""
    reach = max(0, cs - CUE_REACH)
    floor = max(max(text.rfind(c, reach, cs) for c in SENTENCE_EDGES) + 1, reach)
    return PROJECT_CUE_RE.search(text, floor, cs) is not None


def _place_led(
    name: str, it: Item, chosen: list[Chosen], text: str, grammar: g.Grammar, label: str = "Project"
) -> bool:
    """Is the item a division followed by a name (江门|中微子实验站 built): one place at its start
    and the rest a name of type ``label`` by ``_name_like``?"""
    if len(it.places) != 1 or chosen[it.places[0]].start_char != it.start:
        return False
    cut = chosen[it.places[0]].end_char
    rest = text[cut : it.end]
    return len(rest) > JOIN_MIN and _name_like(rest, label, text, cut, it.end, grammar)


def _place_led_item(
    name: str,
    it: Item,
    list_type: str | None,
    short_only: bool,
    tail_type: str | None,
    chosen: list[Chosen],
    text: str,
    grammar: g.Grammar,
) -> bool:
    """Is an item of a list typed by its siblings or its label (not by a stage phrase, which
    ``_place_led`` reads above) a division followed by a name of the list's type (建成|玉溪某某
    中学、某某学校: GUIDE §2.1, the maximal name; items of one list are of one kind)? A pair typed
    by one sibling needs a stage verb before it, as for any short item."""
    if list_type not in TYPES or tail_type == "status" or _route_like(name):
        return False
    if short_only and not _after_stage_verb(text, it.start, grammar):
        return False
    return _place_led(name, it, chosen, text, grammar, list_type)


def _platform_label(
    text: str,
    items: list[Item],
    chosen: list[Chosen],
    starts: list[int],
    retyped: dict[int, Chosen],
    grammar: g.Grammar,
) -> list[Item]:
    """``items`` with the head-word guesses a platform label types (``platform_labels``) labelled
    Platform; their retyped names go into ``retyped``."""
    relabel = platform_retypes([(it.start, it.end) for it in items], chosen, starts, text, grammar)
    if not relabel:
        return items
    retyped.update(relabel)
    hits = {(chosen[j].start_char, chosen[j].end_char) for j in relabel}
    return [it._replace(label="Platform") if (it.start, it.end) in hits else it for it in items]


def _scan_first(
    text: str, items: list[Item], chosen: list[Chosen], starts: list[int], grammar: g.Grammar
) -> list[Item]:
    """``items`` with the first item's left edge found by the name grammar's scan (and the
    phase after it, if any, re-read from that item)."""
    a, b = items[0].start, items[0].end
    first = _item(_first_start(text, a, b, chosen, starts, grammar), b, chosen, starts, False)
    out = [first, *items[1:]]
    if len(out) > 1 and out[1].label == "phase":
        out[1] = _phase_item(text, out[1].start, out[1].end, first)
    return out


def _names_within(a: int, b: int, chosen: list[Chosen], starts: list[int]) -> bool:
    """Is a Project or Platform chosen within ``[a, b)``?"""
    i = bisect.bisect_left(starts, a)
    while i < len(chosen) and chosen[i].start_char < b:
        if chosen[i].label_ in TYPES:
            return True
        i += 1
    return False


def phase_end(name: str) -> int | None:
    """Where a closing phase (三期, 2期: numerals, then 期, then at most a line break) starts in
    ``name``, or None. Read right to left in one pass: the pattern ``[numerals]+期$`` searched
    over a long run of numerals not closed by 期 retried from every position (40,000 digits took
    seconds)."""
    body = name[:-1] if name.endswith("\n") else name
    if not body.endswith("期"):
        return None
    i = len(body) - 1
    while i > 0 and (body[i - 1] in PHASE_NUMERALS or body[i - 1].isdecimal()):
        i -= 1
    return i if i < len(body) - 1 else None


def _phase_item(text: str, a: int, b: int, before: Item) -> Item:
    prev = text[before.start : before.end]
    start = phase_end(prev)
    stem = prev[:start] if start is not None and start >= 2 else None
    return Item(a, b, "phase", (), stem)


def _first_start(
    text: str, a: int, b: int, chosen: list[Chosen], starts: list[int], grammar: g.Grammar, scan: bool = True
) -> int:
    """Left edge of the first item: the recognised name ending at ``b``, a route's left end, or
    the name grammar's left scan with a leading clause word trimmed (推动|渝西高铁); without
    ``scan``, ``a`` instead of the scan (the first item is then unrecognised either way)."""
    seg = text[a:b]
    m = ROUTE_TAIL_RE.search(seg)
    if m is not None and "至" in seg[m.start() :]:
        zhi = a + seg.rindex("至")
        s = grammar.name_start(text, zhi, floor=a + m.start(), min_body=2)
        return max(s, a + m.start())
    i = bisect.bisect_right(starts, b) - 1
    while i >= 0 and chosen[i].start_char >= a:
        if chosen[i].end_char == b:
            return chosen[i].start_char
        if chosen[i].end_char < b:
            break
        i -= 1
    if not scan:
        return a
    s = grammar.name_start(text, b, floor=a, min_body=2)
    while opens_clause(text[s:b]) and b - s - len(clause_opener(text[s:b])) >= 2:
        s += len(clause_opener(text[s:b]))
    return s


def _item(a: int, b: int, chosen: list[Chosen], starts: list[int], route: bool) -> Item:
    """The item ``[a, b)`` with what the resolver chose over it; in a route (``route``) a name
    inside is a route end (晏城至|表白寺), never the item's own name."""
    lo = bisect.bisect_left(starts, a)
    # a name starting before the item that runs into it
    if lo > 0 and chosen[lo - 1].end_char > a:
        return Item(a, b, "!", (), None)
    label: str | None = None
    places: list[int] = []
    i = lo
    while i < len(chosen) and chosen[i].start_char < b:
        s = chosen[i]
        if s.end_char > b:
            return Item(a, b, "!", (), None)
        if s.end_char == b and not (route and s.start_char > a):
            label = s.label_
        elif s.label_ in PLACE_TYPES or route:
            places.append(i)
        else:
            label = label or s.label_
        i += 1
    if label is not None:
        return Item(a, b, label, (), None)
    return Item(a, b, None, tuple(places), None)


def _tail_type(text: str, pos: int, ce: int, grammar: g.Grammar, counted: bool = False) -> str | None:
    """What the label after 等 says the items are: "Project" (等[N个]…项目/工程, 等建设, a run
    of Project head words, with or without 建设: 等11条国省干线公路, 等高速公路建设), "build" (等 +
    another modifier + 建设: 等基础设施建设, Project when the recognised items are), "other" (any
    other label: 等产业, 等前期工作, 等建设市级示范村 where 建设 is the verb of a clause), None
    when the clause ends at 等."""
    label = text[pos : min(ce, pos + TAIL_MAX)]
    if not label or not HAN_RE.match(label):
        return None
    if _built_re(grammar).match(label):
        return "status"  # 等投产增效, 等建成运行: a stage phrase says the items were built (_parse)
    label = label.split("的", 1)[0]  # 等资金的项目: what follows 的 is not what the items are
    if (project := PROJECT_LABEL_RE.match(label)) is not None:
        if labels_fields(project.group(), grammar):
            return "other"  # 等11个重点领域项目: the label counts fields, not projects (field_labels)
        from extract.pipeline.enumerations import _verb_with_object  # enumerations reads this module

        if not counted and _verb_with_object(project.group()[:-2]):
            # 等方式|提高|建成项目: 项目 is a verb's object, a noun closed the list; a count of the
            # items (等5个…增花添彩项目) says the label is their kind (GUIDE §3)
            return "other"
        return "Project"
    works = _works_label_re(grammar)
    w = works.match(label) if works is not None else None
    if w is not None and _phrase_ends(text, pos + w.end(), ce, grammar):
        return WORKS  # 等重大文化设施, 等重大科技基础设施建设: facilities built (_works_label_re)
    p = grammar.head_re.search(label)
    if (
        p is not None
        and p.start() <= HEAD_MODIFIER_MAX
        and grammar.heads.get(p.group()) == "Platform"
        and (
            _phrase_ends(text, pos + p.end(), ce, grammar)
            or predicate_follows(text, pos + p.end(), ce, grammar)
        )
        and not is_kind_label(label[: p.start()], grammar)  # 等产业走廊: the items are sectors (kind_labels)
    ):
        return "Platform"  # 等一批科创平台, 等重点园区(建设): the items are platforms (_list_type)
    m = BUILD_LABEL_RE.match(label)
    if m is not None:
        modifier = label[: m.end() - len("建设")]
        if not modifier:  # 等建设, unless 建设 opens a clause (等建设|市级示范村)
            return BUILT if _phrase_ends(text, pos + m.end(), ce, grammar) else "other"
        return "Project" if _head_run(modifier, grammar) == "Project" else "build"
    h = grammar.head_re.search(label)
    if h is None or h.start() > PROJECT_HEAD_REACH or grammar.heads.get(h.group()) != "Project":
        return "other"
    end = pos + h.end()
    while (nxt := grammar.head_re.match(text, end, ce)) is not None:
        end = nxt.end()  # 高速|公路
    if h.start() <= HEAD_MODIFIER_MAX and (counted or _phrase_ends(text, end, ce, grammar)):
        return "head"  # 等40条高速公路, 等公路，: the kind of the items, unless a recognised one is not
    return "build"  # 等5所学校前期…, 等枢纽通道联运量: the recognised items must agree


def _kind_item(name: str, grammar: g.Grammar) -> bool:
    """Is a listed item a kind rather than a name (储备, 抢险救援, 粮食: a word of the general
    dictionary, a mined generic term, or an everyday phrase with no head word or facility end:
    茶园文化艺术中心 and 省文化馆 are names of everyday words)? One kind among the items of a
    facility list makes it a list of kinds (能源调峰、储备等基础设施), whose items name nothing."""
    from extract.pipeline.enumerations import FACILITY_ENDS

    if name in dictionary() or name in grammar.generic_terms or g.is_generic(name, strict=False):
        return True
    named = _ends_in_head(name, grammar) is not None or name[-1] in FACILITY_ENDS
    return not named and is_common_phrase(name)


def _listed_kind(name: str, grammar: g.Grammar) -> bool:
    """A kind among a facility or build list's items: ``_kind_item``'s everyday words, or a kind of
    works the genericity vetoes read off mined counts (城际铁路, 国家物流枢纽: a category phrase
    three or more reports write, ``genericity.generic_name``), which the head word hid from
    ``_kind_item``. Branch project19: A、城际铁路、B等建设 lists kinds of works (GUIDE §2.2, §3)."""
    return _kind_item(name, grammar) or generic_name(name, "Project", grammar)


def _works_label_re(grammar: g.Grammar) -> re.Pattern[str] | None:
    """A label of facilities (等重大文化设施, 等一批便民设施, 等重大科技基础设施建设): GUIDE §3 makes
    infrastructure and buildings Projects, so a list the text closes with a kind of facility
    labels its named items as works, as 等…项目 does. The label words are the GUIDE-rule data of
    ``head_rules.jsonl`` (rule kind ``works_label``); the label's noun phrase must end there
    (``_phrase_ends``: 等基础设施投资 is about investment, not a list of facilities). The label is
    read before its first 的 (``_tail_type``)."""
    if grammar in _works_cache:
        return _works_cache[grammar]
    heads = [
        r["head"]
        for r in grammar.lexicon.get("head_rules.jsonl", ())
        if r.get("rule_kind") == WORKS_LABEL_RULE
    ]
    found = re.compile(r"[\u4e00-\u9fff]{0,8}?(?:" + "|".join(map(re.escape, heads)) + ")") if heads else None
    _works_cache[grammar] = found
    return found


def _elided(name: str, grammar: g.Grammar) -> bool:
    """A short item with no head of its own (加西, 新昆楚大; not 开城路, 东港站): the list's head
    is elided from it."""
    from extract.pipeline.enumerations import FACILITY_ENDS

    short = len(name) <= ABBREVIATION_MAX
    return short and _ends_in_head(name, grammar) is None and name[-1] not in FACILITY_ENDS


def _head_suffix(text: str, pos: int, ce: int, grammar: g.Grammar) -> str:
    """The run of head words of a Project head tail (等11条国省干线|公路 -> 公路, 等高速公路)."""
    h = grammar.head_re.search(text, pos, min(ce, pos + TAIL_MAX))
    if h is None:
        return ""
    end = h.end()
    while (nxt := grammar.head_re.match(text, end, ce)) is not None:
        end = nxt.end()
    return text[h.start() : end]


def _phrase_ends(text: str, pos: int, ce: int, grammar: g.Grammar) -> bool:
    """Does the label's noun phrase end at ``pos``: the clause ends, or a clause word (a mined
    stop word or status phrase: 建成通车, 加快) or 建设 follows? Else the head word is a modifier
    (枢纽|通道联运量) or 建设 the verb of a clause (等建设|市级示范村)."""
    if pos >= ce or not HAN_RE.match(text[pos]):
        return True
    return text.startswith("建设", pos) or grammar.stop_at(text, pos, ce) is not None


def _head_run(text: str, grammar: g.Grammar) -> str | None:
    """The type of the last head word when ``text`` is nothing but head words (地铁, 高速公路)."""
    pos, found = 0, None
    while pos < len(text):
        m = grammar.head_re.match(text, pos)
        if m is None:
            return None
        found, pos = grammar.heads.get(m.group()), m.end()
    return found


def _ends_in_head(text: str, grammar: g.Grammar) -> str | None:
    """The type of the head word ``text`` ends in (two or more characters), or None."""
    for k in range(min(len(text), HEAD_MAX), 1, -1):
        t = grammar.heads.get(text[-k:])
        if t is not None:
            return t
    return None


def _list_type(items: list[Item], tail_type: str | None) -> tuple[str | None, bool]:
    """The list's type and whether only a short first item takes it (see below).

    A project label types every item (等项目, 等建设, 等地铁建设); a Project head after 等
    (等11条国省干线公路) when no recognised item is of another type than Project or District
    (route lists name their roads by places: 新昆楚大、临清等…高速公路); a build tail (等基础设施
    建设) when, besides, one recognised item is a Project; with
    no tail, one recognised type (Project or Platform) of at least two items and at least half
    of them. A pair of one unrecognised item and one Project (烟威、海阳…工程) is the elliptic
    shared suffix when the first is an abbreviation (``_abbreviation``), a pair of things
    built when a stage verb governs it (``_after_stage_verb``), or two works of one kind when
    both end in the same character (``_same_kernel``)."""
    if tail_type == "Project":
        return "Project", False
    labels = Counter(it.label for it in items if it.label not in (None, "?", "phase"))
    if tail_type == "Platform":  # a platform label types the items unless a recognised one is not
        return ("Platform" if set(labels) <= PLATFORM_SIBLINGS else None), False
    if tail_type in ("head", "status"):  # 中欧班列、长江黄金水道等枢纽通道: a Program among them
        return ("Project" if set(labels) <= BUILD_SIBLINGS else None), False
    if tail_type == "build":
        return ("Project" if "Project" in labels and set(labels) <= BUILD_SIBLINGS else None), False
    if tail_type in ("other", CUED) or len(items) < 2 or len(labels) != 1:
        return None, False
    ((label, count),) = labels.items()
    if label not in TYPES:
        return None, False
    if count >= 2 and 2 * count >= len(items):
        return label, False
    if len(items) == 2 and items[0].label is None and items[1].label == label == "Project":
        return label, True
    return None, False


def _after_stage_verb(text: str, start: int, grammar: g.Grammar) -> bool:
    """Does a mined status phrase or a stage verb of ``status_kernels.jsonl`` end right before
    ``start`` (建成|A、B…, 续建|A、B…)? The pair is then what is being built."""
    before = text[max(0, start - 6) : start]
    return before.endswith(grammar.status_phrases) or before.endswith(_stage_verbs(grammar))


def _stage_verbs(grammar: g.Grammar) -> tuple[str, ...]:
    return tuple(k["verb"] for k in grammar.lexicon.get("status_kernels.jsonl", ()))


def _same_kernel(name: str, sibling: str) -> bool:
    """Does the unrecognised item end in the character its recognised Project sibling ends in
    (甲滩锂矿、乙岭铅锌矿; 甲河水库、乙山水库)? Two conjuncts of one kind share its kernel (GUIDE
    §2.2: the conjuncts of one list are of one kind); the pair is then two works of that kind,
    whatever the kind word is, so no lexicon entry is read. ``_name_like`` still turns away a
    dictionary word or a generic phrase (煤矿、甲乙铅锌矿)."""
    return len(name) >= 3 and name[-1] == sibling[-1] and HAN_RE.match(name[-1]) is not None


def _abbreviation(name: str) -> bool:
    """A short name holding a syllable the segmenter cannot join into a word (烟|威, 雄|忻,
    天池|准|东: clipped place names before a shared suffix), not a phrase of words alone
    (城中村, 长江|干流; 市市通动车 is too long)."""

    return 2 <= len(name) <= ABBREVIATION_MAX and any(len(w) == 1 for w in _segment(name))


def _exact(starts: list[int], chosen: list[Chosen], a: int, b: int) -> int | None:
    """The index of the chosen name spanning exactly ``[a, b)``, or None."""
    i = bisect.bisect_left(starts, a)
    return i if i < len(chosen) and chosen[i].start_char == a and chosen[i].end_char == b else None


def _covered(starts: list[int], ends: list[int], a: int, b: int) -> bool:
    """Does a chosen name overlap ``[a, b)``? (``starts`` sorted; names do not overlap.)"""
    i = bisect.bisect_left(starts, b) - 1
    return i >= 0 and ends[i] > a


def _label_before(items: list[Item], i: int) -> str | None:
    return items[i - 1].label if i > 0 else None


def _route_like(name: str) -> bool:
    """``A至B`` (with a line's qualifier after B: 广州东至新塘五六线)."""
    return ROUTE_RE.fullmatch(name) is not None


def _everyday(name: str, label: str | None, grammar: g.Grammar) -> bool:
    """Is an item no name but everyday words (a sector, an activity, a kind of works: 城市公园,
    篮球)? A recognised item (``label``) is a name whatever its words."""
    if label is not None:
        return False
    return g.is_generic(name, strict=False) or name in grammar.generic_terms or is_common_phrase(name)


def _name_like(name: str, label: str, text: str, start: int, end: int, grammar: g.Grammar) -> bool:
    """Could the unrecognised item be a name of the list's type (not a kind, count or clause)?"""

    if CODE_RE.fullmatch(name):
        return label == "Project"  # a line's code in a list of lines (B1、Z2等地铁建设)
    han = len(HAN_RE.findall(name))
    if han < 2 or len(name) > ITEM_MAX or (not HAN_RE.match(name[0]) and name[0] not in "“"):
        return False
    if YEAR_RE.search(name):
        return False
    if name.endswith("建设") or any(
        grammar.cuts(text, start + a, start + b) and not _no_conjunct(name, a, b)
        for a, b in grammar.stop_spans(name)
    ):
        return False  # a clause word of its own inside (…的…, 推进…): a clause, not a name
    if g.is_generic(name, strict=False) or name in grammar.generic_terms:
        return False
    if opens_clause(name) or is_common_phrase(name) or lookup(name) is not None:
        return False
    if name in dictionary() or name in widespread_terms(grammar):
        return False  # a word of the general dictionary (城中村, 青海湖) or one most provinces write
    own = _ends_in_head(name, grammar)
    if own is not None and own != label:
        return False  # its own head says it is something else (…乡镇卫生院 in a list of works)
    return not generic_name(name, label, grammar) and not is_counted(text, start, end)


def _platform_item(name: str) -> bool:
    """Could an unrecognised item of a list labelled as platforms (A、B等一批科创平台) be a
    platform's name? Such labels also close lists of activities (概念验证、中试熟化等成果孵化平台:
    the last word a verb, so a kind of service, no place) and of expos used as platforms
    (西洽会、智博会等重大平台: a meeting's name is no entity, GUIDE §2.1)."""
    if name.endswith(MEETING_END):
        return False
    words = _segment(name)
    return bool(words) and dictionary().get(words[-1], (0, ""))[1] not in VERB_TAGS


def _no_conjunct(name: str, a: int, b: int) -> bool:
    """A conjunction with less than two characters on one side joins nothing (新|和|成…)."""
    return name[a:b] in CONJUNCTIONS and (a < 2 or len(name) - b < 2)


def _spans(doc: Doc, start: int, end: int, label: str, hint: str) -> list[Chosen]:
    """The item as a one-element list of a new name (source ``list_item``), or [] when its
    edges do not fall on token boundaries."""
    span = char_span(doc, start, end, label=label, kb_id=hint, alignment_mode="strict")
    if span is None:
        return []
    return [make_span(doc, span.start, span.end, label=label, kb_id=hint, span_id=SOURCE)]


__all__ = ["SOURCE", "complete_lists"]
