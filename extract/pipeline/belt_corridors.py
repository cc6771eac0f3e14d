"""Corridors named like belts: 甲地文化旅游走廊 is typed by no rule the gold settles (issue 12).

GUIDE §3 and the provincial-2026 conventions make named clusters of places Platform (长三角G60
科创走廊, and the corridors the readable gold tags: 晋冀鲁豫大宗商品骨干流通走廊, 赣鄱氢走廊),
hence the GUIDE kernel 走廊 in ``head_kernels.jsonl``. The same conventions make belts Area
(京张体育文化旅游带, 大运河文化带). A corridor whose last word before the kernel is a word
that makes a belt an Area (文化, 旅游: the mined modifiers of the Area kind 带 in
``area_kinds.jsonl``; 经济, the modifier of its mined kernel 经济带) reads like such a belt: a
stretch of land by its culture or its economy (甲乙经济走廊, the corridors between countries
that GUIDE §3 leaves untagged with foreign countries and blocs), not a place where firms
gather. No gold passage holds one (checked 2026-12-06, branch platform17), so no type is
written down for it and the guess is dropped: it stays untagged rather than typed by a kernel
chosen for other corridors. Nothing here lists a corridor: the kernel is the GUIDE's, the
modifiers the miner's.
"""

from __future__ import annotations

from extract.pipeline.chosen import Chosen
from extract.pipeline.grammar import Grammar
from extract.pipeline.mining import segment_cached

KERNEL = "走廊"  # the GUIDE kernel of head_kernels.jsonl
WIDE = "大"  # 良渚文化大走廊: the kernel widened, like 科创大走廊
BELT_HEAD = "带"  # the Area kind of area_kinds.jsonl whose modifiers are read


def belt_modifiers(grammar: Grammar) -> frozenset[str]:
    """The mined modifiers that make a 带 an Area (文化带, 旅游带) and the modifier of its mined
    kernel (经济 of 经济带), from ``area_kinds.jsonl``."""
    rows = [r for r in grammar.lexicon.get("area_kinds.jsonl", ()) if r.get("head") == BELT_HEAD]
    kernels = {r["kernel"][: -len(BELT_HEAD)] for r in rows if r.get("kernel", "").endswith(BELT_HEAD)}
    return frozenset(m for r in rows for m in r.get("modifiers", ())) | (kernels - {""})


def belt_corridor(name: str, grammar: Grammar) -> bool:
    """Does ``name`` end in the kernel 走廊 (or 大走廊) right after a belt's Area modifier?"""
    if not name.endswith(KERNEL):
        return False
    body = name[: -len(KERNEL)]
    body = body[: -len(WIDE)] if body.endswith(WIDE) else body
    words = segment_cached(body) if body else []
    return bool(words) and words[-1] in belt_modifiers(grammar)


def drop_belt_corridors(chosen: list[Chosen], text: str, grammar: Grammar) -> list[Chosen]:
    """``chosen`` without the Platform guesses that are ``belt_corridor`` (run by the resolver
    beside ``positioning_centres.drop_positioning_centres``)."""
    return [
        s
        for s in chosen
        if not (s.label_ == "Platform" and belt_corridor(text[s.start_char : s.end_char], grammar))
    ]


__all__ = ["belt_corridor", "belt_modifiers", "drop_belt_corridors"]
