"""Region-kind Area names need a specific modifier: a kind of zone is not a named region.

The provincial-2026 conventions type metropolitan areas, city clusters, economic circles,
zones and belts as Area (``济南都市圈``, ``海口经济圈``, ``海西经济区``: issue 12), but the same
kernels also close a *kind* of zone: ``世界级城市群``, ``口岸经济带``, ``世界级大都市圈``
(GUIDE §3: generic unnamed items are not annotated). What tells them apart is the modifier: a
place or another proper modifier names one region, while words that the mining found in many
reports (``extract/data/widespread_terms.jsonl``: levels such as 世界级, functions such as
口岸) only say what kind it is. So a body that is one widespread word (a one-character rest
included: 世界级|大) is no name. Two or more words are left alone: 现代化首都都市圈 is the
official name of the capital region, and 首都 is a widespread word too. Which kernels this
applies to is read from the kernel file: those whose rule cites the provincial-2026
conventions (region kinds); the Chongqing functional areas of GUIDE §3 (片区, 母城:
中部历史母城) keep the name grammar's own checks. No word is listed here.
"""

from __future__ import annotations

import functools

from extract.pipeline.genericity import widespread_terms
from extract.pipeline.grammar import Grammar

CONVENTION_MARK = "provincial-2026"  # the rule text of a region-kind kernel cites the conventions
MAX_TERM = 8  # the longest widespread word tried
MIN_SPECIFIC = 2  # a specific rest of one character (大) names nothing


@functools.lru_cache(maxsize=8)
def _region_heads(grammar: Grammar) -> frozenset[str]:
    kernels = {
        r["head"]
        for r in grammar.lexicon.get("head_kernels.jsonl", ())
        if r.get("type") == "Area" and CONVENTION_MARK in r.get("rule", "")
    }
    mined = {r["head"] for r in grammar.lexicon.get("heads.jsonl", ()) if r.get("kernel") in kernels}
    return frozenset(kernels | mined)


def kind_of_zone(body: str, head: str, grammar: Grammar) -> bool:
    """Is ``body + head`` a region kind with no specific modifier (module docstring)?"""
    if head not in _region_heads(grammar):
        return False
    terms = widespread_terms(grammar)
    for k in range(min(MAX_TERM, len(body)), 1, -1):
        if body[:k] in terms:
            return len(body) - k < MIN_SPECIFIC
    return False
