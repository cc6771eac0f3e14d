"""Platforms named by function only: everyday words before a kind many authors write.

GUIDE §3 leaves generic unnamed items untagged (`协同创新转化平台`, `智能制造示范园区`), and the
precision samples of issue 12 found the class again and again on text nobody annotated:
新材料制造业|中试平台, 现代生产性服务业|集聚区, 总部经济|集聚区. A name of one platform has a part of
its own (a place, a firm, a coined or quoted word, a word the dictionary does not know:
风渡…孵化平台, 川渝科技资源共享服务平台); a description of a kind has none. Two statistics decide,
both mined over all unannotated reports, none typed here:

- the tail is a **category phrase** (``category_phrases.jsonl``: a head-ended phrase three or more
  authors write the same way: 中试平台, 孵化基地, 服务平台, 集聚区), and
- every word before it is an **everyday word**: a widespread term (``widespread_terms.jsonl``:
  four or more provinces write it) or a common word of jieba's dictionary of two or more
  characters (数控机床, 碳纤维), tagged as no proper noun, no place word (``s``) and no direction
  or region (``f``: 西部, 中部), and no division. A stray character (自|贸, 重|邮: an
  abbreviation) or a word the dictionary does not know is a part of the name's own.

``genericity.modified_category`` is the case of one such word; this is the case of any number.
A name that opens with a scope or rating (国家级…, 全国…: ``genericity.LEVEL_RE``) or holds 国家 as
a word is an official designation (GUIDE §2.5 keeps 国家… in `国家产业转型升级示范区`; GUIDE §3
`国家绿色产业示范基地` is a Platform) and is left to the rating tests.
"""

from __future__ import annotations

from extract.pipeline.grammar import Grammar
from extract.pipeline.lexicon import GENERIC_CHARS, PROPER_TAGS, _segment
from extract.pipeline.mining import NATIONAL, dictionary
from extract.regions import lookup

MIN_WORD = 2  # characters of a dictionary word that counts as everyday (not 自|贸)
MIN_TAIL = 3  # characters of the category phrase (a body of two and a head)
OPENING = 16  # characters segmented (the longest names the finder keeps are about this long)
LOCATION_TAGS = frozenset({"s", "f"})  # jieba's place words and directions (西部, 中部, 东北)


def function_only(name: str, grammar: Grammar) -> bool:
    """Is ``name`` everyday words (one or more widespread terms) before a mined category phrase?"""
    from extract.pipeline.genericity import LEVEL_RE, is_category, widespread_terms

    if len(name) <= MIN_TAIL or len(name) > OPENING or LEVEL_RE.match(name):
        return False
    if not all("\u4e00" <= c <= "\u9fff" for c in name):
        return False  # digits, letters, quotes and brackets mark a specific name
    words = _segment(name)
    if any(w in NATIONAL for w in words):
        return False
    terms, tags = widespread_terms(grammar), dictionary()
    for k, word in enumerate(words[:-1], start=1):
        known = word in terms or (len(word) >= MIN_WORD and word in tags)
        if not (known or word in GENERIC_CHARS):
            return False  # a stray character (自|贸, 重|邮: an abbreviation) or an unknown word
        if tags.get(word, (0, ""))[1] in PROPER_TAGS | LOCATION_TAGS or lookup(word) is not None:
            return False  # a proper noun, a place word or a division: a part of the name's own
        tail = "".join(words[k:])
        if len(tail) >= MIN_TAIL and is_category(tail, grammar.categories, grammar.generic_terms):
            return True
    return False
