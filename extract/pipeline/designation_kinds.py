"""Designations a division gets, named by the kind of division: 示范城市, 试点省, 示范县 (issue 12).

GUIDE §3 types pilot designations by their head (试点, 试点城市, 试验区, 示范区, 先行区 …) and §9
adds the designations a city seeks or gets (国际消费中心城市, …试点). Those heads are a
designation stem (试点, 示范, 试验, 先行 …) closed by a kind of division (城市, 区) — or the stem
alone (试点) — and the same stems close with the other kinds a province, city or county is
(…示范城市, …试点省, 医养结合示范省, 法治政府建设示范地区, …示范县). The kernel file lists only
the pairs the guide's examples show, so a designation closed by another kind was no name at all
(the readable gold tags every such national designation: rounds 3, 5, 10 and 15; tune).

Which stems and kinds combine is mined, never listed (:func:`mine_designation_kinds`, run by
``scripts/mine_designation_kinds.py`` into ``extract/data/designation_kinds.jsonl``): over the
unannotated reports (gold passages blanked), the frame an official designation is written in —
a national level word (国家, 全国: GUIDE §2.5), name words, a stem and a kind — is counted, and a
stem or a kind that closes the frame in ``MIN_DOCS`` reports is kept with its counts. A kind
villages and towns get (示范村, 示范镇) never follows a national level in the reports and stays
out, as the gold leaves counted village titles untagged; a stem seen once (重点城市) stays out.

At run time (:func:`designation_composites`) every kept stem with every kept kind is a Program
head and a pilot designation of the grammar (``Grammar.heads``, ``program_designations``), so
the name grammar, the designation frames and the level readers treat 示范省 as they treat 示范区.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from extract.pipeline.mining import NATIONAL

if TYPE_CHECKING:
    from extract.pipeline.grammar import Grammar

LEXICON_FILE = "designation_kinds.jsonl"
# kinds of division a designation is granted to (the constitution's divisions and the GUIDE §3
# kernels' own: 城市 of 试点城市, 城区 of 重点城区; 省份 and 地区 as programme_frames.PILOT_PLACE_RE)
DIVISION_KINDS = ("省份", "城市", "地区", "城区", "省", "市", "县", "区", "镇", "村")
MIN_DOCS = 2  # reports a stem or a kind must close the national frame in
MAX_BODY = 14  # name words between the level word and the stem (as city_titles' frame)
HAN = r"\u4e00-\u9fff"


def designation_stems(designation_heads: Iterable[str]) -> tuple[str, ...]:
    """The stems of the GUIDE §3 designation heads: each head without the kind of division that
    closes it (示范区 -> 示范, 试点城市 -> 试点), a head closed by none as it is (试点)."""
    stems = set()
    for head in designation_heads:
        kind = next((k for k in DIVISION_KINDS if head.endswith(k) and len(head) > len(k)), "")
        stems.add(head[: len(head) - len(kind)])
    return tuple(sorted(stems, key=lambda w: (-len(w), w)))


def _frame_re(stems: Sequence[str]) -> re.Pattern[str]:
    levels = "|".join(sorted(NATIONAL, key=len, reverse=True))
    alt = "|".join(map(re.escape, stems))
    kinds = "|".join(DIVISION_KINDS)  # longest first within each length: 省份 before 省
    return re.compile(rf"(?:{levels})[{HAN}“”]{{1,{MAX_BODY}}}?({alt})({kinds})")


def mine_designation_kinds(docs: Sequence[tuple[str, str]], designation_heads: Iterable[str]) -> list[dict]:
    """Stems and kinds of division that close national designations in ``MIN_DOCS`` reports."""
    stems = designation_stems(designation_heads)
    if not stems:
        return []
    frame = _frame_re(stems)
    uses: dict[str, Counter[tuple[str, str]]] = {"stem": Counter(), "kind": Counter()}
    seen: dict[tuple[str, str], set[str]] = defaultdict(set)
    for name, text in docs:
        for m in frame.finditer(text):
            for role, word in (("stem", m.group(1)), ("kind", m.group(2))):
                uses[role][(word, m.group(1) + m.group(2))] += 1
                seen[(role, word)].add(name)
    out = []
    for (role, word), where in sorted(seen.items()):
        if len(where) < MIN_DOCS:
            continue
        heads = {f"frames_{h}": n for (w, h), n in sorted(uses[role].items()) if w == word}
        counts = {"frames": sum(heads.values()), **heads}
        out.append({"word": word, "role": role, "source": "mined", "counts": counts, "docs": len(where)})
    return out


def mine_with_kernels(docs: Sequence[tuple[str, str]], kernels_file: Path) -> list[dict]:
    """:func:`mine_designation_kinds` over the GUIDE §3 designation kernels of ``kernels_file``."""
    from extract.pipeline.grammar import PILOT_DESIGNATION_RULE
    from extract.pipeline.mining import load_kernels

    heads = [k["head"] for k in load_kernels(kernels_file) if k["rule"].startswith(PILOT_DESIGNATION_RULE)]
    return mine_designation_kinds(docs, heads)


def stem_reading(text: str, start: int, head: str, end: int, grammar: Grammar) -> tuple[str, int, int] | None:
    """(head, end, place characters) of the name read with the composite's stem when the stem is
    a head of its own and the text writes more than the composite's kind after it: a kind the
    stem already takes (试点|省份, 试点|地区: ``programme_frames.pilot_place``, whose canonical
    leaves the kind out) or a second kind (试点|省市: the provinces and cities that get it).
    None keeps the composite (…试点省，)."""
    from extract.pipeline.programme_frames import pilot_place

    stem = grammar.composite_stems.get(head, "")
    if not stem:
        return None
    stem_end = start + len(stem)
    place = pilot_place(text, stem_end, grammar)
    if (place and stem_end + place >= end) or text.startswith(DIVISION_KINDS, end):
        return stem, stem_end + place, place
    return None


def designation_composites(rows: Iterable[dict]) -> dict[str, str]:
    """Every kept stem closed by every kept kind -> its stem (示范省 -> 示范): the mined heads."""
    entries = list(rows)
    stems = [e["word"] for e in entries if e["role"] == "stem"]
    kinds = [e["word"] for e in entries if e["role"] == "kind"]
    return {s + k: s for s in stems for k in kinds}


__all__ = [
    "designation_composites",
    "designation_stems",
    "mine_designation_kinds",
    "mine_with_kernels",
    "stem_reading",
]
