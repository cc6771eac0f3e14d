"""The kind a list names for each of its items: 旭龙、古水等水电站项目; 瞪羚企业等优质企业.

GUIDE §3 types every item of a list the text labels as projects a Project, except a bare
company name, which stays an Enterprise (仲恩药业等项目). ``enumerations.item_type`` tells a bare
company name by a company-style tail, or failing that by shortness: a two- or three-character
proper name with no head word (德佑, 奥特斯) is taken for a firm. That guess is wrong when the
words between 等 and the classifier already say what each item is: in ``A、B等水电站项目`` or
``A、B等4个片区…工程`` the shared head word (电站, 片区 — a head of the name lexicon, mined with
its counts in ``heads.jsonl``, or a one-character GUIDE kernel ending those words: 煤矿,
电厂) is the suffix every item shares (the provincial
conventions' "shared suffix": [天池准东]、国能准东…项目), so A and B are places or works of that
kind, not companies. The head's own type then types the items (电站 → Project, 片区 → Area).
"""

from __future__ import annotations

import re

from extract.indicators.numbers import UNIT_WORDS
from extract.pipeline.grammar import Grammar
from extract.pipeline.mining import place_names

# Units of measure (GB 3100 legal units: the volt, watt, tonne, metre, gram, hectare, and the
# 市制 jin and mu) in the indicator unit list, with their magnitude prefixes (千伏, 万吨, 兆瓦,
# 平方公里): a number written with one is a size, never a count of things. Counting measure words
# (个, 家, 座) and money (亿元: firms' projects are sized in it too) are left out. The set of unit
# characters is closed (``measure_word`` in extract/data/closed_classes.jsonl).
MEASURE_UNIT_CHARS = frozenset("伏瓦吨米克斤里顷亩")
MEASURE_UNITS = sorted(
    (u for u in UNIT_WORDS if "元" not in u and "/" not in u and any(c in MEASURE_UNIT_CHARS for c in u)),
    key=len,
    reverse=True,
)
MEASURE = r"[\d.]+(?:" + "|".join(re.escape(u) for u in MEASURE_UNITS) + ")"

# the types a shared head can give a list item; an Organization or Program head in the words
# before 项目 (…研究院项目, …行动项目) says what the project is for, not what the items are
ITEM_KIND_TYPES = frozenset({"Project", "Area", "Platform"})


def shared_kind(modifier: str, grammar: Grammar) -> str | None:
    """The type of the lexicon head word in ``modifier`` (the words between 等 and a 项目/工程
    classifier), when there is one of an item-naming type; else ``None``."""
    if not modifier:
        return None
    m = grammar.head_re.search(modifier)
    # 等煤矿项目, 等电厂项目: else a one-character GUIDE kernel ending the shared words
    type_ = grammar.heads.get(m.group()) if m is not None else grammar.single_kernels.get(modifier[-1])
    return type_ if type_ in ITEM_KIND_TYPES else None


def member_kind(item: str, classifier: str) -> bool:
    """Is ``item`` of a firm list a kind of the firms the list names, not one firm?

    In ``A、B等<modifier><classifier>`` (等优质企业, 等46户专精特新企业) the words after 等 name the
    category the items belong to. An item that ends in the classifier itself (瞪羚企业,
    专精特新“小巨人”企业 in …等优质企业) is a narrower category of the same kind — GUIDE §3 leaves
    enterprise titles and categories untagged (独角兽企业, 双百企业). A firm's own name ends in a
    company tail (公司, 集团) or a brand, never in the bare classifier. (Items of everyday words
    only, 智能终端产业, are already dropped as sectors by ``enumerations._sector``.)
    """
    return bool(classifier) and len(item) > len(classifier) and item.endswith(classifier)


TRAILING_ACRONYM_RE = re.compile(r"(?<=[\u4e00-\u9fff])([A-Z]{2,6})$")


def model_acronym(item: str, text: str, grammar: Grammar) -> bool:
    """Does ``item`` end in a Latin acronym that ``text`` writes elsewhere as a kind of project?

    ``中梁山EOD、…等项目``: a short name with a Latin part passes for a bare firm (日本AFC). But
    when the same report writes the acronym before a Project head word (``EOD项目``,
    ``TOD综合开发``), the acronym is a development or financing model the report builds with
    (GUIDE §3: a project named with a place prefix is a Project; financing models are no firm),
    and the item is the place's project of that model. The evidence is the report's own usage,
    so an acronym it only ever writes as a name (AFC) keeps the firm reading.
    """
    m = TRAILING_ACRONYM_RE.search(item)
    if m is None:
        return False
    for use in re.finditer(rf"(?<![A-Za-z]){m.group(1)}", text):
        head = grammar.head_re.match(text, use.end())
        if head is not None and grammar.heads.get(head.group()) == "Project":
            return True
    return False


def place_item(item: str) -> bool:
    """Is ``item`` of a project list a place name of the gazetteer (``mining.place_names``:
    the division names and short forms of regions.tsv that the general dictionary does not read
    as common words: 南山, 大田, 巴南)?

    The bare-firm guess reads a short proper name in a project list as a company (GUIDE §3:
    仲恩药业等项目). A place name there is the place the works are in or named for — the first
    conjunct of a shared suffix (GUIDE §3: [天池准东]、国能准东…项目; 南山、明月山生态修复等工程) —
    and GUIDE §3 types every item of a list the text labels as projects a Project. A company
    called by a place name keeps its type where the list says firms (等企业, 等车企: the
    enterprise classifiers are read first) or where it has a company tail (长安汽车)."""
    return item in place_names()
