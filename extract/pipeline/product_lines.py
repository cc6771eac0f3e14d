"""A firm's or a place's product line: a proper prefix, then what is made (issue 12, ``product26``).

GUIDE §9 makes a project named with a company or city prefix one Project span
(国能哈密400万吨煤制油, 台州弗迪新能源动力电池), and readable gold names such projects with no
head word at all: 三一重能|风电整机, 飞毛腿|绿色储能, 燕山石化|绿色新材料, 巴斯夫|MDI. The old test
(``enumerations.product_line``) asked jieba's dictionary alone whether the product part is
everyday words, and the dictionary lacks the genre's newer vocabulary (风电, 储能: it rejected
its own docstring example 三一重能风电整机). Here a product word is any of

- an everyday word of jieba's dictionary (``lexicon.is_common_phrase``: 整机, 绿色, 材料),
- a mined widespread term (``widespread_terms.jsonl``: four or more provinces write it, so it
  names a kind of thing, never one firm: 风电, 储能, 智能网联), or a mined everyday word jieba
  tags as a name (``mistagged_terms.jsonl``: 智慧),

tiled over the product part (智能网|联 is read as the term 智能网联). An upper-case code after a
name (巴斯夫MDI, 日本AFC, 青石湾EPC) is not read as a product part: the same shape names a firm or a
contract mode, and the lead turned it off at the merge (the model-acronym test). The prefix must be
a part of the name's own: not everyday words or widespread terms (新能源|绿色储能 is a kind).
"""

from __future__ import annotations

import re
import weakref

from extract.area_lists import CONJ
from extract.pipeline.genericity import widespread_terms
from extract.pipeline.grammar import Grammar
from extract.pipeline.lexicon import GENERIC_CHARS, _segment, is_common_phrase
from extract.pipeline.mining import dictionary
from extract.pipeline.mistagged_terms import mistagged_terms
from extract.regions import lookup

PRODUCT_MIN = 4  # characters of the everyday product phrase after the prefix (绿色新材料, 风电整机)
PREFIX_MIN = 2  # characters of the firm or place before it
TERM_MAX = 6  # characters of the longest term tried in one piece of the tiling
CODE_RE = re.compile(r"[A-Z]{2,5}")  # a product or chemical code (ABS, MDI); digits make a model
HAN_RE = re.compile(r"[\u4e00-\u9fff]+")
HAN_CHAR_RE = re.compile(r"[\u4e00-\u9fff]")
CONJUNCTIONS = frozenset(CONJ) - {"、"}  # a conjunction as a word joins two names (甲和乙)
# jieba's tags of adverbs: a product part names a thing, so its last word is no adverb (正式|投产),
# nor a mined modifier of stage verbs (``status_modifiers.jsonl``: 全面|建成)
CLAUSE_END_TAGS = frozenset({"d", "ad", "vd"})
PLACE_TAGS = frozenset({"ns"})  # jieba's place names, foreign ones included (日本)

_terms_cache: weakref.WeakKeyDictionary[Grammar, frozenset[str]] = weakref.WeakKeyDictionary()


def product_terms(grammar: Grammar) -> frozenset[str]:
    """The mined words read as product vocabulary: widespread terms and mistagged everyday words."""
    found = _terms_cache.get(grammar)
    if found is None:
        found = _terms_cache[grammar] = widespread_terms(grammar) | mistagged_terms(grammar)
    return found


def everyday_tiling(text: str, terms: frozenset[str]) -> bool:
    """Can ``text`` be cut into pieces each an everyday word (``is_common_phrase``), a mined
    term of ``terms`` or a generic modifier character (新, 大)? A run of jieba's pieces may make
    one term (智能网|联 → 智能网联), so the cut is searched over characters, not jieba's words."""
    if not text or HAN_RE.fullmatch(text) is None:
        return False
    ok = [False] * (len(text) + 1)
    ok[0] = True
    for i in range(len(text)):
        if not ok[i]:
            continue
        if text[i] in GENERIC_CHARS:
            ok[i + 1] = True
        for j in range(i + 2, min(len(text), i + TERM_MAX) + 1):
            piece = text[i:j]
            if piece in terms or is_common_phrase(piece):
                ok[j] = True
    return ok[-1]


def product_line(item: str, grammar: Grammar) -> bool:
    """Is ``item`` a proper prefix of ``PREFIX_MIN`` or more characters, cut at one of jieba's
    word boundaries, and then a product part: an everyday tiling (``everyday_tiling``) of
    ``PRODUCT_MIN`` or more characters, or a product code after a prefix that is no division?"""
    if len(item) <= PREFIX_MIN:
        return False  # an empty or bare item: no prefix and product
    terms = product_terms(grammar)
    code = CODE_RE.search(item)
    if code is not None and code.end() == len(item):
        # a Latin code after a name is no product part on its own: the same shape names a firm
        # (日本AFC) or a contract mode (青石湾EPC), and nothing here tells a chemical (MDI) from them
        return False
    words = _segment(item)
    if (
        any(w in CONJUNCTIONS for w in words)
        or dictionary().get(words[-1], (0, ""))[1] in CLAUSE_END_TAGS
        or words[-1] in grammar.mined_set("status_modifiers.jsonl", "word")
    ):
        return False  # 甲和乙: two things; …基本|建成, …正式|投产: the clause's adverb, not a product
    pos = 0
    for word in words:
        if pos >= PREFIX_MIN and len(item) - pos >= PRODUCT_MIN:
            product = item[pos:]
            if (
                everyday_tiling(product, terms)
                and _proper_prefix(item[:pos], terms)
                and not _places_in(product)
            ):
                return True
        pos += len(word)
    return False


def _proper_prefix(prefix: str, terms: frozenset[str]) -> bool:
    """A prefix with a part of its own, written in Han characters (a firm or a place: 三一重能,
    巴斯夫; B216 is a model code), and not everyday words nor widespread terms alone."""
    return len(HAN_CHAR_RE.findall(prefix)) >= PREFIX_MIN and not everyday_tiling(prefix, terms)


def _places_in(product: str) -> bool:
    """Does the product part hold a division (健康|南岸: a place is a name's own part, no product)?"""
    return any(
        lookup(w) is not None or dictionary().get(w, (0, ""))[1] in PLACE_TAGS for w in _segment(product)
    )
