"""Conjuncts sharing an Area kind: 晋北、晋南、晋东南城镇圈, 太原、大同城镇圈 (branch places15).

GUIDE §2.2 gives each conjunct of coordinated names sharing one suffix its own span, and the
provincial-2026 conventions apply it to Areas (济南、青岛都市圈 → 济南都市圈, 青岛都市圈). The
resolver's shared-suffix step (``Resolver._shared_suffix``) splits a suffix only after a division
of the gazetteer and only when the suffix is made of head words of the name grammar, so two
classes of conjunct stayed out:

- a province's own compass sub-region written bare (晋北, 粤西: ``bare_sub_regions``, an Area of
  its own by the conventions) before a sub-region + kind (晋东南城镇圈) was left the bare
  sub-region, its kind lost;
- a division before a place + an Area kind composed of a modifier and a one-character region
  token (城镇|圈, 城市|带: ``area_kinds.jsonl``, mined by ``scripts/mine_area_kinds.py``) stayed a
  District, since the composed kind is no head word.

Here the last conjunct is an Area name made of a lead — a gazetteer division or a compass
sub-region of the closed class of ``sub_regions.SUB_DIVISION_RE`` (a province's one-character
abbreviation and compass points) — and a kind that ends in an Area head of the grammar, a mined
region token or a confirmed sub-region kind. Each conjunct right before it, joined by a
conjunction, that is itself only such a lead (a District, or a bare sub-region Area) takes the
Area type and the kind in its canonical. Nothing is typed here that is not a place or a
sub-region already; only the kind is shared. No word is listed here.

A functional area (GUIDE §3: 片区, 新城, 核心区 — the kernels that cite no region-kind convention)
is named by a local place the gazetteer does not hold (南坪, 广阳湾, 意风区—东西里), so a bare
conjunct before ``乙片区``, joined by 、 and left untyped by every finder (甲、乙片区焕发新活力), is
an Area of that kind too (``share_functional_kinds``): the name grammar's left scan gives its start,
and it must be name material — no clause word, no generic word, no head of its own, not an everyday
word of the dictionary (学校、乙片区 stays). Readable unannotated reports write it in three reports
(南坪、弹子石片区; 广阳湾、铜元局片区; 意风区—东西里、西站南片区 in round 14's gold).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from extract.area_lists import CONJ, COUNT_RE
from extract.pipeline import grammar as g
from extract.pipeline.area_belts import area_kernels
from extract.pipeline.area_names import PROPER_TAGS, after_verb, is_region_kind
from extract.pipeline.chosen import Chosen, char_span, make_span
from extract.pipeline.enumerations import LIST_CLOSER
from extract.pipeline.grammar import Grammar
from extract.pipeline.lexicon import opens_clause
from extract.pipeline.mining import dictionary, segment_cached
from extract.pipeline.object_verbs import object_verbs
from extract.pipeline.sub_regions import SUB_DIVISION_RE, sub_region_kinds
from extract.regions import lookup

CONJUNCTIONS = frozenset(CONJ)  # coordinating conjunctions (closed class, shared with area_lists)
MAX_KIND = 9  # the longest kind shared (the resolver's SHARED_SUFFIX_MAX)
MIN_LEAD = 2  # a lead of one character is no place (川 of 川渝)
SHARED_ID = "conjunct"  # the span id the resolver's shared-suffix step gives its conjuncts
LIST_MARK = "、"  # the list comma joining bare conjuncts (closed class, one of CONJ)
MAX_BARE = 8  # characters of a bare conjunct (意风区—东西里)
NOUN_TAGS = frozenset({"n", "vn"})  # jieba's tags of a noun label after 等 (区域; not 更新: d)
TIME_TAG = "t"  # jieba's tag of a time word (今年, 近年来)
SCAN_REACH = 2 * MAX_BARE  # characters the left scan reads before a conjunct's end
MAX_BARE_ITEMS = 9  # bare conjuncts read before one area name
NAME_RE = re.compile(r"[\u4e00-\u9fff—]+")  # Han characters and the dash joining two places


def _is_lead(name: str) -> bool:
    """A gazetteer division (大同) or a compass sub-region (晋东南, 粤北)."""
    return len(name) >= MIN_LEAD and (SUB_DIVISION_RE.fullmatch(name) is not None or lookup(name) is not None)


def _is_kind(kind: str, grammar: Grammar) -> bool:
    """Does ``kind``, which opens with no count (两大, 三个), end in an Area head (都市圈, 片区),
    a mined region token (圈 of 城镇圈) or a confirmed sub-region kind (地区)?"""
    if not kind or len(kind) > MAX_KIND or COUNT_RE.match(kind):
        return False  # 日照|两大都市圈: a count of the kind, whose list area_lists reads
    if kind[-1] in area_kernels(grammar) or kind in sub_region_kinds(grammar):
        return True
    return any(grammar.heads.get(kind[k:]) == "Area" for k in range(len(kind)))


def area_kind(name: str, grammar: Grammar) -> str | None:
    """The kind of the Area name ``name`` after its lead (城镇圈 of 晋东南城镇圈), or None."""
    for cut in range(len(name) - 1, MIN_LEAD - 1, -1):
        if _is_lead(name[:cut]) and _is_kind(name[cut:], grammar):
            return name[cut:]
    return None


def _bare_lead(s: Chosen) -> bool:
    """A conjunct that is only a lead: a District, or an Area that is a bare compass sub-region."""
    if s.label_ == "District":
        return True
    return s.label_ == "Area" and s.id_ != SHARED_ID and SUB_DIVISION_RE.fullmatch(s.text) is not None


def share_area_kinds(doc: Doc, chosen: list[Chosen], text: str, grammar: Grammar) -> list[Chosen]:
    """``chosen`` with the leads before a conjunct Area name typed as Areas of its kind."""
    out = list(chosen)
    for i in range(len(out) - 1, 0, -1):
        last = out[i]
        if last.label_ != "Area" or not _bare_lead(out[i - 1]):
            continue
        if text[out[i - 1].end_char : last.start_char] not in CONJUNCTIONS:
            continue
        kind = area_kind(last.text, grammar)
        if kind is None:
            continue
        j, nxt = i - 1, last
        while j >= 0 and _bare_lead(out[j]) and text[out[j].end_char : nxt.start_char] in CONJUNCTIONS:
            d = nxt = out[j]
            out[j] = make_span(doc, d.start, d.end, label="Area", kb_id=d.text + kind, span_id=SHARED_ID)
            j -= 1
    return share_functional_kinds(doc, out, text, grammar)


def functional_kind(name: str, grammar: Grammar) -> str | None:
    """The functional-area head closing ``name`` after a body of two or more characters (片区 of
    弹子石片区), or None: a region kind (都市圈, 城市群) is shared by places only (above)."""
    for k in range(MIN_LEAD, len(name)):
        if grammar.heads.get(name[k:]) == "Area":
            return None if is_region_kind(name[k:], grammar) else name[k:]
    return None


def _bare_start(text: str, end: int, floor: int, grammar: Grammar) -> int | None:
    """Start of a bare conjunct of name material ending at ``end`` (module docstring), or None."""
    # the scan reaches past the longest conjunct, so that a clause word is read whole (实施|甲)
    start = grammar.name_start(text, end, floor=max(floor, end - SCAN_REACH), min_body=MIN_LEAD)
    words = segment_cached(text[start:end])
    if len(words) > 1 and dictionary().get(words[0], (0, None))[1] == TIME_TAG:
        start += len(words[0])  # 今年|甲: a time word opens the clause (GUIDE §2.5 leaves years out)
    start += after_verb(text[start:end], object_verbs(grammar))  # 优化布局|甲: the clause (area_names)
    name = text[start:end]
    if (
        not MIN_LEAD <= len(name) <= MAX_BARE
        or not NAME_RE.fullmatch(name)
        or opens_clause(name)
        or g.is_generic(name)
    ):
        return None
    if any(grammar.heads.get(name[k:]) for k in range(len(name))):
        return None  # 医院、乙片区: a name of its own kind
    tag = dictionary().get(name, (0, None))[1]
    return None if tag is not None and tag not in PROPER_TAGS else start  # 学校: an everyday word


def _category_after(text: str, end: int, grammar: Grammar) -> bool:
    """Does the list close at ``end`` with 等 and a noun or head word (等区域, 等重点片区)? Then that
    label classes the items (``CoordinationParser._named_lists``), and the last item's own head
    (江南新城) is part of its name, no suffix the others elide; 等 and an act (等更新) labels none."""
    if not text.startswith(LIST_CLOSER, end):
        return False
    run = NAME_RE.match(text, end + len(LIST_CLOSER))
    if run is None:
        return False
    first = segment_cached(run.group()[:SCAN_REACH])[0]
    return dictionary().get(first, (0, None))[1] in NOUN_TAGS or any(
        grammar.heads.get(run.group()[:k]) for k in range(1, min(len(run.group()), MAX_KIND) + 1)
    )


def share_functional_kinds(doc: Doc, chosen: list[Chosen], text: str, grammar: Grammar) -> list[Chosen]:
    """``chosen`` with the bare conjuncts before a functional-area name typed Areas of its kind."""
    added: list[Chosen] = []
    for i, last in enumerate(chosen):
        if last.label_ != "Area" or text[last.start_char - 1 : last.start_char] != LIST_MARK:
            continue
        if _category_after(text, last.end_char, grammar):
            continue  # 甲、乙、丙新城等区域: the items share the label after 等, not 新城
        kind = functional_kind(last.text, grammar)
        if not kind:
            continue
        floor = chosen[i - 1].end_char if i else 0
        end = last.start_char - 1
        for _ in range(MAX_BARE_ITEMS):
            start = _bare_start(text, end, floor, grammar)
            if start is None:
                break
            span = char_span(doc, start, end, label="Area", kb_id=text[start:end] + kind, span_id=SHARED_ID)
            if span is None:
                break
            added.append(span)
            if text[start - 1 : start] != LIST_MARK:
                break
            end = start - 1
    return sorted(chosen + added, key=lambda s: s.start) if added else chosen
