"""Firms named by a word of the language, listed among named firms (issue 12: bare firm names).

A list closed by a firm classifier (``A、B、C等头部企业``) types its items Enterprise, but drops
an item made of everyday words as a sector (``enumerations._sector``: 家具、建材等企业). Many firms
are named by one such word, though — a brand borrowed from the dictionary (联想, 麒麟, 飞腾): the
test cannot tell 联想 the firm from 联想 the verb. The items of one list are of one kind
(``list_items``, ``sector_siblings`` reads the same fact the other way), so where the other items
are mostly names of their own (曙光、海光、…、中芯国际、华海清科等头部企业), a bare item that is one
word of the dictionary is a firm's name too. Three things hold back a sector:

- **one short word**: the item is a single two-character word of jieba's dictionary (联想), the
  shape of a borrowed brand; a longer item (金属制品, 新能源汽车) is a term for a kind of product and
  stays dropped;
- **no shared term**: the word is not one that three or more authors write over the unannotated
  reports (``shared_terms.jsonl``, mined with counts: 家具, 建材, 纺织 are there; a brand its owner
  coined or borrowed, 联想, 麒麟, 飞腾, is not), so a widespread sector word listed beside firms
  stays a sector;
- **named siblings**: at least ``MIN_NAMED`` other items are not everyday phrases, and they are
  more than the everyday ones (an item among sectors stays a sector, however it is written).

Nothing here is a new lexicon entry: the list's own items and the mined shared terms decide.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from extract.pipeline.grammar import Grammar
from extract.pipeline.mining import segment_cached
from extract.pipeline.shared_terms import shared_terms

MIN_NAMED = 2  # other items that are names of their own: one named sibling may be the odd one out
WORD_CHARS = 2  # a borrowed brand word (联想, 麒麟); a longer dictionary word is a term (金属制品)
WORD_RE = re.compile(rf"[\u4e00-\u9fff]{{{WORD_CHARS}}}")


def named_majority(everyday: Sequence[bool], index: int) -> bool:
    """Are at least ``MIN_NAMED`` of the items other than ``index`` names (not ``everyday``), and
    more of them names than everyday phrases?"""
    others = [flag for i, flag in enumerate(everyday) if i != index]
    named = sum(1 for flag in others if not flag)
    return named >= MIN_NAMED and named > len(others) - named


def brand_word(item: str, everyday: Sequence[bool], index: int, grammar: Grammar) -> bool:
    """Is the everyday item ``item`` (at ``index`` of its list) one dictionary word, no shared
    term, listed among named firms (module docstring), so a firm's name and not a sector?"""
    return (
        named_majority(everyday, index)
        and WORD_RE.fullmatch(item) is not None
        and segment_cached(item) == [item]
        and item not in shared_terms(grammar)
    )
