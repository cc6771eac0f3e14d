"""Confirm the sub-region kinds of the GUIDE rule by their spread after places (issue 12).

River basins and sections are no candidates (GUIDE §3: rivers are not annotated), and the
bodies a kind may take (``sub_regions.body_allowed``) are the only ones counted.

The provincial-2026 conventions type named sub-regions as Area (GUIDE §3 as they apply it:
belts, metropolitan areas, city clusters, economic circles and named sub-regions). The kinds a
sub-region is written with — 山区, 地区, 库区 … — are the candidates of ``head_rules.jsonl``
(rule kind ``sub_region``, each citing that rule). A candidate is a kind of *named* region only
where the reports write it after many different places: a kind written after one or two
(a single 湾区 of one province) names those, not a kind. So each candidate is counted in the
unannotated reports (every gold passage blanked) with the run of places before it that the
finder itself reads (``sub_regions.places_before``: gazetteer places and words the dictionary
tags as places, dash-joined), and kept when that run holds at least ``MIN_BODIES`` different
bodies in ``MIN_DOCS`` reports, with their counts (provenance). Variety of places and spread
over reports are two signs of the same thing (branch area9): a kind that ``MIN_SPREAD_DOCS``
reports write after places, with at least ``MIN_SPREAD_BODIES`` different ones, is a kind of
named region too (三峡库区, 丹江口库区: a reservoir region is named by its dam or lake, and a
province has few of them), while one body in any number of reports names that one region, not a
kind (粤港澳大湾区). A candidate below both is left out until the reports show it. The result
is ``extract/data/sub_region_kinds.jsonl`` (``scripts/mine_sub_regions.py``), read by the finder
of named sub-regions, whose body must be places (``extract.pipeline.sub_regions``).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence

from extract.pipeline.grammar import Grammar
from extract.pipeline.mining import entropy, place_names
from extract.pipeline.sub_regions import SUB_REGION_RULE, body_allowed, place_word_test, places_before

MIN_BODIES = 3  # different place bodies before the kind
MIN_DOCS = 2  # reports that write it so
MIN_SPREAD_BODIES = 2  # or fewer places, as long as more than one ...
MIN_SPREAD_DOCS = 3  # ... and written so in this many reports


def candidates(grammar: Grammar) -> list[dict]:
    """The GUIDE-rule candidate kinds (``head_rules.jsonl``, rule kind ``sub_region``)."""
    return [r for r in grammar.lexicon["head_rules.jsonl"] if r.get("rule_kind") == SUB_REGION_RULE]


def spread(bodies: int, docs: int) -> bool:
    """Is a kind written after places varied enough (many bodies) or spread enough (several
    reports, more than one body) to be a kind of named region (module docstring)?"""
    varied = bodies >= MIN_BODIES and docs >= MIN_DOCS
    return varied or (bodies >= MIN_SPREAD_BODIES and docs >= MIN_SPREAD_DOCS)


def mine_sub_regions(docs: Sequence[tuple[str, str]], grammar: Grammar) -> list[dict]:
    """The candidates with enough spread after places (module docstring), sorted by kind."""
    rows = candidates(grammar)
    kinds = frozenset(r["head"] for r in rows)
    is_place = place_word_test(grammar, kinds)
    divisions = place_names()
    bodies: dict[str, Counter[str]] = defaultdict(Counter)
    reports: dict[str, set[str]] = defaultdict(set)
    for doc, text in docs:
        for row in rows:
            kind = row["head"]
            for m in re.finditer(re.escape(kind), text):
                start = places_before(text, m.start(), kind, is_place)
                if start < 0:
                    continue
                body = text[start : m.start()]
                if not body_allowed(row, body, divisions):
                    continue  # 四川地区: the division itself; 东北地区: a macro-region
                bodies[kind][body] += 1
                reports[kind].add(doc)
    out = []
    for row in rows:
        kind = row["head"]
        seen = bodies[kind]
        if not spread(len(seen), len(reports[kind])):
            continue
        entry = {
            "head": kind,
            "type": "Area",
            "source": "mined",
            "rule": row["rule"],
            "counts": {"occurrences": sum(seen.values()), "bodies": len(seen)},
            "docs": len(reports[kind]),
            "left_entropy": round(entropy(seen), 3),
        }
        for marker in ("one_division", "sub_division"):
            if row.get(marker):
                entry[marker] = row[marker]
        out.append(entry)
    return sorted(out, key=lambda e: e["head"])
