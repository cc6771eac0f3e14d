"""Firms named as what opens for business (A、B开业运营: issue 12, bare firm names without a list cue).

GUIDE §3 types company names as Enterprise and says that hotels and stores named as businesses
are Enterprise too. To open for business (开业: to begin trading, 开始营业) is what a business
does, so the names a report says opened — ``A金投、B金投开业运营``, ``甲乙酒店开业`` — are
businesses, however bare, where no list cue (``等…企业``) is there to type them. The opening word
is GUIDE §3 rule data (``head_rules.jsonl``, rule kind ``business_opening``), not a list of firms.

Facilities open too (a market, a park, a project: ``交易中心开业``, ``活化项目开业运营``), and
kinds of business open (``首家免税店开业``, ``农商行开业运营``), so two cues must agree:

- **the frame**: the 、-items from the clause start up to the opening word, with at most
  ``BETWEEN_MAX`` characters of clause words between them and it (挂牌开业, 正式开业); the opening
  word must be a word of its own where it stands (``lexicon.is_word_at``; 重新 is jieba's
  adjective, read as a clause word here); the first item
  begins after its last clause or time word (推动|X开业: X is the verb's object, still what opens);
- **a name of its own** on each item: ``firm_titles.firm_name`` (no count, no head word or
  facility end — a centre, a park, a project is what the lexicon types; no bare place, no
  widespread term), a trade name in it (a word of two or more characters the general dictionary
  does not know or knows only as a proper noun other than a place: 招银金|投, 馨乐庭|连心酒店, the
  tags of ``financial_firms.TRADE_NAME_TAGS``; a kind of store is everyday words, 世界最大单体|
  免税店), and no numeral opening it (首家|市内免税店: the first of a kind). A name of several words
  has its trade name before its last word, as a firm's name is written (字号 + trade or kind:
  《企业名称登记管理规定》); an unknown last word is a kind the segmenter glued to a verb's
  character (自主调|改店), and a one-word name ending in a GUIDE §3 category of stores
  (``head_rules.jsonl``, rule kind ``firm_category``: 店) is such a kind too (调改店).

The scan finds each opening word with ``str.find`` and walks back at most ``REACH`` characters,
so it stays linear in the text.
"""

from __future__ import annotations

import functools

from spacy.tokens import Doc

from extract.pipeline import grammar as g
from extract.pipeline.candidates import add_candidate
from extract.pipeline.financial_firms import TRADE_NAME_TAGS
from extract.pipeline.firm_titles import firm_name
from extract.pipeline.lexicon import is_word_at
from extract.pipeline.listed_firms import LIST_MARK, _clause_start, _lead_length
from extract.pipeline.mining import CLAUSE_TAGS, dictionary, segment_cached

RULE_KIND = "business_opening"  # head_rules.jsonl: the GUIDE §3 word for a business opening
BETWEEN_MAX = 4  # characters of clause words between the names and the opening word (挂牌, 正式)
# jieba's tags of the words between: clause words and adverbial adjectives (重新 is tagged a)
BETWEEN_TAGS = CLAUSE_TAGS | {"a"}
NUMERAL_TAGS = frozenset({"m", "mq"})  # jieba's numerals (首家, 一家): a count or the first of a kind
SOURCE = "business_opening"
CATEGORY_RULE = "firm_category"  # head_rules.jsonl: GUIDE §3 categories of firms and stores (企, 店)


@functools.lru_cache(maxsize=8)
def opening_words(grammar: g.Grammar) -> tuple[str, ...]:
    """The opening words of ``head_rules.jsonl`` (rule kind ``business_opening``), longest first."""
    rules = grammar.lexicon.get("head_rules.jsonl", ())
    return tuple(sorted((r["head"] for r in rules if r.get("rule_kind") == RULE_KIND), key=len, reverse=True))


def _names_end(text: str, at: int) -> int:
    """Where the names end before the opening word at ``at``: back over clause words of at most
    ``BETWEEN_MAX`` characters in all (挂牌|开业, 正式|开业); ``at`` itself when none."""
    lo = max(0, at - BETWEEN_MAX)
    words = segment_cached(text[lo:at])
    end = at
    for word in reversed(words):
        if dictionary().get(word, (0, ""))[1] not in BETWEEN_TAGS or end - len(word) < lo:
            break
        end -= len(word)
    return end


@functools.lru_cache(maxsize=8)
def _categories(grammar: g.Grammar) -> tuple[str, ...]:
    """The GUIDE §3 firm categories (``head_rules.jsonl``, rule kind ``firm_category``: 企, 店)."""
    rules = grammar.lexicon.get("head_rules.jsonl", ())
    return tuple(r["head"] for r in rules if r.get("rule_kind") == CATEGORY_RULE)


def _trade_named(item: str, grammar: g.Grammar) -> bool:
    """Does ``item`` hold a trade name and open with no numeral (module docstring, second cue)?"""
    words = dictionary()
    tokens = segment_cached(item)
    if words.get(tokens[0], (0, ""))[1] in NUMERAL_TAGS:
        return False
    if len(tokens) == 1:  # a bare trade name, unless it ends in a category of stores (调改店)
        return (
            len(item) >= 2
            and words.get(item, (0, None))[1] in TRADE_NAME_TAGS
            and not item.endswith(_categories(grammar))
        )
    # the trade name comes before the word that ends the name (字号 + trade or kind: 馨乐庭|连心酒店);
    # an unknown last word is a kind the segmenter glued to a verb's character (调|改店)
    return any(len(t) >= 2 and words.get(t, (0, None))[1] in TRADE_NAME_TAGS for t in tokens[:-1])


def opening_names(text: str, grammar: g.Grammar) -> list[tuple[int, int]]:
    """The (start, end) of each name the text says opened for business (module docstring)."""
    out: list[tuple[int, int]] = []
    for word in opening_words(grammar):
        at = text.find(word)
        while at >= 0:
            if is_word_at(text, at, at + len(word)):
                end = _names_end(text, at)
                start = _clause_start(text, end)
                first = text[start:end].split(LIST_MARK, 1)[0]
                start += _lead_length(first)
                pos = start
                for item in text[start:end].split(LIST_MARK):
                    if firm_name(item, grammar) and _trade_named(item, grammar):
                        out.append((pos, pos + len(item)))
                    pos += len(item) + len(LIST_MARK)
            at = text.find(word, at + len(word))
    return out


def find_business_openings(doc: Doc, text: str, grammar: g.Grammar) -> None:
    """Add an Enterprise candidate for each name that opened for business (module docstring)."""
    for start, end in opening_names(text, grammar):
        add_candidate(doc, start, end, "Enterprise", SOURCE)
