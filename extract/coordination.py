"""``policykg_coordination``: coordinated names that share one head, split into one name each.

GUIDE §2.2: "When coordinated names share one suffix, each conjunct gets its own span", and
the canonical name of each conjunct carries the shared suffix (§9: [义甬舟]、金丽温开放大通道
-> 义甬舟开放大通道; [阿图什杯]“喀什杯”足球邀请赛). Three shapes of the grammar are read here:

- **route lists**: ``A至B、C至D等铁路`` / ``A至B、C至D高铁``. Each ``X至Y`` conjunct is a
  Project whose canonical is its text (a route's standard name is unknown, as the provincial
  gold's README decides: 晏城至表白寺); as the longest candidate over its characters it also
  keeps the route ends from becoming Districts;
- **named lists before 等 and one head**: ``京津塘、津沧、兴港等高速公路``: each conjunct is
  named with the head (京津塘高速公路; 华苑—南站、新梅江等特色宜居片区 -> 华苑—南站片区); a
  Project head after a longer description shares the head word alone (加西、沙久等11条国省干线
  公路 -> 加西公路), an Area head must follow 等 within four characters, and no other
  type is read (概念验证、中试熟化等成果孵化平台 labels categories), bare
  divisions (武汉、宜昌等…) stay places, conjuncts with a head of their own (19号线、20号线等
  轨道交通) are names already, conjuncts of everyday words list kinds (体征指标、风险点等…), and
  a division plus a head word is left to the resolver's shared-suffix step (杭州、宁波、温州机场);
- **chained quoted names before one head**: ``“阿图什杯”“喀什杯”足球邀请赛``,
  ``“千村示范”“万村整治”工程``: every quoted name but the last becomes its own span (quotes
  wrapping the whole mention are left out, §2.2), the last keeps its quotes and the head; a
  candidate covering the whole chain is dropped. The type is the one the name grammar gave the
  last conjunct, else the head's.
- **headed lists** (``headed_lists``): ``莱临、德商、日照至五莲、聊邯长铁路``, ``雄商和济滨高铁``,
  no 等: the last item carries one Project head the others elide. Every item is a short name
  (two to four characters, not everyday words, no kind word of its own) or a route; each is a
  Project whose canonical takes the head (日照至五莲铁路, as the fresh provincial gold has it)
  but not a 项目 labelling the list (雄忻、石雄铁路项目 -> 雄忻铁路, 石雄铁路),
  the exact item span replaces a division it spells (同德 in ``…同德、德令哈4个抽水蓄能电站``).
  A count of the items before the head (closed-class numerals and measure words) shares what
  follows it when it counts works (4个抽水蓄能电站), and makes the items one works' scope when it
  counts places (``东坝、尕羊、吉曲3乡大电网延伸工程`` is one Project: GUIDE §2.1's maximal name,
  as the brief of issue 12's routes10 task reports the gold).

The conjunction words, 至 and 等 are a closed class; head words come from the name grammar
(``extract.pipeline.grammar``), so this component types nothing the grammar does not know.
It runs after the candidate finders and before the resolver; its candidates carry source
``coordination`` and a canonical hint.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_right
from collections.abc import Callable, Iterable
from typing import NamedTuple

from spacy.language import Language
from spacy.pipeline import Pipe
from spacy.tokens import Doc, Span

from extract.numerals import cn_to_number
from extract.pipeline import grammar as g
from extract.pipeline.candidates import (
    CANDIDATES,
    add_candidate,
    candidates,
    doc_text,
    register_extensions,
    set_candidates,
)
from extract.pipeline.lexicon import is_common_phrase, longer_word_at
from extract.pipeline.list_items import CLOSE_RE, PHASE_RE
from extract.pipeline.mining import dictionary
from extract.pipeline.works_kinds import works_kind
from extract.regions import lookup
from extract.scan import anchored_finditer

SOURCE = "coordination"
CONJ = "、和及与"  # coordinating conjunctions (closed class)
_PLACE = r"(?:(?![至、和及与等])[\u4e00-\u9fff]){2,6}?"  # a route end holds no 至 or conjunction
ROUTE = rf"{_PLACE}至{_PLACE}"
ROUTE_LIST_RE = re.compile(rf"({ROUTE})((?:[{CONJ}]{ROUTE}){{1,8}})(等)?")
ROUTE_RE = re.compile(ROUTE)
QUOTE_CHAIN_RE = re.compile(r"(?:“[^“”\n]{1,16}”[、和及与]?){2,8}")
QUOTED_RE = re.compile(r"“([^“”\n]{1,16})”")
NAMED_LIST_RE = re.compile(
    rf"([^\s，。；：,;:！？“”]{{2,10}}(?:[{CONJ}][^\s，。；：,;:！？“”{CONJ}]{{2,10}}){{1,9}})等"
)
NAMED_LIST_END_RE = re.compile(NAMED_LIST_RE.pattern + r"\Z")  # the list ending at one given 等
# Scans start only at a literal every match holds (extract.scan): 至 within 6 characters of a
# route list's start, ”“ within 18 of a quote chain's, 等 at most 109 after a named list's start.
_ROUTE_ANCHOR, ROUTE_REACH, ROUTE_SPAN = re.compile("至"), 6, 9 * 14 + 1
_QUOTE_ANCHOR, QUOTE_REACH, QUOTE_SPAN = re.compile(r"”[、和及与]?“"), 18, 8 * 19
_LIST_ANCHOR, LIST_REACH = re.compile("等"), 10 + 9 * 11
GENERIC_HEADS = ("项目", "工程")  # the classifiers ``extract.pipeline.enumerations`` reads
MODIFIER_MAX = 6
# 等 + at most this many characters + a head, by the head's type (京津塘、津沧、兴港等高速公路,
# 华苑—南站、新梅江等特色宜居片区); longer descriptions, and heads of other types (等成果孵化平台),
# label categories, not a shared name suffix
LIST_MODIFIER_MAX = {
    "Project": 2,
    "Area": 4,
}  # characters between 等 and the head run (全国性综合交通枢纽: 6)


# the types whose list, closed by a longer description before the head, still shares the head
# word alone: a works kind (GUIDE §2.2 shared suffix; §3 "every item in a list the text labels as
# projects"); the README's 京津塘、津沧、兴港等高速公路 and tune's 加西、沙久等11条国省干线公路
KIND_ONLY_TYPES = frozenset({"Project"})


def _grammar() -> g.Grammar:
    """The ``Grammar`` the pipeline ships (``works_kinds`` reads its lexicon)."""
    return g.default_grammar()


class _NameGrammar(NamedTuple):
    heads: dict[str, str]
    head_re: re.Pattern[str]
    stop_re: re.Pattern[str]
    follows_ok: Callable[[str, int], bool]


@functools.cache
def _names() -> _NameGrammar:
    """Head words, stop words and the follow test of the ``Grammar`` that
    ``extract.pipeline.grammar`` builds from the lexicon files, so this component reads the
    grammar the pipeline ships (the module-level tables it once read are gone)."""
    gr = g.default_grammar()
    return _NameGrammar(gr.heads, gr.head_re, gr.stop_re, gr.follows_ok)


def _head_run(text: str, pos: int, limit: int = MODIFIER_MAX) -> tuple[int, int, str] | None:
    """(head start, head end, type) of the first run of head words within ``limit`` characters
    of ``pos`` (高速铁路 = 高速 + 铁路), reading only name characters; None if there is none."""
    for start in range(pos, min(len(text), pos + limit + 1)):
        if start > pos and not ("\u4e00" <= text[start - 1] <= "\u9fff"):
            return None
        m = _names().head_re.match(text, start)
        if m is None:
            continue
        end = m.end()
        while (nxt := _names().head_re.match(text, end)) is not None:
            end = nxt.end()
        if _names().follows_ok(text, end):
            return start, end, _names().heads[text[m.start() : m.end()]]
    return None


class CoordinationParser(Pipe):
    def __init__(self, nlp: Language, name: str):
        register_extensions()
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        drop: list[int] = []  # ends of conjuncts but the last: no other candidate may run over them
        exact: set[tuple[int, int]] = set()  # the classifier after 等 (等[高速铁路]): no name of its own
        self._routes(doc, text, exact)
        self._quoted(doc, text, drop, exact)
        self._named_lists(doc, text, drop, exact)
        from extract.area_lists import counted_area_lists  # imports the pipeline package

        counted_area_lists(doc, text, drop, exact, _names().heads)
        self._headed_lists(doc, text, drop, exact)
        from extract.headed_programmes import (  # imports the pipeline package
            closed_label_items,
            headed_programme_lists,
        )

        headed_programme_lists(doc, text, drop, exact)
        closed_label_items(doc, text, exact)
        from extract.joined_programmes import joined_programmes  # imports the pipeline package

        joined_programmes(doc, text, drop, exact)
        if (drop or exact) and CANDIDATES in doc.spans:
            bounds = sorted(drop)
            keep = [
                s
                for s in candidates(doc)
                if not _crosses(s, bounds) and (s.id_ == SOURCE or (s.start_char, s.end_char) not in exact)
            ]
            set_candidates(doc, keep)
        return doc

    # A至B、C至D等铁路 ------------------------------------------------------------------
    def _routes(self, doc: Doc, text: str, exact: set[tuple[int, int]]) -> None:
        for m in _route_lists(text):
            after = m.end() if m.group(3) is None else _after_count(text, m.start(3))  # 等5条|高铁
            head = _head_run(text, after, 0 if m.group(3) is None else MODIFIER_MAX)
            if head is None or head[2] != "Project":
                continue
            if m.group(3) is not None:
                exact.add((m.end(), head[1]))
            conjuncts = [(m.start(1), m.end(1))]
            pos = m.end(1) + 1
            for r in ROUTE_RE.finditer(text, pos, m.end(2)):
                conjuncts.append((r.start(), r.end()))
            # leading verbs and scope words go (加快建设宜昌至涪陵): the left scan runs from the 至,
            # as a grammar that counts 至 among its stop words would cut the route at it
            zhi = text.index("至", conjuncts[0][0], conjuncts[0][1])
            first = g.name_start(text, zhi, floor=max(0, conjuncts[0][0] - 12), min_body=2)
            conjuncts[0] = (max(first, conjuncts[0][0]), conjuncts[0][1])
            # a route's standard name is unknown: its canonical is its text, with the kind head
            # the list shares (日照至五莲、…铁路 -> 日照至五莲铁路), not a generic one (等2个项目)
            suffix = "" if _generic_head(text, head) else text[head[0] : head[1]]
            if suffix == "" and m.group(3) is not None and works_kind(text[after : head[0]], _grammar()):
                suffix = text[after : head[1]]  # 等特高压工程: a kind of works before 工程 (works_kinds)
            for a, b in conjuncts:
                add_candidate(doc, a, b, "Project", SOURCE, text[a:b] + suffix if b < head[0] else "")

    # “X”“Y”足球邀请赛 -----------------------------------------------------------------
    def _quoted(self, doc: Doc, text: str, drop: list[int], exact: set[tuple[int, int]]) -> None:
        for m in anchored_finditer(QUOTE_CHAIN_RE, text, _QUOTE_ANCHOR, QUOTE_REACH, QUOTE_SPAN):
            if text[m.end() - 1] in CONJ:
                continue  # “A”、“B”、 then something else: a list of quoted words, no shared head
            listed = text.startswith("等", m.end())  # “郑和号”“昆明陆港号”等…班列: names of their own
            head = _head_run(text, m.end() + listed, 8)
            if head is None:
                continue
            quotes = list(QUOTED_RE.finditer(text, m.start(), m.end()))
            tail = text[m.end() : head[1]]
            last = quotes[-1]
            type_ = _type_of(doc, last.start(), head[1]) or head[2]
            if listed:
                for q in quotes:
                    own = _own_programme(q.group(1))  # “超充行动”等重大工程: a programme's own head
                    add_candidate(doc, q.start(1), q.end(1), own or type_, SOURCE, q.group(0))
                    exact.add((q.start(1), q.end(1)))  # a quoted name, not the place it may spell
                drop.extend(q.end() for q in quotes)
                exact.add((m.end() + 1, head[1]))
                continue
            add_candidate(doc, last.start(), head[1], type_, SOURCE, last.group(0) + tail)
            for q in quotes[:-1]:
                add_candidate(doc, q.start(1), q.end(1), type_, SOURCE, q.group(0) + tail)
                exact.add((q.start(1), q.end(1)))  # “青山”“绿水”专项行动: no District 青山
            drop.extend(q.end() for q in quotes[:-1])

    # 甲乙、丙丁等航空货运枢纽 ----------------------------------------------------------------
    def _named_lists(self, doc: Doc, text: str, drop: list[int], exact: set[tuple[int, int]]) -> None:
        prev = 0
        for k in (a.start() for a in _LIST_ANCHOR.finditer(text)):
            # the cheap test first: most 等 are followed by no head word at all
            after = _after_count(text, k)  # 等40条|高速公路: the count is no modifier
            head = _head_run(text, after, MODIFIER_MAX)
            if head is None or _generic_head(text, head) or k < prev:
                continue  # 等项目 / 等工程 lists are typed by the enumeration finder
            if not any(c in CONJ for c in text[max(0, k - 11) : k - 2]):
                continue  # no conjunction right before the last conjunct: no list ends here
            m = NAMED_LIST_END_RE.search(text, max(prev, k - LIST_REACH), k + 1)
            if m is None:
                continue
            prev = k + 1
            modifier = text[after : head[0]]
            described = len(modifier) > LIST_MODIFIER_MAX.get(head[2], -1)
            if g.DESCRIPTIVE_RE.match(modifier) or (described and head[2] not in KIND_ONLY_TYPES):
                continue  # 等一批国家级创新平台, 等主要枢纽港: a category label, not a shared suffix
            parts = re.split(f"[{CONJ}]", m.group(1))
            if any(ROUTE_RE.fullmatch(p) for p in parts):
                continue  # a route list, read above
            pos, spans = m.start(1), []
            for p in parts:
                spans.append((pos, pos + len(p)))
                pos += len(p) + 1
            a0 = g.name_start(text, spans[0][1], floor=spans[0][0])
            spans[0] = (a0, spans[0][1])
            names = [text[a:b] for a, b in spans]
            if any(len(n) < 2 or _names().stop_re.search(n) for n in names):
                continue  # verbs inside
            if head[2] != "Area" and any(is_common_phrase(n) and lookup(n) is None for n in names):
                continue  # 体征指标、感知资源、风险点等…跑道: a list of kinds, everyday words (GUIDE §3
                # generic unnamed items), as ``_list_run`` decides for a list without 等; a
                # division's name (临清) is a name, whatever the dictionary makes of it, and so is
                # a place before an Area kernel (桃园、青石等…片区: places are often dictionary words)
            from extract.area_lists import COUNT_RE

            divisions = all(lookup(n) is not None for n in names)
            if divisions and not (head[2] == "Area" and (not modifier or COUNT_RE.fullmatch(modifier))):
                continue  # bare divisions (武汉、宜昌等…枢纽: the cities themselves); one division
                # among names (…、水西、柳林等特色宜居片区) is a name like its neighbours; divisions
                # before a counted area kind name its areas (甲、乙等两个新城: area_lists)
            if any(_own_head(n) or text[head[0] : head[1]] in n for n in names):
                continue  # 19号线、20号线等轨道交通, 沿江高铁武宜段、…等5条高铁: names of their
                # own under a category
            # 等特色宜居片区 -> 华苑—南站片区: the head, not the modifier, unless a Project head is
            # inside one dictionary word (等水电站 -> 旭龙水电站, not 旭龙电站)
            widened = longer_word_at(text, head[0], head[1]) if head[2] == "Project" else None
            inside = widened is not None and widened[0] >= after and widened[1] == head[1]
            h0 = widened[0] if widened is not None and inside and not described else head[0]
            # a longer description before a works head (等11条国省干线公路) classes the items; what
            # each elides is the kind alone: 加西、沙久等11条国省干线公路 -> 加西公路 (tune gold)
            suffix = text[h0 : head[1]]
            for a, b in spans:
                add_candidate(doc, a, b, head[2], SOURCE, text[a:b] + suffix)
                exact.add((a, b))  # 新昆楚大、临清等…高速公路: a listed name, not the division
            drop.extend(b for _, b in spans[:-1])
            exact.add((m.end(), head[1]))
            if divisions:
                exact.update(spans)  # 甲、乙等两个新城: areas, not the divisions (area_lists)

    # 莱临、德商、日照至五莲、聊邯长铁路 / 甲乙、丙丁、戊己3乡电网工程 -------------------------
    def _headed_lists(self, doc: Doc, text: str, drop: list[int], exact: set[tuple[int, int]]) -> None:
        for lst in headed_lists(text):
            items, (h0, h1) = lst.items, lst.suffix
            if _type_of(doc, items[-1][0], h1) not in (None, "Project"):
                continue  # 义甬舟、金丽温开放大通道: the last item is a name of another type
            if lst.one_works:  # the count totals places: they are one works' scope (GUIDE §2.1)
                add_candidate(doc, items[0][0], h1, "Project", SOURCE)
                continue
            for a, b in items:
                # the last keeps the head it carries, and a classifier labelling the list (铁路|项目)
                end = _classifier_end(text, h1) if b == items[-1][1] and b == h0 else b
                add_candidate(doc, a, end, "Project", SOURCE, text[a:b] + text[h0:h1])
                exact.add((a, end))  # 同德、德令哈4个…电站: the item, not the division it spells
            drop.extend(b for _, b in items[:-1])

    def to_disk(self, path, *, exclude: Iterable[str] = ()) -> None:
        return None

    def from_disk(self, path, *, exclude: Iterable[str] = ()) -> CoordinationParser:
        return self


def _after_count(text: str, k: int) -> int:
    """Where the label after the 等 at ``k`` starts, past a count of the items (等5条); a
    description (等一批, 等重点) is read as the label's modifier, which makes it a category."""
    if g.DESCRIPTIVE_RE.match(text, k + 1):
        return k + 1
    close = CLOSE_RE.match(text, k)
    return close.end() if close is not None else k + 1


def _route_lists(text: str):
    """``ROUTE_LIST_RE.finditer(text)`` (extract.scan's anchored contract), tried only at a 至
    with a conjunction 3 to 7 characters after it, where a list's first route can end: a text
    of nothing but route-like runs (至至至…, 甲乙至丙丁至…) costs one check per 至."""
    prev_end = 0
    n = len(text)
    for a in _ROUTE_ANCHOR.finditer(text):
        k = a.start()
        if k < prev_end or not any(c in CONJ for c in text[k + 3 : k + 8]):
            continue
        m = ROUTE_LIST_RE.search(text, max(prev_end, k - ROUTE_REACH), min(n, k + ROUTE_SPAN))
        if m is not None and m.start() <= k:
            yield m
            prev_end = max(m.end(), m.start() + 1)


# ``headed_lists``: a 、-list closed by one Project head on its last item (no 等)
HEADED_SEP = "、"
_CLAUSE_MARKS = r"，。；：,;:！？!?\s“”‘’（）()《》【】"
ITEM_MAX = 4  # an elliptic item is short: 莱临, 白鹤滩, 海阳辛安 (玉树河湟中学 is a name of its own)
HEADED_ITEM_RE = re.compile(rf"[\u4e00-\u9fffA-Za-z0-9]{{2,{ITEM_MAX}}}")
HEADED_ITEMS_MAX = 10
# the clauses ``headed_lists`` reads: a whole run between clause marks holding a conjunction.
# The lookbehind pins a match to a clause's first character and the lazy run stops at the
# first conjunction or mark, so the scan stays linear; most clauses hold none and never reach
# Python (the plain form: every run between clause marks, filtered by a conjunction search)
CONJ_CLAUSE_RE = re.compile(rf"(?<![^{_CLAUSE_MARKS}])[^{_CLAUSE_MARKS}]*?[{CONJ}][^{_CLAUSE_MARKS}]*")
# a count of the items and its measure word, numerals and measure or division words (closed
# classes): a count of works (南山口、哇让4个抽水蓄能电站) keeps one name per item; a count of
# places (东坝、尕羊、吉曲3乡大电网延伸工程) makes them the scope of one works
HEADED_COUNT_RE = re.compile(r"([一二两三四五六七八九十\d]{1,2})(?:(?P<works>[个座处条所])|[乡镇村县市区])")
COUNTED_HEAD_MAX = 10  # characters between the count and the head it qualifies (3乡大电网延伸工程)


class HeadedList(NamedTuple):
    items: list[tuple[int, int]]  # the item bodies (the last without the suffix)
    suffix: tuple[int, int]  # the shared suffix each canonical takes
    one_works: bool  # a count of places between the items and the head: one works


def headed_lists(text: str) -> Iterable[HeadedList]:
    """The 、-lists whose last item carries one Project head, no 等 (``莱临、德商、日照至五莲、
    聊邯长铁路``, ``雄商、济滨高铁``, ``乌东德、白鹤滩水电站``). Every item is a short name or
    an ``X至Y`` route, and the shared suffix is the head run after the last body, widened to
    the dictionary word holding it (白鹤滩|水电站, not 白鹤滩水|电站). A count equal to the
    number of items may stand between the last body and the head: a count of works
    (4个抽水蓄能电站) shares what follows it, a count of places (3乡大电网延伸工程) makes the
    items the scope of one works.

    Not a list of one kind: a part that is no short name (a clause, a name with a head of its
    own: 太平水库、黄山水利枢纽), divisions before the last item (济南、青岛、枣庄算力枢纽: the
    cities themselves, as ``_named_lists`` decides), a generic head (雄商、济滨项目: the items
    may be firms, GUIDE §3), a head of another type (杭州、宁波机场: the resolver's
    shared-suffix step), and a list of routes only (``_routes``)."""
    head_re = _names().head_re
    for clause in CONJ_CLAUSE_RE.finditer(text):
        c0, c1 = clause.span()
        sep = text.rfind(HEADED_SEP, c0, c1)
        if head_re.search(text, sep + 1 if sep >= 0 else c0, c1) is None:
            continue  # the cheap test first, on the last part: most lists end in no head word
        parts, pos = [], c0
        for part in clause.group().split(HEADED_SEP):
            parts.append((pos, pos + len(part)))
            pos += len(part) + 1
        parts[-1:] = _last_conjunct(text, *parts[-1])  # 雄商和济滨高铁: 和 joins the last two
        if len(parts) < 2:
            continue
        items = _list_run(text, parts[-HEADED_ITEMS_MAX:-1])  # 2027年、2028年建成|津潍、…
        if not items:
            continue
        last_start, last_end = parts[-1]
        found = _last_item(text, last_start, last_end, len(items) + 1)
        if found is None:
            continue
        body_end, suffix, one_works = found
        items.append((last_start, body_end))
        if not _list_item(text[last_start:body_end]):
            continue
        names = [text[a:b] for a, b in items]
        counted = suffix[0] > body_end  # a count of the items says what they are (2座…电站)
        if all(ROUTE_RE.fullmatch(n) for n in names) or (
            not counted and all(lookup(n) is not None for n in names[:-1])
        ):
            continue  # routes only; or divisions before a place-led last item (济南、青岛、枣庄算力枢纽)
        yield HeadedList(items, suffix, one_works)


def _last_conjunct(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The last part, split at its last 和/及/与 when a name of at least two characters stands
    on each side (雄商和济滨高铁); else the part as it is (和田…: no name before the 和)."""
    for i in range(end - 3, start + 1, -1):
        if text[i] in CONJ[1:]:
            return [(start, i), (i + 1, end)]
    return [(start, end)]


def _list_run(text: str, parts: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The items before the last: the run of list items ending the parts, its first item cut
    after the words that open it (积极推动|莱临, 2028年分别建成|津潍); [] if none, or if a
    conjunct is neither a name nor opened by one (供热、供排水、燃气老旧管网 lists kinds)."""
    items: list[tuple[int, int]] = []
    for a, b in reversed(parts):
        if _list_item(text[a:b]):
            items.append((a, b))
            continue
        a0 = g.name_start(text, b, floor=a)
        if a0 > a and _list_item(text[a0:b]):
            items.append((a0, b))  # the list opens here, after a verb or a date
            break
        return []  # a conjunct that is no name (供热、供排水、燃气管网): a list of kinds
    return items[::-1]


def _last_item(text: str, start: int, end: int, n_items: int) -> tuple[int, tuple[int, int], bool] | None:
    """(body end, shared suffix, one works) of the list's last part: a body of 2 to ``ITEM_MAX``
    characters (or a route) followed by a Project head run, or by a count equal to ``n_items``
    and, within ``COUNTED_HEAD_MAX`` characters, a head run."""
    for body_end in range(start + 2, min(end, start + 2 * 6 + 1) + 1):
        body = text[start:body_end]
        if len(body) > ITEM_MAX and not ROUTE_RE.fullmatch(body):
            continue
        count = HEADED_COUNT_RE.match(text, body_end, end)
        if count is not None and _count_value(count.group(1)) == n_items:
            head = _head_run(text, count.end(), COUNTED_HEAD_MAX)
            if head is None or head[2] != "Project" or head[1] > end:
                return None
            if count.group("works") is None:
                return body_end, (count.start(), head[1]), True
            kind = text[count.end() : head[1]]  # 4个|抽水蓄能电站: what each item is
            if _generic_head(text, head) or g.DESCRIPTIVE_RE.match(kind):
                return None  # 3个项目, 2座重点水库: a label, read by the list finder
            return body_end, (count.end(), head[1]), False
        # a distinguishing adjective may open the shared suffix (车马碧|大型水库): a dictionary
        # word tagged b, an attribute of the kind, not part of any item's name
        lead = 2 if dictionary().get(text[body_end : body_end + 2], (0, ""))[1] == "b" else 0
        head = _head_run(text, body_end + lead, 0)
        if head is not None and _generic_head(text, head):
            head = _kind_part(text, head)  # 石雄|铁路|项目: the kind is shared, 项目 labels the list
        if head is None or head[2] != "Project" or head[1] > end:
            continue
        if PHASE_RE.fullmatch(text[head[0] : head[1]]):
            return None  # 国电湖东、同热三期: a phase is one works' stage, not a kind the items share
        if lead:
            return body_end, (body_end, head[1]), False
        widened = longer_word_at(text, head[0], head[1])  # 白鹤滩|水电站
        if widened is not None and widened[0] >= start + 2 and widened[1] == head[1]:
            return widened[0], (widened[0], head[1]), False
        return body_end, (head[0], head[1]), False
    return None


def _count_value(numeral: str) -> int:
    """The value of a one- or two-character count (3, 十二); 0 for what is not one."""
    if numeral.isdigit():
        return int(numeral)
    value = cn_to_number(numeral)
    return int(value) if value is not None else 0


def _list_item(name: str) -> bool:
    """A short name or an ``X至Y`` route: no verb or stop word, no head of its own, not
    nothing but everyday words (城市、农村公路 lists kinds)."""
    if ROUTE_RE.fullmatch(name):  # its ends are places: 西宁至成都铁路建设 is a clause
        return not any(_names().stop_re.search(end) or _own_head(end) for end in name.split("至"))
    return (
        HEADED_ITEM_RE.fullmatch(name) is not None
        and not _names().stop_re.search(name)
        and not _own_head(name)
        and not is_common_phrase(name)
        and not _ends_in_kind_word(name)
    )


def _ends_in_kind_word(name: str) -> bool:
    """The name ends in a common noun of the general dictionary, shorter than itself (市民中学,
    城南公园): a kind of its own, not an item eliding the list's head."""
    words = dictionary()
    return any(words.get(name[i:], (0, ""))[1] == "n" for i in range(1, len(name) - 1))


def _own_head(name: str) -> bool:
    """The conjunct ends in a head word of two or more characters (19号线, 创新中心)."""
    return any(len(m.group()) >= 2 and m.end() == len(name) for m in _names().head_re.finditer(name))


OWN_TYPES = frozenset({"Program"})  # the types a quoted conjunct's own head keeps in a list


def _own_programme(name: str) -> str | None:
    """The type of a quoted conjunct's own head word of two or more characters when it is a
    Program head (“超充行动”, “渝赛计划”: the GUIDE §3 kernels 行动/计划), else None.

    Why: a list of quoted names closed by 等 takes the type of the head after it (“郑和号”“昆明陆港号”
    等班列), but a conjunct that ends in a head of its own names a thing of that kind; GUIDE §3 types
    named actions and plans Program, and a label such as 重大工程 after them is itself a Program
    kernel (工程 names), so it makes no project list of them (branch project17's readable audit:
    “车路云一体化”“渝赛计划”“超充行动”等重大工程). Other own heads are left to the list's label:
    GUIDE §3 makes every item of a list labelled as projects a Project, parks and bases included."""
    for m in _names().head_re.finditer(name):
        if len(m.group()) >= 2 and m.end() == len(name):
            own = _names().heads.get(m.group())
            return own if own in OWN_TYPES else None
    return None


# the label a list of works may close with (铁路|项目). Only 项目: 工程 ends works names in the golds
# (…扩能改造工程, 昌化江水资源配置[、…供水]工程 shares it into the canonical), 项目 labels them
LIST_LABEL = GENERIC_HEADS[0]
CLASSIFIER_RUN_RE = re.compile(f"(?:{LIST_LABEL})+")
CLASSIFIERS_RE = re.compile(CLASSIFIER_RUN_RE.pattern + r"\Z")  # the run closing a head run


def _kind_part(text: str, head: tuple[int, int, str]) -> tuple[int, int, str] | None:
    """The head run without the generic 项目 that closes it (铁路|项目, 水电站|项目), when what
    stays is itself a run of head words (a kind of works) other than a bare classifier; None
    otherwise (项目, 工程项目: a bare label, whose items may be firms, GUIDE §3).

    Why: ``雄忻、石雄铁路项目建设`` names two railways; the classifier after the kind head they
    share says the list is of projects (GUIDE §3: every item in a list the text labels as
    projects), it is no part of the kind each item elides. The readable provincial gold names both
    items by the kind alone (石雄铁路项目 -> 石雄铁路, round 8), and every route list the golds
    share a head over takes the kind, never the label (GUIDE §2.2, the README's 京津塘高速公路)."""
    h0, h1, type_ = head
    m = CLASSIFIERS_RE.search(text, h0, h1)
    if m is None or m.start() == h0:
        return None
    k, pos = m.start(), h0
    if text[h0:k].endswith(GENERIC_HEADS):
        return None  # 工程|项目: nothing but classifiers
    while pos < k and (word := _names().head_re.match(text, pos, k)) is not None and word.end() > pos:
        pos = word.end()
    return (h0, k, type_) if pos == k else None


def _classifier_end(text: str, end: int) -> int:
    """Past the list label 项目 right after ``end`` (铁路|项目): the span of the list's last
    item keeps them (GUIDE §2.4: project names keep their suffixes), its canonical does not."""
    m = CLASSIFIER_RUN_RE.match(text, end)
    return m.end() if m is not None else end


def _generic_head(text: str, head: tuple[int, int, str]) -> bool:
    """The run ends in a generic classifier of the name grammar (项目, 工程): a list label."""
    return text[head[0] : head[1]].endswith(tuple(GENERIC_HEADS))


def _type_of(doc: Doc, start: int, end: int) -> str | None:
    """The type another finder gave the span ``[start, end)`` (the last conjunct with its head)."""
    for s in candidates(doc):
        if s.start_char == start and s.end_char == end and s.id_ != SOURCE:
            return s.label_
    return None


def _crosses(span: Span, bounds: list[int]) -> bool:
    """A candidate running over the end of a conjunct into the next (the whole chain as one name).
    ``bounds`` is sorted: the first end after the span's start is the one to test, found by
    bisection (a walk over every end per candidate grew with the lists of a page)."""
    if span.id_ == SOURCE:
        return False
    k = bisect_right(bounds, span.start_char)
    return k < len(bounds) and bounds[k] < span.end_char


@Language.factory("policykg_coordination", default_config={}, assigns=["doc.spans"], requires=["doc.spans"])
def make_coordination(nlp: Language, name: str) -> CoordinationParser:
    return CoordinationParser(nlp, name)


__all__ = ["CoordinationParser", "make_coordination"]
