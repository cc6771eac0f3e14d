"""National titles a city gets or seeks (全国文明城市, 国际消费中心城市) are Program.

GUIDE §9 types the designations a city seeks or gets as Program (国际消费中心城市) and the
provincial-2026 conventions extend it to civilised-city, forest-city and similar national
titles. Such a title ends in the word for a city, which also ends positioning goals the gold
leaves untagged (建设国家中心城市, 打造…城市: GUIDE §9 positionings); what tells them apart is the
verb that gets or seeks the title. Those verbs are counted, never listed:

- **Mining** (:func:`mine_title_verbs`, run by ``scripts/mine_lexicon.py`` into
  ``extract/data/title_verbs.jsonl``): for every clause word (a mined hard stop word of two or
  more characters), how often a national pilot designation follows it (a level word, name
  words, a GUIDE §3 designation head of the grammar: 入选|国家…试点, 争创|全国…示范区). A word
  followed by one in ``MIN_DOCS`` reports and in ``MIN_SHARE`` of its uses gets or seeks
  designations (入选, 争创, 创建); a verb that mostly takes other objects (建设) does not.
- **Run time** (:func:`find_city_titles`): such a verb, a level word and name words ending in
  the city word, closed by a clause edge (not …城市|先行区, a longer name), is a Program, its
  span from the level word (GUIDE §2.5: 国家… stays in an official designation).
- **Designations** (:func:`find_designation_titles`): the frame the miner counts — such a verb,
  a level word, name words and a GUIDE §3 designation head at a clause edge
  (入选|国家生态产品价值实现机制试点，) — is itself a Program from the level word. The name grammar
  scans left from the head and stops at a clause word inside the designation (…价值实现|机制试点
  leaves a kind); the verb that got it marks where the name starts. A list label (…等试点) or
  a count of designations (…试点城市之一 stays with the head scan) is no name of its own.
- **Coordinated titles** (:func:`find_coordinated_city_titles`): city titles listed after one
  level word (国家森林城市、园林城市; 全国文明城市、卫生城市) are coordinated names sharing the
  level (GUIDE §2.2 shared parts): each is a Program, a conjunct without its own level word
  with the level as its canonical (园林城市 -> 国家园林城市). The list itself marks the titles, so
  no verb is needed (a review counts them: …实现设区市全覆盖); a positioning goal is one phrase
  (建设国家中心城市), not a list of city titles, and a conjunct that is only generic words
  (现代化城市) or holds a clause word ends the list. Only a shared level marks the list: goals
  each written with its own level (推进国际研发中心城市、国际会展中心城市建设) are positionings a
  city pursues as often as titles it gets, and are left to the verb-led frames.
- **Counted county titles** (:func:`find_counted_county_titles`): a county is named, never
  counted; a county word with name words of its own right before a count of 个 (新增学前教育普及
  普惠县26个) is a kind of county, a title counties get, counted in the review: a Program
  (provincial-2026 conventions), its name after the leading words GUIDE §2.5 drops.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator, Sequence

from spacy.tokens import Doc

from extract.pipeline import grammar as g
from extract.pipeline.candidates import add_candidate
from extract.pipeline.mining import NATIONAL
from extract.pipeline.programme_frames import CONJUNCT_RE, EDGE, count_frames
from extract.pipeline.quoted_frames import _closed_by_edge
from extract.regions import lookup

# the levels of a national title: the state (GUIDE §2.5) and the international titles of §9
LEVELS = (*NATIONAL, "国际")
LIST_CLOSER = "等"  # closes a list before its label (GUIDE §2.2)
CITY = "城市"  # provincial-2026 conventions: civilised-city, forest-city and similar titles
MIN_DOCS = 5
MIN_SHARE = 0.05


def _designation_re(heads: Iterable[str]) -> re.Pattern[str]:
    levels = "|".join(LEVELS)
    body = r"[\u4e00-\u9fff]{1,14}?"
    return re.compile(r"(?:" + levels + ")" + body + "(?:" + g._alternation(heads).pattern + ")" + EDGE)


def mine_title_verbs(
    docs: Sequence[tuple[str, str]], clause_words: Iterable[str], designation_heads: Iterable[str]
) -> list[dict]:
    """Clause words that get or seek national designations (module docstring)."""
    words = [w for w in clause_words if len(w) >= 2]
    heads = list(designation_heads)
    if not words or not heads:
        return []
    uses, frames, frame_docs = count_frames(docs, words, _designation_re(heads))
    out = [
        {
            "word": w,
            "source": "mined",
            "counts": {"uses": uses[w], "designations": n},
            "docs": len(frame_docs[w]),
            "share": round(n / uses[w], 3),
        }
        for w, n in frames.items()
        if len(frame_docs[w]) >= MIN_DOCS and n >= MIN_SHARE * uses[w]
    ]
    return sorted(out, key=lambda e: e["word"])


def mine_with_grammar(docs: Sequence[tuple[str, str]], heads: list[dict], stops: list[dict]) -> list[dict]:
    """:func:`mine_title_verbs` over the freshly mined hard stop words and the grammar's GUIDE §3
    designation heads."""
    from extract.pipeline.lexicon_files import read_lexicon

    grammar = g.Grammar({**read_lexicon(), "heads.jsonl": heads, "stop_words.jsonl": stops})
    hard = [w["word"] for w in stops if w["kind"] == "hard"]
    return mine_title_verbs(docs, hard, grammar.program_designations)


@functools.cache
def _title_re(verbs: frozenset[str]) -> re.Pattern[str] | None:
    if not verbs:
        return None
    # the longest title in the Han run: 全国首批城市更新示范城市, not 全国首批城市
    title = "(?P<title>(?:" + "|".join(LEVELS) + r")[\u4e00-\u9fff]{1,12}" + CITY + ")"
    return re.compile("(?:" + g._alternation(verbs).pattern + ")" + title)


def find_city_titles(doc: Doc, text: str, grammar: g.Grammar) -> None:
    """Add the national titles a mined verb gets or seeks as Program candidates."""
    verbs = frozenset(e["word"] for e in grammar.lexicon.get("title_verbs.jsonl", ()))
    pattern = _title_re(verbs)
    if pattern is None:
        return
    for m in pattern.finditer(text):
        if _closed_by_edge(text, m.end(), grammar.stop_at):  # not …城市|先行区: a longer name goes on
            add_candidate(doc, m.start("title"), m.end("title"), "Program", "suffix")


@functools.cache
def _designation_title_re(verbs: frozenset[str], heads: tuple[str, ...]) -> re.Pattern[str] | None:
    if not verbs or not heads:
        return None
    levels = "|".join(NATIONAL)
    title = "(?P<title>(?:" + levels + r")[\u4e00-\u9fff]{2,14}?(?:" + g._alternation(heads).pattern + "))"
    return re.compile("(?:" + g._alternation(verbs).pattern + ")" + title + EDGE)


def find_designation_titles(doc: Doc, text: str, grammar: g.Grammar) -> None:
    """Add the national pilot designations a mined title verb gets or seeks (入选|国家…试点，)
    as Program candidates (module docstring)."""
    verbs = frozenset(e["word"] for e in grammar.lexicon.get("title_verbs.jsonl", ()))
    pattern = _designation_title_re(verbs, tuple(sorted(grammar.program_designations)))
    if pattern is None:
        return
    for m in pattern.finditer(text):
        name = m.group("title")
        if LIST_CLOSER in name:
            continue  # 入选国家A、B等试点: the label of a list of designations
        if g.LEAD_RE.match(text, m.start("title") + 2):
            continue  # 全国首批|…先行区: a rank the name leaves out (GUIDE §2.5); the head scan's
        add_candidate(doc, m.start("title"), m.end("title"), "Program", "suffix")


_EDGE_RE = re.compile(EDGE)


@functools.cache
def _coordinated_re() -> re.Pattern[str]:
    levels = "|".join(LEVELS)
    item = r"[\u4e00-\u9fff]{2,8}?" + CITY
    return re.compile(
        "(?P<level>" + levels + r")(?P<first>[\u4e00-\u9fff]{2,10}?" + CITY + ")"
        "(?P<rest>(?:" + CONJUNCT_RE.pattern + "(?:" + levels + ")?" + item + ")+)"
    )


def _plain_words(text: str, start: int, end: int, grammar: g.Grammar) -> bool:
    """No clause word inside ``text[start:end]`` (a verb or function word would make it a clause,
    not a title's name words) and not only generic words (现代化城市, 中心城市)."""
    body = text[start:end]
    if g.is_generic(body[: -len(CITY)]):
        return False
    return not any(grammar.cuts(text, start + a, start + b) for a, b in grammar.stop_spans(body))


def find_coordinated_city_titles(doc: Doc, text: str, grammar: g.Grammar) -> None:
    """Add city titles coordinated after one level word (国家森林城市、园林城市) as Program
    candidates, each conjunct without a level word hinted with the shared level (module
    docstring)."""
    for m in _coordinated_re().finditer(text):
        if not (_EDGE_RE.match(text, m.end()) or grammar.stop_at(text, m.end())):
            continue  # …城市|先行区: the last conjunct goes on into a longer name
        level = m.group("level")
        spans = [(m.start("level"), m.end("first"))]
        pos = m.start("rest")
        for part in re.split("(" + CONJUNCT_RE.pattern + ")", m.group("rest"))[1:]:
            if CONJUNCT_RE.fullmatch(part):
                pos += 1
                continue
            spans.append((pos, pos + len(part)))
            pos += len(part)
        if all(text.startswith(LEVELS, a) for a, _ in spans):
            continue  # each with its own level (国际A城市、国际B城市): no shared part, a list of goals
        if not all(
            _plain_words(text, a + (len(level) if text.startswith(LEVELS, a) else 0), b, grammar)
            for a, b in spans
        ):
            continue
        for a, b in spans:
            hint = "" if text.startswith(LEVELS, a) else level + text[a:b]
            add_candidate(doc, a, b, "Program", "suffix", hint)


# GUIDE §1 divisions: a county is one by its own name; a county word counted in a review (X县26个)
# is a kind of county, a title counties get (provincial-2026 conventions: county titles counted
# in the review are Program)
COUNTY = "县"
COUNT = "个"
MIN_COUNTED_BODY = 4  # 学前教育普及普惠|县: name words, not a county's own two-character name


COUNTED_REACH = 20  # Han characters before the county word in a counted title (the run below)


@functools.cache
def _counted_county_re() -> re.Pattern[str]:
    return re.compile(
        r"(?:(?<=[，。；、：\n])|^)(?P<run>[\u4e00-\u9fff]{4,"
        + str(COUNTED_REACH)
        + "}?"
        + COUNTY
        + r")\d+"
        + COUNT
        + EDGE,
        re.MULTILINE,
    )


@functools.cache
def _counted_county_anchor() -> re.Pattern[str]:
    """What every match of ``_counted_county_re`` ends with: the county word, a count, its edge."""
    return re.compile(COUNTY + r"\d+" + COUNT + EDGE)


def counted_county_matches(text: str) -> Iterator[re.Match[str]]:
    """``_counted_county_re().finditer(text)``, tried only before its anchor.

    The pattern opens at a clause edge, so the regex engine tried it at every position of a
    report (≈ 1 ms a report, for a handful of matches in the corpus). Every match ends with the
    anchor (县 at ``k``, digits, 个, an edge) and starts ``COUNTED_REACH`` or fewer characters
    before ``k``; its Han run cannot reach past ``k`` (digits follow 县). So the leftmost match
    in ``[max(last end, k - COUNTED_REACH), anchor end + 1)`` — the window holds the edge the
    lookahead reads — is the global scan's next match when it starts at or before ``k`` (as in
    ``extract.scan``, with the window's end at the anchor's, which the count leaves unbounded).
    """
    pattern, prev_end = _counted_county_re(), 0
    for a in _counted_county_anchor().finditer(text):
        k = a.start()
        if k < prev_end:
            continue
        m = pattern.search(text, max(prev_end, k - COUNTED_REACH), a.end() + 1)
        if m is not None and m.start() <= k:
            yield m
            prev_end = m.end()


def counted_title_start(text: str, start: int, end: int, grammar: g.Grammar) -> int:
    """Where a counted county title starts in the clause ``text[start:end]``: after the leading
    words GUIDE §2.5 drops (新增, 全省: LEAD_RE) and leading clause words (创建, 建成: a mined hard
    stop word of two or more characters), the level word kept (全国|学前教育…县: §2.5)."""
    while True:
        lead = g.LEAD_RE.match(text, start, end)
        if lead and lead.end() > start:
            dropped = text[start : lead.end()]
            start = lead.end() - 2 if dropped.endswith(NATIONAL) else lead.end()
            if dropped.endswith(NATIONAL):
                return start
            continue
        word = grammar.stop_at(text, start, end)
        if word and len(word) >= 2 and word in grammar.hard_stops:
            start += len(word)
            continue
        return start


def find_counted_county_titles(doc: Doc, text: str, grammar: g.Grammar) -> None:
    """Add county titles counted in a review (新增学前教育普及普惠县26个、义务教育优质均衡县23个)
    as Program candidates: a county word right before a count of 个 and a clause edge, with
    name words of its own, is a kind of county, not a county (no division of the gazetteer)."""
    for m in counted_county_matches(text):
        start = counted_title_start(text, m.start("run"), m.end("run"), grammar)
        end = m.end("run")
        name = text[start:end]
        body = name[: -len(COUNTY)]
        if len(body) < MIN_COUNTED_BODY or g.is_generic(body) or lookup(name) is not None:
            continue
        add_candidate(doc, start, end, "Program", "suffix")


# the longest list a title verb governs: a few conjuncts of a title's length (入选A、B、C)
LISTED_TITLES_REACH = 80


@functools.cache
def _listed_titles_re(verbs: frozenset[str]) -> re.Pattern[str] | None:
    if not verbs:
        return None
    # a title verb and the 、-list right after it, up to the clause edge (入选|A、B。). The lookahead
    # first checks that the edge comes within LISTED_TITLES_REACH characters: a longer list is no
    # title list (find_listed_titles), and without the bound every verb inside a long run of
    # 、-items with no edge rescanned the rest of the run (16,000 items: 43 s)
    return re.compile(
        "(?:"
        + g._alternation(verbs).pattern
        + rf")(?=[\u4e00-\u9fff“”、]{{5,{LISTED_TITLES_REACH}}}[，。；：！？,;:!?\n])"
        + r"(?P<list>[\u4e00-\u9fff“”]{2,30}(?:、[\u4e00-\u9fff“”]{2,30})+)"
        + r"(?=[，。；：！？,;:!?\n])"
    )


def find_listed_titles(doc: Doc, text: str, grammar: g.Grammar) -> None:
    """Add the later conjuncts of a list of titles a mined title verb governs (争创国家甲示范区、
    乙示范区。, 入选A、B示范城市。) as Program candidates.

    GUIDE §2.2: the conjuncts of one list are names of one kind, each with its own span, and a
    title verb (``title_verbs.jsonl``, mined: 入选, 争创, 创建) gets or seeks designations, so each
    conjunct after it that ends in a GUIDE §3 designation head or the city word of a title
    (GUIDE §9, the provincial-2026 "Titles and designations") is one; a conjunct without a
    level word shares the first one's (国家, GUIDE §2.5), so its words are read with it and its
    canonical takes it (数字贸易示范区 -> 国家数字贸易示范区, as for coordinated city titles). A
    designation head after common words (数字贸易|示范区) names one here, since the verb seeks or
    gets it; a city word after generic words (现代化|城市) is a positioning and stays out. The
    first conjunct is the verb frame's own (:func:`find_designation_titles`,
    :func:`find_city_titles`); a later one has no verb or level before it, so the head scan
    reads its words alone and takes a widespread field (数字贸易|示范区) for a kind. A conjunct
    holding a clause word is no title (a clause goes on the list), and a count after the list
    (…4个) is not matched: the edge must close it.
    """
    verbs = frozenset(e["word"] for e in grammar.lexicon.get("title_verbs.jsonl", ()))
    pattern = _listed_titles_re(verbs)
    if pattern is None:
        return
    ends = (*grammar.program_designations, CITY)
    for m in pattern.finditer(text):
        if len(m.group("list")) > LISTED_TITLES_REACH:
            continue
        pos = m.start("list")
        items = m.group("list").split("、")
        spans = []
        for item in items:
            spans.append((pos, pos + len(item)))
            pos += len(item) + 1
        for a, b in spans[1:]:
            item = text[a:b]
            head = next((h for h in ends if item.endswith(h)), None)
            if head is None or len(item) - len(head) < 2 or LIST_CLOSER in item:
                continue
            # the level of the first conjunct is shared (GUIDE §2.2): 国家甲示范区、乙示范区
            shared = (
                "" if item.startswith(LEVELS) else next((lv for lv in LEVELS if items[0].startswith(lv)), "")
            )
            generic = head == CITY and g.is_generic(shared + item[: -len(head)])
            if generic or any(grammar.cuts(text, a + x, a + y) for x, y in grammar.stop_spans(item)):
                continue  # 现代化城市, 加快建设…示范区: a kind or a clause, no title
            add_candidate(doc, a, b, "Program", "suffix", shared + item if shared else "")
