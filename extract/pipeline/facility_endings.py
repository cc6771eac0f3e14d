"""Endings of facility and site names that no head kernel closes (issue 12, District false positives).

``embedded`` drops a place that opens a longer name by asking whether the words after it end in a
head (``place_runs.ends_in_head``). The heads are GUIDE kernels and words mined over them, so a
name whose ending is no kernel's word (甲乙旅游|度假区, 甲市自然|博物馆) was not seen as a name
and the place opening it stood as a District.

An ending is mined, not listed: a word of two or three characters, whose last character is one of
a facility (``enumerations.FACILITY_ENDS``) or the last character of a Platform or Area kernel
(区, 园), seen right after a gazetteer place and at least one name word (the body) with no clause
word between, in ``MIN_DOCS`` unannotated reports after ``MIN_BODIES`` distinct bodies, and there
in at least ``MIN_SHARE`` of all its uses in the reports: a word that mostly closes place-opened
names (度假区) rather than one of plain prose that sometimes does (市场, 地区, 社区). A word that is
already a head or a kernel is left to ``heads.jsonl``.

The rows only feed the embedded-place tests; they are no heads, so the name grammar types and
builds nothing from them.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence

MIN_DOCS = 3
MIN_BODIES = 3
MIN_SHARE = 0.3  # 度假区 .69, 博物馆 .30; 市场 .20, 社区 and 地区 lower
MAX_BODY_WORDS = 4


def facility_characters(kernels: Iterable[dict]) -> frozenset[str]:
    """Last characters a facility or site name ends in: the closed facility set plus the last
    characters of the Platform and Area kernels."""
    from extract.pipeline.enumerations import FACILITY_ENDS

    kernel_ends = {
        k["head"][-1] for k in kernels if len(k["head"]) >= 2 and k["type"] in ("Platform", "Area")
    }
    return frozenset(FACILITY_ENDS | kernel_ends)


def mine_facility_endings(
    runs: Sequence[tuple[str, str, list[str], str]],
    kernels: list[dict],
    known_heads: Iterable[str],
    stops: Iterable[str],
    places: frozenset[str],
    words: dict[str, tuple[int, str]],
) -> list[dict]:
    """Rows {ending, counts, docs, source} of the mined facility endings (see the module docstring)."""
    from extract.pipeline.mining import CLAUSE_TAGS, segment_cached

    ends = facility_characters(kernels)
    known = set(known_heads) | {k["head"] for k in kernels}
    stop_set = set(stops)
    after_place: Counter[str] = Counter()
    bodies: dict[str, set[str]] = defaultdict(set)
    docs: dict[str, set[str]] = defaultdict(set)
    for doc, run, _tokens, _before in runs:
        i = 0
        while i < len(run):
            k = next((k for k in range(8, 1, -1) if run[i : i + k] in places), 0)
            if not k:
                i += 1
                continue
            body = ""
            rest = run[i + k :]
            for t in segment_cached(rest)[: MAX_BODY_WORDS + 1] if rest else ():
                if t in stop_set or words.get(t, (0, ""))[1] in CLAUSE_TAGS:
                    break
                if body and 2 <= len(t) <= 3 and t[-1] in ends and t not in known:
                    after_place[t] += 1
                    bodies[t].add(body)
                    docs[t].add(doc)
                body += t
            i += k
    candidates = {t for t in after_place if len(docs[t]) >= MIN_DOCS and len(bodies[t]) >= MIN_BODIES}
    total: Counter[str] = Counter(t for _d, _r, tokens, _b in runs for t in tokens if t in candidates)
    return sorted(
        (
            {
                "ending": t,
                "source": "mined",
                "counts": {"after_place": after_place[t], "bodies": len(bodies[t]), "total": total[t]},
                "docs": len(docs[t]),
            }
            for t in candidates
            if after_place[t] >= MIN_SHARE * total[t]
        ),
        key=lambda e: e["ending"],
    )


__all__ = ["MIN_SHARE", "facility_characters", "mine_facility_endings"]
