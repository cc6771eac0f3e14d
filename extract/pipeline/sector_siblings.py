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

The same holds for an item such a list would type Project only by default (no head word, place,
company tail or product line: ``enumerations.typed_by_default``) whatever its length, where the
item has nothing of its own that names one thing (``unnamed_item``): 火箭、卫星制造、航天配套等重大项目
and 坡耕地治理、…、小流域综合治理等项目 list industries and kinds of works, and the readable gold
leaves such items untagged beside their sector siblings (风电光伏、新一代煤电、新型储能等…项目,
林业、湿地等生态碳汇项目), while a listed project named by a process without sector siblings stays
(煤制芳烃、…、焦化化产深加工等项目) and a quote, digit or place keeps the item (“江源巧姑”家政服务).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from extract.pipeline.grammar import Grammar
from extract.pipeline.lexicon import COMMON_FREQ
from extract.pipeline.mining import PROPER_TAGS, dictionary, place_names, segment

MIN_SIBLINGS = 1  # other items the list must have for their kind to tell
# Han characters of a short coined item (老旧改, 夜经济), the size of a bare firm name
# (``enumerations.BARE_FIRM_MAX``): a longer item names itself by its own words (五源河体育馆)
SHORT_MAX = 3
HAN_ONLY_RE = re.compile(r"[\u4e00-\u9fff]+")  # no quote, bracket, digit or letter of a specific name


def unnamed_item(item: str, grammar: Grammar) -> bool:
    """Has ``item`` nothing of its own that names one thing: Han characters only (quotes,
    brackets, digits and letters mark a name: “江源巧姑”家政服务, 甲地5G工厂), no head word of
    the mined lexicon or facility end (五源河体育馆), no place of the gazetteer (潮州古城, 南山) and no
    proper noun the dictionary rates rare (a lake's name; common words it tags proper, 卫星 or 城市,
    are everyday: ``lexicon.COMMON_FREQ``)?
    Such an item among everyday siblings is of their kind however long it is (坡耕地治理, 卫星制造)."""
    from extract.pipeline.enumerations import FACILITY_ENDS  # enumerations reads this module

    if HAN_ONLY_RE.fullmatch(item) is None or grammar.head_re.search(item) or item[-1] in FACILITY_ENDS:
        return False
    places, tags = place_names(), dictionary()
    for word in segment(item):
        freq, tag = tags.get(word, (0, ""))
        if word in places or (tag in PROPER_TAGS and freq < COMMON_FREQ):
            return False  # a place, or a rare proper noun (a lake, a mountain): the item names one thing
    return True


def among_sectors(everyday: Sequence[bool], index: int) -> bool:
    """Are at least half of the items other than ``index`` everyday phrases (``everyday``, one
    flag per item of the list), and is there at least ``MIN_SIBLINGS`` of them?"""
    others = len(everyday) - 1
    if others < MIN_SIBLINGS:
        return False
    sectors = sum(everyday) - (1 if everyday[index] else 0)
    return sectors >= MIN_SIBLINGS and 2 * sectors >= others
