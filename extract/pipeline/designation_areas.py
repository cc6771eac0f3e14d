"""An Area kind set inside a pilot designation's kernel is that designation (…示范片区 is Program).

The name grammar types a name by its head, and 片区 is an Area kernel (GUIDE §3 named functional
areas). A report also writes a pilot or demonstration designation with that kind set inside the
designation's own kernel: ``示范|片|区`` is the kernel 示范区 given to a 片 (an area), ``试验|片|区``
the kernel 试验区. GUIDE §3 and the provincial-2026 conventions type a pilot or demonstration
designation as Program (…示范区, …先行区), and the round-5 gold does so with the kind inside
(``国家级文化“两创”示范片区``: Program). So an Area guess whose name ends in the *stem* of a pilot
kernel (the kernel less its closing 区: 示范 of 示范区) followed by an Area kernel of one qualifier
character and the same 区 (片区) is retyped Program, when the stem is a word of its own in jieba's
reading of the name (展|示范 is no stem).

Only a one-character qualifier sits inside the kernel; a two-character area noun (核心区, 商务区)
heads a name of its own that everything before it describes: ``重庆市绿色金融改革创新核心区`` is
the core area of a pilot, drawn in the same sentence of a readable report as 长嘉汇片区 with
广阳湾 and 铜元局片区, a functional area like ``“两江四岸”核心区`` (dev gold), and stays Area. The
stems come from the kernel file — its Program rows whose rule is the GUIDE's pilot designations
and that close with 区 — and the kinds from its Area rows; no word is listed here. A belt
(…科技创新带) keeps its type: 带 closes no pilot kernel.
"""

from __future__ import annotations

import weakref

from extract.pipeline.chosen import Chosen, retyped
from extract.pipeline.grammar import Grammar
from extract.pipeline.mining import dictionary, segment_cached
from extract.pipeline.zone_type_areas import ZONE

PILOT_RULE = "GUIDE §3 Program: pilot designations"  # how the kernel file's pilot rows open their rule
MIN_STEM = 2  # 示范, 试验, 先行: a one-character stem is part of another word
KIND_LENGTH = 2  # 片区: one qualifier character and 区 (not 核心区, 商务区: area nouns of their own)
# jieba's adjective tag: in 老区 (an old base area) 老 is an attribute, no kind set inside a kernel
ADJECTIVE_TAG = "a"

_cache: weakref.WeakKeyDictionary[Grammar, tuple[frozenset[str], tuple[str, ...]]] = (
    weakref.WeakKeyDictionary()
)


def _stems_and_kinds(grammar: Grammar) -> tuple[frozenset[str], tuple[str, ...]]:
    """The pilot kernels' stems (示范 of 示范区) and the Area kernels of one qualifier character
    and 区 (片区), read once per grammar from ``head_kernels.jsonl``."""
    found = _cache.get(grammar)
    if found is None:
        rows = grammar.lexicon.get("head_kernels.jsonl", ())
        stems = frozenset(
            r["head"][: -len(ZONE)]
            for r in rows
            if r.get("type") == "Program"
            and r.get("rule", "").startswith(PILOT_RULE)
            and r["head"].endswith(ZONE)
            and len(r["head"]) - len(ZONE) >= MIN_STEM
        )
        kinds = tuple(
            sorted(
                r["head"]
                for r in rows
                if r.get("type") == "Area"
                and r["head"].endswith(ZONE)
                and len(r["head"]) == KIND_LENGTH
                and dictionary().get(r["head"][0], (0, ""))[1] != ADJECTIVE_TAG
            )
        )
        found = _cache[grammar] = (stems, kinds)
    return found


def pilot_designation(name: str, grammar: Grammar) -> bool:
    """Does ``name`` end in a pilot stem, a word of its own, and a one-character Area kind of 区
    (城乡融合|示范|片区)?"""
    stems, kinds = _stems_and_kinds(grammar)
    if not name.endswith(kinds):  # one C-level test: most Area guesses end in no such kind
        return False
    rest = name[: -len(next(k for k in kinds if name.endswith(k)))]
    stem = next((s for s in stems if rest.endswith(s)), None)
    return stem is not None and segment_cached(rest)[-1:] == [stem]


def retype_designation_areas(chosen: list[Chosen], text: str, grammar: Grammar) -> list[Chosen]:
    """``chosen`` with every Area guess that is a ``pilot_designation`` typed Program (run by the
    resolver after the Area name checks)."""
    return [
        retyped(s, "Program")
        if s.label_ == "Area" and pilot_designation(text[s.start_char : s.end_char], grammar)
        else s
        for s in chosen
    ]
