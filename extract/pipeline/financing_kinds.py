"""Project guesses that are a kind of financing, not works (基础设施REITs项目, 专项债项目).

GUIDE §9 leaves financing instruments untagged (超长期特别国债, 新型政策性金融工具, 专项债券). A
report also writes the projects such an instrument finances by the instrument's kind alone:
推动基础设施不动产投资信托基金（REITs）项目取得突破, 做好专项债项目储备 — a category of financing
(GUIDE §3 generic unnamed items), no works. A named issue keeps a place or a proper word of its own
(甲地产业园区REIT项目, the dev gold's Project) and stays.

The instruments' heads are GUIDE rule data (``head_rules.jsonl``, rule kind
``financing_instrument``: 国债, 债券, 专项债, 金融工具, 基金, REIT, each citing §9). A guess is a
financing kind when, without brackets (（REITs）) and a bare 项目/工程, it ends in such a head and
every word before the head is an everyday word: a widespread term or a dictionary word of two or
more characters that is no proper noun and no division (基础设施|领域|不动产|投资信托; 国家|自然科学
of a science fund's grants). Items of a labelled project list (专栏…项目) are left alone, as GUIDE §3
makes them Projects whatever they name.
"""

from __future__ import annotations

import re
import weakref

from extract.pipeline.chosen import Chosen
from extract.pipeline.genericity import widespread_terms
from extract.pipeline.grammar import Grammar
from extract.pipeline.lexicon import _segment
from extract.pipeline.mining import PROPER_TAGS, dictionary
from extract.pipeline.proper_parts import place_part

RULE_KIND = "financing_instrument"
CHECKED_TYPES = frozenset({"Project"})
LABELLED_LIST_SOURCE = "list"  # items of a labelled project list (``widespread_phrases``)
BRACKETS_RE = re.compile(r"[（(][^（()）]{0,20}[）)]")
LATIN_PLURAL = "s"  # REITs: a Latin head may carry the plural ending
MIN_WORD = 2  # a single character may abbreviate a place or a firm (甲|乙高铁)

_cache: weakref.WeakKeyDictionary[Grammar, re.Pattern[str]] = weakref.WeakKeyDictionary()


def _instrument_end(grammar: Grammar) -> re.Pattern[str]:
    """A regex of a guess's end: an instrument head of the GUIDE rule data, then an optional
    Latin plural and an optional bare 项目/工程."""
    found = _cache.get(grammar)
    if found is None:
        from extract.coordination import GENERIC_HEADS  # coordination imports the resolver's modules

        rows = grammar.lexicon.get("head_rules.jsonl", ())
        heads = {r["head"] for r in rows if r.get("rule_kind") == RULE_KIND}
        alt = "|".join(re.escape(h) for h in sorted(heads, key=len, reverse=True)) or "(?!)"
        tails = "|".join(re.escape(h) for h in sorted(GENERIC_HEADS, key=len, reverse=True))
        plural = re.escape(LATIN_PLURAL)
        found = _cache[grammar] = re.compile(rf"(?:{alt})(?:{plural})?(?:{tails})?$", re.IGNORECASE)
    return found


def _everyday(word: str, terms: frozenset[str]) -> bool:
    """A widespread term, or a dictionary word of ``MIN_WORD`` or more characters that is no
    proper noun and no division."""
    if place_part(word):
        return False
    if word in terms:
        return True
    tag = dictionary().get(word, (0, ""))[1]
    return len(word) >= MIN_WORD and bool(tag) and tag not in PROPER_TAGS


def financing_kind(name: str, grammar: Grammar) -> bool:
    """Is ``name`` a financing instrument's kind before an optional bare 项目/工程, with nothing
    but everyday words before the instrument (基础设施REITs项目, 专项债项目)?"""
    bare = BRACKETS_RE.sub("", name)
    m = _instrument_end(grammar).search(bare)
    if m is None:
        return False
    body = bare[: m.start()]
    terms = widespread_terms(grammar)
    return all(_everyday(w, terms) for w in _segment(body)) if body else True


def drop_financing_kinds(chosen: list[Chosen], text: str, grammar: Grammar) -> list[Chosen]:
    """``chosen`` without the Project guesses that are a ``financing_kind``."""
    return [
        s
        for s in chosen
        if s.label_ not in CHECKED_TYPES
        or s.id_ == LABELLED_LIST_SOURCE
        or not financing_kind(text[s.start_char : s.end_char], grammar)
    ]
