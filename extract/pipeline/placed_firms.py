"""Firms called by their home place and a coined trade name (issue 12, Enterprise misses).

A project list names a firm bare (GUIDE §3: a bare company name stays Enterprise in a project
list: 仲恩药业等项目) and ``enumerations.item_type`` knows one by a company-style tail or as a
short proper name of at most ``BARE_FIRM_MAX`` characters (奥特斯, 德佑). Firms are just as often
written with the place they come from in front (东营|富海, 上海|海吉亚, 青海|丽豪): the item is then
longer than a bare name and fell through to Project by default, though what follows the place is
the same coined trade name.

A coined trade name is made of characters jieba cannot join into a word of the language (海|吉|亚,
丽|豪), or of a word jieba knows only as a rare proper name (富海, a place name it rates 3 while the
threshold of a common word is ``lexicon.COMMON_FREQ``). A work named after its place holds a word
of the language (重庆|龙门|里: 龙门 is common; 石龙|谷|漂流; 南岸|味道), a clause word (济南|至|宁津),
a second place (天池|准东, the GUIDE's shared-suffix project; 庆云至|章丘), the end of a site's
kernel (滨江|智谷: 谷 of the GUIDE's 槽谷) or a head word or facility end (read before this test),
so it stays a Project. The place must be one of the gazetteer's names (``mining.place_names``, a
closed class).

Evidence: over the 29 reports the test retypes three list items, all firms: 上海海吉亚 (引入上海海吉亚
等21个项目, readable text outside gold) and, in a readable gold passage, 东营富海, after which
``project_list_firms`` types its sibling 东明石化 (布局东明石化、东营富海等重大项目; ``object_verbs``
now trims the governing verb 布局 off a firm as off a work).
"""

from __future__ import annotations

import re
import weakref

from extract.pipeline.grammar import Grammar
from extract.pipeline.lexicon import COMMON_FREQ, GENERIC_CHARS, is_common_phrase, segment
from extract.pipeline.mining import CLAUSE_TAGS, PROPER_TAGS, dictionary, place_names

PLACE_TAG = "ns"  # jieba's tag of a place name (长江, 三峡), beside the gazetteer's divisions
TAILS_FILE = "company_tails.jsonl"  # mined company tails (钢铁, 制药): 重庆|钢铁 stays a firm

PLACE_LENGTHS = (3, 2)  # Han characters of the home place tried, longest first (东营)
NAME_MIN = 2  # Han characters of the shortest coined trade name (丽豪)
NAME_MAX = 3  # and of the longest (海吉亚), as enumerations.BARE_FIRM_MAX
FIRM_TYPE = "Enterprise"
HAN_RE = re.compile(r"[\u4e00-\u9fff]+")


def coined(name: str) -> bool:
    """Is ``name`` made of single characters and rare proper words only (海|吉|亚, 富海), no word of
    the language (龙门, 漂流, 味道) nor clause word (至), no place of the gazetteer (准东, 章丘) and no
    generic modifier first (小|面 of 重庆小面, the city's noodles: ``lexicon.GENERIC_CHARS``)?"""
    if name in place_names() or is_common_phrase(name) or name[0] in GENERIC_CHARS:
        return False
    words = dictionary()
    for word in segment(name):
        freq, tag = words.get(word, (0, ""))
        if len(word) == 1:
            if tag in CLAUSE_TAGS:
                return False  # 济南|至|宁津: a preposition joins two places (a route), no name
            continue
        if tag not in PROPER_TAGS or freq >= COMMON_FREQ or word in place_names():
            return False  # 章丘: a place of the gazetteer names where the works are
    # no word of the language at any cut either (古城|墙 read as one rare word 古城墙)
    pieces = (name[i:j] for i in range(len(name)) for j in range(i + 2, len(name) + 1))
    return not any(words.get(p, (0, ""))[0] >= COMMON_FREQ for p in pieces)


_ends_cache: weakref.WeakKeyDictionary[Grammar, frozenset[str]] = weakref.WeakKeyDictionary()


def kernel_ends(grammar: Grammar) -> frozenset[str]:
    """The last characters of the GUIDE's head kernels of places and works (``head_kernels.jsonl``,
    every type but Enterprise: 谷 of 槽谷, 港, 城, 路): a coined part so closed names a site."""
    found = _ends_cache.get(grammar)
    if found is None:
        rows = grammar.lexicon.get("head_kernels.jsonl", ())
        found = _ends_cache[grammar] = frozenset(r["head"][-1] for r in rows if r.get("type") != FIRM_TYPE)
    return found


def placed_trade_name(item: str, grammar: Grammar) -> bool:
    """Is the list item ``item`` a place of the gazetteer and then a coined trade name of
    ``NAME_MIN``–``NAME_MAX`` Han characters, not closed by a kernel's end (滨江|智谷, a park)?"""
    if HAN_RE.fullmatch(item) is None or item[-1] in kernel_ends(grammar):
        return False
    for size in PLACE_LENGTHS:
        rest = item[size:]
        if NAME_MIN <= len(rest) <= NAME_MAX and item[:size] in place_names() and coined(rest):
            return True
    return False


def placed_works(item: str, grammar: Grammar) -> bool:
    """Is the list item ``item`` a place and then no coined trade name: a work or site named for
    its place (巴南|粮食|仓储, 长江|屿), never a firm's bare name?

    The place is the item's first word, of two characters or more, that the gazetteer holds or
    jieba tags a place (长江, a river, is in no division list). What follows is no trade name when
    it is shorter than ``NAME_MIN`` (长江|屿: a landform) or holds a word of the language at some
    cut (粮食 of 粮食加工, which jieba reads as one rare word: a plain word at least
    ``lexicon.COMMON_FREQ`` frequent, not a proper or abbreviated one, so 东明|石化 stays a firm)
    and does not end in a mined company tail (重庆|钢铁,
    ``company_tails.jsonl``). GUIDE §3 types every item of a project list a Project but a bare
    company name; GUIDE §9 makes a project named with its place one Project span. Readable gold
    (dev, dev-provincial, tune, fresh..fresh18): 102 Projects have this shape and 7 Enterprises,
    each with a company-style tail that ``enumerations.item_type`` reads first (河北港口|集团).
    """
    if HAN_RE.fullmatch(item) is None:
        return False
    words = segment(item)
    place, tags = words[0], dictionary()
    is_place = place in place_names() or tags.get(place, (0, ""))[1] == PLACE_TAG
    if len(words) < 2 or len(place) < 2 or not is_place:
        return False
    rest = item[len(place) :]
    if len(rest) < NAME_MIN:
        return True
    if any(rest.endswith(r["tail"]) for r in grammar.lexicon.get(TAILS_FILE, ())):
        return False
    pieces = (rest[i:j] for i in range(len(rest)) for j in range(i + 2, len(rest) + 1))
    return any(
        tags.get(p, (0, ""))[0] >= COMMON_FREQ and tags.get(p, (0, ""))[1] not in PROPER_TAGS for p in pieces
    )
