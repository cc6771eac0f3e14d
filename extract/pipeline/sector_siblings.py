"""A bare item listed among sectors is a sector too, not a firm.

A list closed by a firm or project label (等企业, 等项目) types a bare short item with no head
word as a firm (GUIDE §3: a bare company name stays Enterprise in a project list), and drops the
items that are everyday phrases as sectors (``enumerations._sector``: 篮球, 城市公园). But the
items of one list are of one kind (GUIDE §2.2 coordinates names that share a label): where most
of an item's siblings are everyday phrases — activities, sports, works or product classes
(…、城市管网、城市公园等项目; …、篮球、足球等项目; 卫星研发制造、火箭总装测试…等企业集聚) — the
short item the dictionary cannot read (a coined abbreviation, a rare compound) is of their kind
too, and GUIDE §3 leaves sectors, products and generic unnamed items untagged. An item with a
company-style tail (``enumerations.COMPANY_TAIL_RE``: …科技, …电子) still names a firm. Where a
list labelled as projects fills its unrecognised items (``list_items``), only a short item (at
most ``SHORT_MAX`` characters) is judged so: a longer one has words of its own to name it by
(五源河体育馆, “乐业江南”零工市场 among everyday siblings).
"""

from __future__ import annotations

from collections.abc import Sequence

MIN_SIBLINGS = 1  # other items the list must have for their kind to tell
# Han characters of a short coined item (老旧改, 夜经济), the size of a bare firm name
# (``enumerations.BARE_FIRM_MAX``): a longer item names itself by its own words (五源河体育馆)
SHORT_MAX = 3


def among_sectors(everyday: Sequence[bool], index: int) -> bool:
    """Are at least half of the items other than ``index`` everyday phrases (``everyday``, one
    flag per item of the list), and is there at least ``MIN_SIBLINGS`` of them?"""
    others = len(everyday) - 1
    if others < MIN_SIBLINGS:
        return False
    sectors = sum(everyday) - (1 if everyday[index] else 0)
    return sectors >= MIN_SIBLINGS and 2 * sectors >= others
