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
"""

from __future__ import annotations

from spacy.tokens import Doc

from extract.area_lists import CONJ, COUNT_RE
from extract.pipeline.area_belts import area_kernels
from extract.pipeline.chosen import Chosen, make_span
from extract.pipeline.grammar import Grammar
from extract.pipeline.sub_regions import SUB_DIVISION_RE, sub_region_kinds
from extract.regions import lookup

CONJUNCTIONS = frozenset(CONJ)  # coordinating conjunctions (closed class, shared with area_lists)
MAX_KIND = 9  # the longest kind shared (the resolver's SHARED_SUFFIX_MAX)
MIN_LEAD = 2  # a lead of one character is no place (川 of 川渝)
SHARED_ID = "conjunct"  # the span id the resolver's shared-suffix step gives its conjuncts


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
    return out
