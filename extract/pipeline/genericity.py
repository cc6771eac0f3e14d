"""Kinds of things, not names: a veto on head-word names that are categories, counts or clauses.

Issue 12 measured the Platform and Project false positives on text nobody annotated: generic
categories (现代农业产业园, 国家级零碳园区, 算力中心), counted items (创建3个…中试基地,
跨境电商产业园14个, 首批…园区) and verb phrases (搭建…平台, 部署…攻关项目). GUIDE §3 leaves
generic unnamed items untagged. Three tests, none a list of this corpus's names:

- **Cross-document frequency.** A name is rare across reports; a category is written the same
  way by many authors. ``mine_categories`` counts, for every head word of the lexicon in the
  unannotated reports, each phrase that ends in it (up to ``MAX_BODY`` characters before it) by
  the number of *authors* (provinces; the bundled Chongqing reports count as one) that use it,
  and keeps phrases used by ``MIN_AUTHORS`` or more that hold no division name (a place makes a
  name: 雄安新区, 海南自由贸易港). ``scripts/mine_categories.py`` writes them to
  ``extract/data/category_phrases.jsonl``, each with its counts; a candidate equal to one,
  after a leading level word (国家级, 省级…), is a category. Industries named as firms
  (新材料) are the mined generic terms of ``generic_terms.jsonl``.
- **Counts.** A name denotes one thing: a count right before the candidate (3个, 一批, 首批) or
  right after it (…产业园14个) makes it a kind.
- **Firms named by kinds.** A company or group whose name before 公司/集团 is nothing but
  everyday words (融资平台公司, 资产公司: ``lexicon.is_common_phrase``, no proper noun and no
  word the dictionary does not know) is a kind of firm, not a firm.
- **Verbs.** A candidate opening with a verb, adverb or preposition by jieba's dictionary tags
  (搭建, 部署, 用好, 居) starts with the clause the left-boundary scan ran into.
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence

from spacy.tokens import Span

from extract.pipeline.grammar import Grammar

MAX_BODY = 8  # characters before a head word that a category phrase may hold
MIN_AUTHORS = 4  # authors (provinces) that must use a phrase for it to be a category
MIN_BODY = 2
VETOED_TYPES = frozenset({"Platform", "Project", "Enterprise", "Organization"})
HAN_RUN_RE = re.compile(r"[\u4e00-\u9fff]+")
# a leading scope and a rating (国家级, 省级, 领航级, 百亿级, 全球…): what they rate is the kind
LEVEL_RE = re.compile(r"^(?:(?:国家|全国|全球|省内|省|市)?[\u4e00-\u9fff]{1,3}?级|国家|全国|全球|省内|省|市)")
COUNT = r"[\d一两二三四五六七八九十百千]+(?:个|家|座|所|条|类|批|项|处)"
COUNT_BEFORE_RE = re.compile(rf"(?:{COUNT}|一批|首批|多个|若干)$")
LIST_MARKS = frozenset("、和及与")
COUNT_AFTER_RE = re.compile(COUNT)  # used with .match(text, end)


def mine_categories(
    docs: Sequence[tuple[str, str]], heads: Iterable[str], places: frozenset[str]
) -> list[dict]:
    """Head-ended phrases used by many authors: ``docs`` is (author, text) pairs."""
    head_re = re.compile("|".join(sorted(map(re.escape, set(heads)), key=lambda h: (-len(h), h))))
    authors: dict[str, set[str]] = defaultdict(set)
    total: dict[str, int] = defaultdict(int)
    for author, text in docs:
        for run in HAN_RUN_RE.finditer(text):
            s = run.group()
            for m in head_re.finditer(s):
                for k in range(max(0, m.start() - MAX_BODY), m.start() - MIN_BODY + 1):
                    phrase = s[k : m.end()]
                    total[phrase] += 1
                    authors[phrase].add(author)
    out = []
    for phrase, who in authors.items():
        if len(who) < MIN_AUTHORS or _has_place(phrase, places):
            continue
        counts = {"total": total[phrase]}
        out.append({"phrase": phrase, "source": "mined", "counts": counts, "docs": len(who)})
    return sorted(out, key=lambda e: e["phrase"])


def _has_place(phrase: str, places: frozenset[str]) -> bool:
    return any(phrase[i : i + k] in places for i in range(len(phrase)) for k in range(2, 9))


def is_category(
    name: str,
    categories: frozenset[str],
    generic_terms: frozenset[str],
    project_heads: frozenset[str] = frozenset(),
) -> bool:
    """A mined category phrase, after a leading scope or rating word, or a mined generic term;
    a rating before a bare Project head (百亿级项目) rates a kind of project too."""
    if name in generic_terms:
        return True
    bare = LEVEL_RE.sub("", name, count=1)
    if name in categories or bare in categories:
        return True
    return bare != name and (bare in generic_terms or bare in project_heads)


def is_counted(text: str, start: int, end: int) -> bool:
    """A count right before or right after the span (3个…基地, …产业园14个, 首批…园区).

    A count after the last item of a list counts the list (A、B2个…项目), not the item."""
    if COUNT_BEFORE_RE.search(text, max(0, start - 6), start):
        return True
    listed = start > 0 and text[start - 1] in LIST_MARKS
    return not listed and bool(COUNT_AFTER_RE.match(text, end))


FIRM_KERNEL_RE = re.compile(r"(?:有限责任公司|股份有限公司|有限公司|公司|集团)$")


def firm_of_kinds(name: str) -> bool:
    """融资平台公司: a firm kernel after everyday words only."""
    from extract.pipeline.lexicon import is_common_phrase

    m = FIRM_KERNEL_RE.search(name)
    return m is not None and m.start() > 0 and is_common_phrase(name[: m.start()])


SINGLE_OPENER_TAGS = frozenset({"v", "p", "d"})  # 按|季度, 抓|投资, 居|省会
COMMON_NEXT_TAGS = frozenset({"n", "vn", "v", "a", "an", "ad", "d"})
OPENING = 8  # characters of a name segmented to find its first word


@functools.cache
def _prefix_tags() -> frozenset[str]:
    from extract.pipeline.mining import CLAUSE_TAGS

    return CLAUSE_TAGS | SINGLE_OPENER_TAGS


def opens_with_verb(name: str) -> bool:
    """The name's first word is a verb, adverb or preposition by jieba's tags (搭建…平台,
    凝练…项目), or a one-character one followed by an everyday word of two or more characters
    (按|季度…, 抓|投资…, 居|省会…). A one-character opener before another single character or a
    proper noun is a name's first syllable (维|沃, 磨|憨, 环|北部湾, 横|九路)."""
    from extract.pipeline.lexicon import _segment, clause_opener
    from extract.pipeline.mining import dictionary

    if not name or not "\u4e00" <= name[0] <= "\u9fff":
        return False
    tags = dictionary()
    # no prefix is a clause word of the dictionary: nothing to segment (the common case)
    prefix_tags = _prefix_tags()
    if not any(tags.get(name[:k], (0, ""))[1] in prefix_tags for k in range(1, min(len(name), 8) + 1)):
        return False
    opening = name[:OPENING]  # the first word is all that counts: segment a short window
    if clause_opener(opening):
        return True
    words = _segment(opening)
    if len(words) < 2 or len(words[0]) != 1 or len(words[1]) < 2:
        return False
    first, second = tags.get(words[0], (0, ""))[1], tags.get(words[1], (0, ""))[1]
    return first in SINGLE_OPENER_TAGS and second in COMMON_NEXT_TAGS


def drop_generic(chosen: list[Span], text: str, grammar: Grammar) -> list[Span]:
    """``chosen`` without the head-word guesses that are categories, counts or clauses."""
    out = []
    for s in chosen:
        if s.label_ in VETOED_TYPES and s.id_ not in ("table", "title", "organization", "zone"):
            name = text[s.start_char : s.end_char]  # Span.text rebuilds the string per token
            if (
                is_category(name, grammar.categories, grammar.generic_terms, grammar.project_heads)
                or is_counted(text, s.start_char, s.end_char)
                or opens_with_verb(name)
                or (s.label_ == "Enterprise" and firm_of_kinds(name))
            ):
                continue
        out.append(s)
    return out
