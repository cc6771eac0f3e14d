"""Place names listed before a shared protected-area kind: 甲山、乙湖国家公园 (branch strategy17).

GUIDE §2.2 gives each conjunct of coordinated names sharing one suffix its own span, and the
provincial-2026 annotators type named national parks, geoparks and national botanical gardens as
Area (``eval/provincial-2026/README.md``, Types, "Protected areas"). The shared-suffix steps
(``Resolver._shared_suffix``, ``area_conjuncts``) split a kind only after a gazetteer division or
a compass sub-region, but protected areas are named after mountains, lakes and rivers (no
division), so in `甲山、乙湖国家公园` only the last conjunct was found.

Here an Area name that ends in a protected-area kind (a kernel of ``head_kernels.jsonl`` whose
rule cites that convention, or a head mined on one) takes the word right before the conjunction
as a conjunct when jieba's dictionary tags that word as a place name (``ns``) and what stands
before it closes a phrase (punctuation, a clause word by the dictionary's tags as ``embedded``
reads a name's edge, or a verb's one-character complement such as 好 of 建好): the conjunct is an
Area with the shared kind in its canonical — what follows the last conjunct's own place word
(世界地质公园 of 乙山|世界地质公园), or the kind itself.
Nothing is listed here; the kinds come from the kernel file and the places from the dictionary.
"""

from __future__ import annotations

import functools

from spacy.tokens import Doc

from extract.area_lists import CONJ
from extract.pipeline.candidates import held_characters
from extract.pipeline.chosen import Chosen, char_span
from extract.pipeline.genericity import widespread_terms
from extract.pipeline.grammar import Grammar
from extract.pipeline.mining import CLAUSE_TAGS, dictionary, segment_cached

PROTECTED_MARK = "protected-area"  # the kernel rule of the protected-area kinds cites it
CONJUNCTIONS = frozenset(CONJ)  # coordinating conjunctions (closed class, shared with area_lists)
PLACE_TAG = "ns"  # jieba's tag of place names
MIN_LEAD = 2  # a one-character lead is no place name
LOOK_BACK = 12  # characters read before a conjunct for its segmentation
SHARED_ID = "conjunct"  # the span id of shared-suffix conjuncts (area_conjuncts)
EDGE_TAGS = CLAUSE_TAGS | {"a"}  # a clause word, or a verb's complement (建|好: 好 is tagged a)


@functools.lru_cache(maxsize=8)
def protected_kinds(grammar: Grammar) -> tuple[str, ...]:
    """The protected-area kinds: kernels whose rule cites the convention, and heads mined on them
    (longest first, so 世界地质公园 is tried before 地质公园)."""
    kernels = {
        r["head"]
        for r in grammar.lexicon.get("head_kernels.jsonl", ())
        if r.get("type") == "Area" and PROTECTED_MARK in r.get("rule", "")
    }
    mined = {r["head"] for r in grammar.lexicon.get("heads.jsonl", ()) if r.get("kernel") in kernels}
    return tuple(sorted(kernels | mined, key=lambda k: (-len(k), k)))


def _lead_before(text: str, end: int) -> int | None:
    """The start of a place-name word ending at ``end`` that opens its phrase, or None."""
    window = text[max(0, end - LOOK_BACK) : end]
    words = segment_cached(window)
    if not words or len(words[-1]) < MIN_LEAD:
        return None
    tags = dictionary()
    if tags.get(words[-1], (0, None))[1] != PLACE_TAG:
        return None
    start = end - len(words[-1])
    if len(words) >= 2:
        before = words[-2]
        tag = tags.get(before, (0, None))[1]
        if before.isalnum() and tag not in EDGE_TAGS:
            return None  # a noun before it: the place is part of a longer phrase
    return start


def _shared_kind(name: str, kind: str, grammar: Grammar) -> str:
    """What the conjuncts share: the last name after its first word when that word is a place
    name (乙山|世界地质公园); else the kind with the level word right before it when that word is
    one most provinces write (``widespread_terms``: 丙布拉|世界|地质公园), else the kind itself."""
    words = segment_cached(name)
    if dictionary().get(words[0], (0, None))[1] == PLACE_TAG and name[len(words[0]) :].endswith(kind):
        return name[len(words[0]) :]
    body = name[: -len(kind)]
    before = segment_cached(body)[-1] if body else ""
    if len(before) >= MIN_LEAD and before != body and before in widespread_terms(grammar):
        return before + kind
    return kind


def share_protected_kinds(doc: Doc, chosen: list[Chosen], text: str, grammar: Grammar) -> list[Chosen]:
    """``chosen`` with the place names listed before a protected-area name as Areas of its kind."""
    kinds = protected_kinds(grammar)
    if not kinds:
        return chosen
    out = list(chosen)
    held = held_characters(len(text), chosen)  # a scan of ``out`` per conjunct was quadratic (review11)
    for s in chosen:
        if s.label_ != "Area":
            continue
        kind = next((k for k in kinds if s.text.endswith(k) and len(s.text) > len(k)), None)
        if kind is None or s.start_char < 1 or text[s.start_char - 1] not in CONJUNCTIONS:
            continue
        kind = _shared_kind(s.text, kind, grammar)
        end = s.start_char - 1
        start = _lead_before(text, end)
        if start is None or any(held[start:end]):
            continue  # the word is part of a name found already
        span = char_span(
            doc,
            start,
            end,
            label="Area",
            kb_id=text[start:end] + kind,
            span_id=SHARED_ID,
            alignment_mode="strict",
        )
        if span is not None:
            out.append(span)
            held[start:end] = b"\x01" * (end - start)
    return sorted(out, key=lambda x: x.start)
