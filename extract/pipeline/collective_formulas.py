"""A quoted numeric formula before a kind names a group of works or places, not one (branch project25).

GUIDE §9 leaves "collective numeric names of groups of places or networks" untagged, like 两群:
``“2+3+N”园区``, ``“九纵五横四环”高速公路骨架网``, ``“四港”``. The head-word finder reads the kind
after such a quote (高速公路, 民用机场, 文化广场) as the head of one works or platform and keeps the
quote as its modifier, so the formula that counts many of them (nine north–south lines, five
east–west, four rings; one main airport and seven secondary ones; one square per street and per
town) becomes the name of one. The readable-text audit of this branch
(``eval/precision/project25-readable.tsv``) found the class in three reports.

The test reads the guess's opening quote: a formula is two or more numeral-and-character units
(九纵|五横|四环, 一主|七辅, 一街|一镇) or a sum (2+3+N). Numerals are a closed class; no word of
the corpus is listed. Two kinds of guess are left alone:

- a strategy of the closed-class gazetteer written as a formula (“一带一路”进出口商品集散中心 is a
  Platform of the dev-prov gold): the quote names one strategy, not a count;
- a guess holding a works suffix or ending in a phase or a section (“两江四岸”治理提升工程,
  …核心区项目, …三期, …工程甲乙段一标段, …治理提升甲路乙段): GUIDE §2.4 and §3 make anything with a
  工程/项目/phase suffix one Project and keep section qualifiers in its name, here one works *on*
  the group the formula names.

A single unit (“两山”, “三北”, “两新”) is an abbreviation of a name, not a count of a group, and is
left to the quote readers.
"""

from __future__ import annotations

import functools
import re

from extract.pipeline.closed_class import strategy_rows

FORMULA_TYPES = frozenset({"Project", "Platform"})
_NUMERAL = r"[一两二三四五六七八九十百千\d]+"
# two or more units of a numeral and one Han character (九纵五横四环), or a sum (2+3+N)
FORMULA_RE = re.compile(rf"(?:{_NUMERAL}[\u4e00-\u9fff]){{2,}}|[\dA-Za-z]+(?:\+[\dA-Za-z]+)+")
OPENING_QUOTE_RE = re.compile(r"^[“\"]([^”\"]{2,12})[”\"](?=.)")
WORKS_WORDS = ("工程", "项目")  # GUIDE §2.4/§3: one works, whatever its modifier
SECTION = "段"  # GUIDE §2.4: a section qualifier (…段, 一标段) ends one works
# a phase (三期) ends one works: what ``list_items.phase_end`` (not imported: list_items
# imports genericity) finds, read as one numeral before the final 期 (and ``$``'s optional final line
# break): searched unanchored, ``[…]+期$`` rescans a long numeral run from each of its characters
PHASE_END_RE = re.compile(r"[一二三四五六七八九十\d]期\n?\Z")


@functools.cache
def _strategy_names() -> frozenset[str]:
    """Every canonical name and alias of the strategy gazetteer (GUIDE §6)."""
    return frozenset(s for row in strategy_rows() for s in (row["canonical"], *row.get("aliases", ())))


def collective_formula(name: str) -> bool:
    """Does the guess open with a quoted numeric formula before a kind (module docstring)?"""
    m = OPENING_QUOTE_RE.match(name)
    if m is None or not FORMULA_RE.fullmatch(m.group(1)):
        return False
    if m.group(1) in _strategy_names():
        return False  # “一带一路”…: one strategy, written as a formula
    rest = name[m.end() :]
    return not (any(w in rest for w in WORKS_WORDS) or rest.endswith(SECTION) or PHASE_END_RE.search(rest))
