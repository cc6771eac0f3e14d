"""Collocations a guess's left edge cuts: 抽水|蓄能项目 (issue 12, left edges inside a unit).

The name scan stops at a clause word; when jieba's dictionary lacks a fixed expression and reads a
verb in it (抽水|蓄能: pumped storage), the scan stops inside the expression and the guess opens
with its second half (蓄能项目). jieba's own reading cannot see that; the reports can: two
characters that the same two characters precede almost every time they are written, by several
authors, are the second half of one unit (a left branching of one). :func:`mine_bound_openings`
(run by ``scripts/mine_categories.py`` into ``extract/data/bound_openings.jsonl``) keeps every
four-character string ``a + b`` of Han text where ``a`` precedes ``MIN_SHARE`` or more of the
occurrences of ``b``, in ``MIN_AUTHORS`` or more reports, with its counts. A guess whose first two
characters and the two before it form such a string opens inside a unit and is no name.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence

from extract.pipeline.grammar import Grammar

MIN_AUTHORS = 3  # reports (provinces; the bundled Chongqing reports count as one) writing the unit
MIN_SHARE = 0.8  # share of the occurrences of the second half that the first half precedes
HALF = 2  # characters on each side of the edge
HAN_RUN_RE = re.compile(r"[\u4e00-\u9fff]+")


def mine_bound_openings(docs: Sequence[tuple[str, str]]) -> list[dict]:
    """Units whose second half the first half almost always precedes (module docstring);
    ``docs`` is (author, text) pairs."""
    unit_count: Counter[str] = Counter()
    half_count: Counter[str] = Counter()
    authors: dict[str, set[str]] = defaultdict(set)
    for author, text in docs:
        for run in HAN_RUN_RE.finditer(text):
            s = run.group()
            for i in range(len(s) - HALF + 1):
                half_count[s[i : i + HALF]] += 1
                if i >= HALF:
                    unit = s[i - HALF : i + HALF]
                    unit_count[unit] += 1
                    authors[unit].add(author)
    out = [
        {
            "phrase": unit,
            "source": "mined",
            "counts": {"unit": n, "second_half": half_count[unit[HALF:]]},
            "docs": len(authors[unit]),
        }
        for unit, n in unit_count.items()
        if len(authors[unit]) >= MIN_AUTHORS and n >= MIN_SHARE * half_count[unit[HALF:]]
    ]
    return sorted(out, key=lambda e: e["phrase"])


def bound_openings(grammar: Grammar) -> frozenset[str]:
    """The mined units of the grammar's lexicon (empty when the file is absent)."""
    return grammar.mined_set("bound_openings.jsonl", "phrase")


def opens_inside_unit(text: str, start: int, units: frozenset[str]) -> bool:
    """Do the two characters before ``start`` and the two after it form a mined unit?"""
    return start >= HALF and text[start - HALF : start + HALF] in units
