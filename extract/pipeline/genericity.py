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
import weakref
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence

from extract.openings import opening_in
from extract.pipeline.chosen import Chosen, char_span
from extract.pipeline.collective_formulas import FORMULA_TYPES, collective_formula
from extract.pipeline.conjoined_modifiers import CONJUNCTIONS
from extract.pipeline.count_fronts import MEASURES, without_count_front
from extract.pipeline.counted_kinds import COUNTED_TYPES, counted_conjunct, counts_kind
from extract.pipeline.designation_modifiers import MODIFIER_TYPES, modifies_programme
from extract.pipeline.enterprise_kinds import bare_kind
from extract.pipeline.function_names import function_only
from extract.pipeline.grammar import Grammar
from extract.pipeline.kind_words import everyday_kind_guess, kind_conjunct
from extract.pipeline.lexicon import (
    COMMON_FREQ,
    GENERIC_CHARS,
    _may_open_clause,
    _segment,
    clause_opener,
    is_common_phrase,
    opens_clause,
)
from extract.pipeline.list_labels import trim_list_labels
from extract.pipeline.mining import CLAUSE_TAGS, PROPER_TAGS, dictionary, segment
from extract.pipeline.national_scope import restore_national_scope
from extract.pipeline.owned_firms import owned_kind
from extract.pipeline.public_bodies import LEVELS
from extract.pipeline.punctuation_edges import fix_edges, quoted
from extract.pipeline.rated_bodies import rated_body
from extract.pipeline.series_names import names_a_series
from extract.pipeline.suffix_index import SuffixIndex
from extract.pipeline.town_shapes import modifies_town_kind
from extract.pipeline.widespread_phrases import LABELLED_LIST_SOURCE, widespread_kind_guess
from extract.regions import lookup

MAX_BODY = 8  # characters before a head word that a category phrase may hold
MIN_AUTHORS = 3  # authors (provinces) that must use a phrase for it to be a category
INSTITUTION_TAGS = frozenset({"nt"})  # jieba's tag of an organisation's name


def known_institution(name: str) -> bool:
    """One institution jieba's dictionary lists by name (中国科学院): many authors cite it, which
    makes it frequent across reports without making it a kind."""

    return dictionary().get(name, (0, ""))[1] in INSTITUTION_TAGS


MIN_BODY = 2
VETOED_TYPES = frozenset({"Platform", "Project", "Enterprise", "Organization"})
HAN_RUN_RE = re.compile(r"[\u4e00-\u9fff]+")
HAN_CHAR_RE = re.compile(r"[\u4e00-\u9fff]")
# a leading scope and a rating (国家级, 省级, 领航级, 百亿级, 全球…): what they rate is the kind
LEVEL_RE = re.compile(r"^(?:(?:国家|全国|全球|省内|省|市)?[\u4e00-\u9fff]{1,3}?级|国家|全国|全球|省内|省|市)")
# 余/多 "more than" between the number and the measure word is still a count (80余家, 10多个)
# a count of things: an integer, a decimal or a count in ten thousands (3个, 2.8万个, 两万余家)
COUNT = rf"[\d.一两二三四五六七八九十百千万]+(?:余|多)?{MEASURES}"
COUNT_BEFORE_RE = re.compile(rf"(?:{COUNT}|一批|首批|多个|若干)$")
LIST_MARKS = frozenset("、和及与")
# 各 "each" before a count after a list distributes it over every conjunct (A、B各20家: twenty of
# each kind, no named body), so a count it opens counts the guess as a bare count does
EACH = "各"
COUNT_AFTER_RE = re.compile(rf"{EACH}?{COUNT}")  # used with .match(text, end)
# words that approximate a count after its measure word (20个以上): part of the count, no noun
COUNT_TAILS = ("以上", "左右", "以内", "上下")
# types whose guess a count followed by a noun does not count: a body or a place holds or yields
# what is counted (甲大学|9个附属医院, 甲自贸试验区|43项成果); see ``is_counted``
HOLDER_TYPES = frozenset({"Organization", "Platform"})


def mine_categories(
    docs: Sequence[tuple[str, str]],
    heads: Iterable[str],
    places: frozenset[str],
    strategies: frozenset[str] = frozenset(),
) -> list[dict]:
    """Head-ended phrases used by many authors: ``docs`` is (author, text) pairs. A phrase that
    holds a division name, or a named strategy that qualifies a head after it
    (``_qualifies_strategy``), is a name however many authors write it."""
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
        if len(who) < MIN_AUTHORS or _has_place(phrase, places) or _qualifies_strategy(phrase, strategies):
            continue
        counts = {"total": total[phrase]}
        out.append({"phrase": phrase, "source": "mined", "counts": counts, "docs": len(who)})
    return sorted(out, key=lambda e: e["phrase"])


MIN_TERM_AUTHORS = 4  # authors that must use a bare term for it to be an everyday term
TERM_CHARS = (2, 6)  # bare item names are short: firms (维沃), industries (算力, 电商)


def author_counts(
    docs: Sequence[tuple[str, str]], grams: Callable[[list[str]], Iterable[str]]
) -> tuple[dict[str, set[str]], dict[str, int]]:
    """The authors and the occurrences of every string ``grams`` reads off jieba's segmentation
    of each run of Chinese characters of ``docs`` ((author, text) pairs): the count behind every
    "many authors write it" lexicon (widespread and mistagged terms)."""
    authors: dict[str, set[str]] = defaultdict(set)
    total: dict[str, int] = defaultdict(int)
    for author, text in docs:
        for run in HAN_RUN_RE.finditer(text):
            for g in grams(segment(run.group())):
                total[g] += 1
                authors[g].add(author)
    return authors, total


def mine_widespread_terms(docs: Sequence[tuple[str, str]]) -> list[dict]:
    """Words and two-word compounds of jieba's reading of the reports (2–6 characters, no
    proper noun by the dictionary's tags) used by ``MIN_TERM_AUTHORS`` or more authors: 算力,
    电商, 汽车, 独角兽企业. A firm's name is rare across reports; a term many authors write is an
    industry, a technology or a kind (``extract/data/widespread_terms.jsonl``)."""

    tags = dictionary()
    lo, hi = TERM_CHARS

    def grams(words: list[str]) -> Iterator[str]:
        for j, w in enumerate(words):
            for g in (w, w + words[j + 1]) if j + 1 < len(words) else (w,):
                if lo <= len(g) <= hi:
                    yield g

    authors, total = author_counts(docs, grams)
    out = []
    for term, who in authors.items():
        if len(who) < MIN_TERM_AUTHORS:
            continue
        if any(tags.get(t, (0, ""))[1] in PROPER_TAGS for t in segment(term)):
            continue
        out.append({"term": term, "source": "mined", "counts": {"total": total[term]}, "docs": len(who)})
    return sorted(out, key=lambda e: e["term"])


def widespread_terms(grammar: Grammar) -> frozenset[str]:
    """The mined widespread terms of the grammar's lexicon (empty when the file is absent)."""
    return grammar.mined_set("widespread_terms.jsonl", "term")


def _has_place(phrase: str, places: frozenset[str]) -> bool:
    return any(phrase[i : i + k] in places for i in range(len(phrase)) for k in range(2, 9))


def _qualifies_strategy(phrase: str, strategies: frozenset[str]) -> bool:
    """Does a named strategy (GUIDE §6's closed class, ``strategies.jsonl``) stand in ``phrase``
    with more of the phrase after it? Such a phrase is the strategy's own designation or
    programme (美丽中国|先行区: GUIDE §3 types a designation with the head 先行区 as a Program, and
    §2.6 keeps the strategy in its name), one thing the nation names, which every province
    writes the same way, so the count of authors cannot tell it from a kind. A phrase that
    ends with the strategy (西部陆海新通道: its head 通道 is the strategy's own) stays a category
    phrase, as it was."""
    return any(s in phrase and not phrase.endswith(s) for s in strategies)


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


RATED_TYPES = frozenset({"Platform"})


def rated_kind(name: str, grammar: Grammar) -> bool:
    """国家级经开区, 省级高新区, 国家高新区: a leading scope or rating word (``LEVEL_RE``) before
    nothing but a head word of the grammar. The rating says which kind of zone or park is meant,
    and a kind names no one thing (GUIDE §3 leaves generic unnamed items untagged); a name has a
    place or a modifier of its own (垦利经开区, 国家级产业协作园区). ``is_category`` does the same
    for bare Project heads (百亿级项目). The bare head alone (经开区, 自贸试验区) is left to the
    gold's reading of the author's own zone."""
    bare = LEVEL_RE.sub("", name, count=1)
    return bare != name and bare in grammar.heads


MODIFIED_TYPES = frozenset({"Platform", "Project"})
MIN_CATEGORY = 3  # characters of the category left after the modifier (a body and a head)


def _after_everyday_word(name: str, grammar: Grammar) -> str | None:
    """What follows ``name``'s first word when that word is one widespread term
    (``widespread_terms.jsonl``) that is no proper noun and no division, and at least
    ``MIN_CATEGORY`` characters follow; else None (the opening of ``modified_category`` and
    ``modified_kind``)."""

    terms = widespread_terms(grammar)
    if not _opens_with_term(name, terms):
        return None  # no opening could be the first word asked for: skip the segmenter
    words = _segment(name[:OPENING])
    if len(words) < 2:
        return None
    first = words[0]
    rest = name[len(first) :]
    if len(rest) < MIN_CATEGORY or first not in terms:
        return None
    if dictionary().get(first, (0, ""))[1] in PROPER_TAGS or lookup(first) is not None:
        return None
    return rest


def _opens_with_term(name: str, terms: frozenset[str]) -> bool:
    """Is some opening of ``name`` that leaves ``MIN_CATEGORY`` characters after it, within its
    first ``OPENING``, one of ``terms``? The first word of the segmentation of ``name[:OPENING]``
    is such an opening when ``_after_everyday_word`` answers, so where none is a term the answer
    is None without segmenting: most guesses open with no widespread word, and a first reading
    paid jieba for every one of them."""
    return opening_in(name, terms, 1, min(OPENING, len(name) - MIN_CATEGORY))


def modified_category(name: str, grammar: Grammar) -> bool:
    """绿色|智算中心, 高校|研发平台, 景观|提升工程: one widespread word (``widespread_terms.jsonl``:
    four or more provinces write it; no proper noun by jieba's tags, no division) before a mined
    category phrase. ``is_category`` strips a leading scope or rating word (国家级…); any everyday
    modifier adds no name part either, so the whole is still a kind (GUIDE §3 leaves generic
    unnamed items untagged). A name has a part few authors write: a place (澄湾|研发平台), a firm, a
    rare modifier, or a body that is no category (国际|生物城)."""
    rest = _after_everyday_word(name, grammar)
    if rest is None:
        return False
    return is_category(rest, grammar.categories, grammar.generic_terms, grammar.project_heads)


def modified_kind(name: str, grammar: Grammar) -> bool:
    """跨省|能源通道, 省际|高速公路通道: one widespread word (``widespread_terms.jsonl``; no proper
    noun, no division) before a widespread kind of works (``widespread_project_kind``: two
    widespread halves, 能源|通道). An everyday modifier narrows a kind to a narrower kind and
    adds no name part (GUIDE §3 leaves generic unnamed items untagged; issue 12, fifth precision
    sample). ``modified_category`` is the case where the rest is a mined category phrase. Only
    Project guesses: letting the rest be a kind by any test of ``generic_name``
    also dropped dev's named bases and hubs (dev entity F1 0.919 -> 0.912). A single firm's
    facility (``Grammar.firm_facility_heads``: 装备制造基地) is named by the firm, whose name may
    be a widespread word (美好生活): it is left to the firm-facility rule of ``names``."""
    if name.endswith(tuple(grammar.firm_facility_heads)):
        return False
    rest = _after_everyday_word(name, grammar)
    if rest is None:
        return False
    return widespread_project_kind(rest, grammar)


def distributive_subject(name: str) -> bool:
    """市市通高铁, 县县通高速: a division level doubled (市市 'every city') opens a clause that
    says every place of a level got something, so the guess is an achievement, not the name of
    one works (GUIDE §3: a name identifies one thing). The levels are the admin_division closed
    class (``public_bodies.LEVELS``); a firm named by a doubled syllable (人人视频) doubles no
    level."""

    return len(name) >= 3 and name[0] == name[1] and name[0] in LEVELS


PER_CAPITA = "人均"  # the per-capita modifier of a statistic (GUIDE §7 indicator names)


def per_capita_measure(name: str) -> bool:
    """人均公园, cut out of 人均公园绿地面积: a guess opening with the per-capita modifier is
    the front of a statistic's name (an indicator's measure, GUIDE §7), never the name of one
    works, body or area (GUIDE §3: a name identifies one thing; nothing is owned per head)."""

    return name.startswith(PER_CAPITA)


ZONE_TYPES = frozenset({"Platform"})
VERB_TAGS = frozenset({"v", "vn"})  # jieba's verbs and verbal nouns (优化, 提升, 建设)


def named_after_verb(s: Chosen, name: str, grammar: Grammar) -> Chosen | None:
    """The Platform after the verb (jieba ``v``/``vn``) a vetoed guess opens with (优化|自贸试验区,
    提升|澄湾经开区),
    when what follows the verb is a zone's official short form by itself (the zone_designation
    closed class of ``names.BARE_ZONE_RE``, as the zone finder reads it after a clause mark) or
    opens with a division name. The resolver keeps the longest guess, so the zone the verb ran
    into is otherwise lost with the veto; a generic rest (搭建|综合服务平台) stays vetoed."""
    from extract.pipeline.names import BARE_ZONE_RE

    if s.label_ not in ZONE_TYPES:
        return None
    words = _segment(name[:OPENING])
    if len(words) < 2 or dictionary().get(words[0], (0, ""))[1] not in VERB_TAGS:
        return None
    cut = len(words[0])
    rest = name[cut:]
    if BARE_ZONE_RE.fullmatch(rest) is None and lookup(words[1]) is None:
        return None
    if rated_kind(rest, grammar):
        return None  # 优化|国家级经开区: the rest is a kind
    return char_span(s.doc, s.start_char + cut, s.end_char, label=s.label_, kb_id=s.kb_id_, span_id=s.id_)


DESIGNEE_TYPES = frozenset({"Platform", "District", "Area"})
MAX_DESIGNATION_VERB = 3  # characters of the verb between a designee and its rated kind (获批, 创建)


def designated_to(chosen: Sequence[Chosen], i: int, text: str) -> bool:
    """Is rated kind ``i`` a rating a named park or place right before it gets or seeks
    (澄湾工业园区|获批|国家级经开区: a verb of up to ``MAX_DESIGNATION_VERB`` characters and nothing
    else between the two)? GUIDE §9 keeps such a designated park a Platform (瑞丽获批国家级产业协作
    园区 → 瑞丽国家级产业协作园区); a rating sought by several places (A等地争创…) or by no one is
    the kind."""
    if i == 0:
        return False
    before, s = chosen[i - 1], chosen[i]
    gap = text[before.end_char : s.start_char]
    return (
        before.label_ in DESIGNEE_TYPES
        and 1 <= len(gap) <= MAX_DESIGNATION_VERB
        and all(HAN_CHAR_RE.match(c) for c in gap)
    )


def outside_quotes(text: str, start: int, end: int) -> tuple[int, int]:
    """``(start, end)`` widened over one pair of quote marks that wraps ``text[start:end]``
    exactly (``punctuation_edges.quoted``; GUIDE §2.2 leaves such marks out of the span), else
    unchanged: what stands before or after the mention in the sentence stands beyond the marks."""
    if quoted(text, start, end):
        return start - 1, end + 1
    return start, end


def is_counted(text: str, start: int, end: int, label: str = "") -> bool:
    """A count right before or right after the span (3个…基地, …产业园14个, 首批…园区), or a
    count and the verb of a relative clause before it (15个承接|…主平台: fifteen platforms that
    take in …).

    A count after the last item of a list counts the list when a classifier noun follows it
    (A、B2个…项目); a count that ends the clause (…、…平台72个，) counts the item. An
    Organization is one body, not a kind that is counted: a count after it that a noun follows
    counts what the body holds or yields (甲大学|9个附属医院, 促成甲大学|311个项目; GUIDE §3), so
    only a count that ends the phrase (…实验室12家，) counts it. A Platform is one place where
    firms gather (GUIDE §3), and it holds and yields counted things the same way (甲自贸试验区|43项
    改革创新成果, 甲科创园|累计注册企业…): a count with a noun after it counts those, while a count
    that ends the phrase, approximated or not (…产业园14个，…中心20个以上), still counts the guess.

    Quote marks that wrap the whole guess are no part of it (GUIDE §2.2), so a count stands right
    before or after it across them (10个“甲类口岸”, 建设“乙类公园”40个以上): ``outside_quotes``."""
    start, end = outside_quotes(text, start, end)
    if COUNT_BEFORE_RE.search(text, max(0, start - 6), start):
        return True
    if _count_and_verb_before(text, start):
        return True
    m = COUNT_AFTER_RE.match(text, end)
    if m is None:
        return False
    noun_after = HAN_CHAR_RE.match(text, m.end()) is not None and not text.startswith(COUNT_TAILS, m.end())
    if label in HOLDER_TYPES:
        return not noun_after  # …实验室12家，counts it; 甲大学9个附属医院 counts its hospitals
    listed = start > 0 and text[start - 1] in LIST_MARKS
    return not listed or not noun_after


MAX_SCOPE = 4  # characters of a scope word before a count that opens a guess (省内, 西南地区)
# a count, or the ordinal 首 "first" before a measure word (首个, 首条): inside a guess, after a scope
# word, the rank is part of a description (省内首条…生产线); right before a guess the gold still
# names what follows (全国首家|…交易运营中心), so ``COUNT_BEFORE_RE`` leaves 首 out
RANKED_COUNT = rf"[\d一两二三四五六七八九十百千首]+{MEASURES}"
OPENING_COUNT_RE = re.compile(rf"(?:{RANKED_COUNT}|一批|多个|若干)")


def opens_with_count(name: str) -> bool:
    """Does the guess open with a scope word and a count (省内|首条…生产线, 全国|首个…基地,
    国家|首批…平台)? What follows a count is a kind the count ranks or numbers, as with a count
    right before the guess (``is_counted``); the scope word is one word of jieba's reading, so
    the count is a word of its own, not the end of one."""

    m = OPENING_COUNT_RE.search(name, 1, MAX_SCOPE + 4)
    if m is None or m.start() > MAX_SCOPE:
        return False  # no count near the opening (the common case)
    words = _segment(name[:OPENING])
    return bool(words) and len(words[0]) == m.start() and HAN_CHAR_RE.match(name[0]) is not None


def _count_and_verb_before(text: str, start: int) -> bool:
    """A count right before a verb of two characters right before ``start`` (15个|承接|X)."""

    verb = text[max(0, start - 2) : start]
    if len(verb) < 2 or dictionary().get(verb, (0, ""))[1] != "v":
        return False
    return bool(COUNT_BEFORE_RE.search(text, max(0, start - 8), start - 2))


FIRM_KERNEL_RE = re.compile(r"(?:有限责任公司|股份有限公司|有限公司|公司|集团)$")


# sources whose Enterprise guesses a firm list typed (西部矿业、能源发展集团等6家企业): the list's
# classifier says the item is a firm, so a legal form after everyday words is its name there
LISTED_FIRM_SOURCES = frozenset({"enumeration"})
GROUP_KERNEL = "集团"  # of FIRM_KERNEL_RE: a business group, which a trade name names


def firm_of_kinds(name: str) -> bool:
    """融资平台公司: a firm kernel after everyday words only.

    A group (集团) after one everyday word is a trade name, not a kind (蚂蚁集团, 机床集团 — the
    short name of a city's machine-tool group): a kind of firm is described by a phrase
    (融资平台|公司, 物流运输|公司) or is a term most reports write (上市公司, 医疗集团: caught as
    generic terms and categories before this test), while a conglomerate is named by the one
    word of its trade or brand (GUIDE §3: company names and brands)."""

    m = FIRM_KERNEL_RE.search(name)
    if m is None or m.start() == 0:
        return False
    stem = name[: m.start()]
    if negated_kind(stem) or owned_kind(stem):
        return True  # 非平台公司; 村属公司, 区属集团: extract.pipeline.owned_firms
    if not is_common_phrase(stem):
        return False
    return not (m.group() == GROUP_KERNEL and len(_segment(stem)) == 1)


PREFIX_TAG = "h"  # jieba's tag of a word-forming prefix (非: non-), a closed class of its dictionary


def negated_kind(stem: str) -> bool:
    """Does a firm name's stem open with a prefix of the dictionary (tag ``h``: 非) before
    everyday words (非|平台|公司: the firms that are no financing platforms)? A prefix forms a
    category out of a kind — a class of firms defined by what they are not — never one firm's
    name (GUIDE §3: generic firm kinds are untagged)."""
    words = _segment(stem)
    if len(words) < 2 or dictionary().get(words[0], (0, ""))[1] != PREFIX_TAG:
        return False
    return is_common_phrase(stem[len(words[0]) :])


RELATIVE_TAGS = frozenset({"uj"})  # the attributive particle of jieba's dictionary


@functools.cache
def _tagged_characters(tags: frozenset[str]) -> frozenset[str]:
    """The one-character words of jieba's dictionary tagged with one of ``tags``.

    Why: the guards of :func:`holds_relative_clause` and :func:`pronoun_and_kind` asked the
    dictionary for the tag of every character of every guess; the same answer is whether the
    guess shares a character with this set, a set operation in C. The dictionary is fixed
    (``mining.dictionary``), so the set is built once per process (its ≈ 11,600 one-character
    words picked out of ≈ 350,000)."""
    tagged = dictionary()
    return frozenset(w for w in [w for w in tagged if len(w) == 1] if tagged[w][1] in tags)


def holds_relative_clause(name: str) -> bool:
    """Does the guess hold an attributive particle (…相适应的充电站)? A modifier clause before
    a head describes a kind of thing; names are compounds without one. Only checked when the
    particle's character is there at all (the common case needs no segmentation)."""

    tags = dictionary()
    if _tagged_characters(RELATIVE_TAGS).isdisjoint(name[1:-1]):
        return False
    return any(tags.get(w, (0, ""))[1] in RELATIVE_TAGS for w in _segment(name)[1:-1])


SINGLE_OPENER_TAGS = frozenset({"v", "p", "d"})  # 按|季度, 抓|投资, 居|省会
COMMON_NEXT_TAGS = frozenset({"n", "vn", "v", "a", "an", "ad", "d"})
OPENING = 8  # characters of a name segmented to find its first word


PREFIX_TAGS = CLAUSE_TAGS | SINGLE_OPENER_TAGS  # the tags of a word opening a clause (equal to CLAUSE_TAGS)


def _may_open_with_clause_word(name: str, tags: dict[str, tuple[int, str]]) -> bool:
    """Is some opening of ``name`` within its first eight characters a dictionary word with a
    tag of ``PREFIX_TAGS``? The first character is one lookup; the longer openings are the
    clause words of ``lexicon._may_open_clause`` (the one-character openers' tags v, p and d
    are clause tags too), whose table ``clause_opener`` builds anyway: no table of its own and
    no tag lookup per opening."""
    return tags.get(name[:1], (0, ""))[1] in PREFIX_TAGS or _may_open_clause(name[:8])


def opens_with_verb(name: str) -> bool:
    """The name's first word is a verb, adverb or preposition by jieba's tags (搭建…平台,
    凝练…项目), or a one-character one followed by an everyday word of two or more characters
    (按|季度…, 抓|投资…, 居|省会…). A one-character opener before another single character or a
    proper noun is a name's first syllable (维|沃, 磨|憨, 环|北部湾, 横|九路), and so is one before
    a word the dictionary has seen fewer than ``lexicon.COMMON_FREQ`` times: jieba's rare entries
    are local names, not the vocabulary a clause is written in (复|康路 of 复康路等道路80条, 康路
    seen twice; 季度, 投资 and 省会 thousands of times)."""

    if not name or not "\u4e00" <= name[0] <= "\u9fff":
        return False
    tags = dictionary()
    # no prefix is a clause word of the dictionary: nothing to segment (the common case)
    if not _may_open_with_clause_word(name, tags):
        return False
    opening = name[:OPENING]  # the first word is all that counts: segment a short window
    if clause_opener(opening):
        return True
    words = _segment(opening)
    if len(words) < 2 or len(words[0]) != 1 or len(words[1]) < 2:
        return False
    first = tags.get(words[0], (0, ""))[1]
    freq, second = tags.get(words[1], (0, ""))
    return first in SINGLE_OPENER_TAGS and second in COMMON_NEXT_TAGS and freq >= COMMON_FREQ


def listed_word(name: str, label: str, listed: bool) -> bool:
    """Is the guess a firm list's item that is one word of the dictionary (联想, 飞腾)? The
    enumeration finder keeps such an item only as a brand among named firms (``brand_words``):
    its verb reading is a firm's name there, not the clause's verb."""
    return listed and label == "Enterprise" and tuple(_segment(name)) == (name,)


PRONOUN_TAGS = frozenset({"r"})
MIN_PRONOUN_FREQ = 10000  # 这, 该, 其, 各; a rarer "pronoun" (什) is a syllable of a transcribed name


def pronoun_and_kind(name: str, grammar: Grammar) -> bool:
    """这一中心, 服务于该平台: a pronoun (jieba's tag ``r``) followed by nothing but numerals and a
    bare head word refers to a thing named elsewhere; it is no name (and whatever the scan kept
    before the pronoun is a clause). A pronoun-like first syllable of a real name (别|迭里口岸)
    leaves more than a head."""

    tags = dictionary()
    if _tagged_characters(PRONOUN_TAGS).isdisjoint(name):
        return False  # no pronoun can be in it: nothing to segment (the common case)
    pos = 0
    for word in _segment(name):
        pos += len(word)
        freq, tag = tags.get(word, (0, ""))
        if tag in PRONOUN_TAGS and freq >= MIN_PRONOUN_FREQ:
            rest = name[pos:]
            while rest and tags.get(rest[0], (0, ""))[1] in NUMERAL_TAGS:
                rest = rest[1:]
            return rest in grammar.heads or rest in grammar.single_kernels
    return False


NUMERAL_TAGS = frozenset({"m"})
SLOGAN_PART = 3  # characters of a counted kind after its numeral (三|基地, 一|平台)


def counts_slogan(name: str, grammar: Grammar) -> bool:
    """Is the guess a slogan of counted kinds (两平台一中心, 三基地两中心, 一委一办一平台): two or
    more parts, each a numeral character (jieba's tag ``m``) and up to ``SLOGAN_PART`` other
    characters, the last a head word? GUIDE §3 leaves such slogans (六区一高地)
    untagged. A phase (…核电二期, …三期项目) is no head; a place or name longer than a part
    (三峡森晶二期) breaks the pattern."""

    tags = dictionary()

    def numeral(c: str) -> bool:
        return tags.get(c, (0, ""))[1] in NUMERAL_TAGS

    if len(name) < 4 or not numeral(name[0]):
        return False
    parts, i, last = 0, 0, ""
    while i < len(name):
        if not numeral(name[i]):
            return False
        j = i + 1
        while j < len(name) and not numeral(name[j]) and HAN_CHAR_RE.match(name[j]):
            j += 1
        if not 1 <= j - i - 1 <= SLOGAN_PART:
            return False
        parts, i, last = parts + 1, j, name[i + 1 : j]
    return parts >= 2 and (last in grammar.heads or last in grammar.single_kernels)


ACRONYM_RE = re.compile(r"[A-Za-z]{2,}")


def acronym_kind(name: str, grammar: Grammar) -> bool:
    """REITs项目, TOD综合体: a Latin acronym and a bare head is a kind of project (a financing or
    development model, GUIDE §3 financing instruments), not one project; a named one carries a
    place or name before the acronym (中梁山EOD)."""
    m = ACRONYM_RE.match(name)
    return m is not None and name[m.end() :] in grammar.heads


KIND_TYPES = frozenset({"Platform", "Organization"})  # the GUIDE kernels whose kinds are vetoed here
PROJECT_KIND_TYPES = frozenset({"Project"})  # kinds of works (``widespread_project_kind``)
_kernels_cache: weakref.WeakKeyDictionary[Grammar, dict[frozenset[str], tuple[str, ...]]] = (
    weakref.WeakKeyDictionary()
)


def widespread_heads(grammar: Grammar) -> frozenset[str]:
    """GUIDE kernels jieba's dictionary does not know as words (陆港) that the head miner found as
    heads of their own (``heads.jsonl``, the head its own kernel) in ``MIN_TERM_AUTHORS`` or more
    reports.

    Why: the widespread terms are read off jieba's tokens, and a word the dictionary lacks is cut
    into characters or glued to its neighbour there (国际陆港 as one HMM word), so it can never be
    a widespread term however many authors write it. The test of ``widespread_kind`` then rested on
    the mined category phrase alone, and 国际陆港 (three authors) turned a Platform when round 10's
    mask left it two (``MIN_AUTHORS``). The head miner counts the kernel itself across reports
    (陆港: 7 reports), the same evidence for a word jieba cannot see."""
    words = dictionary()
    return frozenset(
        h["head"]
        for h in grammar.lexicon.get("heads.jsonl", ())
        if h.get("kernel") == h["head"] and h["head"] not in words and h.get("docs", 0) >= MIN_TERM_AUTHORS
    )


def _kind_kernels(grammar: Grammar, types: frozenset[str] = KIND_TYPES) -> tuple[str, ...]:
    """The GUIDE head kernels of ``types`` (``head_kernels.jsonl``; by default places and
    bodies) that are themselves widespread terms (中心, 平台, 基地, 实验室), or that jieba's
    dictionary lacks and the head miner found whole in ``MIN_TERM_AUTHORS`` or more reports
    (陆港: ``widespread_heads``), longest first."""
    per_types = _kernels_cache.setdefault(grammar, {})
    found = per_types.get(types)
    if found is None:
        terms = widespread_terms(grammar) | widespread_heads(grammar)
        rows = grammar.lexicon.get("head_kernels.jsonl", ())
        kernels = {k["head"] for k in rows if k["type"] in types and k["head"] in terms}
        found = per_types[types] = tuple(sorted(kernels, key=lambda k: (-len(k), k)))
    return found


_kernel_index_cache: weakref.WeakKeyDictionary[Grammar, dict[frozenset[str], SuffixIndex]] = (
    weakref.WeakKeyDictionary()
)


def kernel_ending(
    name: str, grammar: Grammar, types: frozenset[str] = KIND_TYPES, whole: bool = False
) -> str | None:
    """The first of ``_kind_kernels(grammar, types)`` (longest first) that ``name`` ends with and
    is shorter than ``name`` (or as long, with ``whole``), or None: by a ``SuffixIndex`` built once
    (``widespread_kind`` and ``widespread_project_kind`` ask it of every Platform, Organization
    and Project guess)."""
    per_types = _kernel_index_cache.setdefault(grammar, {})
    index = per_types.get(types)
    if index is None:
        index = per_types[types] = SuffixIndex(_kind_kernels(grammar, types))
    return index.first(name, whole)


def widespread_kind(name: str, grammar: Grammar) -> bool:
    """A widespread term before a widespread kernel (数据共享|平台, 国际|口岸, 多层次|实验室): both
    halves are words four or more provinces write (the mined ``widespread_terms.jsonl``), so
    the whole says what kind of facility or body it is and names none (GUIDE §3 leaves generic
    unnamed items untagged). A name has a part of its own that few authors write: a place, a
    firm, a rare modifier (西部环境|交易中心, 社会管理信息化|平台: a compound of several terms is
    no single term), or a kernel outside the widespread terms (国际|生物城). A body that is a
    platform name itself (自贸试验区|联动创新区) makes a compound name, not a kind."""
    terms = widespread_terms(grammar)
    kernel = kernel_ending(name, grammar)
    if kernel is None:
        return False
    body = name[: -len(kernel)]
    if body not in terms:
        return False
    return kernel_ending(body, grammar, whole=True) is None


MIN_WORD = 2  # characters of each word of a kind's body (跨境, 投融资; not the abbreviations 中|老)


def widespread_project_kind(name: str, grammar: Grammar) -> bool:
    """A Project guess that is one widespread term before a widespread Project kernel (跨境|公路,
    投融资|项目, 基础设施|项目): both halves are words four or more provinces write (the mined
    ``widespread_terms.jsonl``), so the whole names a kind of works, not one (GUIDE §3 leaves
    generic unnamed items untagged). Stricter than ``widespread_kind``: a route's or a
    facility's name is often a widespread pair of abbreviations (中|老铁路: each a character of
    its own in jieba's reading) or a place (东方|机场), so the body must be a division of no
    place and read as words of ``MIN_WORD`` or more characters. A phase kernel (一期, 三期: a
    numeral first) qualifies one facility the text means (机场三期), it names no kind."""

    terms = widespread_terms(grammar)
    kernel = kernel_ending(name, grammar, PROJECT_KIND_TYPES)
    if kernel is None:
        return False
    if dictionary().get(kernel[0], (0, ""))[1] in NUMERAL_TAGS:
        return False  # a phase (机场|三期): one phase of the author's own facility
    body = name[: -len(kernel)]
    if body not in terms or lookup(body) is not None:
        return False
    return all(len(w) >= MIN_WORD for w in _segment(body))


def stray_character_and_category(name: str, grammar: Grammar) -> bool:
    """Is the guess one character of its own and a mined category phrase (施|重大项目 of 在施,
    the scan's edge one character off)? One character before a category names nothing: it is the
    end of the clause before (GUIDE §3 leaves the category untagged as well). A generic modifier
    character (新, 大) is left to the category test itself, and a division level (区|疾控中心: the
    author's own body, scoped by the linker) is a name."""

    rest = name[1:]
    if len(rest) < 2 or name[0] in GENERIC_CHARS or name[0] in LEVELS or not HAN_CHAR_RE.match(name[0]):
        return False
    if not is_category(rest, grammar.categories, grammar.generic_terms):
        return False  # the rest is no category (the common case): nothing to segment
    words = _segment(name[:OPENING])
    return bool(words) and words[0] == name[0]


KIND_JOIN_RE = re.compile(r"[\u4e00-\u9fff][+＋][\u4e00-\u9fff]")


def joins_kinds(name: str) -> bool:
    """Is the guess two or more things joined by a plus between words (跨境电商+海外仓,
    产业大脑+未来工厂, 项目+团队+平台)? That is a combination of kinds, a model or a slogan
    (GUIDE §3 leaves slogans untagged; the dev-provincial gold leaves “跨境电商+海外仓” untagged),
    not the name of one thing. Numeric frameworks (“1+10”行动, “8+4”经济政策体系: digits around
    the plus) are Programs of another rule and untouched."""
    return ("+" in name or "＋" in name) and KIND_JOIN_RE.search(name) is not None


def conjoined_kinds(name: str) -> bool:
    """Is the guess everyday words joined by a conjunction (特色装备和先进制造基地: two kinds of
    base, GUIDE §3)? The name grammar keeps two modifiers of one noun together across 和/与/及
    (``conjoined_modifiers``: right inside an official name, 居家和社区养老服务改革试点), so a
    conjunction no longer cuts such a guess; with the conjunction left out, a phrase of everyday
    words alone (``lexicon.is_common_phrase``) still names a kind of works, not one Project; the
    same test bounds the items ``list_items._joined`` joins across a conjunction."""
    if not any(c in CONJUNCTIONS for c in name):
        return False
    return is_common_phrase("".join(c for c in name if c not in CONJUNCTIONS))


TOWN_SOURCE = "town"  # township names read off their level word (extract/pipeline/names.py)


def not_a_township(name: str, grammar: Grammar) -> bool:
    """A township guess (two or three characters before its level word) that opens with a verb
    (激发|县镇村, 建制镇) or that four or more provinces write (中心镇, 专业镇: a kind of town, the
    mined widespread terms) names no township.

    Neither is needed: a stem before the level word that is itself a widespread term and no
    division (中心|镇, 专业|镇) is a kind of town, whether or not the whole phrase reached four
    authors once the gold passages are masked (中心镇 did not). A township's own name is a proper
    word one county writes (峡口, 长生桥, 天文): the two readable precision samples hold 中心镇
    as a District twice, every other township guess of theirs is a township. A real township
    named with an everyday word many reports write (a 人民街道) is lost; none is among the 29
    reports' township guesses. A modifier word before a kind of town in jieba's reading (美丽|圩镇)
    names none either (``town_shapes``)."""

    from extract.pipeline.names import TOWN_ANCHOR

    terms = widespread_terms(grammar)
    if opens_clause(name) or name in terms:
        return True
    level = TOWN_ANCHOR.search(name)
    stem = name[: level.start()] if level else ""
    if stem in terms and lookup(stem) is None:
        return True
    return level is not None and modifies_town_kind(name, level.group())


LIST_CLOSER_TAGS = frozenset({"u"})  # jieba's tag of the particle that closes a list (A、B等)
LABELLED_TYPES = VETOED_TYPES  # a programme after a list may be a named set (A、B等十大行动)


def labels_a_list(text: str, start: int) -> bool:
    """Does the guess follow the particle that closes a list (大唐郓城、华能四期等|大型…煤电项目)?
    What follows it is the list's label, the kind its items are (GUIDE §3: every item of a
    project list is a Project, the label is none), never a name of its own: a name right after
    the particle would be a second head of one noun phrase."""

    if start == 0:
        return False
    tags = dictionary()
    before = text[start - 1]
    if tags.get(before, (0, ""))[1] not in LIST_CLOSER_TAGS:
        return False  # no closing particle before the guess (the common case)
    lo = start - 1
    while lo > max(0, start - 5) and HAN_CHAR_RE.match(text[lo - 1]):
        lo -= 1
    words = _segment(text[lo:start])
    return bool(words) and words[-1] == before  # the particle is a word, not the end of one (平等)


APPOSED_TYPES = frozenset({"Platform", "Project"})
_all_kernels_cache: weakref.WeakKeyDictionary[Grammar, SuffixIndex] = weakref.WeakKeyDictionary()


def _kernel_of(name: str, grammar: Grammar) -> str | None:
    """The longest GUIDE head kernel (``head_kernels.jsonl``) that ``name`` ends in."""
    kernels = _all_kernels_cache.get(grammar)
    if kernels is None:  # indexed by length: one set lookup per kernel length (suffix_index)
        rows = grammar.lexicon.get("head_kernels.jsonl", ())
        kernels = _all_kernels_cache[grammar] = SuffixIndex({k["head"] for k in rows})
    return kernels.first(name)


def described_by_apposition(chosen: Sequence[Chosen], i: int, text: str, grammar: Grammar) -> bool:
    """Is guess ``i`` a description set right before the name it describes (亚洲最大专业货运机场|
    花湖国际机场: two guesses with nothing between them that end in the same kernel)? One thing is
    named once; the description before it names a kind (GUIDE §3 leaves those untagged). A list
    puts a mark between its items, so listed names are never adjacent; and the description opens
    with a scope and a rank (``ranks_in_scope``), so a name before a clause the scan ran into
    (十一中…学校|办学质量…学校) stays."""
    s = chosen[i]
    if s.label_ not in APPOSED_TYPES or i + 1 >= len(chosen):
        return False
    nxt = chosen[i + 1]
    if nxt.start_char != s.end_char or nxt.label_ not in APPOSED_TYPES:
        return False
    name = text[s.start_char : s.end_char]
    kernel = _kernel_of(name, grammar)
    if kernel is None or kernel != _kernel_of(text[nxt.start_char : nxt.end_char], grammar):
        return False
    return ranks_in_scope(name)


RANK_TAGS = frozenset({"a", "m"})  # jieba's adjectives (最大, 最长) and numerals (首个, 首座)


def ranks_in_scope(name: str) -> bool:
    """Does the guess open with a scope and a rank (亚洲|最大…, 国内|首个…, 西南地区|首座…): a
    second word of two or more characters that jieba tags as an adjective or a numeral? Such a
    phrase ranks the thing among its kind; a name opening with a numeral (十一中…) has it first."""

    words = _segment(name[:OPENING])
    if len(words) < 2 or len(words[1]) < 2:
        return False
    return dictionary().get(words[1], (0, ""))[1] in RANK_TAGS


def drop_generic(chosen: list[Chosen], text: str, grammar: Grammar) -> list[Chosen]:
    """``chosen`` without the head-word guesses that are categories, counts or clauses; a
    nationwide designation first takes back its scope word (``national_scope``), and a guess
    that ran into a list's label is cut back to its item (``list_labels``)."""
    chosen = restore_national_scope(chosen, text, grammar)
    chosen = trim_list_labels(chosen, text, grammar)
    out = []
    for i, s in enumerate(chosen):
        if described_by_apposition(chosen, i, text, grammar):
            continue
        edged = fix_edges(s, text)  # ——天山胜利隧道, …三步”加强项目: punctuation_edges
        if edged is not None:
            edged = without_count_front(edged, text)  # 16处|…试点: count_fronts
        if edged is None:
            continue
        s = edged
        if s.id_ == TOWN_SOURCE and not_a_township(text[s.start_char : s.end_char], grammar):
            continue
        if (
            s.label_ in LABELLED_TYPES
            and s.id_ not in ("table", "title", "organization", "zone")
            and labels_a_list(text, s.start_char)
        ):
            continue
        if (
            s.label_ in RATED_TYPES
            and s.id_ not in ("table", "title")
            and rated_kind(text[s.start_char : s.end_char], grammar)
            and not designated_to(chosen, i, text)
        ):
            continue  # 国家级经开区: a rated kind, the zone finder's bare form included
        if s.label_ in VETOED_TYPES and s.id_ not in ("table", "title", "organization", "zone"):
            name = text[s.start_char : s.end_char]  # Span.text rebuilds the string per token
            listed = (s.id_ in LISTED_FIRM_SOURCES and s.label_ == "Enterprise") or (
                s.id_ == LABELLED_LIST_SOURCE and s.label_ == "Project"
            )  # a row of a labelled project table: GUIDE §3 makes it a Project, kinds included
            if (
                generic_name(name, s.label_, grammar, listed)
                or is_counted(text, s.start_char, s.end_char, s.label_)
                or (s.label_ in COUNTED_TYPES and counted_conjunct(text, s.start_char))
            ):
                rest = named_after_verb(s, name, grammar)
                if rest is not None:
                    out.append(rest)  # 优化|自贸试验区: the verb is the clause's, the zone a name
                continue
            if widespread_kind_guess(name, s.label_, s.id_, grammar):
                continue  # 城中村改造, 研发设计, 康养|项目: extract.pipeline.widespread_phrases
            if everyday_kind_guess(name, s.label_, s.id_, grammar):
                continue  # 学校, 薄弱|学校: extract.pipeline.kind_words
            if kind_conjunct(text, s.start_char, s.end_char, s.label_, s.id_, grammar):
                continue  # 甲乙间高铁 beside 城际铁路: extract.pipeline.kind_words
            if s.label_ in MODIFIER_TYPES and modifies_programme(text, s.end_char, grammar):
                continue  # …消费中心|城市: half of a designation (extract.pipeline.designation_modifiers)
        out.append(s)
    return out


MAX_MEMO = 200_000  # names remembered per grammar before the memo starts afresh (bounded memory)
NameKey = tuple[str, str, bool]  # a name, its type and whether a firm list or a project table typed it
_name_memo: weakref.WeakKeyDictionary[Grammar, dict[NameKey, bool]] = weakref.WeakKeyDictionary()


def generic_name(name: str, label: str, grammar: Grammar, listed: bool = False) -> bool:
    """The tests of :func:`drop_generic` that read the name alone (all but the count around it).

    Each is a pure function of the name, its type and the grammar, and the same names recur in
    a report (and across reports): the answer is remembered per grammar, so the segmentations and
    dictionary lookups behind it run once per name. ``generic_name_uncached`` is the definition.
    """
    memo = _name_memo.get(grammar)
    if memo is None or len(memo) >= MAX_MEMO:
        memo = _name_memo[grammar] = {}
    key = (name, label, listed)
    found = memo.get(key)
    if found is None:
        found = memo[key] = generic_name_uncached(name, label, grammar, listed)
    return found


def generic_name_uncached(name: str, label: str, grammar: Grammar, listed: bool = False) -> bool:
    return (
        (
            is_category(name, grammar.categories, grammar.generic_terms, grammar.project_heads)
            and not (label == "Organization" and known_institution(name))
        )
        or (opens_with_verb(name) and not listed_word(name, label, listed))
        or (label == "Enterprise" and not listed and firm_of_kinds(name))
        or (label == "Enterprise" and name in widespread_terms(grammar))
        or (label == "Enterprise" and bare_kind(name, grammar))  # 煤矿等企业: enterprise_kinds
        or holds_relative_clause(name)
        or counts_slogan(name, grammar)
        or pronoun_and_kind(name, grammar)
        or (label in ("Project", "Platform") and acronym_kind(name, grammar))
        or (label in MODIFIED_TYPES and modified_category(name, grammar))
        or (label == "Platform" and function_only(name, grammar))  # 新材料制造业|中试平台
        or (label in COUNTED_TYPES and counts_kind(name))  # 五大|区域疾控中心 (counted_kinds)
        or (label in FORMULA_TYPES and collective_formula(name))  # “一主七辅”机场 (collective_formulas)
        or (label in PROJECT_KIND_TYPES and modified_kind(name, grammar))
        or distributive_subject(name)
        or per_capita_measure(name)
        or (label in KIND_TYPES and widespread_kind(name, grammar))
        or (label in PROJECT_KIND_TYPES and not listed and widespread_project_kind(name, grammar))
        or joins_kinds(name)
        or (label in PROJECT_KIND_TYPES and conjoined_kinds(name))
        or opens_with_count(name)
        or stray_character_and_category(name, grammar)
        # 市级优抚医院, 市级步行街: extract.pipeline.rated_bodies; a project table's row stays (GUIDE §3)
        or (rated_body(name, label) and not listed)
        or names_a_series(name, label)  # 燕赵系列实验室: extract.pipeline.series_names
    )
