"""Short forms of zone kinds, mined where a place or the national level names them (issue 12).

GUIDE §3 types development zones as Platform and names their kinds by the official short forms
(经开区, 高新区, 综保区: ``head_kernels.jsonl``, rule "GUIDE §3 Platform: 自贸试验区, 经开区/高新区/
新区, 联动创新区, 综保区"). The reports abbreviate other national zone kinds the same way, three
characters closing in the character those kernels close in (农高区 of 国家农业高新技术产业示范区),
and write them right after the place or the national level that names the zone (甲市国家农高区).
The head miner (``mining.mine_heads``) never counts such a word: no kernel closes it, and the
left branching entropy of a rare kind is low. So a zone's name was cut to its place (a District)
and the kind was lost.

The frame here counts the segmenter's units of that shape — as long as the rule's shortest
kernels, closing in their last character, no gazetteer division (渝中区) and no kernel of
another type (示范区, 核心区) — and how often the unit stands right after a division of the
gazetteer or a national scope word (``mining.place_names``: 甲市, 国家; and 国家级). A unit in
that frame in at least ``MIN_SHARE`` of its occurrences, in ``MIN_DOCS`` reports, is a zone's
kind written short and becomes a Platform head (``heads.jsonl``, source ``mined``, frame
``zone_abbreviation``, with its counts). Told nothing of the kernels, the frame finds the GUIDE's
own short forms 经开区 and 高新区 (mined as heads already) and 农高区; 综保区 stands after a place
the gazetteer lacks (a town, an airport) too often and stays a kernel only. Kinds of places the
reports mostly write bare
(开发区, 居住区, 经济区: after a place in under half of their uses) are not. Run time is
unchanged: a head after a place is joined to it by the name grammar and
``place_led_names`` as any head is.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable

from extract.regions import lookup

ZONE_RULE = "GUIDE §3 Platform: 自贸试验区, 经开区/高新区/新区, 联动创新区, 综保区"
FRAME = "zone_abbreviation"
SHORT_LENGTH = 3  # the official short forms of the rule: two characters of the kind + its closer
MIN_DOCS = 3  # reports, as for every mined head (mining.Settings.head_min_docs)
MIN_COUNT = 4  # occurrences (mining.Settings.head_min_count)
MIN_SHARE = 0.5  # of its occurrences right after a division or the national level


def zone_shape(kernels: Iterable[dict]) -> tuple[int, frozenset[str]]:
    """``SHORT_LENGTH`` and the characters that the rule's kernels of that length close in (区 of
    经开区, 高新区, 综保区): what a short form of a zone kind looks like. 新区 is the kind itself,
    no short form of a longer one."""
    zones = [k["head"] for k in kernels if k["type"] == "Platform" and k.get("rule") == ZONE_RULE]
    closers = frozenset(z[-1] for z in zones if len(z) == SHORT_LENGTH)
    return (SHORT_LENGTH, closers) if closers else (0, closers)


def _names_it(prev: str, places: frozenset[str], levels: tuple[str, ...]) -> bool:
    """A division of the gazetteer or the national level right before the unit: 甲市, 国家, and a
    level word one character longer that opens with it (国家级)."""
    return prev in places or (prev.startswith(levels) and len(prev) <= max(map(len, levels)) + 1)


def mine_zone_abbreviations(
    runs: Iterable[tuple[str, str, list[str], str]],
    kernels: list[dict],
    known: Iterable[str],
    places: frozenset[str],
    national: Iterable[str],
) -> list[dict]:
    """Platform head rows for the short zone kinds of the module docstring, leaving out the
    ``known`` heads (mined already: 经开区, 高新区)."""
    length, closers = zone_shape(kernels)
    if not length:
        return []
    kernel_type = {k["head"]: k["type"] for k in kernels}
    skip = set(known)
    levels = tuple(national)
    total: Counter[str] = Counter()
    framed: Counter[str] = Counter()
    docs: dict[str, set[str]] = defaultdict(set)
    for doc, _run, tokens, _before in runs:
        for j, t in enumerate(tokens):
            if len(t) != length or t[-1] not in closers or t in skip:
                continue
            if kernel_type.get(t, "Platform") != "Platform" or lookup(t) is not None:
                continue
            total[t] += 1
            docs[t].add(doc)
            prev = tokens[j - 1] if j else ""
            if prev and _names_it(prev, places, levels):
                framed[t] += 1
    out = []
    for t, n in total.items():
        if len(docs[t]) < MIN_DOCS or n < MIN_COUNT or framed[t] < MIN_SHARE * n:
            continue
        out.append(
            {
                "head": t,
                "type": "Platform",
                "kernel": t,
                "source": "mined",
                "frame": FRAME,
                "rule": ZONE_RULE,
                "counts": {"total": n, "after_place_or_level": framed[t]},
                "docs": len(docs[t]),
            }
        )
    return sorted(out, key=lambda e: e["head"])
