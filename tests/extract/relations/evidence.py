"""Shared check: every record's evidence lies in its document and holds what it states.

Used by the corpus tests of this package and by the robustness run over corpus-extra.
"""

from __future__ import annotations

import functools
import re

from extract.indicators.multiples import multiple_figures
from extract.indicators.numbers import find_figures
from extract.indicators.thresholds import THRESHOLD, threshold_value
from extract.model import Document
from extract.pipeline.closed_class import strategy_rows
from extract.records import Indicator, Investment, Mention, Relation
from extract.relations.common import author_names


@functools.cache
def _aliases() -> dict[str, tuple[str, ...]]:
    """canonical -> aliases of the strategy gazetteer (``extract/data/strategies.jsonl``)."""
    return {r["canonical"]: tuple(r.get("aliases", ())) for r in strategy_rows()}


def check_evidence(doc: Document, records, mentions: list[Mention], body_only: bool = False) -> int:
    """Assert, for every relation, indicator and investment record, that its evidence span
    lies in the document (in its body with ``body_only``) and holds its figure or its names.
    Returns how many records were checked."""
    text, checked = doc.text, 0
    lo, hi = (doc.body_start, doc.body_end) if body_only else (0, len(text))
    for r in records:
        if not isinstance(r, Relation | Indicator | Investment):
            continue
        assert lo <= r.start < r.end <= hi, r
        span = text[r.start : r.end]
        if isinstance(r, Indicator | Investment):
            value = r.value if isinstance(r, Indicator) else r.amount
            stated = {f.value for f in find_figures(span, require_unit=False)}
            stated |= {f.value for f in find_figures(span)}  # 占全国9成: read with its unit, 90 %
            stated |= {threshold_value(m) for m in THRESHOLD.finditer(span)}  # 迈入万亿级城市 (GUIDE §9)
            stated |= {f.value for f in multiple_figures(span)}  # 增长两倍: a multiple, unit 倍
            fall = isinstance(r, Indicator) and r.unit == "%" and -value in stated  # 下降45%: -45 %
            assert value in stated or fall, (r, span)
        else:
            inside = {m.canonical for m in mentions if r.start <= m.start and m.end <= r.end}
            assert r.head in inside or (r.inferred and r.head == doc.meta.region), (r, span)
            if r.relation == "hasStatus":
                assert r.tail in re.sub(r"\s+", "", span), (r, span)
            elif not r.inferred:  # the tail is a mention, or named inside one (a policy title)
                # a strategy named inside a policy title by a short form the gazetteer links to it
                # (自贸试验区提升战略实施方案 → 自由贸易试验区提升战略)
                names = (
                    author_names(doc) if r.tail == doc.meta.region else (r.tail, *_aliases().get(r.tail, ()))
                )
                assert r.tail in inside or any(n in span for n in names), (r, span)
        checked += 1
    return checked


__all__ = ["check_evidence"]
