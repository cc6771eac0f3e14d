"""Indicators stated in running text: ``地区生产总值完成1133.2亿元、同比增长5.9%``.

A sentence is cut into clauses at ，；。 and every figure with a unit is read against the
words just before it: the indicator name is the phrase from the clause start (or the end of
the previous figure) to the figure, cleaned by ``names.clean_name``. A percentage after
增长/下降 right behind a level becomes that level's ``growth_pct``; alone it is a rate
(``<name>增速``). ``A、B分别增长x%、y%`` pairs names and figures in order. What the gold
treats as non-indicators is dropped here: rankings, durations, rate changes in 个百分点,
counts that only enumerate the listed items, thresholds (50万元以上豪华车), stretch targets.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import itertools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from extract.indicators.clause_objects import with_clause_object
from extract.indicators.count_names import counts_places_added, increase_first, is_lone_verb
from extract.indicators.count_verbs import opening_count_verb
from extract.indicators.deferred import dictionary_fn, segment_fn, status_lexicon_fn
from extract.indicators.degree_adverbs import degree_adverbs, leading_degree_adverb, trailing_degree_adverb
from extract.indicators.each import each_split, expand_contracted
from extract.indicators.examples import without_examples
from extract.indicators.implicit_people import implicit_count, with_people_units
from extract.indicators.lead_measure import with_aspect_topic, with_lead_measure
from extract.indicators.listed_places import listed_places
from extract.indicators.member_thresholds import BECOME, member_thresholds
from extract.indicators.multiples import MULTIPLE_NAME, MULTIPLE_UNIT, multiple_figures
from extract.indicators.names import (
    PAIRED_SCOPES,
    base_of_rate,
    clean_name,
    is_figure_verb,
    is_rate_name,
    one_char_modifier,
    period_total_name,
    rate_name,
    without_leading_modifier,
    words_of,
)
from extract.indicators.network_owner import with_network_owner
from extract.indicators.noun_brackets import noun_bracket, with_noun_brackets, without_noun_brackets
from extract.indicators.numbers import ALTERNATIVE_MEASURES, UNIT_WORDS, Figure, find_figures, to_halfwidth
from extract.indicators.owners import owner_of_lone_measure, with_shared_owner
from extract.indicators.period import five_year_end, names_a_plan_period
from extract.indicators.quantity_objects import next_object, object_of_act
from extract.indicators.served import (
    SERVED_MEASURE,
    action_topic,
    clause_action,
    noun_closing,
    opening_verb,
    previous_clause,
)
from extract.indicators.shares import share_of_group
from extract.indicators.thresholds import threshold_indicators, threshold_spans
from extract.indicators.topics import acted_on_topic, clause_topic, counted_topic, is_bare_measure, topic_of
from extract.indicators.worked_areas import AREA, AREA_UNITS, area_name
from extract.records import Indicator, Mention
from extract.regions import candidates
from extract.spanset import SpanSet

_CLAUSE_END = "，,；;。！？!?\n"
_GROWTH_VERB = re.compile(
    r"(同比|比上年|较上年)?(年均)?(增长|增加|提高|提升|上升|下降|减少|降低|回落|上涨|增幅|增速为|增速达|增速)(了)?(约|超|近)?$"
)
_DOWN = ("下降", "减少", "降低", "回落")
_SUBJECT_TYPES = {"District", "Platform", "Area", "Organization"}
# the source of a securities board (extract.pipeline.securities_boards.SOURCE; not imported: the
# indicator readers load no spaCy pipeline modules, tests/extract/test_deferred_imports.py)
_BOARD_SOURCE = "board"
_COUNT_SUFFIX = {
    "个": "数",
    "家": "数",
    "项": "数",
    "户": "数",
    "所": "数",
    "座": "数",
    "条": "数",
    "位": "数",
    "名": "数",
    "人": "数",
    "批": "数",
    "件": "数",
    "套": "数",
    "场": "场次",
    "场次": "场次",
    "车次": "车次",
    "列": "数",
    "对": "数",
    "回": "回数",
    "次": "次数",
    "台": "数",  # machines and devices (公共充电桩达到13万台: 公共充电桩数, as the readable gold names it)
    "台(套)": "数",
    "台（套）": "数",
    "万台(套)": "数",
    "万台（套）": "数",
    "万个": "数",
    "万家": "数",
    "万项": "数",
    "处": "数",
    "万处": "数",
    "万套": "数",
    "万名": "数",
    "部": "数",
    "种": "数",  # the measure words numbers._UNIT_WORDS gained with the coverage count
    "宗": "数",
    "款": "数",
    "艘": "数",
    "栋": "数",
    "例": "数",
}
# A count is named …数 whatever measure word it is written in (航线20条 -> 新开辟外贸航线数, 友城67对 ->
# 国际友城数, 班列721列 -> 中欧班列开行数): every count in 条, 列 or 对 of the readable blind rounds
# (fresh…fresh7: 13 of 13) is named so; the events a 场 counts keep 场次 (as 6 of their 8 names do),
# 次 and 车次 their own measure, and 回 the one name the gold has for it (输电线路回数).
# A count of dwellings (套: every 套 figure of the readable reports is housing) is named by the housing
# itself (新筹集保障性租赁住房2.5万套 -> 新筹集保障性租赁住房), as all five such readable gold names are.
DWELLING_MEASURE = "套"
# the measure words of counts of things (the count reader's, and the count-verb miner's frame)
COUNT_MEASURES = tuple(_COUNT_SUFFIX)
# a count in ten-thousands (1.8万座, 2万个) is named like the count itself: 万 + measure word is one
# unit since ``numbers._MEASURE_AFTER``, so every measure word above has its 万 and 亿 forms
# (the compounds the unit list spells out itself, 万人 and 万户, keep the rules they had)
_COUNT_SUFFIX |= {
    m + u: sfx
    for u, sfx in list(_COUNT_SUFFIX.items())
    for m in ("万", "亿")
    if u[0] not in "万亿" and m + u not in UNIT_WORDS
}


MAX_UNIT_ANSWERS = 4096  # distinct units whose answer _CountSuffixes remembers before it starts afresh


class _CountSuffixes(dict[str, str]):
    """The count units above, and any measure word written with its alternatives in brackets
    (8978辆（台）, 2813.8万辆（艘、架、列）次: ``numbers.ALTERNATIVE_MEASURES``): things of several kinds
    counted together are a count, named …数 (辆（台）: 新增…数, 万辆（艘、架、列）次: …交通工具数, as
    the readable gold names both), or by the measure word's own suffix where it has one (套 stays
    the dwellings' unit, ``counts_dwellings``)."""

    def __init__(self, units: dict[str, str]) -> None:
        super().__init__(units)
        # unit -> ``unit in self``: a reading asks it of the same few units thousands of times, and
        # each answer cost a ``super()`` call and a regex search. The table is built whole and
        # never changed after (nothing assigns to it), so the answers stay true.
        self._answers: dict[object, bool] = {}

    def __contains__(self, unit: object) -> bool:
        answers = self._answers
        known = answers.get(unit)
        if known is None:
            if len(answers) >= MAX_UNIT_ANSWERS:
                answers.clear()
            known = answers[unit] = dict.__contains__(self, unit) or (
                isinstance(unit, str) and _alternative_count(unit)
            )
        return known

    def __missing__(self, unit: str) -> str:
        if _alternative_count(unit):
            return super().get(_without_alternatives(unit), "数")
        raise KeyError(unit)

    def get(self, unit: str, default: str | None = None) -> str | None:  # type: ignore[override]
        if unit not in self:  # dict.get would not ask __missing__
            return default
        return self[unit]


def _alternative_count(unit: str) -> bool:
    return ALTERNATIVE_MEASURES.search(unit) is not None


def _without_alternatives(unit: str) -> str:
    """万辆（艘、架、列）次 -> 万辆: the measure word the bracket gives alternatives of."""
    return ALTERNATIVE_MEASURES.sub("", unit)


_COUNT_SUFFIX = _CountSuffixes(_COUNT_SUFFIX)
# a figure right after a preposition is inside its phrase; after 和/及 a count is a coordinated item
# (A和3所B投入运行), any other figure is still inside the phrase (所有市州和98%的县市区, 装备和349万元…)
_PREPOSITION = re.compile(r"[与同对向把被将为给]$")
_PREPOSITION_OR_AND = re.compile(r"[与和同及对向把被将为给]$")
_SCOPED = re.compile(r"[^，,；;。]{1,40}?(?:建设|前期工作)(?:[，,；;。]|$)")  # …items' 建设 ends the clause
_PEOPLE_UNITS = frozenset({"万人", "万户"})
_LENGTH_NAMES = ("里程", "长度", "距离")  # the measure nouns of a length
_MILEAGE = "里程"  # what a bare length names (a road's, a line's)
# 里程 is the measure of a route, so only a length whose name ends in one (…公路, …铁路, …线路,
# “四好农村路”: the head 路 of the road and line nouns) is completed with it; any other length is
# named as written (README conventions, indicator28: the name is the measure as written). Readable
# gold: the 9 names that add 里程 to a bare length all end in 路 (2 such names do not add it); the 11
# bare lengths of pipe networks, utility tunnels and greenways (改造供热管网, 新建改造地下管网管廊,
# 新增城市绿道) add it none.
_ROUTE_HEAD = "路"


def _is_noun_phrase(name: str) -> bool:
    """Only nominal words (jieba's dictionary: nouns, abbreviations, verbal nouns; 研发人员, 民营
    经营主体): no verb that would make the name a flow (城镇新增就业, 惠及…)."""
    _segment = segment_fn()
    dictionary = dictionary_fn()

    tags = dictionary()
    return all(_nominal_tag(tags.get(w, (0, "n"))[1]) for w in _segment(name) if len(w) >= 2)


_NOT_IN_NOUN = ("v", "p", "d", "c")  # jieba's tags of verbs, prepositions, adverbs, conjunctions


def _names_a_noun(name: str) -> bool:
    """A noun phrase (:func:`_is_noun_phrase`) with a word of two characters or more in it and no
    verb, preposition, adverb or conjunction of any length: 获批 is two one-character words, no
    noun; 县被命名为… holds the preposition 被."""
    _segment = segment_fn()
    dictionary = dictionary_fn()

    tags, words = dictionary(), _segment(name)
    if any(t.startswith(_NOT_IN_NOUN) and t != "vn" for t in (tags.get(w, (0, ""))[1] for w in words)):
        return False
    return any(len(w) >= 2 for w in words) and _is_noun_phrase(name)


def _nominal_tag(tag: str) -> bool:
    return tag[:1] in ("n", "j") or tag == "vn"  # nouns, abbreviations (研发), verbal nouns (经营)


_LENGTH_UNITS = frozenset({"公里", "万公里", "千米"})
_AREA_UNITS = AREA_UNITS  # GB 3100, as numbers spells them: one list (worked_areas)
_OBJECT_MEASURES = _LENGTH_UNITS | _AREA_UNITS  # quantities written before an act's object (quantity_objects)
_DURATION_AFTER = re.compile(r"^(?:月|年(?!度)|天|日|小时|周|工作日|季度|分钟|届|周年|倍)")
# the colon of a ratio: ASCII, fullwidth, the presentation form, and U+2236 RATIO (∶), which the
# provincial reports write (三次产业结构由8.7∶41.2∶50.1调整为…) and NFKC leaves as it is
_RATIO_COLON = "[:：︰\u2236]"
# (?<!\d): a ratio starts where its digits do, so a long run of digits is tried once, not once
# per digit (each try backtracked over the rest of the run: quadratic in the run's length)
_RATIO = re.compile(
    rf"(?<!\d)(\d+(?:\.\d+)?)\s*{_RATIO_COLON}\s*(\d+(?:\.\d+)?)\s*{_RATIO_COLON}\s*(\d+(?:\.\d+)?)"
)
_FIVE_YEAR_END = re.compile(r"“?十([一二三四五六七八九])五”?末")
_CN_ORD = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
# the lookbehinds of _EXPLICIT_YEAR and _TO_YEAR stand after the first characters they guard, so
# the regex engine skips to a digit (a 至/到) instead of trying the assertion at every character
# (the same matches: tests/extract/test_fast_paths.py)
# A year right after 由/从 dates only the start of a change (由2020年的7.2%提升至7.4%): the far end
# and the figures after it are not that year's (branch indicator27).
_EXPLICIT_YEAR = re.compile(r"(\d{4})(?<![较比与至到—\-由从]\d{4})年(?:度)?(?!\d)")
# 从(2020年的)A提高到(2025年的)B: the years may be written with each end of the change
_THRESHOLD_HINT = re.compile(r"亿元?级?(?:城市|县|市|区)")  # cheap test before the threshold reader
_CUMULATIVE = "累计"
# a plan period that dates a figure (not 比“十三五”时期: a comparison's base; not …以来: since)
_PLAN_PERIOD = re.compile(r"(?<![比较与“])“?十([一二三四五六七八九])五”?(?:期间|时期)(?!以来)")
_TO_YEAR = re.compile(r"[到至](?<![从由][到至])(\d{4})年(?:底|末)?(?!\d)")  # 力争到2030年…, 至2025年底
_FROM_TO = re.compile(r"(?:从|由)(?:(?P<year>\d{4})年(?:底|末)?的?)?$")
_TO = (
    r"\s*(?:提升|提高|增加|增长|增|上升|扩大|下降|降低|减少|缩小|降|调整)?(?:到|至|为)\s*"
    r"(?:\d{4}年(?:底|末)?的?)?\s*"
)
_STRETCH = re.compile(r"[、，,]?\s*(力争|争取|冲刺|努力)$")


@dataclass(frozen=True, slots=True)
class Context:
    """Who and when a sentence speaks about unless it says otherwise."""

    subject: str
    subject_type: str
    subject_id: str
    year: int
    kind: str  # actual | target
    doc: str
    path: tuple[str, ...] = ()
    from_gap: int = 1  # 从A提升至B: A is this many years before (5 in a five-year review)
    report_year: int = 0  # the last year under review (0: unknown); a figure's year decides its kind

    def kind_of(self, year: int) -> str:
        """A figure dated in or before the year under review was reached (actual), one after it is
        planned (target), whatever the heading says: 2025年达到5万亿元 under a 十五五 heading, 到2030年
        力争… in a review, the level a change starts from (从2025年的X提高到…)."""
        if not self.report_year or year == self.year:
            return self.kind
        return "actual" if year <= self.report_year else "target"


@dataclass
class _Pending:
    name: str
    fig: Figure
    subject: Mention | None
    clause_start: int
    is_rate: bool
    growth: float | None = None
    year: int | None = None
    negative: bool = False  # a fall stated as a rate: the value is the growth's negative
    cumulative: bool = False  # X累计N: a total over the period (named so when the record is made)
    topic: str = ""  # the named thing the name opens with (topics.clause_topic), not said by the clause
    said: str | None = None  # the words before a coordinated count's first count (its verb), once read
    counted: bool = False  # the topic is the things a count before counted: it names sums of money only
    served: bool = False  # people the action of the clause before reached (a total in a five-year review)


def indicators_in_sentence(
    text: str, offset: int, ctx: Context, mentions: Sequence[Mention] = (), norm: str | None = None
) -> list[Indicator]:
    """Indicators of one sentence; ``offset`` is where ``text`` starts in the document.

    ``norm`` is ``to_halfwidth(text)`` when the caller has it (one pass over the document
    instead of one per sentence)."""
    norm = to_halfwidth(text) if norm is None else norm
    by_start = {m.start - offset: m for m in mentions}
    result = _ratio_shares(norm, ctx)
    spans = [(m.start - offset, m.end - offset) for m in mentions if not _numbered_package(m)]
    articles = [(m.start - offset, m.end - offset) for m in mentions if _numbered_package(m)]
    if _THRESHOLD_HINT.search(norm):  # 过三千亿元城市, 千亿县: the places' output, not the author's
        spans += threshold_spans(norm)
        result += threshold_indicators(norm, offset, mentions, ctx.year, ctx.kind, ctx.doc, ctx.path)
    if BECOME in norm:  # 某机场成为全省第4个吞吐量超千万人次的机场: the member's measure passed the mark
        members, member_frames = member_thresholds(
            norm, offset, mentions, ctx.year, ctx.kind, ctx.doc, ctx.path
        )
        spans += member_frames
        result += members
    in_names, in_articles = SpanSet(spans), SpanSet(articles)  # bisection: a long sentence stays linear
    figs = [
        f
        for f in _candidates(norm, with_people_units(norm, _shared_units(norm, find_figures(norm))))
        if f.start not in in_names  # 某400万吨煤制油项目
        and not (f.unit != _ARTICLES and f.start in in_articles)
    ]
    if MULTIPLE_UNIT in norm:  # 增长5.1倍: a growth written as a multiple (extract/indicators/multiples.py)
        figs = sorted(figs + multiple_figures(norm), key=lambda f: f.start)
    if figs:  # most sentences have none: only a ratio (0.3:40.7:59) may remain
        # a span of counts (新建2—3家…中心) is read, so it still ends the words before the next figure,
        # then dropped: it states no one figure (the readable gold records none of the five it holds;
        # a span of rates, 增长5%-5.5%, keeps its low bound)
        pending = [p for p in _SentenceReader(norm, ctx, by_start, figs).read() if not _count_span(p.fig)]
        if _INDICATOR_KINDS.search(norm):  # 28个主要指标，其中20个预期性指标: the plan's own table
            pending = [p for p in pending if not _counts_own_indicators(p)]
        if _ETC in norm:  # 新建扩建老岚水库等水源型水库58座: the named examples are no part of the name
            named = {norm[m.start - offset : m.end - offset] for m in mentions}
            for p in pending:
                p.name = without_examples(p.name, named, act=_shared_verb)
        result += [_indicator(p, norm, offset, len(text), ctx) for p in pending]
    return [r if r.start or r.end else _with_span(r, offset, len(text)) for r in result]


_ARTICLES = "条"  # the count of a numbered package's articles (出台…20条措施)


def _numbered_package(m: Mention) -> bool:
    """A Policy named bare by its count of articles (``extract.pipeline.numbered_packages``):
    the count is the package's size, a figure the provincial golds record (…措施数 20) although
    it stands inside the name; other figures inside it, and every figure inside any other name
    (某400万吨煤制油项目) or a 《》 title, are none."""
    return m.type == "Policy" and m.source == "title" and not m.text.startswith("《") and _ARTICLES in m.text


_ETC = "等"  # a list closer: a sentence without one has no examples before a kind
_SERVED_TOPIC_MAX = 24  # characters: the action of the clause before, as the topic of its reach
_PASSED = ("突破", "超过", "超", "逾", "迈上")  # the hedges (GUIDE §7) of a round mark a measure passed
_REACHED = ("达", "达到", "为")  # …、达1.19万亿元: the level the measure reached
# a span of a few years, no calendar year (5年增长18.7%, 五年来增长…; not 2025年增长…)
# a change measured from a year (较2020年下降25%): the base is the change's start, dated by the
# reader (``_EXPLICIT_YEAR`` leaves a year after 较/比 alone), no word of the measure's name; a base
# that is another period (较“十三五”同期) stays, as the readable gold names it
_YEAR_BASE = re.compile(r"(?:较|比)\d{4}年(?:底|末)?$")
_SPAN_OF_YEARS = re.compile(r"(?:[1-9]\d?|[一二三四五六七八九十]+)年(?:来|间)?")
_OVER_YEARS = re.compile(r"(?:\d+|[一二三四五六七八九十]+)年(?:来|间)?$")  # 5年增长…倍: over how long


_PARALLEL_MAX = 12  # figures: the longest parallel list _parallel_group reads
_MAGNITUDES = ("万亿", "万", "亿")  # bare magnitudes: no unit of their own


def _base_unit(unit: str) -> str:
    """万亿元, 亿元 -> 元: the unit without its magnitude (figures of one measure may differ in it)."""
    return unit.removeprefix(next((m for m in _MAGNITUDES if unit.startswith(m)), "")) or unit


def _shared_units(text: str, figs: list[Figure]) -> list[Figure]:
    """``分别惠及3500万、2300万人次``, ``1.28万亿、8200亿元``: figures listed with 、 write the unit
    once, after the last; a bare magnitude (3500万, 1.28万亿) before a figure whose unit is a
    magnitude and a base unit (万人次, 亿元) takes that base (万人次, 万亿元). A bare magnitude was
    no figure and its name was lost."""

    out = list(figs)
    for k in range(len(out) - 2, -1, -1):
        f, nxt = out[k], out[k + 1]
        base = _base_unit(nxt.unit)
        if f.unit in _MAGNITUDES and text[f.end : nxt.start] == "、" and base != nxt.unit:
            out[k] = replace(f, unit=f.unit + base)  # 1.28万亿、8200亿元: 万亿元
    return out


class _SentenceReader:
    """Reads a sentence's figures left to right, each against the words before it in its clause.

    What was read already steers what follows: a rate right after a level is that level's growth,
    ``力争 x`` after a target is only its stretch, a bare level keeps the name of the one before
    (``迈上6万亿元台阶，达到62661亿元``), and a rate without a name takes the last level's.
    """

    def __init__(self, norm: str, ctx: Context, by_start: dict[int, Mention], figs: list[Figure]):
        self.norm, self.ctx, self.by_start, self.figs = norm, ctx, by_start, figs
        self.fig_ends = [f.end for f in figs]
        self.fig_starts = [f.start for f in figs]
        self.pending: list[_Pending] = []
        self.last_level_name: str | None = None
        self.sent_subject = _sentence_subject(norm, by_start, ctx)
        self.carry_name = ""
        self.carry_noun = ""  # the noun both ends of a change of a count repeat (从15个县扩大到57个县)
        self.marked: tuple[str, int] | None = None  # the measure a count of marks passed, its clause

    def read(self) -> list[_Pending]:
        i = 0
        while i < len(self.figs):
            i = self._figure(i)
        for p, q in itertools.pairwise(self.pending):
            shared = _shared_predicate(self.norm, p, q)
            if shared:  # 3家企业和2所高校入选…: the predicate after the last noun is both counts'
                p.name = shared
        return self.pending

    def _figure(self, i: int) -> int:
        """Read figure ``i`` (and those it governs); the index of the next figure to read."""
        f = self.figs[i]
        cstart, seg_start, seg = self._segment(f)
        if f.unit == MULTIPLE_UNIT:
            self._multiple(f, cstart, seg_start, seg)
            return i + 1
        if "分别" in seg or self._parallel_group(i, seg):  # A、B、C分别增长x%、y%、z%
            return self._respectively(i, cstart, seg_start, seg)
        if self._each(f, cstart, seg_start, seg):  # A、B均增长10%: the one figure is each member's
            return i + 1
        if _STRETCH.search(seg) and self.pending and self.pending[-1].fig.unit == f.unit:
            return i + 1  # 增长9%、力争10%: only the primary target counts
        gm = _GROWTH_VERB.search(seg)
        if f.unit == "%" and gm:
            self._rate(f, gm, cstart, seg_start, seg)
            return i + 1
        return self._level(i, cstart, seg_start, seg)

    def _parallel_group(self, i: int, seg: str) -> bool:
        """``基本养老、失业、工伤参保人数达到78.65万人、20.1万人、22.2万人``: as many names listed
        with 、 as figures of one unit listed with 、 right after them pair up in order, as with
        分别 (which reports often leave out)."""
        figs, norm = self.figs, self.norm
        j = i + 1

        def listed(k: int) -> bool:
            return norm[figs[k - 1].end : figs[k].start] == "、"

        while j < len(figs) and j - i <= _PARALLEL_MAX and listed(j) and figs[j].unit == figs[i].unit:
            j += 1
        if j - i < 2 or j - i > _PARALLEL_MAX or (j < len(figs) and listed(j)):
            return False  # longer lists are not read in parallel (and each figure's scan stays short)
        names = _conjuncts(seg)
        return len(names) == j - i and all(_has_name(n) for n in names)

    def _has_figure(self, start: int, end: int) -> bool:
        """Does a candidate figure of the sentence start in ``start:end``?"""
        k = bisect.bisect_left(self.fig_starts, start)
        return k < len(self.figs) and self.figs[k].start < end

    def _one_figure_measure(self, start: int, end: int) -> str:
        """The measure of the one figure read in ``start:end`` (a level, no rate, no subject of its
        own), a count's suffix left off (停车泊位数 → 停车泊位): what an act-only rate in the clause
        after completes (``clause_objects.with_clause_object``); "" for no figure or several."""
        k = bisect.bisect_left(self.fig_starts, start)
        if k + 1 < len(self.figs) and self.figs[k + 1].start < end:
            return ""
        read = [p for p in self.pending if start <= p.fig.start < end]
        if len(read) != 1 or read[0].is_rate or read[0].subject is not None:
            return ""
        name, suffix = read[0].name, _COUNT_SUFFIX.get(read[0].fig.unit, "")
        return name[: -len(suffix)] if suffix and name.endswith(suffix) else name

    def _segment(self, f: Figure) -> tuple[int, int, str]:
        """(clause start, segment start, segment): the words before ``f`` since its clause began
        or the last figure read in that clause, cut after an enumeration comma."""
        norm = self.norm
        cstart = _clause_start(norm, f.start)
        seg_start = cstart
        for p in self.pending:
            if p.clause_start == cstart and p.fig.end <= f.start:
                seg_start = max(seg_start, p.fig.end)
        # a figure read as no indicator still ends the words before the next: figures are sorted
        # and disjoint, so the last one ending by ``f`` is the one to look at
        k = bisect.bisect_right(self.fig_ends, f.start) - 1
        if k >= 0 and self.figs[k].start >= cstart:
            seg_start = max(seg_start, self.figs[k].end)
        seg = norm[seg_start : f.start]
        if seg_start > cstart and "、" in seg:
            cut = seg.rindex("、") + 1
            seg_start, seg = seg_start + cut, seg[cut:]
        return cstart, seg_start, seg

    def _respectively(self, i: int, cstart: int, seg_start: int, seg: str) -> int:
        figs, norm = self.figs, self.norm
        group = [figs[i]]
        j = i + 1
        while j < len(figs) and norm[group[-1].end : figs[j].start].strip() in ("、", "和", "及"):
            group.append(figs[j])
            j += 1
        self.pending.extend(_distribute(norm, seg_start, seg, group, self.pending, cstart, self.by_start))
        return j

    def _each(self, f: Figure, cstart: int, seg_start: int, seg: str) -> bool:
        """``游客人数、旅游收入均增长10%``, ``存、贷款余额双双突破6万亿元``: names listed before a
        distributive adverb (``extract/indicators/each.py``) and one figure give one record per
        name, as ``A、B、C分别增加2个`` does; the list's shared tail (``_shared_tail``) completes
        the members before the last; the subject is found as a level's is. True when it read the
        figure so.

        Without an adverb, rates listed with 、 before one percentage are each a measure of its
        own when every one ends in the character the last one ends in (``A访视率、B管理率达到90%``:
        率 and 率), so none is a modifier of a shared measure and a share cannot be a sum; the
        figure is each one's too."""
        split = each_split(seg) or _rate_list(seg, f)
        if split is None:
            return False
        subj, before = _split_subject(self.norm, seg_start, split[0], self.by_start)
        if subj is None:
            subj = _inherited_subject(self.pending, seg_start, cstart, self.sent_subject, self.norm)
        after = split[1]
        gm = _GROWTH_VERB.search(after)
        rate = f.unit == "%" and gm is not None and gm.start() == 0
        if not rate and clean_name(after):
            return False  # 均居全国前列: the words after the adverb name their own figure
        if f.end < len(self.norm) and self.norm[f.end] not in _CLAUSE_END + "、":
            return False  # 均实现21个地级以上市全覆盖: the figure counts the noun after it
        names = expand_contracted([n.strip() for n in _conjuncts(before)])
        if len(names) < 2 or not all(_has_name(n) for n in names):
            return False
        names = [clean_name(n) for n in names]
        names = _shared_tail(names) if _SHARE_OF in names[-1] else _anchored_tail(names)
        if not rate and all(_ends_in_attribute(n) and len(segment_fn()(n)) == 1 for n in names[:-1]):
            return False  # 省级、市级示范区各10个: attributes of one noun, no list of measures
        if f.unit in _COUNT_SUFFIX:
            names = _with_opening_act(names)  # 新建A、B、C各20家: 新建B, 新建C
        for name in names:
            if rate and gm is not None:
                label = _rate_label(name, gm.group(3), bool(gm.group(2)))
                self.pending.append(
                    _Pending(label, f, subj, cstart, True, negative=_negative_rate(gm.group(3)))
                )
            else:
                self.pending.append(_Pending(_as_count(name, f.unit), f, subj, cstart, f.unit == "%"))
        return True

    def _rate(self, f: Figure, gm: re.Match[str], cstart: int, seg_start: int, seg: str) -> None:
        """A percentage after a growth verb: the growth of the level just read, else a rate."""
        head = seg[: gm.start()]
        stripped = head.strip("、，, ")
        prev = self.pending[-1] if self.pending else None
        annual = bool(gm.group(2))
        # 一般公共预算收入累计完成3.7万亿元，5年增长18.7%: a rate over a span of years names nothing of its
        # own; it is the level's change over that span, a record of its own like a yearly average
        span = _SPAN_OF_YEARS.fullmatch(stripped) is not None
        if (
            prev is not None
            and not prev.is_rate
            and prev.growth is None
            and (span or not _has_name(stripped))
        ):
            if not annual and not span:
                prev.growth = _signed(f.value, gm.group(3))
                return
            # 2.5万亿元、年均增长5%: a mean over the period is no growth of this year's level (nor
            # is 5年增长18.7%, the change over those years)
            self.pending.append(
                _Pending(
                    _rate_label(prev.name, gm.group(3), annual),
                    f,
                    prev.subject,
                    cstart,
                    True,
                    negative=_negative_rate(gm.group(3)),
                )
            )
            return
        owned = self._measure_of_counted(prev, cstart, stripped)
        if owned:  # 规模以上工业企业达7.6万家、增加值增长3%: the counted firms' value added
            self.pending.append(
                _Pending(
                    _rate_label(owned, gm.group(3), annual),
                    f,
                    prev.subject if prev else None,
                    cstart,
                    True,
                    negative=_negative_rate(gm.group(3)),
                )
            )
            return
        subj, name_raw = _split_subject(
            self.norm, seg_start + (len(head) - len(head.lstrip("、，, "))), head, self.by_start
        )
        name_raw = _YEAR_BASE.sub("", name_raw)  # PM2.5年均浓度较2020年下降…: the base year, no name's word
        name = _sector(self.norm, f.start, clean_name(name_raw)) or self.last_level_name or ""
        if name and not subj:
            name = with_lead_measure(name, self.norm, cstart)  # …产量大幅增长，锂电池增长…%: 锂电池产量
        if name and not subj and seg_start == cstart and name == clean_name(name_raw):
            name = with_clause_object(name, self.norm, cstart, self._has_figure)  # …安全事故，事故起数下降…
        if name:
            self.pending.append(
                _Pending(
                    _rate_label(name, gm.group(3), annual),
                    f,
                    subj,
                    cstart,
                    True,
                    negative=_negative_rate(gm.group(3)),
                )
            )

    def _measure_of_counted(self, prev: _Pending | None, cstart: int, measure: str) -> str:
        """``规模以上工业企业达7.6万家、增加值增长3%``: a rate whose name is one dictionary noun (增加值,
        产值, 利润: jieba tag n) listed with 、 right after a count in the same clause measures the
        things counted (企业增加值), as a multiple after such a count does (企业增长倍数); the name is
        the count's noun and the measure, "" where the shape does not hold."""
        if prev is None or prev.is_rate or prev.clause_start != cstart or prev.fig.unit not in _COUNT_SUFFIX:
            return ""
        if self.norm[prev.fig.end : prev.fig.end + 1 + len(measure)] != "、" + measure:
            return ""  # the measure right after the count's 、, nothing between
        words = segment_fn()(measure)
        if len(words) != 1 or len(measure) < 2 or dictionary_fn()().get(measure, (0, ""))[1] != "n":
            return ""
        suffix = _COUNT_SUFFIX.get(prev.fig.unit, "")
        noun = prev.name[: -len(suffix)] if suffix and prev.name.endswith(suffix) else prev.name
        if len(noun) < 2 or noun.endswith(measure):
            return ""
        return clean_name(noun + measure)

    def _restates_passed_mark(self, i: int, cstart: int, seg: str) -> bool:
        """``工业增加值突破1万亿元、达1.19万亿元``: a round mark the measure passed, then the level
        it reached in the same clause. The level is the figure (one record per figure, GUIDE §7:
        the hedge 突破/超 makes the mark no value of its own when the exact one follows); the
        pending record of the mark takes the level's figure. True when it did."""
        norm, f = self.norm, self.figs[i]
        prev = self.pending[-1] if self.pending else None
        if prev is None or prev.fig is not self.figs[i - 1] or prev.clause_start != cstart or prev.is_rate:
            return False
        if seg.strip("、，, ") not in _REACHED or norm[prev.fig.end : f.start].lstrip()[:1] not in "、，,":
            return False
        passed = prev.fig.hedge in _PASSED or norm[: prev.fig.start].endswith(_PASSED)
        same = _base_unit(prev.fig.unit) == _base_unit(f.unit) and f.unit != "%"
        if not (passed and same and f.scaled() >= prev.fig.scaled()):
            return False
        self.pending[-1] = dataclasses.replace(prev, fig=f)
        return True

    @staticmethod
    def _bare_amount(name: str, f: Figure) -> bool:
        """A bare measure of an amount (落实资金, 带动消费: ``topics.is_bare_measure``), no count: a
        count names its own things (…等8个项目完工), which no programme acted on before owns."""
        return is_bare_measure(name) and f.unit not in _COUNT_SUFFIX and f.unit != "%"

    def _acted_on(self, prev: _Pending) -> str:
        """The programme ``prev``'s name acts on (``topics.acted_on_topic``), found where the name
        stands before its figure in the text; "" when it is written elsewhere or names none."""
        at = self.norm.find(prev.name, prev.clause_start, prev.fig.start)
        return acted_on_topic(at, prev.name, self.by_start) if at >= 0 else ""

    def _served_by_clause_before(self, f: Figure, seg_start: int, seg: str) -> str:
        """``…，惠及120万户居民``: a clause that opens with a mined verb of reach (``reach_verbs.jsonl``)
        before a count of people or households counts the people the action of the clause before
        reached, named by that action, the verb and the noun (``extract/indicators/served.py``);
        "" when the clause is no such clause."""
        norm = self.norm
        cut = seg.rfind("、") + 1  # 实施…政策、惠及168万名儿童: the clause before ends at the comma
        lead = cut + len(seg[cut:]) - len(seg[cut:].lstrip("，, "))
        opened = opening_verb(seg[lead:].strip())
        before = previous_clause(norm, seg_start + lead)
        if opened is None or before is None:
            return ""
        verb, noun = opened
        if not noun:
            noun = noun_closing(norm, f.end) or ""
        if noun_closing(norm, f.end) is None:
            return ""  # 带动3.78万农牧民就业增收: the people are the subject of a clause of their own
        ps, pe = before
        counts = [p for p in self.pending if ps <= p.fig.start < pe]
        if counts:
            p = counts[0]
            tail = _COUNT_SUFFIX.get(p.fig.unit, "")
            # a count names its things and act (改造老旧小区数 -> 老旧小区改造); an amount its topic
            # (消费品以旧换新带动…销售超800亿元 -> 消费品以旧换新, topics.topic_of)
            topic = action_topic(_with_count_tail(p), tail) if tail else p.topic or _amount_topic(p.name)
        elif not self._has_figure(ps, pe):
            topic = clause_action(norm[ps:pe])
        else:
            return ""
        if not topic or len(topic) > _SERVED_TOPIC_MAX:
            return ""
        return topic + verb + (noun or SERVED_MEASURE[f.unit])

    def _multiple(self, f: Figure, cstart: int, seg_start: int, seg: str) -> None:
        """``产量增长5.1倍``: a multiple after a growth verb is the growth of the measure named
        before the verb, or of the level just read (``企业超1100家、增长1.5倍``); other multiples
        (``是上年的2倍``) compare and are no figure."""
        gm = _GROWTH_VERB.search(seg)
        if gm is None or gm.group(2) or gm.group(3) in _DOWN:
            return  # 年均增长2倍 and 下降2倍 are no measures a report writes as multiples
        head = seg[: gm.start()]
        prev = self.pending[-1] if self.pending else None
        unnamed = not _has_name(head.strip("、，, "))
        if prev is not None and prev.clause_start == cstart and not prev.is_rate and unnamed:
            subj, name = prev.subject, prev.name
            suffix = _COUNT_SUFFIX.get(prev.fig.unit, "")
            if suffix and name.endswith(suffix) and len(name) > len(suffix) + 1:
                name = name[: -len(suffix)]  # 企业超1100家、增长1.5倍: the enterprises grew, 企业增长倍数
        else:
            subj, name_raw = _split_subject(
                self.norm, seg_start + (len(head) - len(head.lstrip("、，, "))), head, self.by_start
            )
            name_raw = _OVER_YEARS.sub("", name_raw)  # 吞吐量5年增长1.6倍: the span, no part of the name
            name = _sector(self.norm, f.start, clean_name(name_raw))
        if name:
            self.pending.append(_Pending(name + MULTIPLE_NAME, f, subj, cstart, True))

    def _of_level(self, name: str, f: Figure, cstart: int) -> str:
        """A share that does not say of what (占比, 占全国比重) right after a level is that level's:
        ``装机达到9048万千瓦，占比55.1%`` → 装机占比, also when the share changes
        (``装机达到1.39亿千瓦，占比由31%提升至54%``: the change's two ends are shares of it too)."""
        if f.unit == "%":
            name = _located_share(name)
        bare_share = name == _SHARE or name.startswith(_SHARE_OF)
        if bare_share and f.unit == "%" and self.last_level_name and self._after_level(cstart):
            return self.last_level_name + name
        measured = self._rate_just_read(cstart) if bare_share and f.unit == "%" else ""
        if measured:  # 无人机产量增长39%、占全国9成: the share is of the measure that grew
            return measured + name
        marked = self.marked
        if (
            bare_share
            and f.unit == "%"
            and marked
            and marked[1] in (cstart, _clause_start(self.norm, cstart - 1))
        ):
            self.marked = (marked[0], cstart)  # …，在北方地区占比…: the next bare share is of it too
            return marked[0] + name  # 经济总量跨过3个万亿元大关，占全国比重…: the measure that passed them
        return name

    def _part_of_level(self, name: str, f: Figure, cstart: int) -> str:
        """``汽车保有量由A增至B，其中新能源汽车由C增至D``: a part after 其中 named by a noun that ends in
        the opening of the level before it (新能源|汽车, of 汽车|保有量), in the same quantity, lacks
        the measure it is a part of; it takes it (新能源汽车保有量: GUIDE §7 names a figure by its
        measure, as round 10's readable gold does). ``name`` unchanged where it ends otherwise (其中
        工业投资…: a measure of its own), opens with a verb (an act of its own), where the rest of the
        level's name is no one word (a measure, 保有量, 产量: not 量超每千人) or no level of that
        quantity stands in a clause before."""
        prev = next(
            (
                p
                for p in reversed(self.pending)
                if p.clause_start < cstart and not p.is_rate and _base_unit(p.fig.unit) == _base_unit(f.unit)
            ),
            None,
        )
        if prev is None or _opening_verb(name):
            return name  # 其中开展某抽检…: an act of its own, no part of a measure
        whole = prev.name
        for k in range(len(whole) - _PART_MEASURE_MIN, _PART_NOUN_MIN - 1, -1):
            measure = whole[k:]
            if name.endswith(whole[:k]) and len(name) > k:
                return name + measure if len(segment_fn()(measure)) == 1 else name
        return name

    def _counts_marks(self, i: int, cstart: int, seg: str) -> bool:
        """``经济总量连续跨过3个万亿元大关``: a count of the round marks a level passed (万亿元大关,
        千亿元台阶) is no figure of its own (GUIDE §7: thresholds and milestones are no indicators;
        the level itself is what a report states), and the measure that passed them, the nouns that
        open the clause, is what a share right after it is a share of (占全国比重 →
        地区生产总值占全国比重: 经济总量 is the statistics' 地区生产总值, ``names.EXACT_SYNONYMS``)."""
        f = self.figs[i]
        if f.unit not in _COUNT_SUFFIX or not _MARKS_COUNTED.match(self.norm, f.end):
            return False
        noun = _leading_nouns(seg)
        self.marked = (clean_name(noun), cstart) if len(noun) >= 2 else None
        return True

    def _after_level(self, cstart: int) -> bool:
        return _in_clause_of_level(self.norm, self.pending, cstart)

    def _names_between(self, start: int, end: int) -> bool:
        """Does a tagged name (any type) start in ``start:end``?"""
        return any(start <= k < end for k in self.by_start)

    def _rate_just_read(self, cstart: int) -> str:
        """The measure of a growth rate read last in this clause, right before the share
        (``无人机产量增长39%、占全国9成``: the share is the output's, 无人机产量占全国比重, as a share
        after a level is the level's), or "". Only across a 、: a share in a clause of its own
        after a rate is left alone, as ``_in_clause_of_level`` leaves it."""
        prev = self.pending[-1] if self.pending else None
        if prev is None or not prev.is_rate or prev.clause_start != cstart or not is_rate_name(prev.name):
            return ""
        if self.norm[prev.fig.end : prev.fig.end + 1] != "、":
            return ""
        base = base_of_rate(prev.name)
        return base if base != prev.name and len(base) >= 2 else ""

    def _act_of_coordinated_object(self, i: int, name_raw: str) -> str:
        """``提升改造210公里农村公路和120万平方米村内道路``: a length or area right after the object of
        the figure before and a conjunction is the second object of that figure's act
        (``quantity_objects``); the act's words, or ``name_raw`` unchanged."""
        norm, f, prev = self.norm, self.figs[i], self.pending[-1]
        if not next_object(norm, prev.fig.end, f.start):
            return name_raw
        _, before_start, before = self._segment(prev.fig)
        act = _split_subject(norm, before_start, before, self.by_start)[1]
        return act if f.unit in _OBJECT_MEASURES and object_of_act(norm, clean_name(act), f.end) else name_raw

    def _of_listed_mark(self, name: str, f: Figure, cstart: int, seg_start: int) -> str:
        """``全国占比超过10%的有44种、超过20%的有23种``, ``新增ESI全球前1‰学科1个、前1%学科24个``: a
        count listed right after a sibling count of the same unit in the same clause, whose name
        holds a mark (a threshold or rank in percent, 超过20%, 前1%), writes only its mark: the
        words before the sibling's mark (全国占比, ESI全球) are written once and shared, and the name
        was cut at the digits (20%的工业产品数, 新增前1%学科数). It takes them, and the hedge the text
        writes before its mark (全国占比超过20%的工业产品数, 新增ESI全球前1%学科数: the readable gold
        names both so). ``name`` unchanged where the words before its own mark are no shorter start
        of the sibling's (a measure of its own) or either name holds no mark."""
        prev = self.pending[-1] if self.pending else None
        if prev is None or prev.is_rate or prev.clause_start != cstart or prev.fig.unit != f.unit:
            return name
        theirs, mine = _MARK_IN_NAME.search(prev.name), _MARK_IN_NAME.search(name)
        if theirs is None or mine is None:
            return name
        head, own = prev.name[: theirs.start()], name[: mine.start()]
        if len(head) - len(own) < 2 or not head.startswith(own):
            return name
        hedge = mine.group("hedge") or ""
        if not hedge:  # the figure reader took the hedge with the threshold: read it off the text
            at = self.norm.find(mine.group("mark"), seg_start, f.start)
            hedge = next((h for h in _MARK_HEDGES if at > 0 and self.norm.endswith(h, 0, at)), "")
        return head + hedge + name[mine.start("mark") :]

    def _of_counted_network(self, i: int, name: str, cstart: int, seg_start: int) -> str:
        """``集装箱航线增至150条、吞吐量超2400万标准箱``: a bare measure (not a count, share or sum
        of money) right after a count of things in the same clause, across a 、 alone, measures the
        system whose parts were counted (``network_owner``); ``name`` unchanged otherwise."""
        f, prev = self.figs[i], self.pending[-1] if self.pending else None
        if f.unit == "%" or f.unit in _COUNT_SUFFIX or _MONEY in f.unit or prev is None or not i:
            return name
        if prev.fig is not self.figs[i - 1] or prev.is_rate or prev.clause_start != cstart:
            return name
        if prev.fig.unit not in _CLASSIFIERS or self.norm[prev.fig.end : seg_start] != "、":
            return name
        if not self.norm.startswith(name, seg_start):
            return name  # 学校6所、道路30公里: 道路里程 is the reader's name of an item, no measure written
        return with_network_owner(name, _with_count_tail(prev).removesuffix(_COUNT_SUFFIX[prev.fig.unit]))

    def _level(self, i: int, cstart: int, seg_start: int, seg: str) -> int:
        """A level (or a share, or a rate without a growth verb) named by the words before it."""
        norm, f = self.norm, self.figs[i]
        if i and _threshold_of_count(norm, self.figs[i - 1], f):
            return i + 1  # 8个产业规模超千亿元: the mark the counted items pass, no figure of its own
        if self._restates_passed_mark(i, cstart, seg):
            return i + 1  # 突破1万亿元、达1.19万亿元: the level replaces the mark it passed
        if self._counts_marks(i, cstart, seg):
            return i + 1  # 跨过3个万亿元大关: how many marks were passed, no level
        if self.ctx.kind == "target" and f.unit in _COUNT_SUFFIX:
            if _scopes_an_action(norm, f):
                return i + 1  # 推进25条重点河湖生态流量达标: how many the planned act covers
            if _counts_a_named_programme(norm, f, self.by_start):
                return i + 1  # 实施16处…试点: the sites the planned act runs the named programme on
            if _counts_works_under_way(norm, f, cstart):
                return i + 1  # 加快建设9个…项目: works already under way that the plan speeds up
        subj, name_raw = _split_subject(norm, seg_start, seg, self.by_start)
        if subj is None and f.unit in _COUNT_SUFFIX:
            subj, name_raw = _owning_designation(seg_start, seg, self.by_start, name_raw)
        if subj is None:
            subj = _inherited_subject(self.pending, seg_start, cstart, self.sent_subject, norm)
        sized = _sized_noun(norm, seg, f)
        if sized:  # 组建总规模1000亿元的某基金: the fund's size, 某基金总规模
            self.pending.append(_Pending(sized, f, subj, cstart, False))
            self.last_level_name = sized
            return i + 1
        closing = _PREPOSITION if f.unit in _COUNT_SUFFIX else _PREPOSITION_OR_AND
        share = share_of_group(norm, f.start, f.end, clean_name(name_raw)) if f.unit == "%" else ""
        if share:  # 98%的县市区建成…示范区: the share of the group the predicate holds for
            self.pending.append(_Pending(share, f, subj, cstart, True))
            return i + 1
        if self.ctx.kind == "actual" and f.unit in SERVED_MEASURE:
            served = self._served_by_clause_before(f, seg_start, seg)
            if served:  # 改造老旧小区1万余个，惠及120万户居民: the people the action before reached
                self.pending.append(_Pending(served, f, subj, cstart, False, served=True))
                return i + 1
        if self.ctx.kind == "target" and _served_in_plan(name_raw, f):
            return i + 1  # 为A开展培训5万人次: the people a planned act serves only scope it
        reach = f.unit in SERVED_MEASURE and seg_start == cstart and opening_verb(clean_name(seg))
        if self.ctx.kind == "target" and reach:
            return i + 1  # …改善校舍，惠及3万名学生: the people a planned act will reach only scope it
        if i and self.pending and self.pending[-1].fig is self.figs[i - 1]:
            name_raw = self._act_of_coordinated_object(i, name_raw)  # 改造210公里A和120万平方米B: 改造B
        if _ends_with_function_word(name_raw, closing) and not _copula_wei(norm, name_raw, f):
            served = _served_count(norm, name_raw, f) if self.ctx.kind == "actual" else ""
            if served:  # 为2.15万名劳动者追回工资: the people a reported action served are counted
                self.pending.append(_Pending(served, f, subj, cstart, False))
            return i + 1  # 拓展与5个友好市（区）县合作: the count is inside a prepositional phrase
        shared_raw: str | None = None
        if f.unit in _COUNT_SUFFIX and i and self.figs[i - 1].unit in _COUNT_SUFFIX and self.pending:
            prev = self.pending[-1]
            if prev.fig is self.figs[i - 1] and _coordinated_count(norm, prev.fig, f):
                if prev.said is None:  # 新建20所A和15家B: 新建B
                    _, before_start, before = self._segment(prev.fig)
                    prev.said = _split_subject(norm, before_start, before, self.by_start)[1]
                if not _OPEN_BRACKET.search(prev.said):  # 17家A（包括9家B、8家C）: a note, no verb
                    name_raw = shared_raw = prev.said  # 新建3个A、3个B和9个C: C takes the verb B took
        name = _name_for(norm, name_raw, f, self._names_between(seg_start, f.start))
        if shared_raw and name == clean_name(shared_raw) + _COUNT_SUFFIX[f.unit]:
            return i + 1  # 支持3个A、2个B开展…: the verb alone names no count
        if not name and f.unit in _COUNT_SUFFIX and _lone_verb_before(norm, name_raw, f):
            return i + 1  # 强化12所…: no name of its own, nor the name of a change read before it
        change = _FROM_TO.search(name_raw)
        nxt = self.figs[i + 1] if i + 1 < len(self.figs) else None
        counted_noun = _repeated_count_noun(norm, f, nxt) if change and nxt is not None else ""
        if change:  # 比例从75.6%提高到76.5%: the level before the change belongs to an earlier year
            # 从15个县扩大到57个县: the noun both counts count names them (…县数)
            name = self._of_level(clean_name(name_raw[: change.start()] + counted_noun), f, cstart)
            if seg.lstrip("，,、 ").startswith("其中"):  # 其中新能源汽车由…: a part of the level before
                name = self._part_of_level(name, f, cstart)
            suffix = _COUNT_SUFFIX.get(f.unit)
            if name and suffix and not counts_dwellings(f.unit) and not name.endswith(("数", "量", suffix)):
                name += suffix  # 高新技术企业由3000家增加到8500家: a count, named as one
            elif name and f.unit in _LENGTH_UNITS and not name.endswith(_LENGTH_NAMES):
                name += _mileage_of(name)  # 高速公路由7473公里增至9310公里: the roads' mileage
            if nxt is not None and (counted_noun or re.fullmatch(_TO, norm[f.end : nxt.start])):
                year = int(change.group("year") or self.ctx.year - self.ctx.from_gap)
                self.pending.append(_Pending(name, f, subj, cstart, f.unit == "%", year=year))
                self.carry_name, self.carry_noun = name, counted_noun
                return i + 1
        name = self._of_level(_share_name(name, f.unit == "%"), f, cstart)
        if name.endswith("的") and len(name) > 3:
            name = name[:-1]  # 完成全年目标任务的130%: the figure after 的 is the measure itself
        to_year = None
        if self.carry_name and re.fullmatch(_TO, seg.removeprefix(self.carry_noun)):
            name = ""  # …提高到2025年的7.4万元: the far end of the change keeps its name
            written = _WRITTEN_YEAR.search(seg)
            to_year = int(written.group(1)) if written else None
        if not name and not clean_name(seg) and f.unit not in _COUNT_SUFFIX and f.unit != "%":
            name = _noun_before_verb(norm, f.end)  # 20.3亿元以旧换新补贴拉动消费…: the noun follows
        stock = ""
        total = seg.startswith(_TOTALS) and clean_name(seg) in ("", *_TOTALS)
        if seg_start > cstart and (total or seg.strip() in _REACHED):
            # 新增上市公司48家、总量达1224家; 某园区增加7个、达到19个
            stock = _stock_after_flow(self.pending, cstart, f, same_unit=not total)
            name = stock or name
        elif total and cstart > 0:
            # 新登记经营主体320万户，总量达2037.7万户: a clause of the total alone, after the flow's
            stock = _stock_after_flow(self.pending, _clause_start(norm, cstart - 1), f)
            name = stock or name
        if not name and self.carry_name:
            name = self.carry_name  # 迈上6万亿元台阶，达到62661亿元: the level keeps the name
        elif not name and self.pending and self.pending[-1].is_rate and f.unit != "%" and not clean_name(seg):
            # 地区生产总值年均增长5.6%，2025年达到3.2万亿元: the level of the rate just read
            name = base_of_rate(self.pending[-1].name)
        if _MARK_AFTER.match(norm[f.end : f.end + 2]):
            self.carry_name, self.carry_noun = name, ""
            return i + 1
        topic = ""
        said = clean_name(seg) if name and seg_start == cstart and subj is None else ""
        if said and (_opening_verb(said) or is_bare_measure(name)):  # the clause's words open with the act
            topic = clause_topic(  # 某铁路…，累计发送旅客…
                norm, cstart, self.by_start, self._has_figure, acted_on=self._bare_amount(name, f)
            )
        listed_part = seg.lstrip("，,、 ").startswith("其中")
        if listed_part and name:
            name = self._part_of_level(name, f, cstart)  # 汽车保有量…，其中新能源汽车达…: 新能源汽车保有量
        elif name and subj is None and seg_start == cstart and f.unit != "%" and f.unit not in _COUNT_SUFFIX:
            name = with_lead_measure(name, norm, cstart)  # …产量大幅增长，…增长…%，乙产品110万辆: 乙产品产量
        if name and subj is None and not topic:
            # 某产业发展方面，…产量突破…、投资超…: 某产业产量, 某产业投资; after a 、 only where the figure
            # before took the aspect too (…装机规模3000万千瓦、并网2000万千瓦: 并网 is the 装机's)
            joined = self.pending[-1].name if seg_start > cstart and self.pending else None
            name = with_aspect_topic(name, norm, cstart, joined)
        if name and subj is None and not topic and seg_start == cstart:
            # …问题攻坚行动，问题解决率…; 盘活国有资产69.2亿元，完成率…
            name = with_clause_object(name, norm, cstart, self._has_figure, self._one_figure_measure)
        action_measure = bool(name) and not is_bare_measure(name) and _measure_of_an_action(name)
        counted = False
        bare = _bare_measure(name, f) or action_measure
        if name and not topic and self.pending and bare and not listed_part:
            prev = self.pending[-1]  # 高交会促成…签约，成交额超1700亿元: the measure is the topic's
            if prev.subject is subj and not prev.is_rate:
                topic = prev.topic  # the clause topic the figure before took goes on (…、运输货物…)
                if prev.counted and _MONEY not in f.unit:
                    topic = ""  # 完成投资…，拟竣工投产项目3500个: a count of its own
                counted = prev.counted and bool(topic)
                own = topic_of(prev.name.removeprefix(topic), acts=False)
                if not own and not topic:  # the reader is given one sentence at a time
                    own = owner_of_lone_measure(prev.name, name)  # 粮食总产…，单产…: 粮食单产
                if not own and not topic and prev.clause_start == cstart and seg_start > cstart:
                    own = self._acted_on(prev)  # 落实某计划补贴资金…、带动消费…: the programme's
                found = "" if action_measure else topic + own
                if not found and not topic and _measures_counted_things(prev, f, norm):
                    # 实施N个项目，年度完成投资…: the things counted are the amount's topic, and stay
                    # the topic of the amounts after it (…，投入资金…，带动消费…)
                    topic = found = counted_topic(_with_count_tail(prev), _COUNT_SUFFIX[prev.fig.unit])
                    counted = bool(found)
                name = name if not found or name.startswith(found) else found + name
        owned = ""
        if name and not topic and not stock and seg_start > cstart and norm[seg_start - 1] == "、":
            owned = self._of_counted_network(i, name, cstart, seg_start)  # 航线150条、吞吐量…: 集装箱吞吐量
        if owned != name and owned:
            name = owned  # the system measured, no act the count's verb did
        elif name and not stock and f.unit != "%" and seg_start > cstart and norm[seg_start - 1] == "、":
            # 净增A 24万户、B 1302户
            named_before = bool(clean_name(seg))  # 、桥梁15座, not 、249条子跑道 (the noun after its count)
            name = _with_shared_verb(name.removeprefix(topic), self.pending, cstart, f, named_before)
            if _named_as_area(self.pending, cstart):  # 完成造林30万亩、沙化土地治理…: named alike
                name = area_name(name, f.unit)
        if topic and not name.startswith(topic):
            name = topic + name
        if name and f.unit in _COUNT_SUFFIX and seg_start > cstart:
            name = self._of_listed_mark(name, f, cstart, seg_start)  # …10%的有44种、超过20%的有23种
        cumulative = name.endswith(_CUMULATIVE) and len(name) > len(_CUMULATIVE) + 1
        if cumulative:  # 进出口总额累计1.4万亿元: a total over the period, named by its measure
            name = name[: -len(_CUMULATIVE)]
        if name:
            self.pending.append(
                _Pending(
                    name,
                    f,
                    subj,
                    cstart,
                    f.unit == "%",
                    year=to_year,
                    cumulative=cumulative,
                    topic=topic,
                    said=shared_raw,
                    counted=counted,
                )
            )
            if f.unit != "%":
                self.last_level_name = name
        return i + 1


_MARK_HEDGES = ("超过", "高于", "低于", "不足", "超", "逾", "前")  # a mark passed or not reached; a rank
# a mark written in a name: its hedge, digits and a percent (per mille), or a short unit before 的
_MARK_IN_NAME = re.compile(
    r"(?P<hedge>超过|高于|低于|不足|超|逾|前)?(?P<mark>\d+(?:\.\d+)?(?:[%‰]|[万亿]?[\u4e00-\u9fff]{1,2}(?=的)))"
)
_PART_NOUN_MIN = 2  # characters: the noun a part shares with the level before (汽车)
_PART_MEASURE_MIN = 2  # characters: the measure it lacks (保有量, 产量)
_ACTION_MEASURE_MAX = 8  # characters: 年度完成投资, 累计募集资金规模; longer phrases name their own thing


_ACTION_TAGS = frozenset({"v", "vn", "l"})  # verbs, verbal nouns, set phrases (综合治理)


def _scopes_an_action(text: str, f: Figure) -> bool:
    """``完成40座成品油储罐深度治理``: in a plan, a count whose words after it run to the clause's
    end in an act (a dictionary verb, verbal noun or set phrase of two or more characters) counts
    the things the planned act covers: a scope count, no indicator (GUIDE §7; the provincial-2026
    conventions: a count that only scopes a plan action on unnamed items). A construction-stage
    verb (``status_kernels.jsonl``: 建设, 建成) builds the counted things, so that count is an
    output and stays (推进10个产业园建设), as does a count whose noun ends the clause (打造20家园区)."""
    _segment = segment_fn()
    dictionary = dictionary_fn()
    status_lexicon = status_lexicon_fn()

    noun = _noun_after(text, f.end)
    end = f.end + len(noun)
    if not noun or (end < len(text) and text[end] not in _CLAUSE_END):
        return False
    words = _segment(noun)
    last = words[-1]
    if len(words) < 2 or len(last) < 2 or dictionary().get(last, (0, ""))[1] not in _ACTION_TAGS:
        return False
    return not any(k in last for k in status_lexicon().kernels)


_PROGRAMME = "Program"


def _counts_a_named_programme(text: str, f: Figure, by_start: dict[int, Mention]) -> bool:
    """``实施16处大宗工业固废回填试点，``: in a plan, a count right before a Program mention that
    runs to the clause's end (or to a list mark) counts the sites or items the planned act runs
    the named programme on: a scope count of the act, no indicator (GUIDE §7; the readable gold
    records none of its two, fresh3 ``实施16处…试点`` and fresh ``发挥…3个…消费试点作用``, while it
    records the three such counts of the year under review, fresh4 and fresh5). A count after
    新增 or 增加 is what the plan adds and stays (新增12个…试点), as does a count whose noun goes on
    after the name (50个…联动联建|合作项目事项: the items are counted, the programme modifies them)."""
    m = by_start.get(f.end)
    if m is None or m.type != _PROGRAMME:
        return False
    end = f.end + (m.end - m.start)
    if end < len(text) and text[end] not in _CLAUSE_END and text[end] != "、":
        return False
    return not text.endswith((_INCREASE, _INCREASE_WRITTEN), 0, f.start)  # the plan's output


_UNDER_WAY = "under_construction"  # the status class of works being built (GUIDE §9 hasStatus)


@functools.cache
def _under_way_phrases() -> tuple[str, ...]:
    """The mined status phrases of works under way that are a mined status modifier and a stage
    verb (加快|建设, 统筹|推进: ``status_phrases.jsonl`` and ``status_modifiers.jsonl``, each with
    its counts), longest first. A verb that governs the stage verb (推动|建设, 支持|建设) is no
    modifier: it asks for the build itself, whose count is the plan's output."""
    lexicon = status_lexicon_fn()()
    phrases = (
        p
        for p, st in lexicon.phrases.items()
        if st == _UNDER_WAY
        and any(p.startswith(m) and p[len(m) :] in lexicon.kernels for m in lexicon.mined_modifiers)
    )
    return tuple(sorted(phrases, key=len, reverse=True))


def _counts_works_under_way(text: str, f: Figure, clause_start: int) -> bool:
    """``加快建设9个国家区域医疗中心项目``: in a plan, a count right after a mined status phrase of
    works under way with a word before its stage verb (加快|建设, 统筹|推进) counts things already
    being built or carried out, which the plan speeds up: a scope count of the act (GUIDE §7; the
    provincial-2026 conventions' ``加快2条在建国际海缆…建设``). The readable gold records none of the
    three so written (dev 加快推进2个…, fresh2 统筹推进16个…, fresh8 加快建设9个…). A bare stage verb
    (推进10个产业园建设, 续建23个项目) is no such phrase: its count is the plan's output and stays. A
    count joined to the one after the phrase (加快建设4个A和2个B) is the same act's object."""
    phrases = _under_way_phrases()
    if text.endswith(phrases, 0, f.start):
        return True
    joined = (
        text[f.start - 1 : f.start] == "、"
        or _PREPOSITION_OR_AND.search(text, max(0, f.start - 1), f.start) is not None
    )
    return joined and text.startswith(phrases, clause_start)


def _measure_of_an_action(name: str) -> bool:
    """年度完成投资, 投入资金规模: a short all-Han measure of what was done, a verb and its object
    (jieba's dictionary) and nothing that names a thing of its own, like topics.is_bare_measure
    but longer, as the period (年度, 累计) and size words (规模) make it. Only a count just read
    gives it a topic (:func:`_measures_counted_things`)."""
    _segment = segment_fn()
    dictionary = dictionary_fn()

    if not 2 <= len(name) <= _ACTION_MEASURE_MAX or not all(map(_is_cjk, name)):
        return False
    tags = dictionary()
    words = _segment(name)
    # a verb with its object after it (完成|投资, 投入|资金): a statistic ending in a verb (财政民生支出)
    # names its own thing
    return any(
        tags.get(w, (0, ""))[1] == "v" and len(w) >= 2 and _nominal_tag(tags.get(o, (0, ""))[1])
        for w, o in itertools.pairwise(words)
    )


def _measures_counted_things(prev: _Pending, f: Figure, text: str) -> bool:
    """Is ``f`` a sum of money (完成投资, 带动消费) right after a count of things (个, 项, 场次: not of
    people, who are a scope of their own, :data:`_CLASSIFIERS`) that an action took? Then it is the
    money of the things just counted (topics.counted_topic). The count is an action's when the
    figure comes first (推进2000个省级重点项目) or straight after its noun (实施省大中型项目5296个);
    a count reached by a verb (上市公司增至88家, 起降设施达3592个) is a stock, and the money after it
    is a statement of its own (…，实际使用外资263亿美元)."""
    if prev.is_rate or prev.fig.unit not in _CLASSIFIERS or _MONEY not in f.unit:
        return False
    _segment = segment_fn()
    dictionary = dictionary_fn()

    after = text[prev.fig.end : prev.fig.end + 1]
    if after and _is_cjk(after):  # the figure counts the noun after it, which ends its clause
        rest = text[prev.fig.end : _clause_end(text, prev.fig.end)].split("、", 1)[0]  # an item ends too
        tags = dictionary()
        # 年度28项重点改革任务扎实推进，…财政收入…: the things have a predicate, the clause is done
        return not any(len(w) >= 2 and tags.get(w, (0, ""))[1] == "v" for w in _segment(rest))
    words = _segment(text[prev.clause_start : prev.fig.start]) if prev.fig.start > prev.clause_start else ()
    return bool(words) and _nominal_tag(dictionary().get(words[-1], (0, ""))[1])


def _clause_end(text: str, pos: int) -> int:
    """Where the clause holding ``pos`` ends: the next clause start (``_clause_starts``) less its
    mark, or the text's end."""
    starts = _clause_starts(text)
    k = bisect.bisect_right(starts, pos)
    return starts[k] - 1 if k < len(starts) else len(text)


_MONEY = "元"  # the unit word of every sum of money (亿元, 万元, 亿美元)


_TOTALS = ("总量", "总数")  # the statistics' words for a stock, as in 经营主体总量


def _stock_after_flow(pending: list[_Pending], cstart: int, f: Figure, same_unit: bool = False) -> str:
    """``新增境内外上市公司45家、总量达1224家``: the total after a flow is the stock of what the
    flow added (境内外上市公司数), named without the flow's verb; "" when the figure before is
    no flow of the same unit kind (a verb opening its name) in this clause.

    A bare verb of reach after an increase (``通用机场增加7个、达到19个``, ``same_unit``: a figure
    of the increase's own unit) is that stock too: the level the things reached (GUIDE §7, one
    record per figure; the increase is named …新增数, the level by the things)."""
    prev = _clause_prev(pending, cstart)
    if prev is None or prev.is_rate or f.unit == "%":
        return ""
    if same_unit and _base_unit(prev.fig.unit) != _base_unit(f.unit):
        return ""
    suffix = _COUNT_SUFFIX.get(f.unit) or ("数" if f.unit in _PEOPLE_UNITS else "")
    increase = _INCREASE + suffix
    if suffix and prev.name.endswith(increase) and len(prev.name) > len(increase) + 1:
        return prev.name[: -len(increase)] + suffix  # 通用机场新增数 -> 通用机场数
    if not suffix and (base := _before_increase(prev.name)):
        return base  # 装机同比增加1829万千瓦、达到9048万千瓦: the level of what increased
    name = prev.name.removeprefix(_CUMULATIVE)
    verb = _opening_verb(name) or opening_count_verb(name)  # 新建|学校: a mined act of count lists
    if not verb and one_char_modifier(name):
        name = name[1:]  # 新|登记经营主体: a modifier + the act, as names.period_total_name reads it
        verb = _opening_verb(name)
    if not verb or len(name) - len(verb) < 2:
        return ""
    name = name[len(verb) :]
    return name + suffix if suffix and not name.endswith(("数", "量", suffix)) else name


def _rising_verbs() -> tuple[str, ...]:
    """The verbs ``_GROWTH_VERB`` lists before its first fall: read off the pattern, so the rises
    are not a second hand-typed list beside it (the open-class ceiling of test_no_hand_lexicon)."""
    group = next(g for g in re.findall(r"\(([^()]*)\)", _GROWTH_VERB.pattern) if _DOWN[0] in g.split("|"))
    return tuple(itertools.takewhile(lambda verb: verb not in _DOWN, group.split("|")))


_RISES = _rising_verbs()


def _before_increase(name: str) -> str:
    """The measure a flow's name says increased, when the name ends in the verb of the rise
    (装机同比增加 → 装机, 装机新增 → 装机); "" when it ends in none or nothing is left."""
    gm = _GROWTH_VERB.search(name)
    if gm and gm.group(3) in _RISES:
        base = name[: gm.start()]
    elif name.endswith(_INCREASE):
        base = name[: -len(_INCREASE)]
    else:
        return ""
    return base if _has_name(base) else ""


_BENEFACTIVE = "为"  # 为 N名X V…: the people or firms an action was done for
_COPULA_END = "，,；;。、)）"  # the figure after a copula is the clause's predicate: nothing follows it


def _copula_wei(text: str, raw: str, f: Figure) -> bool:
    """Is the 为 before ``f`` the copula "is" (失业率平均值为5.3%, 平均浓度为32微克/立方米)?

    为 is a preposition (为N名X追回工资, 以长协价为24个省份保供) or, after a change verb, "into"
    (优化整合为47所, 调整为48个: the outcome of a reorganisation, no measured level). Counted
    over all 29 reports (``scripts/copula_wei_stats.py``: what precedes 为 + figure, by the
    dictionary's part of speech):
    after a noun, or an adverb (均, 分别) behind a noun, with the figure closing its clause, 为 is
    "is" in every case read; after a verb (jieba v, vn: 整合, 优化, 调整) or at the clause start
    (为 N 名…) it is not, and a word after the figure (为24个省份保供) makes it a preposition.
    A count after 为 (管理机构精简为48家, 整合为50家) was in every case read the outcome of a
    reorganisation, whatever tag the dictionary gives the word before (精简 is tagged n), so
    counts stay skipped; so does a 、 list before 均为 (A、B、C均为100%), which would otherwise
    become one joined name."""
    _segment = segment_fn()
    dictionary = dictionary_fn()

    after = text[f.end : f.end + 1]
    if (after and after not in _COPULA_END) or f.unit in _COUNT_SUFFIX or "、" in raw:
        return False
    words = _segment(raw.strip())
    if len(words) < 2 or words[-1] != _BENEFACTIVE:
        return False
    tags = dictionary()

    def tag(w: str) -> str:
        return tags.get(w, (0, "n"))[1]  # a word the dictionary lacks is a compound noun (覆盖率)

    k = len(words) - 2
    if tag(words[k]) == "d" and k > 0:  # 比例均为100%: the adverb stands between noun and copula
        k -= 1
    t = tag(words[k])
    return t[:1] == "n" and len(words[k]) >= 2


_SERVED_UNITS = frozenset({"名", "万名", "人", "万人", "户", "万户", "家"})
_SERVED_PREDICATE = (2, 12)  # characters: a verb and its object (追回工资, 发放高龄津贴)


def _ends_with_function_word(raw: str, pattern: re.Pattern[str]) -> bool:
    """Does ``raw`` end with a preposition or conjunction of ``pattern`` that is a word of its own?
    The characters are also the last of verbs (惠及, 涉及, 普及, 供给, 面对): ``城镇更新改造惠及
    390万人`` is a count the action served, not a figure inside a phrase opened by 及 (and). The
    dictionary's segmentation tells the two apart (…|惠及 vs …|资金|和). A verb that is the whole
    phrase (…政策，惠及251.6万人) names no action of its own: the figure is skipped as before."""
    _segment = segment_fn()

    raw = raw.strip()
    if not pattern.search(raw):
        return False
    words = _segment(raw)
    if not words or len(words[-1]) == 1:
        return True
    return len(_segment(clean_name(raw))) < 2  # the verb alone: no action named


def _served_in_plan(raw: str, f: Figure) -> bool:
    """``为在岗护理员开展职业技能培训5万人次``, ``对高危人群开展筛查3万名``: a count of people (or
    households) after an act whose clause opens with the preposition of its beneficiaries (为, 对,
    给, 向: a word of its own in the dictionary's segmentation) counts the people the act serves.
    In a plan such a count only scopes the action (the provincial-2026 conventions, after GUIDE
    §7's scope counts); in the year under review it is recorded (``_served_count``)."""
    if f.unit not in SERVED_MEASURE:
        return False
    _segment = segment_fn()

    phrase = clean_name(raw)
    if not phrase or not _BENEFICIARY.match(phrase):
        return False
    words = _segment(phrase)
    return len(words) > 2 and len(words[0]) == 1


# the prepositions that introduce whom an act serves (closed class: function words)
_BENEFICIARY = re.compile(r"[为对给向]")


def _served_count(text: str, raw: str, f: Figure) -> str:
    """``为2.15万名劳动者追回工资2.65亿元``: in the year under review, the count after 为 is how many
    people (households, firms) an action served, named by the action and the noun (追回工资劳动者数,
    eval/provincial-2026 tune gold). The noun is nouns only and the action a verb (jieba's
    dictionary) with its object, up to the next figure or the clause end; "" otherwise. Plans
    are left out: there such a count only scopes the action (GUIDE §7)."""
    _segment = segment_fn()
    dictionary = dictionary_fn()

    if not raw.rstrip().endswith(_BENEFACTIVE) or f.unit not in _SERVED_UNITS:
        return ""
    end, stop = f.end, min(len(text), f.end + _TAIL_MAX)
    while end < stop and text[end] not in _CLAUSE_END and not text[end].isdigit():
        end += 1
    tail = text[f.end : end]
    tags, noun = dictionary(), ""
    for w in _segment(tail) if tail else ():
        tag = tags.get(w, (0, ""))[1]
        if tag.startswith("v") and tag != "vn" and len(noun) >= 2:
            action = clean_name(tail[len(noun) :])
            lo, hi = _SERVED_PREDICATE
            return action + noun + "数" if lo <= len(action) <= hi and _is_cjk(action[-1]) else ""
        if not tag.startswith(_COUNTED_NOUN_TAGS):
            return ""
        noun += w
    return ""


def _amount_topic(name: str) -> str:
    """What an amount before a reach was spent or made on: its topic (``消费品以旧换新|带动…``,
    :func:`topics.topic_of`) unless that opens with the act, else the amount's own words without
    the act (``发放失业保险稳岗返还资金`` -> ``失业保险稳岗返还资金``)."""
    topic = topic_of(name)
    return topic if topic and not _opening_verb(topic) else clause_action(name)


def _with_shared_verb(
    name: str, pending: list[_Pending], cstart: int, f: Figure, written: bool = False
) -> str:
    """``净增涉税主体24.8万户、规上法人单位1302户``: the figures of one clause listed with 、 after
    one verb share it, so the second is 净增规上法人单位 (the coordinated object keeps its verb,
    like the shared tail of ``A、B分别…``). Only a verb of two or more characters (jieba's tag v)
    that opens the previous figure's name is carried, and only to a name that opens with no
    verb of its own and is no bare measure of the previous one (…项目2200个、总投资额…: that is
    the topic rule's).

    A short name after a figure of the same quantity, not money (``改造供热管网1287公里、燃气管网
    810公里``: kilometres after kilometres), is the verb's next object, not a measure of the thing
    before: the verb goes on to it (GUIDE §7, one record per figure, each named by what was done).
    So is a count's name after a count, whatever the two measure words (``改造道路80条、桥梁15座``):
    a counted noun is a thing, never a measure of the thing before, and a short first count
    (``建成学校12所``) is no bare measure either; nor is a short first item before a written name of
    the same quantity (``新增用海29万亩、用林地13万亩``: 新增用林地, the readable gold's name) unless
    that name holds an act of its own (``新增就业1.2万人、城镇失业人员再就业3000人``).
    ``written``: the name stands before its figure, as the verb's object does; in ``68条跑道、
    249条子跑道`` the nouns follow their counts and the coordination reader names them. A mined modifier
    of stage verbs before the verb (``有序|改造``, ``status_modifiers.jsonl``) does not hide it."""
    prev = _clause_prev(pending, cstart)
    if prev is None or prev.is_rate:
        return name
    counts = written and prev.fig.unit in _COUNT_SUFFIX and f.unit in _COUNT_SUFFIX  # 道路80条、桥梁15座
    same_quantity = _base_unit(prev.fig.unit) == _base_unit(f.unit) and _MONEY not in f.unit
    if _bare_measure(prev.name, prev.fig) and not counts and not (
        written and same_quantity and not _holds_act(name)
    ):
        return name  # 完成投资100亿元、规上工业产值…; but 新增用海29万亩、用林地13万亩 goes on
    if is_bare_measure(name) and not same_quantity and not counts:
        return name  # 完成投资100亿元、规上工业产值…: a bare measure carries no verb
    if prev.counted and is_bare_measure(prev.name.removeprefix(prev.topic)):
        return name  # nor does one named by the things a count counted (…项目完成投资)
    verb = _shared_verb(prev.name.removeprefix(prev.topic))
    if not verb or _opening_verb(name) or name.startswith(verb):
        return name
    return verb + name


def _named_as_area(pending: list[_Pending], cstart: int) -> bool:
    """Is the figure before, in this clause, named as an area of work (…面积, ``worked_areas``)?
    The items after it that its act goes on to are then named alike (完成造林面积、完成沙化土地治理
    面积), and the items of a list that named the first by its plot stay plots (处置低效用地、闲置厂房)."""
    prev = _clause_prev(pending, cstart)
    return prev is not None and prev.name.endswith(AREA)


def _with_opening_act(names: list[str]) -> list[str]:
    """``[新建省重点实验室, 省技术创新中心, 省工程研究中心]`` (``…各20家``): the act that opens the
    first conjunct (:func:`_shared_verb`: a dictionary verb, a mined count verb such as 新建, a set
    phrase) goes on to the conjuncts that open with no act of their own, as the shared verb of a
    list of counts does (GUIDE §7: one record per figure, named by what was done); the names
    unchanged when the first opens with none."""
    verb = _shared_verb(names[0]) if names else ""
    if not verb:
        return names
    return [names[0]] + [n if _shared_verb(n) or n.startswith(verb) else verb + n for n in names[1:]]


def _shared_verb(name: str) -> str:
    """The act that opens ``name`` and goes on to the next object: its opening verb (改造|供热管网:
    改造, not 改造供热, the first object's own modifier), or a mined modifier kept in names (累计,
    ``names.without_leading_modifier``) with the verb or verbal noun after it (累计|建设), or a
    word mined as the act of lists of counts where the dictionary names no verb (办理 is tagged a
    noun, 新建 a place: ``count_verbs.jsonl``), or an adverb and the act it modifies
    (:func:`_adverb_led_act`: 新|培育)."""
    status_lexicon = status_lexicon_fn()

    name = without_leading_modifier(name)
    modified = name.startswith(words_of(status_lexicon().mined_modifiers))
    verb = _opening_verb(name, with_object_verb=modified)
    if not verb and not modified:
        verb = opening_count_verb(name)  # 办理|代表建议, 新建|学校: the mined acts of count lists
        verb = verb or split_clause_verb(name)
    return verb or _opening_act_phrase(name) or _adverb_led_act(name)


_ADVERB_TAGS = frozenset({"a", "d"})  # jieba's tags of a one-character word that modifies a verb after it
_ACT_TAGS = frozenset({"v", "vn"})  # the verb it modifies: jieba tags 培育 a verbal noun (vn)


def _adverb_led_act(name: str) -> str:
    """``新|培育|科技型企业``: a one-character adjective or adverb (jieba a/d) right before a verb or
    verbal noun of two or more characters that has words after it is that act's adverb ("newly"):
    the two are the act of the name, which goes on to the next object of a list of counts (新培育A
    企业32家、B企业4家: 新培育B企业数, GUIDE §7 one record per figure, named by what was done; README
    indicator29, counts named verb first). jieba tags 培育 vn and 新 a, so neither the verb reader nor
    the mined count verbs saw an act there; "" when ``name`` does not open so."""
    words = segment_fn()(name)
    if len(words) < 3 or len(words[0]) != 1 or len(words[1]) < 2:
        return ""
    tags = dictionary_fn()()
    if tags.get(words[0], (0, ""))[1] not in _ADVERB_TAGS or tags.get(words[1], (0, ""))[1] not in _ACT_TAGS:
        return ""
    return words[0] + words[1]


def split_clause_verb(name: str) -> str:
    """``获|批|美丽河湖``: two one-character words that open ``name`` and join into a mined hard clause
    verb (``stop_words.jsonl``, which counts such a pair as one unit: jieba splits verb + complement
    compounds its dictionary lacks) are its act; "" otherwise."""
    _segment = segment_fn()

    words = _segment(name)
    if len(words) > 2 and len(words[0]) == len(words[1]) == 1 and words[0] + words[1] in _clause_verbs():
        return words[0] + words[1]
    return ""


_SET_PHRASE = "l"  # jieba's tag of a set phrase (更新改造, 综合治理)
_ACT_PHRASE_LEN = 4  # characters: the four-character set phrase, two words of two


def _opening_act_phrase(name: str) -> str:
    """``更新改造|道路``: a four-character set phrase (jieba tag l) that opens ``name``, has words
    after it and ends in a dictionary verb (改造, 治理: tag v, the phrase's head in Chinese
    compounds, which stands on the right) is the act of the name, as a verb opening it is; "" when
    none does. jieba tags such phrases l, not v, so the verb reader missed the act the objects
    after a 、 share (更新改造道路80条、桥梁15座: 更新改造桥梁数, GUIDE §7)."""
    _segment = segment_fn()
    dictionary = dictionary_fn()

    head = name[:_ACT_PHRASE_LEN]
    tags = dictionary()
    if len(name) <= _ACT_PHRASE_LEN or tags.get(head, (0, ""))[1] != _SET_PHRASE:
        return ""
    if tags.get(head[2:], (0, ""))[1] != "v" or _segment(name)[0] != head:
        return ""
    return head


@functools.lru_cache(maxsize=8192)
def _opening_verb(name: str, with_object_verb: bool = False) -> str:
    """The verb (jieba tag v, two or more characters) that opens ``name``, or ""; with
    ``with_object_verb`` a verbal noun right after it goes with it (累计|建设 is one action).
    Memoised (bounded): a pure function of its arguments over the fixed jieba dictionary, asked
    again and again for the same pending names while a report's figures are read."""
    _segment = segment_fn()
    dictionary = dictionary_fn()

    if not name or not _is_cjk(name[0]):
        return ""
    tags = dictionary()
    if not _may_open_with_verb(name, tags):
        return ""  # the first word of a segmentation is an opening of the name: none is a verb
    words = _segment(name)
    tag = tags.get(words[0], (0, ""))[1]
    if len(words[0]) < 2 or not _verb_tag(tag):
        return ""
    if len(words) > 1 and tags.get(words[1], (0, ""))[1] == _SUFFIX_TAG:
        return ""  # 示范|型|老年助餐点: a verb before a suffix (型, 式) makes an attribute, no act
    if with_object_verb and len(words) > 2 and tags.get(words[1], (0, ""))[1] == "vn":
        return words[0] + words[1]
    return words[0]


_SUFFIX_TAG = "k"  # jieba's tag of a word-forming suffix (型, 式): 示范型 is a kind, not the act 示范


def _may_open_with_verb(name: str, tags: dict[str, tuple[int, str]]) -> bool:
    """Is some opening of ``name`` (two characters or more) a dictionary word with a verb tag
    ``_opening_verb`` accepts? Its answer is such an opening or "", so where none is one it
    needs no segmentation (most indicator names open with a noun)."""
    return any(_verb_tag(tags.get(name[:j], (0, ""))[1]) for j in range(2, len(name) + 1))


def _holds_act(name: str) -> bool:
    """Does a word of ``name`` carry a verb's tag (城镇失业人员再|就业)? Such a name says its own act,
    and a verb shared from the item before would be a second one (新增|…再就业)."""
    tags = dictionary_fn()()
    return any(_verb_tag(tags.get(w, (0, ""))[1]) for w in segment_fn()(name))


def _verb_tag(tag: str) -> bool:
    """A tag ``_opening_verb`` accepts for a name's first word: a verb's, not a verbal noun's."""
    return tag.startswith("v") and tag != "vn"



_SHARE = "占比"  # a share with no name of its own (…达到9048万千瓦，占比55.1%): the level's share


_SHARE_OF = "占"  # 占全国92.8%: a share whose measured thing is the level just stated


def _in_clause_of_level(text: str, pending: list[_Pending], cstart: int) -> bool:
    """Was the last figure read a level (no rate) in this clause or the one just before it?
    ``棉花总产616.5万吨、占全国92.8%`` / ``装机达到9048万千瓦，占比55.1%``: the share is that level's
    (its name goes first: 棉花总产量占全国比重); a share after a rate or further on is left alone."""
    prev = pending[-1] if pending else None
    if prev is None or prev.is_rate or prev.fig.unit == "%":
        return False
    before = _clause_start(text, cstart - 1) if cstart > 0 else cstart
    return prev.clause_start in (cstart, before)


# X占Y (a share of a whole: 占 right after the measure, not 占地/占用/占有 "occupy")
_SHARE_OF_WHOLE = re.compile(r"[\u4e00-\u9fff）)]占(?![地用有据领])[\u4e00-\u9fff]{1,10}$")
# 3个万亿元大关, 两个千亿元台阶: the round marks a count counts (after its measure word)
_MARKS_COUNTED = re.compile(r"[十百千万亿]*元?(?:大关|台阶|关口)")
# 在北方地区占比, 在全市占比: a share written with the whole it is a share of before it, a whole of
# places (全 + a division level, or a region: …地区, …区域); not 在贷企业数量占比 (在贷: "with loans")
_LOCATED_SHARE = re.compile(r"在(全[国省市区县州]|[\u4e00-\u9fff]{1,8}(?:地区|区域))占比")


def _located_share(name: str) -> str:
    """在北方地区占比 → 占北方地区比重: a share named by the whole before it is the share of that
    whole (GUIDE §7: shares keep the source name; the readable gold writes the 占…比重 form)."""
    m = _LOCATED_SHARE.fullmatch(name)
    return f"{_SHARE_OF}{m.group(1)}比重" if m else name


def _leading_nouns(seg: str) -> str:
    """The dictionary nouns that open ``seg`` (经济总量连续跨过 → 经济总量), "" when it opens otherwise."""
    _segment = segment_fn()
    dictionary = dictionary_fn()

    tags, noun = dictionary(), ""
    for w in _segment(seg.lstrip("，,；;、 ")):
        if not tags.get(w, (0, ""))[1].startswith(_COUNTED_NOUN_TAGS):
            break
        noun += w
    return noun


def _share_name(name: str, percent: bool = False) -> str:
    """占全国92.8% -> 占全国比重: a share is named as one, also after its measure when the figure is a
    percentage (核电装机规模占全国25.8% → 核电装机规模占全国比重: every readable gold share written
    X占Y N% is named so; 占地, 占用 are no shares)."""
    of_whole = percent and _SHARE_OF_WHOLE.search(name) is not None
    if name.startswith("占") or ("占" in name and name.endswith("的")) or of_whole:
        name = name.rstrip("的")
        if not name.endswith(("比重", "比例", "份额", _SHARE)):
            name += "比重"
    return name


def _indicator(p: _Pending, norm: str, offset: int, length: int, ctx: Context) -> Indicator:
    """A figure read from the sentence as a record; the sentence is its evidence."""
    year = p.year or _explicit_year(norm, 0, p.fig.start) or ctx.year
    subj = p.subject
    topic = p.topic if p.topic and p.name.startswith(p.topic) else ""
    name = p.name[len(topic) :]  # the period's words go before the topic: “十四五”时期某工程…
    if topic and (p.cumulative or _CUMULATIVE in name):
        if p.cumulative and _CUMULATIVE not in name:  # (a figure of a named service or line keeps
            name = _CUMULATIVE + name  # GUIDE §9's own form, 中老铁路累计发送旅客, no period)
    elif ctx.from_gap > 1 and ctx.kind == "actual" and year == ctx.year and not p.is_rate:
        if p.cumulative and _CUMULATIVE not in name:
            name = _CUMULATIVE + name  # 发明专利授权量累计26.2万件: “十四五”时期累计发明专利授权量
        total = p.cumulative or p.served
        if total or _CUMULATIVE in name or not _RAISED_TO.search(norm, max(0, p.fig.start - 6), p.fig.start):
            name = period_total_name(name, year, total)
    elif (
        ctx.from_gap > 1
        and ctx.kind == "actual"
        and year == ctx.year
        and _change_over_the_period(p, norm)
        and not _explicit_year(norm, 0, p.fig.start)  # 2025年…增长5.4%: the year's own change
    ):
        name = period_total_name(name, year, total=True)  # “十四五”时期对…国家进出口增速
    elif p.cumulative:
        name = _CUMULATIVE + name
    if topic:
        period = _PERIOD_PREFIX.match(name)
        at = period.end() if period else 0
        name = name[:at] + topic + name[at:]
    return Indicator(
        doc=ctx.doc,
        subject=subj.canonical if subj else ctx.subject,
        subject_type=subj.type if subj else ctx.subject_type,
        subject_id=subj.entity_id if subj else ctx.subject_id,
        indicator=name,
        year=year,
        value=-p.fig.value if p.negative else p.fig.value,
        unit=p.fig.unit,
        start=offset,
        end=offset + length,
        growth_pct=p.growth,
        kind_=ctx.kind_of(year),
        qualifier=_qualifier(p.fig),
        path=ctx.path,
    )


# 生活垃圾总处理能力提高到16.9万吨/日: the far end of a change the verb writes is the level the period
# ended at, a stock (the provincial-2026 conventions: stock levels take no period), not a total of the
# five years, whatever word the name opens with (生活 is also a verb in jieba's dictionary)
# and so is the level a clause of reach right after the increase states (增加11个、达到25个; 总量达…)
_RAISED_TO = re.compile(
    r"(?:(?:提高|提升|增加|增长|上升|扩大)(?:到|至)|增至|[、，,](?:总量|总数)?(?:达到|达))(?:约|超过|超|近|逾)?$"
)


def _change_over_the_period(p: _Pending, norm: str) -> bool:
    """In the undated five-year review, is the rate ``p`` the change over the whole period
    (对共建“一带一路”国家进出口增长38%: from the period's first year to its last)? Such a figure is
    a five-year figure and says so in its name like the period's totals (GUIDE §9, the
    provincial-2026 conventions). A yearly average over the period (地区生产总值年均增长5.9%) is a
    five-year figure too and says so (“十四五”时期地区生产总值年均增速: GUIDE §9 "five-year figures
    … say so in the name"; 8 of the 10 such readable blind-round names, branch indicator27); a change
    measured against a period the clause names (较“十三五”同期下降…) keeps its name."""
    multiple = p.fig.unit == MULTIPLE_UNIT  # 增长5.1倍 over the period, as a rate over it
    if not p.is_rate or not (multiple or is_rate_name(p.name)) or p.year is not None:
        return False
    return not names_a_plan_period(norm[p.clause_start : p.fig.start])


_PERIOD_PREFIX = re.compile(r"“十[一二三四五六七八九]五”时期")  # what period_total_name puts first


def _with_span(r: Indicator, offset: int, length: int) -> Indicator:

    return replace(r, start=offset, end=offset + length)


def _qualifier(f: Figure) -> str | None:
    if f.low is not None and f.high is not None:
        return f"{f.low:g}-{f.high:g}"
    return f.hedge


def _signed(value: float, verb: str | None) -> float:
    return -value if verb in _DOWN else value


def _negative_rate(verb: str | None) -> bool:
    """综合指数下降13.3% is a growth of -13.3 %: GUIDE §7 names a rate given alone ``<name>增速``,
    and the provincial-2026 conventions record a fall as its negative. Intensities are no
    exception (碳排放强度下降20.5% → 碳排放强度增速 -20.5 %): the readable provincial gold writes
    every fall of an intensity so, and the one dev record written 降幅 (单位地区生产总值能耗降幅 3)
    is the exception the convention in ``eval/provincial-2026/README.md`` settles."""
    return verb in _DOWN


def _rate_label(name: str, verb: str | None, annual: bool = False) -> str:
    """地区生产总值 + 增长 -> 地区生产总值增速; 年均增长 (a mean over the period) -> 年均增速;
    a fall is a negative 增速 (:func:`_negative_rate`)."""
    if verb == "上涨":
        return name + "涨幅"
    if annual and "年均" not in name:
        return rate_name(name + "年均增长")
    return rate_name(name)


def _has_name(s: str) -> bool:
    """Is there a real name left (not just 同比/其中/分别 glue)?"""
    return len(clean_name(s)) >= 2


def _clause_prev(pending: Sequence[_Pending], cstart: int) -> _Pending | None:
    """The last pending figure of the clause opening at ``cstart`` (the figure before, if any)."""
    return next((p for p in reversed(pending) if p.clause_start == cstart), None)


def _clause_start(text: str, pos: int) -> int:
    """Start of the clause holding ``pos``; a colon ends a clause unless it sits in a ratio (1:2).

    A bisection over the sentence's clause starts, listed once: the scan back from each figure
    made a crafted sentence of one clause quadratic (64,000 characters of figures took 45 s)."""
    starts = _clause_starts(text)
    k = bisect.bisect_right(starts, pos) - 1
    return starts[k] if k >= 0 else 0


# a clause end or a colon (the colon is then tested in Python: ``str.isdigit``'s digits are not
# the regex's ``\d``)
_CLAUSE_END_OR_COLON_RE = re.compile("[" + re.escape(_CLAUSE_END) + ":]")


@functools.lru_cache(maxsize=16)
def _clause_starts(text: str) -> list[int]:
    """Every position right after a clause end of ``text`` (see ``_clause_start``), ascending.

    The regex finds the clause ends and colons at C speed; only a colon (not in ``_CLAUSE_END``)
    is tested for a ratio, so the list is the one a test of every position gives."""
    return [
        i
        for m in _CLAUSE_END_OR_COLON_RE.finditer(text)
        if text[(i := m.end()) - 1] in _CLAUSE_END
        or not (i >= 2 and text[i - 2].isdigit() and text[i : i + 1].isdigit())
    ]


_AT_LEAST = "以上"
# classifiers that count the noun after them (个, 家, 项, 条 …: ``_COUNT_SUFFIX``), not people: 100人以上
# 企业 measures the firms' size (a threshold) as 50万元以上 measures a price
_CLASSIFIERS = frozenset(u for u in _COUNT_SUFFIX if not u.endswith(("人", "名", "位", "人次")))
# 的 + 有 right after a figure: a relative clause without its noun, whose things the count after 有
# counts (占比超过10%的有44种: "those above 10% number 44"); the figure is the clause's threshold
_HEADLESS_RELATIVE = re.compile(r"的有(?:约|近|超过|超|逾)?\d")
_THRESHOLD_HEDGES = ("以上", "以下", "超", "超过", "逾")  # 营收超百亿元的龙头企业: a threshold
_ASPECT = "方面"  # "aspect": how a report outlines its own tasks and targets
_OWN_INDICATORS = "指标"  # "indicator": what a plan calls the rows of its own target table
# the two attributes of a development plan's indicators (预期性, 约束性: a closed class of the
# national planning system, as the 十四五 outline's indicator table writes them); a sentence that
# names one speaks of the plan's own table
_INDICATOR_KINDS = re.compile("预期性|约束性")


def _count_span(f: Figure) -> bool:
    """Is ``f`` a span of counts (``2—3家``: both bounds, a count's measure word)?"""
    return f.unit in _COUNT_SUFFIX and f.low is not None and f.high is not None


def _counts_own_indicators(p: _Pending) -> bool:
    """``提出了28个主要指标，其中20个预期性指标、8个约束性指标``: in a sentence that names a kind of
    plan indicator (:data:`_INDICATOR_KINDS`), a count of indicators counts the rows of the plan's
    own target table, the report's outline like ``以下8个方面主要目标`` (the conventions in
    ``eval/provincial-2026/README.md``: counts of the report's own outline are no indicators), not
    a figure about the author's territory; the readable gold records none. Elsewhere a count of
    指标 is a stock of something else (归集体征指标4280项: the metrics a governance centre holds)."""
    return p.fig.unit in _COUNT_SUFFIX and _OWN_INDICATORS in p.name[-len(_OWN_INDICATORS) - 1 :]


_PASS = "过"  # the verb "pass" before a mark (过三千亿元城市: the threshold reader's frame)


def _mark_of_a_kind(text: str, f: Figure) -> bool:
    """``营收过百亿元农产品加工企业``, ``第一个过10万亿元省份``: a sum of money after the verb 过
    ("pass", a word of its own in jieba's segmentation: not 通过, 超过) and right before a noun
    (a dictionary noun of two or more characters) is the mark a kind of thing passes, a
    threshold inside a noun phrase like ``50万元以上豪华车`` (GUIDE §7 and the provincial-2026
    conventions: thresholds are no figures), not a level the report states."""
    if _MONEY not in f.unit or not text.endswith(_PASS, 0, f.start):
        return False
    _segment = segment_fn()
    dictionary = dictionary_fn()

    before = _segment(text[max(0, f.start - _PASS_WINDOW) : f.start])
    after = _segment(text[f.end : f.end + _PASS_WINDOW])
    if not before or before[-1] != _PASS or not after or len(after[0]) < 2:
        return False
    return dictionary().get(after[0], (0, ""))[1].startswith("n")


_PASS_WINDOW = 6  # characters read on either side of the mark (a word and the next)


def _candidates(text: str, found: list[Figure]) -> list[Figure]:
    """The figures of ``found`` (all of ``text``'s, in order) that may be indicators."""
    return [f for k, f in enumerate(found) if _is_candidate(text, f, found[k - 1] if k else None)]


def _is_candidate(text: str, f: Figure, prev: Figure | None) -> bool:
    """Filters for what the annotation guide says is not an indicator."""
    if f.unit in ("个百分点", "‰", *_MAGNITUDES):
        return False
    before = text[max(0, f.start - 6) : f.start]
    after = text[f.end : f.end + 4]
    if before.endswith(("第", "前", "居全国第", "位列第")) or after.startswith("之一"):
        return False
    if _PROGRESS_BEFORE.search(before):
        return False  # 形象进度完成92%: a project's status, read by the relation rules
    if _DURATION_AFTER.match(after):
        return False
    if f.unit == "岁" and after[:1] not in ("", *_CLAUSE_END, "、"):
        return False  # 60岁老人, 3岁以下婴幼儿: an age that qualifies a group; 寿命75.3岁。 is a level
    if _ONE_OF_AFTER.match(text[f.end : f.end + 12]):
        return False
    if f.unit == "个" and "百分点" in text[f.end : f.end + 12]:
        return False  # 分别提高0.7个、7.5个百分点: rate changes
    if text.rfind("“", 0, f.start) > text.rfind("”", 0, f.start):
        return False  # inside a quoted name: “20个重大储备项目+10大标志性工程”
    scope = _SCOPE_AFTER.match(text[f.end : f.end + 16])
    if (
        f.unit in _COUNT_SUFFIX
        and scope is not None
        and not _event_ends(scope.group(0))
        and not _subject_of_clause(text, f, scope.end())
    ):
        return False  # 10个毗邻地区合作平台建设: the scope of an action
    if (
        f.unit in _COUNT_SUFFIX
        and _SCOPED.match(text, f.end)
        and _pushes_action(text[max(0, f.start - 4) : f.start])
    ):
        return False  # 加快2条在建国际海缆、…出入口局建设: a plan action's scope (GUIDE §7)
    # 培育100家以上特色企业: a classifier counts the noun after it; the hedge is dropped (GUIDE §7)
    # and the count is read as 培育100家特色企业 is, not as a threshold of a measure
    counted = f.hedge == _AT_LEAST and f.unit in _CLASSIFIERS
    threshold = after[:1] and _is_cjk(after[0]) and after[0] not in "的，,。；、"
    if f.hedge in ("以上", "以下") and threshold and not counted:
        return False  # 50万元以上豪华车: a threshold, not a figure
    if (
        f.hedge in _THRESHOLD_HEDGES
        and f.unit != "%"
        and after[:1] == "的"
        and _is_cjk(after[1:2] or "，")
        and not _sized_noun(text, text[_clause_start(text, f.start) : f.start], f)
    ):
        return False  # 收入50万元以上的行政村: the threshold of what is counted (6%以上的增长 is a target)
    if _mark_of_a_kind(text, f):
        return False  # 培育一批营收过百亿元农产品加工企业: the mark the kind passes, no figure
    if _HEADLESS_RELATIVE.match(after):
        return False  # 占比超过10%的有44种: the threshold of a headless relative, the things it counts
    if _DOMAIN.match(text, f.start) and _HEADLESS_RELATIVE.search(text, f.end):
        return False  # 在104种工业产品中，…的有44种: the set the members are counted in, no figure of its own
    if _inside_title(text, f.start):
        return False
    if f.unit in _COUNT_SUFFIX and after.startswith(_ASPECT):
        return False  # 以下8个方面主要目标, 15个方面的重点任务: the report's own outline, not a figure
    return not (f.unit in _COUNT_SUFFIX and _enumerated(text, f, prev))


# what may stand before a count that is its clause's subject: nothing, or the words that put the
# clause in a list or the whole author's area (其中, 全省 …; the same words _inherited_subject reads)
_SUBJECT_LEAD = re.compile(r"[\s、]*(?:其中|同时|此外)?[\s、]*" + r"(?:全区|全市|全省|全县)?[\s、]*")


_BUILDING = "建设"  # the noun of building that ends an action's scope (10个…平台建设)


def _opens_clause(text: str, f: Figure) -> bool:
    """Does figure ``f`` open its clause (only :data:`_SUBJECT_LEAD` words before it)?

    Only the last :data:`_LEAD_MAX` characters are matched: the lead words are short, and the
    pattern's runs of 、 would backtrack over a crafted clause of thousands of them."""
    start = _clause_start(text, f.start)
    return f.start - start <= _LEAD_MAX and _SUBJECT_LEAD.fullmatch(text, start, f.start) is not None


_LEAD_MAX = 8  # characters: the longest _SUBJECT_LEAD a report writes (其中，全省 with spaces)


def _subject_of_clause(text: str, f: Figure, scope_end: int) -> bool:
    """Is the count ``f``, followed by a phrase ending in 建设 (``scope_end`` characters after
    it), its clause's subject rather than the object of an action? No verb stands before it in
    its clause (:func:`_opens_clause`), and the counted items have a predicate of their own:
    words after 建设 up to the clause end (``4个医疗中心建设取得明显成效``), or a verb before it
    that is a mined hard clause verb or one that ends a counted noun, as :func:`_predicate_after`
    takes them (``2家重点实验室获批建设``, ``86个县开展医共体建设``; not the 振兴 inside
    ``乡村振兴示范片``). 建设 must be a word of the clause's segmentation. eval/provincial-2026
    records counts stated as a stock of places or bodies (``62个省级纵向支持组团``); GUIDE §7's
    scope counts follow an action verb (``推进10个平台建设``, ``抓好6条高铁建设``)."""
    if not _opens_clause(text, f):
        return False
    _segment = segment_fn()

    end = f.end + scope_end
    stop = min(len(text), end + _PREDICATE_MAX)
    stop = next((k for k in range(end, stop) if text[k] in _CLAUSE_END), stop)
    words, at = [], f.end
    for w in _segment(text[f.end : stop]):  # the clause's words: 建设项目 is one, 建设 of it no end
        if at >= end:
            break
        words.append(w)
        at += len(w)
    if at != end or not words or words[-1] != _BUILDING:
        return False  # 80个重点建设项目中: 建设 inside a longer word names the items, ends no scope
    if _stage_ends(text[f.end : end]):
        return False  # 15个项目加快建设: an ongoing stage only scopes (test_pattern_indicator_event_counts)
    if end < len(text) and text[end] not in _CLAUSE_END:
        return True
    return any(w in _clause_verbs() or re.fullmatch(_COUNT_END, w) for w in words[1:-1])


def _stage_ends(phrase: str) -> bool:
    """Does ``phrase`` end in a mined status phrase of an ongoing or preparing stage (加快建设)?"""
    status_lexicon = status_lexicon_fn()

    lexicon = status_lexicon()
    found = [m for m in lexicon.phrase_re.finditer(phrase) if m.end() == len(phrase)]
    return any(lexicon.status_class(m.group(0)) in (_ONGOING, _PREPARING) for m in found)


def _event_ends(phrase: str) -> bool:
    """Does ``phrase`` (…建设) end in a mined status phrase of an event, a start or a completion
    (``status_phrases.jsonl``: 开工建设, 启动建设), not an ongoing stage (加快建设)? Then the count
    before it counts the items the event happened to (120个“两新”项目开工建设), no action's scope."""
    status_lexicon = status_lexicon_fn()

    lexicon = status_lexicon()
    found = [m for m in lexicon.phrase_re.finditer(phrase) if m.end() == len(phrase)]
    return any(lexicon.status_class(m.group(0)) not in (_ONGOING, _PREPARING) for m in found)


def _pushes_action(before: str) -> bool:
    """Does ``before`` end in a verb that pushes an action along (加快, 推进, 抓好): a mined hard
    clause verb (``stop_words.jsonl``) that is no start or completion stage (``status_kernels.jsonl``:
    完成, 建成 report results; 推进 is an ongoing one)?"""
    verbs = _action_verbs()
    return any(before.endswith(v) for v in verbs)


@functools.cache
def _action_verbs() -> tuple[str, ...]:
    from extract.pipeline.lexicon_files import read_lexicon

    lexicon = read_lexicon(names=("status_kernels.jsonl", "stop_words.jsonl"))
    stages = {e["verb"] for e in lexicon["status_kernels.jsonl"] if e["status"] in ("started", "completed")}
    return tuple(
        e["word"]
        for e in lexicon["stop_words.jsonl"]
        if e["kind"] == "hard" and e["pos"] == "v" and len(e["word"]) >= 2 and e["word"] not in stages
    )


def _is_cjk(c: str) -> bool:
    return "\u4e00" <= c <= "\u9fff"


def _inside_title(text: str, pos: int) -> bool:
    return text.rfind("《", 0, pos) > text.rfind("》", 0, pos)


_LAST_ITEM_JOIN = re.compile(r"[和及]")
_LIST_MARKS = ("等", "、")  # a name followed by these is an item of a list (A等N个…, A、B…)


def _enumerated(text: str, f: Figure, prev: Figure | None) -> bool:
    """``A、B、C等3个`` / ``A、B2个``: a count that only restates the listed items.

    ``prev`` is the figure before ``f`` in ``text`` (None: there is none): re-reading the clause
    for each count made a clause of thousands of counts quadratic."""
    cstart = _clause_start(text, f.start)
    seg = text[cstart : f.start]
    last_end = prev.end - cstart if prev is not None and prev.start >= cstart else None
    if last_end is not None:  # 创建7个A、3个B: the list starts after the previous figure's noun
        seg = seg[last_end:]
        seg = seg[seg.index("、") + 1 :] if "、" in seg else ""
    seg = seg[:-1] if seg.endswith("等") else seg
    if "、" not in seg and text[f.start - 1 : f.start] != "等":
        return False
    if "分别" in seg[seg.rfind("、") + 1 :]:
        return False  # A、B、C分别增加2个: the figure is each item's, no count of the list
    # eval/provincial-2026 conventions: a count is recorded when it exceeds the items listed
    # (A等2个, A、B等3个); 和/及 join the last item (A、B和C等3个 lists three)
    items = seg.count("、") + len(_LAST_ITEM_JOIN.findall(seg)) + 1
    return f.scaled() <= items


def _sentence_subject(text: str, by_start: dict[int, Mention], ctx: Context) -> Mention | None:
    """A park or district other than the author that opens the sentence (某经开区发展动能…)."""
    lead = _SENTENCE_LEAD.match(text)
    at = lead.end() if lead else 0
    m = by_start.get(at)
    if m is None or m.type not in ("Platform", "District") or m.canonical == ctx.subject or _board(m):
        return None
    # 某中心落户广东，建成…: a name placed in the author by its own clause is that clause's
    # object of news; the clauses after it speak of the author again
    end = at + m.end - m.start  # by_start is keyed by offsets in the sentence
    if text[end : end + 1] in _LIST_MARKS:
        return None  # 甲走廊等50余个合作事项落地: an item of a list, not the sentence's subject
    stop = next((i for i in range(end, len(text)) if text[i] in _CLAUSE_END), len(text))
    if any(o.canonical == ctx.subject for s, o in by_start.items() if end <= s < stop):
        return None
    return m


def _inherited_subject(
    pending: list[_Pending], seg_start: int, cstart: int, sent_subject: Mention | None, text: str
) -> Mention | None:
    """某园区完成投资100亿元、规上工业产值145亿元: the second figure keeps the subject."""
    if seg_start > cstart and pending and pending[-1].clause_start == cstart:
        return pending[-1].subject
    if sent_subject is not None and not re.search(
        r"全区|全市|全省|全县|我区|我市|我省", text[cstart : seg_start + 1]
    ):
        return sent_subject
    return None


def _board(m: Mention) -> bool:
    """Is ``m`` a board of the securities markets (新三板挂牌4家)? Its figures count the author's
    firms listed there: like a service's (GUIDE §9, 中老铁路累计发送旅客) they take the author as
    subject and keep the board in the indicator's name (``securities_boards``)."""
    return m.source == _BOARD_SOURCE


def _split_subject(
    text: str, seg_start: int, seg: str, by_start: dict[int, Mention]
) -> tuple[Mention | None, str]:
    """A District/Platform/Area mention opening the phrase is the figure's subject."""
    lead = _PHRASE_LEAD.match(seg)
    k = lead.end() if lead else 0
    m = by_start.get(seg_start + k)
    if m is not None and m.type in _SUBJECT_TYPES and k + (m.end - m.start) <= len(seg) and not _board(m):
        rest = seg[k + (m.end - m.start) :]
        # 甲走廊等50余个合作事项: an item of a list closed by 等, not the count's subject
        if not rest.startswith(("的", "与", "和", "、", "等")):
            return m, rest
    return None, seg


# a designation (GUIDE §3: a named zone or pilot is a Program) can own a count written right
# after it, as a district does (某示范区47项经验获全国推广: GUIDE §7, the figure is the zone's)
_DESIGNATION_OWNER = "Program"


def _owning_designation(
    seg_start: int, seg: str, by_start: dict[int, Mention], name_raw: str
) -> tuple[Mention | None, str]:
    """``深圳某先行示范区47项经验获全国推广``: a Program mention that is the whole phrase before a
    count, with no verb or other word between, is the possessor of what is counted (the Chinese
    genitive without 的), so it is the figure's subject (GUIDE §7: the canonical of the entity the
    figure is about), and the count is named by its own noun. Other types go through
    ``_split_subject``; a Program with any word after it (以旧换新带动销售额300亿元) stays a
    word of the name and the author the subject. Returns (None, ``name_raw``) otherwise."""
    lead = _PHRASE_LEAD.match(seg)
    k = lead.end() if lead else 0
    m = by_start.get(seg_start + k)
    if m is None or m.type != _DESIGNATION_OWNER or k + (m.end - m.start) != len(seg):
        return None, name_raw
    if not _place_led(m.text):
        return None, name_raw  # 建成…、“两山”实践创新基地14个: a kind of designation the author won
    return m, ""


_PLACE_PREFIX = (2, 3, 4)  # characters: a division's short or full name (深圳, 深圳市, 襄阳市)


def _place_led(name: str) -> bool:
    """Does ``name`` open with an administrative division's name (the closed gazetteer,
    ``extract.regions``)? Such a designation is one place's zone or pilot (深圳综合改革试点), an
    entity of its own; one without a place (义务教育优质均衡县, “两山”实践创新基地) names a kind the
    author's places are awarded, which the author's count counts."""
    return any(candidates(name[:n]) for n in _PLACE_PREFIX if len(name) > n)


def _bare_measure(name: str, f: Figure) -> bool:
    """``topics.is_bare_measure``, except for a length's name without a noun of length (建成碧道,
    排水管网): that names the thing measured, not a measure. The readers that tell a bare measure
    by its shortness (…、总投资额) took such names for measures once :func:`_mileage_of` stopped
    lengthening them with 里程 (建成碧道7960公里、碧带330公里 lost the shared 建成)."""
    thing = f.unit in _LENGTH_UNITS and not name.endswith(_LENGTH_NAMES)
    return not thing and is_bare_measure(name)


def _mileage_of(name: str) -> str:
    """``里程`` for the bare length of a route (``新改建农村公路`` → ``…公路里程``), "" for any other
    length (``改造供热管网``, ``新增城市绿道``, ``全长``): see ``_ROUTE_HEAD``. A closing quote after
    the head is the route's own (``建设“四好农村路”`` → ``…”里程``)."""
    return _MILEAGE if name.rstrip("”").endswith(_ROUTE_HEAD) else ""


def _name_for(text: str, raw: str, f: Figure, names_listed: bool = True) -> str:
    """Indicator name of a level figure; counts get the noun after the number and ``数``.
    ``names_listed``: the words before the figure hold a tagged name (a list of names before 等
    counts them, no kind: 新建A、B等13座 names nothing; a list of kinds before a rough total,
    新建体育公园、健身园等1100余处, names what is counted)."""
    name = clean_name(raw)
    acted_on = object_of_act(text, name, f.end) if name and f.unit in _OBJECT_MEASURES else ""
    if acted_on:  # 提升改造210公里农村公路: the act and its object (quantity_objects)
        if f.unit in _AREA_UNITS:
            return area_name(acted_on, f.unit)  # 治理40万亩废弃矿山: the ground the act covered
        return acted_on + (
            _mileage_of(acted_on) if f.unit in _LENGTH_UNITS and not acted_on.endswith(_LENGTH_NAMES) else ""
        )
    if f.unit in _LENGTH_UNITS and name and not name.endswith(_LENGTH_NAMES):
        return name + _mileage_of(name)  # 新改建农村公路4.2万公里: a road's length is its mileage
    if f.unit in _AREA_UNITS and name:
        return area_name(name, f.unit)  # 完成营造林260万亩: the planting's extent, 营造林面积
    if f.unit in _WEIGHT_UNITS and name:
        return _output_name(name)
    flow = next((v for v in _AMOUNT_OF if name.endswith(v)), None) if "元" in f.unit else None
    if flow is not None and len(name) > len(flow):  # 贷款新增1.9万亿元, 外贸进出口8500亿元
        return name + _AMOUNT_OF[flow]
    if f.unit in _COUNT_SUFFIX or implicit_count(text, f):
        noun, split = _noun_after(text, f.end), None
        own_noun = noun  # the noun as written: the shared head after it is read only where named
        if _COUNT_END_RE.match(text, f.end + len(noun)):  # the noun ends at a verb, not its clause
            noun, verb_mod = _verb_modifier(noun)  # 项目新|开工: 新 is the verb's
        else:
            verb_mod = ""  # 12条河流稳定消劣。: 劣 ends the phrase, no verb after it
        if not noun and raw.rstrip().endswith("等"):
            if names_listed or _ITEM_SEP not in raw or f.hedge not in _ROUGHLY:
                return ""  # 新建A、B等13座。: a count of listed items that names no kind
            name = clean_name(raw.rstrip()[:-1])  # 新建体育公园、健身园等1100余处: the kinds listed
        if not noun and not name and _opens_clause(text, f):
            noun = _subject_noun(text, f.end)  # 62个组团实施项目1000多个: the subject's count
        cut = _status_cut(text, f.end, noun)
        if cut is None and not (noun and _verb_after(text, f.end + len(noun) + len(verb_mod))):
            split = _predicate_after(text, f.end, _opens_clause(text, f))  # 7家企业上榜…500强
            if split is not None:
                noun, verb_mod = split[0], ""
        if noun:
            verb_after = _verb_after(text, f.end + len(noun) + len(verb_mod))
            verb_after = verb_mod + verb_after if verb_after else ""
            if not verb_after and verb_mod in degree_adverbs():  # 任务基本|完成，: the clause's own verb
                ends = _COUNT_END_RE.match(text, f.end + len(noun) + len(verb_mod))
                verb_after = verb_mod + ends.group(0) if ends else ""
            if not verb_after and cut is None and split is not None:
                verb_after = split[1]
            noun = _without_modifier(noun)
            if cut is not None and not (verb_after and cut[0] == clean_name(noun)):
                noun, verb_after = cut  # the plain reader's verb (投产达效, 签约落地) stands when it saw one
            base = name if name and not name.endswith("等") else ""
            base = re.sub(r"等$", "", base)
            if "、" in raw or raw.rstrip().endswith("等"):
                base = _leading_verb(raw)
            if verb_after and split is not None and len(without_noun_brackets(noun)[0]) == 1:
                name = _predicate_first(verb_after, _RELATIVE + noun)  # 获评…基地的县（区）
            elif verb_after and noun in verb_after:
                name = _predicate_first(verb_after, "")
            elif verb_after and noun.startswith("“"):
                name = clean_name(noun + verb_after)  # 196个“两重”项目全部开工: “两重”项目开工数
            elif verb_after:
                name = _predicate_first(verb_after, noun)
            else:
                # 6个国家级、20个省级…专科: the level's head is the one the counts after it write out
                name = clean_name(base + noun + _head_after_next_count(text, f.end + len(own_noun), own_noun))
        if name.endswith("的"):  # 占比超过10%的有44种: the things counted are the domain's
            domain = _domain_noun(text, f)
            name = name + domain if domain else ""
        elif _lone_verb_before(text, name, f):
            return ""  # 强化12所师范（…）院校…: a verb with no noun after the count names nothing counted
        if not name or _names_nothing(name):
            return ""
        if _opens_clause(text, f):
            name = _verb_final_predicate(text, f, name) or name  # 3个装置新增: 新增装置数
        built = name.find(_BUILDING)
        if 0 < built < len(name) - len(_BUILDING) and _opens_clause(text, f) and _names_a_noun(name[:built]):
            name = name[:built]  # 4个中心建设取得成效: the building's result says no more of the count
        suffix = _COUNT_SUFFIX.get(f.unit, "数")  # an implicit count of people: 万人 (implicit_people)
        name = increase_first(_increase(name, f.unit)) if f.unit in _COUNT_SUFFIX else name
        if counts_places_added(name, f.unit):
            return name  # 新增普通高中学位20万个: places added are named by the places
        if not name.endswith(("数", "量", suffix)) and not counts_dwellings(f.unit):
            name += suffix
    elif f.unit in _PEOPLE_UNITS and name and _is_noun_phrase(name) and not name.endswith(("数", "总量")):
        name += "数"  # 研发人员达159万人: a stock of people or households is counted
    elif f.unit in _PEOPLE_UNITS and name and _ends_in_an_objectless_verb(name):
        name += f.unit[-1] + "数"  # 长期护理保险覆盖5634万人: the people it reached, 覆盖人数
    return name


def _predicate_first(predicate: str, rest: str) -> str:
    """The name of a count whose items did what ``predicate`` says, predicate first (``355项事项实现
    跨省通办`` → 实现跨省通办事项数). ``clean_name`` drops a verb that opens a name (实现, 完成: the
    author's verb before a level, 实现地区生产总值…), but here the verb is the counted items' own
    act, the measure as written (README indicator28): the readable gold keeps it in all 5 such
    names (实现跨省通办…, 实现“掌上办”…, 实现跨境通办…, 完成集团层面重组整合…, 完成改革任务…). A
    verb of a level (``is_figure_verb``) opening the predicate that the cleaning cut goes back in
    front; a plan's 推进 (16次调度推进…) stays cut."""
    whole = predicate + rest
    name = clean_name(whole)
    cut = len(whole) - len(name)
    if not name or cut <= 0 or cut > len(predicate) or not whole.endswith(name):
        return name
    front = whole[:cut]
    degree = leading_degree_adverb(front)  # 基本|完成: the verb after the adverb (degree_adverbs)
    verb = front[len(degree) :]
    opens = segment_fn()(predicate[len(degree) :])[0] == verb
    return front + name if is_figure_verb(verb) and opens else name


# a relative clause before a one-character head takes 的 (获评…基地的县数, not …基地县数, which reads
# as a county of the base): the readable gold writes every such name so (fresh2, fresh7: 3 of 3)
_RELATIVE = "的"
_PREDICATE_TAGS = ("v", "a", "d")  # verbs and verbal nouns, adjectives and adverbs of manner (稳定, 成功)
_VERB_FINAL_MAX = 6  # characters: a verb phrase with no object (重组入列, 稳定消劣); longer is a clause


def _verb_final_predicate(text: str, f: Figure, name: str) -> str:
    """``6家全国重点实验室重组入列``, ``3个大科学装置新增``, ``12条入海河流稳定消劣``: a count that
    opens its clause, whose words run to the clause end as nouns and then a verb phrase with no
    object (jieba tags v, vn, a, d; at least one verb), counts the things that did it; the name
    puts that predicate before the noun, as a relative clause stands before its head (重组入列全国
    重点实验室数, 新增大科学装置数, 稳定消劣入海河流数: the readable gold of rounds 7, 9 and 10 names
    every such count so, and indicator21's reading does the same where the verb has an object).
    "" where the name is not those words in that order (a status phrase, 建成运营, is already read
    first by the status reader), or the noun is shorter than two characters."""
    end = _clause_end(text, f.end)
    if clean_name(text[f.end : end]) != name:
        return ""
    _segment = segment_fn()
    tags = dictionary_fn()()

    def tag(w: str) -> str:
        return tags.get(w, (0, ""))[1]

    words = _segment(name)
    at = len(words)
    while at > 1 and tag(words[at - 1]).startswith(_PREDICATE_TAGS):
        at -= 1
    if at > 1 and at < len(words) and words[at - 1] in status_lexicon_fn()().mined_modifiers:
        at -= 1  # 实事全面|兑现: a mined modifier of stage verbs (全面, jieba n) is the verb's
    noun, predicate = "".join(words[:at]), "".join(words[at:])
    verbs = [w for w in words[at:] if tag(w).startswith("v") and tag(w) != "vn"]
    if (
        not verbs
        or len(noun) < 2
        or not tag(words[at - 1]).startswith(_COUNTED_NOUN_TAGS)
        or len(predicate) > _VERB_FINAL_MAX
        or not tag(words[-1]).startswith(("v", "a"))
        or tag(words[-1]) == "vn"
    ):
        return ""
    return predicate + noun


def _domain_noun(text: str, f: Figure) -> str:
    """``在统计的80种农产品中，我区…超过10%的有12种``: a count after a headless relative (its name
    ends in 的) counts members of the set the sentence opened with, ``N<measure> Y 中`` in the same
    measure word; Y is the counted noun (GUIDE §7: a count is named by what it counts), or ""."""
    found: re.Match[str] | None = None
    for m in _DOMAIN.finditer(text, 0, f.start):
        if m.group(1) == f.unit:
            found = m
    return found.group(2) if found else ""


# a set a sentence opens with: a count and its noun before 中 and a comma (在…80种农产品中，);
# the count starts where its digits do (``_RATIO``: one try per run of digits, not per digit)
_DOMAIN = re.compile(r"(?<!\d)\d+(?:\.\d+)?[万亿]?([^\d\s，,。；、]{1,3}?)([\u4e00-\u9fff]{1,10}?)中[，,]")


# words that sum the figures just listed (资助A和B，合计6300名): a total of the items, no name
_SUM_WORDS = ("合计", "共计", "总计")


def _lone_verb_before(text: str, raw: str, f: Figure) -> bool:
    """Are the words before the count ``f`` one dictionary verb, with no noun of its own after the
    count (``强化12所师范（…）院校``)? Such a count names nothing (``count_names.is_lone_verb``)."""
    words = clean_name(raw)
    return is_lone_verb(words) and not text.startswith(words, f.end)


_REPEATED_NOUN_MAX = 16  # characters: the counted noun both ends of a change repeat


def _repeated_count_noun(text: str, f: Figure, nxt: Figure) -> str:
    """The noun two counts of one change both count, written after each figure (``从15个县（市）扩大到
    57个县（市）``: 县（市）), or ``""``. The change's verb (``_TO``) stands between the first noun and
    the second figure, and the same words follow the second figure; a clause mark in between ends it.
    The change is then one count's, named by its noun like ``由3000家企业增加到8500家``."""
    if f.unit not in _COUNT_SUFFIX or nxt.unit != f.unit:
        return ""
    gap = text[f.end : nxt.start]
    for k in range(1, min(len(gap), _REPEATED_NOUN_MAX + 1)):
        noun = gap[:k]
        if noun[-1] in _CLAUSE_END or noun[-1] == "、":
            return ""
        if re.fullmatch(_TO, gap[k:]) and text.startswith(noun, nxt.end):
            return noun
    return ""


def _names_nothing(name: str) -> bool:
    """A count's name that says nothing of what is counted: the relative marker alone (``…超过
    20%的有23种``: the counted noun stands elsewhere, and the figure in the clause was read apart)
    or a word that sums the items listed before it (``合计6300名``; GUIDE §7: counts that only
    enumerate the listed items are no indicators). ``的数`` and ``合计数`` are no indicators."""
    return name.strip("的") == "" or name in _SUM_WORDS


def _ends_in_an_objectless_verb(name: str) -> bool:
    """Does the name end in a verb of two characters or more after a noun (保险|覆盖, 适老化|改造;
    jieba's dictionary), so that the people or households of the figure are the verb's missing
    object? Its count is then named by the measure (…覆盖人数, …改造户数), as the provincial gold
    names such counts; a verb after a verb (新增|就业, 转移|就业) is a flow of its own and keeps
    its name (城镇新增就业)."""
    _segment = segment_fn()
    dictionary = dictionary_fn()

    words = _segment(name)
    if len(words) < 2 or len(words[-1]) < 2:
        return False
    tags = dictionary()
    return tags.get(words[-1], (0, ""))[1] == "v" and tags.get(words[-2], (0, ""))[1][:1] == "n"


# an ongoing stage (推进, 建设) says nothing more about counted items; the others are events
_ONGOING, _PREPARING = "under_construction", "preparation"


_BEFORE_FIGURE = re.compile(r"[\u4e00-\u9fff]{4,24}(?=\d)(?!\d{4}年)")  # the words up to the next figure


def _subject_noun(text: str, pos: int) -> str:
    """The counted noun of a count that opens its clause and is followed, in that clause, by a
    verb, its object and another figure (``62个省级纵向支持组团实施重点项目1000多个``): the words
    before the last verb that follows a noun, as jieba's dictionary tags them; "" when there is
    none. The count is a stock of the bodies that did something (eval/provincial-2026:
    ``省级纵向支持组团数``); the figure after the object is read on its own. A mined hard clause
    verb counts as a verb whatever its tag (实施)."""
    _segment = segment_fn()
    dictionary = dictionary_fn()

    m = _BEFORE_FIGURE.match(text, pos)
    if m is None or not any(g.start == 0 for g in find_figures(text[m.end() : m.end() + 12])):
        return ""  # 上榜…250强: a number inside a name is no figure, the words before it no object
    tags, words = dictionary(), _segment(m.group(0))

    def verb(w: str) -> bool:
        tag = tags.get(w, (0, ""))[1]
        return len(w) >= 2 and ((tag.startswith("v") and tag != "vn") or w in _clause_verbs())

    for at in range(len(words) - 1, 0, -1):  # 工作队实施帮扶项目: 实施, not 帮扶 (after a verb)
        if not verb(words[at]) or not tags.get(words[at - 1], (0, ""))[1].startswith(_COUNTED_NOUN_TAGS):
            continue  # the noun ends in a noun (帮扶工作队: a verb inside it is part of the name)
        noun, obj = "".join(words[:at]), "".join(words[at + 1 :])
        if not obj and words[at] in _clause_verbs():
            obj = words[at]  # 18个协同区推动42个项目落地: the object is counted itself
        return noun if len(noun) >= 2 and len(obj) >= 2 else ""
    return ""


def _status_cut(text: str, pos: int, noun: str) -> tuple[str, str] | None:
    """(noun, stage verb) when a mined status phrase follows the counted noun in its clause:
    ``56个…整治项目扎实推进`` counts the projects (an ongoing stage says nothing more), ``5条高铁
    建成运营`` counts openings (a signing, start or completion is an event: its verb stays, without
    the modifier: 全部开工 -> 开工). None when the phrase lies inside the noun the plain reader found."""
    status_lexicon = status_lexicon_fn()

    end = _tail_end(text, pos, len(text))
    tail = text[pos:end]
    lexicon = status_lexicon()
    m = lexicon.phrase_re.search(tail)
    if m is None or m.start() < 2:
        return None
    head = _without_modifier(clean_name(tail[: m.start()]))
    if len(head) < 2 or not (len(m.group(0)) and m.start() <= len(noun) + 2):
        return None
    head, verb_mod = _verb_modifier(head)
    verb = m.group(0)
    status = lexicon.status_class(verb)
    modified = False
    for mod in sorted(lexicon.mined_modifiers, key=len, reverse=True):  # 全部, 扎实; not 投入 of 投入运行
        if verb.startswith(mod) and len(verb) > len(mod):
            verb, modified = verb[len(mod) :], True
            break
    if status == _ONGOING or (status == _PREPARING and modified):
        return head, ""  # 扎实推进, 加快落地: under way, no event to count
    return head, verb_mod + verb


def _tail_end(text: str, pos: int, stop: int) -> int:
    """Where the words after a count end (its clause's end, an enumeration comma, or ``stop``).
    A bracket of the counted noun is read whole (:func:`noun_bracket`): the 、 of ``县（市、区）``
    lists alternatives inside the noun and ends no clause; stopping there left the reader a tail
    of three characters, so ``超5个县（市、区）开展…建设`` lost its predicate and came out noun first."""
    end = pos
    while end < stop and text[end] not in _CLAUSE_END and text[end] != "、":
        bracket = noun_bracket(text, end) if end > pos and text[end] in "（(" else ""
        end += len(bracket) or 1
    return end


def _verb_modifier(noun: str) -> tuple[str, str]:
    """(noun, "") or, when the counted noun read up to a verb ends in a one-character adjective of
    jieba's dictionary (``38个项目新|开工``, ``4个村新|获评…``) or a mined adverb of degree
    (``年度改革任务基本|完成``, ``degree_adverbs``), the noun without it and that word: it modifies
    the verb after it (新开工, 基本完成: the same phrase a count before its noun keeps, 新开工项目38个),
    not the counted things."""
    if len(noun) < 2:
        return noun, ""
    _segment = segment_fn()
    dictionary = dictionary_fn()

    last = _segment(noun)[-1]
    if len(last) == 1 and dictionary().get(last, (0, ""))[1] == "a":
        return noun[:-1], last
    degree = trailing_degree_adverb(noun)  # 293项年度改革任务基本|完成: 基本完成 (degree_adverbs)
    if degree:
        return noun[: -len(degree)], degree
    return noun, ""


# dictionary tags a counted noun is made of (nouns, abbreviations, distinguishing words such as 省级)
_COUNTED_NOUN_TAGS = ("n", "j", "b")
_PREDICATE_MAX = 20  # characters: a longer tail is a clause of its own, not the count's predicate
_TAIL_MAX = 16 + _PREDICATE_MAX  # the longest counted noun _noun_after reads, then the predicate
_COUNT_END = "均|已|都|全部|分别|签约|开工|建成|落地|入选|投产|实现|完成|获|成功|加快|通过"
_COUNT_END_RE = re.compile(_COUNT_END)
# a coordinated object (对接和投融资项目签约) or a second verb at the end is a clause, not a predicate
_CLAUSE_LIKE = re.compile(r"[和与及、]")


def _predicate_after(text: str, pos: int, subject: bool = False) -> tuple[str, str] | None:
    """(noun, predicate) when the count at ``pos`` is followed, up to its clause end, by nouns and
    then a clause verb with its object that says what the counted items got (``13部作品获…奖``,
    ``5个项目获批…试点``): the predicate is part of the indicator's name (GUIDE §7 names the
    counted thing; eval/provincial-2026 gold: 获…奖作品数). The verb is a mined hard clause verb
    (``stop_words.jsonl``) or one that already ends a counted noun (``_COUNT_END``), and a verb in
    jieba's dictionary; the noun is made of nouns only. None when the tail holds another figure,
    a coordination, ends in a verb, or has a word of another class before the verb.

    ``subject``: the count opens its clause (:func:`_opens_clause`), so the counted items are the
    clause's subject and whatever verb of two or more characters the dictionary tags ``v``
    states what they did (``7家企业上榜…250强``: 上榜 is in no mined list); after a verb of the
    author's (引进5家企业落户…) only the verbs above are read as the items' own."""
    _segment = segment_fn()
    dictionary = dictionary_fn()

    end = _tail_end(text, pos, min(len(text), pos + _TAIL_MAX + 1))
    tail = text[pos:end]
    if len(tail) < 4 or len(tail) > _TAIL_MAX or _candidates(tail, find_figures(tail)):
        return None  # a longer tail is a clause of its own (and the scan stays linear in the text)
    if not subject and _clause_verb_re().search(tail) is None and re.search(_COUNT_END, tail) is None:
        return None  # the verb found below is a piece of the tail: no candidate, no segmenting
    plain, brackets = without_noun_brackets(tail)
    tags, words = dictionary(), _segment(plain)
    found = _typed_predicate(plain, words, tags, subject)
    if found is None and subject:
        found = _subject_predicate(plain, words, tags)
    if found is None or not brackets:
        return found
    noun, predicate = found
    # each bracket back where it stood: after the noun's words it is the noun's (行业（领域）), further
    # on its object's (入围…品牌（地理标志）百强榜: the object's gloss stays in the predicate)
    whole = with_noun_brackets(noun + predicate, brackets)
    cut = len(noun) + sum(len(b) for at, b in brackets if at <= len(noun))
    return whole[:cut], whole[cut:]


def _typed_predicate(
    tail: str, words: Sequence[str], tags: dict[str, tuple[int, str]], subject: bool
) -> tuple[str, str] | None:
    """:func:`_predicate_after`'s first reading: the words before the verb are all nouns by
    jieba's tags and the last word is no verb."""
    noun = ""
    for k, w in enumerate(words):
        tag = tags.get(w, (0, ""))[1]
        opener = len(noun) >= 2 and _opens_predicate(words, k, tags, subject)
        if (tag.startswith("v") and tag != "vn" and len(noun) >= 2) or opener:
            predicate = tail[len(noun) :]
            clause_verb = (
                opener or w in _clause_verbs() or re.fullmatch(_COUNT_END, w) or (subject and tag == "v")
            )
            last = tags.get(words[-1], (0, ""))[1]
            if (
                not clause_verb
                or k == len(words) - 1
                or (last.startswith("v") and last != "vn")
                or _CLAUSE_LIKE.search(predicate)
                or len(predicate) > _PREDICATE_MAX
            ):
                return None
            return noun, predicate
        if not tag.startswith(_COUNTED_NOUN_TAGS):
            return None
        noun += w
    return None


def _subject_predicate(
    tail: str, words: Sequence[str], tags: dict[str, tuple[int, str]]
) -> tuple[str, str] | None:
    """(noun, predicate) of a count that opens its clause when its predicate is a verb with its
    object, whatever jieba calls the words before the verb or the object's last word (``1.2万家
    企业实施改造``, ``13个模型通过国家备案``, ``5项成果在全国推广``, ``2万名儿童享受免费教育``).

    The counted items are the clause's subject (README: a count that opens its clause is a stock
    of the things that did something), so the verb and its object say which of them are counted;
    the name puts that predicate before the noun, as a relative clause stands before its head
    (GUIDE §7 names the counted thing; the provincial gold writes 通过国家备案大模型数,
    完成集团层面重组整合省属企业数). Dictionary tags decide, no word list: the first word after
    the first that opens a predicate — a mined hard clause verb, a mined clause preposition (在,
    通过, 被), a stage verb the noun reader stops at (完成, 获), or, where the clause has none of
    those, a verb of two or more characters (v, not a verbal noun: 享受免费教育; in 经验做法案例获…
    做法 is a noun jieba tags v) — must follow a noun (n, j) of two characters or more without
    a digit, and have an object. None for a stage word with one act (完成认购: the stage the
    noun reader ends at), a coordinated predicate (和, 、), a longer one (a clause of its own) or
    one that ends in a second clause verb (:func:`_serial_verbs`)."""
    preps, verbs = _clause_prepositions(), _clause_verbs()

    def tag_of(w: str) -> str:
        return tags.get(w, (0, ""))[1]

    def strong(k: int) -> bool:  # the stage words the noun reader stops at, not its adverbs (全部)
        w = words[k]
        return w in verbs or w in preps or bool(re.fullmatch(_COUNT_END, w) and tag_of(w).startswith("v"))

    def plain(k: int) -> bool:
        tag = tag_of(words[k])
        return tag.startswith("v") and tag != "vn" and len(words[k]) >= 2

    # a word jieba tags v may be a modifier inside the noun (经验做法案例, 横向生态补偿): a mined
    # opener decides first, a plain verb only where the clause has none
    at = next((k for k in range(1, len(words)) if strong(k)), None)
    if at is None:
        at = next((k for k in range(1, len(words)) if plain(k)), None)
    if at is None:
        return None
    noun, predicate = "".join(words[:at]), "".join(words[at:])
    obj = words[at + 1 :]
    if (
        (len(noun) < 2 and not _one_character_noun(tag_of(noun)))
        or not (tag_of(words[at - 1]).startswith(_NOUN_END_TAGS) or len(noun) == 1)
        or any(c.isdigit() for c in noun)
        or not obj
        or (len(obj) == 1 and re.fullmatch(_COUNT_END, words[at]) and tag_of(obj[0]).startswith("v"))
        or _CLAUSE_LIKE.search(predicate)
        or len(predicate) > _PREDICATE_MAX
        or _serial_verbs(words[at:], tag_of, words[at] in preps)
    ):
        return None  # 完成认购: a stage word and one act is the stage the noun reader ends at
    return noun, predicate


def _one_character_noun(tag: str) -> bool:
    """Is a one-character word this jieba tag a noun that can be counted (``9个县获评…``)? The
    dictionary tags such bound nouns a noun or a morpheme of one (镇 n; 县, 村 zg; 校 ng); a
    measure word (q), conjunction or verb left after the count is none."""
    return tag.startswith("n") or tag in _BOUND_NOUN_TAGS


_BOUND_NOUN_TAGS = frozenset({"zg", "ng"})  # jieba: a bound morpheme, a bound noun morpheme


def _serial_verbs(predicate: Sequence[str], tag_of: Callable[[str], str], preposition: bool) -> bool:
    """Does the predicate end in a second verb after its noun object, a mined hard clause verb
    (``列入计划推进``, ``被列入计划推进``: 推进 opens clauses of its own)? Then it is a clause of
    its own, not what the counted items are (the typed reader refuses a tail that ends in a verb
    for this reason). A preposition's phrase keeps its one verb (``在全国推广``); an object that
    jieba merely tags v (``获得…认证``), a compound (``重组整合``) or a verb after a verb (``实施改造``)
    is no second verb."""
    last, before = predicate[-1], tag_of(predicate[-2]) if len(predicate) > 1 else ""
    if last not in _clause_verbs() or not before.startswith("n"):
        return False
    verbs = sum(1 for w in predicate if tag_of(w).startswith("v") and tag_of(w) != "vn")
    return not preposition or verbs >= 2


# the tags a counted noun ends in before its predicate (nouns, also names as jieba mis-tags them:
# 楼宇 nr; abbreviations): the predicate opens after a noun, never inside a verb phrase
_NOUN_END_TAGS = ("n", "j")


def _opens_predicate(words: Sequence[str], k: int, tags: dict[str, tuple[int, str]], subject: bool) -> bool:
    """Does word ``k``, after the counted noun of a count that opens its clause, open the items'
    predicate although jieba tags it no verb? Two kinds, neither typed: for a ``subject`` count, a
    mined hard clause word that the dictionary tags a preposition (``stop_words.jsonl``, pos
    ``p``: the passive 被, 通过, 在 …: ``6个乡镇被评为…``, ``9个模型通过…评审``), and for any
    count a one-character adjective of the dictionary right before a verb (``4个村新获评…``: 新
    modifies the verb, not the noun, as :func:`_verb_modifier` reads it; the verb is a mined
    hard clause verb or tagged v). The counted items are the clause's subject, so
    what follows them is what they did or got (GUIDE §7 names the counted thing; the provincial
    gold names such counts by their predicate: 通过…备案大模型数, 新获评…的地级市数)."""
    w = words[k]
    if k >= len(words) - 1:
        return False
    if subject and w in _clause_prepositions():
        return True
    if len(w) != 1 or tags.get(w, (0, ""))[1] != "a":
        return False
    nxt = words[k + 1]
    tag = tags.get(nxt, (0, ""))[1]
    return k + 1 < len(words) - 1 and (nxt in _clause_verbs() or (tag.startswith("v") and tag != "vn"))


@functools.cache
def _clause_prepositions() -> frozenset[str]:
    """Mined hard clause words that jieba's dictionary tags as prepositions (``stop_words.jsonl``,
    pos p): the words that open a predicate or an adverbial before its verb (被, 通过, 在)."""
    from extract.pipeline.lexicon_files import read_lexicon

    return frozenset(
        e["word"]
        for e in read_lexicon(names=("stop_words.jsonl",))["stop_words.jsonl"]
        if e["kind"] == "hard" and e["pos"] == "p"
    )


@functools.cache
def _clause_verb_re() -> re.Pattern[str]:
    """Any of :func:`_clause_verbs` anywhere in a text (one C scan)."""
    return re.compile("|".join(map(re.escape, sorted(_clause_verbs()))))


@functools.cache
def _clause_verbs() -> frozenset[str]:
    """Mined hard clause verbs (``stop_words.jsonl``, part of speech v or unknown)."""
    from extract.pipeline.lexicon_files import read_lexicon

    return frozenset(
        e["word"]
        for e in read_lexicon(names=("stop_words.jsonl",))["stop_words.jsonl"]
        if e["kind"] == "hard" and e["pos"] in ("v", "?") and len(e["word"]) >= 2
    )


def _noun_before_verb(text: str, pos: int) -> str:
    """The noun phrase right after a figure that opens its clause, up to its verb (``20.3亿元
    以旧换新补贴拉动消费``: 以旧换新补贴); "" when no verb (jieba's dictionary tag v) ends it."""
    _segment = segment_fn()
    dictionary = dictionary_fn()

    m = _HAN_RUN_3.match(text, pos)
    if not m:
        return ""
    tags, noun = dictionary(), ""
    for w in _segment(m.group(0)):
        if noun and len(w) >= 2 and tags.get(w, (0, ""))[1] == "v":
            return clean_name(noun) if len(noun) >= 2 else ""
        noun += w
    return ""


def _threshold_of_count(text: str, count: Figure, f: Figure) -> bool:
    """Is money figure ``f``, hedged 超/逾 (more than), inside the noun phrase of the count right
    before it (8个产业规模超千亿元, 12家营收超百亿元企业)?"""
    if count.unit not in _COUNT_SUFFIX or "元" not in f.unit or f.hedge not in ("超", "超过", "逾"):
        return False
    between = text[count.end : f.start]
    return len(between) <= 12 and not any(c in between for c in "，,；;。、")


def _without_modifier(noun: str) -> str:
    """任务全面(完成), 项目全部(开工): a mined modifier of stage verbs (status_modifiers.jsonl)
    that ends the noun belongs to the stage after it."""
    status_lexicon = status_lexicon_fn()

    mods = status_lexicon().mined_modifiers
    if not noun.endswith(words_of(mods)):
        return noun  # no modifier ends the noun: the loop below would find none
    for mod in mods:
        if noun.endswith(mod) and len(noun) > len(mod) + 1:
            return noun[: -len(mod)]
    return noun


_ITEM_SEP = "、"  # the enumeration comma between listed items
# hedges of a rough total (1100余处, 300多个): a count so given totals a class, never the named members
# listed before it, which a report counts exactly (等13座)
_ROUGHLY = ("余", "多", "以上")
_RELATIVE = "的"  # the particle that closes a relative clause before its head noun
_SIZE_MEASURE_MAX = 4  # characters: 总投资, 总规模, 首期规模; a longer phrase is a clause of its own


def _sized_noun(text: str, seg: str, f: Figure) -> str:
    """``组建总规模1000亿元的省某产业投资引导基金``, ``总投资超500亿元的某基地加快建设``: a sum of money
    between the measure it is (总规模, 总投资: the words before it, after the act that opens them)
    and 的 + the noun it measures is that noun's measure, named as written, noun first
    (某基金总规模, 某基地总投资; GUIDE §7 names a figure by what it measures, as the readable gold
    does), not a threshold of what is counted: nothing after the noun counts it (收入50万元以上的
    行政村占比达68% is a threshold: a figure follows). "" where the frame does not hold."""
    if _MONEY not in f.unit or not text.startswith(_RELATIVE, f.end):
        return ""
    noun = _noun_after(text, f.end + 1)
    if len(noun) < 2 or "、" in noun or _DIGIT.search(text, f.end + 1, _clause_end(text, f.end + 1)):
        return ""
    words = seg.rstrip()
    verb = _opening_verb(words) or opening_count_verb(words)
    measure = clean_name(words[len(verb) :])
    if not 2 <= len(measure) <= _SIZE_MEASURE_MAX or not _names_a_noun(measure):
        return ""
    return clean_name(noun) + measure


_DIGIT = re.compile(r"\d")


def _noun_after(text: str, pos: int) -> str:
    """The counted noun after a count, up to its clause's end, a stage verb, or a conjunction
    before the next count (新建20所中小学和15家社区医院: 中小学)."""
    noun = _noun_run(text, pos)
    if not noun:
        return ""
    for _ in range(_ATTRIBUTES_MAX):
        end = pos + len(noun)
        if not text.startswith("、", end) or not _ends_in_attribute(noun):
            break
        more = _noun_run(text, end + 1)
        if not more:
            break
        noun += "、" + more  # 100个行业级、场景级大模型: the attributes share one head noun
    return noun


def _head_after_next_count(text: str, pos: int, noun: str) -> str:
    """``新建6个国家级、20个省级临床重点专科``: a count whose noun (``noun``, ending at ``pos``) is an
    attribute alone (国家级, 大型: :func:`_all_attributes`) and that a 、 joins to the next count shares
    that count's head noun, the words after the next count's own attribute of the same form (省级 |
    临床重点专科: the attributes end in the same bound morpheme, 级 or 型): each count counts the same
    kind of thing at its own level (GUIDE §7: one record per figure, named by what it counts; README
    indicator28: attributes listed before one noun are that noun's). Read off characters, not
    jieba's words, which glue an attribute to the head (省级重点|实验室). "" where no count follows
    or its noun opens with no such attribute (6个国家级、20个示范基地 shares no head)."""
    cache = _CHAIN_HEADS.get(text)
    if cache is None:
        _CHAIN_HEADS.clear()  # one text at a time: a report's counts are named together
        cache = _CHAIN_HEADS[text] = {}
    if (pos, noun) in cache:
        return cache[(pos, noun)]
    # walk the chain forward (20个省级、30个县级…) to its end, then give each count its head from
    # the last back: one pass per chain, however many counts it holds (the recursion this replaces
    # walked the rest of the chain from every count, and overflowed the stack at ~1,600 counts)
    links: list[tuple[int, str, str]] = []  # (position, noun, the next count's noun)
    while (pos, noun) not in cache:
        if not text.startswith("、", pos) or len(noun) > _ATTRIBUTE_MAX or not _all_attributes(noun):
            cache[(pos, noun)] = ""
            break
        m = _NEXT_COUNT.match(text, pos + 1)
        if m is None or m.group("unit") not in _COUNT_SUFFIX:
            cache[(pos, noun)] = ""
            break
        following = _noun_after(text, m.end())
        links.append((pos, noun, following))
        pos, noun = m.end() + len(following), following
    tail = cache[(pos, noun)]
    for at, own, following in reversed(links):
        following += tail
        k = following.find(own[-1], 1, _ATTRIBUTE_MAX)
        head = following[k + 1 :] if k >= 1 else ""
        tail = cache[(at, own)] = head if len(head) >= _HEAD_MIN else ""
    return tail


# the shared heads of the counts of the text last read, by (position, noun): a count asks where
# the count before it already walked the chain
_CHAIN_HEADS: dict[str, dict[tuple[int, str], str]] = {}


def _all_attributes(noun: str) -> bool:
    """Is ``noun`` an attribute only (国家级; 行业|级: a noun and a bound 级), no head noun of its own?"""
    words = segment_fn()(noun)
    tags = dictionary_fn()()
    kinds = [tags.get(w, (0, ""))[1] for w in words]
    nominal = all(k in _ATTRIBUTE_TAGS or k == "n" for k in kinds)
    return bool(words) and kinds[-1] in _ATTRIBUTE_TAGS and nominal


_ATTRIBUTE_MAX = 4  # characters: an attribute of level or size (国家级, 省级, 场景级, 大型)
_HEAD_MIN = 2  # characters: a head noun (专科), not one bound morpheme
# the hedge a count may open with (超30个, 近百家: more than, nearly, about, over)
_COUNT_HEDGE = "[超近约逾]"
# a count right after the 、 that follows attributes: its hedge, digits, magnitude and measure word
_NEXT_COUNT = re.compile(rf"{_COUNT_HEDGE}?\d+(?:\.\d+)?(?P<unit>[万亿]?[\u4e00-\u9fff])")


def _noun_run(text: str, pos: int) -> str:
    """The noun's words from ``pos``, through any bracket that is part of the noun (``乡镇（街道）``,
    ``师范（教师教育）院校``: :func:`noun_bracket`) and before one that annotates it (``学校（含幼儿园）``:
    学校). "" where no noun starts at ``pos``."""
    m = _NOUN_AFTER.match(text, pos)
    if not m:
        return ""
    noun = m.group(0)
    if noun.count("“") != noun.count("”"):
        return ""  # 指标“细颗粒物(PM2.5)浓度”: the quoted name runs on through the bracket
    for _ in range(_NOUN_BRACKETS_MAX):
        end = pos + len(noun)
        if not _OPEN_NOUN_BRACKET.match(text, end):
            break
        bracket = noun_bracket(text, end)
        if not bracket:
            break
        noun += bracket
        more = _noun_on_after_bracket(text, end + len(bracket), noun)
        if more is None:
            return ""  # 41个县（市）生产总值近3年…: no noun without the bracket, none with it
        if not more:
            break
        noun += more
    return noun


def _noun_on_after_bracket(text: str, pos: int, noun: str) -> str | None:
    """The rest of the noun after a bracket that belongs to it, read as if the bracket were not
    there: jieba's tags and the stops of :data:`_NOUN_AFTER` (a stage verb, 获, 均 …) decide where
    the noun ends, and a bracket is no word to them. Read on from the bracket alone, the lazy
    reader needs one character and so ran through a stop right after it (``9个县（区）获评…基地``
    read the whole predicate into the noun, which then came out noun first); read on the plain
    noun, ``县获评…`` stops before 获 as it does with no bracket. "" where the noun ends at the
    bracket, None where the plain words are no noun at all (``县生产总值近3年…`` runs into a figure:
    the reader finds no noun there, and a bracket does not make one)."""
    plain, _ = without_noun_brackets(noun)
    stop = pos
    while stop < len(text) and text[stop] not in _CLAUSE_END and text[stop] != "、":
        stop += 1
    m = _NOUN_AFTER.match(plain + text[pos : stop + 1])
    if m is None:
        return None
    return m.group(0)[len(plain) :]


_NOUN_BRACKETS_MAX = 2  # brackets inside one noun (县（市）…（区）); more is a clause, not a name
_OPEN_NOUN_BRACKET = re.compile(r"[（(]")


_ATTRIBUTES_MAX = 4  # attributes listed before one head noun (国家级、省级、市级、县级…)
_ATTRIBUTE_TAGS = frozenset({"b", "q"})  # jieba: distinguishing words (国家级, 大型), bound 级/型 (行业|级)


def _ends_in_attribute(noun: str) -> bool:
    """Does ``noun`` end in an attribute (jieba tag b: 国家级, 大型; or a bound measure morpheme, q:
    行业|级) rather than a noun? Then the 、 after it joins attributes of one head, not two counted
    nouns (``100个行业级、场景级大模型`` counts models: 行业级、场景级大模型数)."""
    words = segment_fn()(noun)
    return bool(words) and dictionary_fn()().get(words[-1], (0, ""))[1] in _ATTRIBUTE_TAGS


_OPEN_BRACKET = re.compile(r"[（(“《]")
# a conjunction (or the enumeration comma) right before another count: the counts are coordinated
# objects of one verb
_BEFORE_COUNT = re.compile(rf"[和及与、](?={_COUNT_HEDGE}?\d)")
BEFORE_COUNT = _BEFORE_COUNT  # quantity_objects reads a length's second object after it too
# The three patterns below are matched at a position of the whole text (``pattern.match(text,
# pos)``) rather than on ``text[pos:]``: the slice copied the rest of the document on every call
# (≈ 0.25 ms a count on a report). None looks behind ``pos``, and ``$`` is the text's end either
# way, so the matches are the same.
# a noun also ends before a bracket (:func:`_noun_run` reads on through one that is part of it)
_NOUN_AFTER = re.compile(
    rf"[^，,；;。、（(\d]{{1,16}}?(?=[，,；;。、（(]|$|(?:{_COUNT_END})|{_BEFORE_COUNT.pattern})"
)
_VERB_AFTER = re.compile(
    r"(实现[^，,；;。、]{1,8}|签约落地|开工建设|开工|建成投运|建成投用|建成投产|建成运营|建成通车|建成|落地|入选[^，,；;。]{0,20}|投产达效|投产)"
)
_HAN_RUN_3 = re.compile(r"[\u4e00-\u9fff]{3,20}")
# patterns the readers above matched through ``re.match(pattern_string, …)`` (a cache lookup
# keyed by the string on every call), compiled once here: the same patterns, the same matches
_WRITTEN_YEAR = re.compile(r"(\d{4})年")
_MARK_AFTER = re.compile(r"^(?:台阶|大关|关口)")
_PROGRESS_BEFORE = re.compile(r"进度(?:完成|达到|达)?$")
_ONE_OF_AFTER = re.compile(r"[^，,；;。]{0,8}之一")
_SCOPE_AFTER = re.compile(r"[^，,；;。、]{1,14}?建设")
_SENTENCE_LEAD = re.compile(r"^[\s、，,]*(?:其中|同时|此外)?[\s、，,]*")
_PHRASE_LEAD = re.compile(r"^[、，,\s]*(?:其中|全年|同比)?[、，,\s]*")
_LEAD_YEAR = re.compile(r"^\s*(\d{4})年(?:度)?[，,]")


def _shared_predicate(text: str, p: _Pending, q: _Pending) -> str:
    """``3家企业和2所高校入选…名单``: coordinated counts that open their clause share the predicate
    after the last noun, as coordinated objects share the verb before them (``新建20所A和15家B``,
    :func:`_coordinated_count`): each count's items did what the clause says (GUIDE §7 names the
    counted things by it; the indicator21 rule names the last count so). The first count, named by
    its bare noun, takes the predicate the last one's name was built with
    (:func:`_predicate_after`); "" when the two are no such pair."""
    f, g = p.fig, q.fig
    if p.is_rate or q.is_rate or f.unit not in _COUNT_SUFFIX or g.unit not in _COUNT_SUFFIX:
        return ""
    if p.clause_start != q.clause_start or not _opens_clause(text, f):
        return ""
    noun = _noun_after(text, f.end)
    joined = text[f.end + len(noun) : g.start] in _CONJUNCTIONS  # 和, 及, 、
    if not noun or not joined or p.name != _as_count(noun, f.unit):
        return ""
    split = _predicate_after(text, g.end, subject=True)
    if split is None or not q.name.startswith(clean_name(split[1])):
        return ""
    return _as_count(clean_name(split[1] + noun), f.unit)


def _coordinated_count(text: str, prev: Figure, f: Figure) -> bool:
    """``新建20所中小学和15家社区医院``: is count ``f`` the second object of the verb before count
    ``prev``, the words between them being ``prev``'s counted noun and a conjunction? Then ``f``
    takes that verb (新建社区医院数), not the first noun (GUIDE §7: one record per figure)."""
    between = text[prev.end : f.start]
    noun = _noun_after(text, prev.end)
    joined = _BEFORE_COUNT.match(text, prev.end + len(noun)) is not None
    return bool(noun) and between[: len(noun)] == noun and joined


def _verb_after(text: str, pos: int) -> str:
    m = _VERB_AFTER.match(text, pos)
    return m.group(0) if m else ""


def _leading_verb(raw: str) -> str:
    """The verb that opens a list's clause (引进A、B等N个): a plain verb of the list below, or a
    whole mined status phrase (``status_phrases.jsonl``: 建成通车, not just 建成), also after a
    one-character adjective or adverb of jieba's dictionary (新开工)."""
    m = re.match(r"^[、，,\s]*(引入|引进|新增|培育|建成|新建|创建|落地|签约|组织|实施|开工)", raw)
    plain = m.group(1) if m else ""
    dictionary = dictionary_fn()
    status_lexicon = status_lexicon_fn()

    text = raw.lstrip("、，, \t")
    phrase_re = status_lexicon().phrase_re
    status = phrase_re.match(text)
    if status is None and len(text) > 3 and dictionary().get(text[0], (0, ""))[1] in ("a", "d"):
        status = phrase_re.match(text, 1)
        if status is not None:
            return text[: status.end()] if status.end() > len(plain) else plain
    return status.group(0) if status is not None and len(status.group(0)) > len(plain) else plain


_SECTOR = re.compile(r"([^，,；;。、]{2,16}?)产业集群")
_SECTOR_VERBS = re.compile(r"^(?:做强|做优|做大|壮大|提质|打造|发展|培育|加快|推动|聚焦|提升|构建)+")


def _sector(text: str, pos: int, name: str) -> str:
    """全产业营收 in a paragraph on one cluster takes the cluster's name (大数据智能化产业营收)."""
    if not name.startswith("全产业"):
        return name
    found = [m.group(1) for m in _SECTOR.finditer(text[:pos])]
    if not found:
        return name
    sector = _SECTOR_VERBS.sub("", found[0])
    return sector + name[1:]


def _shared_tail(names: list[str]) -> list[str]:
    """A、B占C比重 -> each name gets the shared 占C比重 tail (and the measure word before it)."""
    last = names[-1]
    if "占" not in last or any("占" in n for n in names[:-1]) or last.endswith(_SHARE):
        # 炼铁、炼钢先进产能占比: a bare 占比 names no whole; the shared tail is the measure and its
        # share (炼铁先进产能占比), read like any other list's tail (branch indicator27)
        return _aligned_tail(names)
    i = last.index("占")
    m = re.search(r"(产值|增加值|收入|投资|营收|销售额)$", last[:i])
    tail = (m.group(1) if m else "") + last[i:]
    return [
        n if n.endswith(tail) else (n + tail if not m or not n.endswith(m.group(1)) else n + last[i:])
        for n in names[:-1]
    ] + [last]


_RATE_NAME_MIN = 3  # characters: a rate's own name (访视率), not a one-word item of a list


def _rate_list(seg: str, f: Figure) -> tuple[str, str] | None:
    """(the list, "") when ``seg`` lists with 、 names of rates that all end in the character the
    last ends in, before a percentage with no growth verb (:meth:`_SentenceReader._each`)."""
    if f.unit != "%" or "、" not in seg or _GROWTH_VERB.search(seg):
        return None
    names = [clean_name(n) for n in _conjuncts(seg)]
    if len(names) < 2 or any(len(n) < _RATE_NAME_MIN for n in names):
        return None
    return (seg, "") if len({n[-1] for n in names}) == 1 else None


def _tail_anchor(names: list[str]) -> int:
    """Where the last conjunct's shared tail starts (the index before it in ``names[-1]``), read
    off an anchor only, below 1 when none shows: the conjuncts before it end in a character the last
    one holds (退役军人、残疾人|新增就业: a parallel item ends there), else they are one dictionary
    word as long as the one the last opens with (:func:`_parallel_head`). Both tail readers start
    from it; only :func:`_aligned_tail` then guesses a measure word. ``names`` has two or more
    non-empty conjuncts."""
    last, anchor = names[-1], names[0][-1]
    k = last.rfind(anchor, 0, len(last) - 2)  # the tail keeps at least two characters
    if k < 1 or any(n[-1] != anchor for n in names[:-1]):
        k = _parallel_head(names)
    return k


def _anchored_tail(names: list[str]) -> list[str]:
    """The last conjunct's tail shared only where an anchor shows where it starts (the first two
    readings of :func:`_aligned_tail`: the conjuncts before it end in a character the last one
    holds, 退役军人、残疾人|新增就业, or they are one dictionary word as long as the one the last
    opens with, 文化、旅游|产业增加值); no guess from a measure word (游客人数、旅游收入 are two
    complete names)."""
    if len(names) < 2 or any(not n for n in names):
        return names
    last, k = names[-1], _tail_anchor(names)
    tail = last[k + 1 :] if k >= 1 else ""
    if not tail or not all(_is_cjk(c) for c in tail) or any(n.endswith(tail) for n in names[:-1]):
        return names
    return [n + tail for n in names[:-1]] + [last]


def _aligned_tail(names: list[str]) -> list[str]:
    """高技术制造业、装备制造业增加值 -> 高技术制造业增加值: the last conjunct's measure is shared
    when the conjuncts before it end where the last one's own item ends (…业 | 增加值; 城镇居民、
    农村居民 | 人均可支配收入). Without such an anchor, bare items share what follows a sibling item
    (:func:`_sibling_item_end`: 涉诈、涉毒 | 警情), else the last conjunct's measure word; longer
    conjuncts share nothing (规上工业增加值、固定资产投资 are two complete names)."""
    if len(names) < 2 or any(not n for n in names):
        return names
    last, k = names[-1], _tail_anchor(names)
    bare = all(len(n) <= _BARE_ITEM for n in names[:-1])
    if k < 1 and bare:
        k = _sibling_item_end(names)
    if k < 1:
        tail = _measure_word(last) if bare else ""
        k = len(last) - len(tail) - 1
        if not tail or k < 1:
            return names
    tail = last[k + 1 :]
    if all(n[-1] == tail[-1] for n in names[:-1]):
        return names  # 事故起数、死亡人数: each conjunct ends in the measure the tail ends in, its own
    if not all(_is_cjk(c) for c in tail) or any(n.endswith(tail) for n in names[:-1]):
        # a bracketed note (民间投资(不含房地产)) qualifies its own conjunct only
        return names
    return [n + tail for n in names[:-1]] + [last]


def _sibling_item_end(names: list[str]) -> int:
    """刑事治安、涉诈、涉毒|警情, 新能源汽车、智能家电、智能手机|限上零售额: the last conjunct opens
    like the one before it (涉诈 | 涉毒, 智能家电 | 智能手机: the same first character) with an item
    of that conjunct's length that ends on a word of its own (jieba), so the two are sibling items
    and what follows is the list's shared measure, whole (限上零售额, not only its last word 零售额;
    警情, which no one word of the dictionary is). The index of the item's last character in the last
    conjunct, or -1. Siblings that open differently (汽车 | 装备制造业产值) are left to the measure
    word (GUIDE §7 names each figure by its item and the measure it shares), and so is an item
    that a dictionary word runs out of (水果、水产|品产量: 产品)."""
    last, sibling = names[-1], names[-2]
    width = len(sibling)
    if width < 2 or len(last) - width < 2 or last[0] != sibling[0] or last[:width] == sibling:
        return -1
    ends, pos = set(), 0
    for word in segment_fn()(last):
        pos += len(word)
        ends.add(pos)
    if width not in ends:
        return -1
    lexicon = dictionary_fn()()
    crossing = (last[i:j] for i in range(max(0, width - 3), width) for j in range(width + 1, width + 4))
    # 水果、水产品产量: 水产 ends a word of the segmentation, but 产品 runs across it, so the item
    # is no sibling of 水果 (the dictionary's words are what the reports write as one)
    return -1 if any(w in lexicon for w in crossing) else width - 1


# a money figure after a flow verb is the flow's amount: …新增额, …进出口总额 (the statistic's name)
_AMOUNT_OF = {"新增": "额", "进出口": "总额"}
_WEIGHT_UNITS = frozenset({"吨", "万吨", "亿吨", "斤", "万斤", "亿斤"})
_NOUN_TAGS = frozenset({"n", "nz", "ng"})


def _output_name(name: str) -> str:
    """蔬菜2062.6万吨 / 粮食总产486.5亿斤: a weight after nothing but the product's nouns is its
    output (蔬菜产量, 粮食总产量); names with a verb (运输货物) or a measure of their own (…能力,
    …吞吐量) are left alone."""
    if name.endswith("总产"):
        return name + "量"
    if len(name) > _BARE_ITEM + 1 or name.endswith(("产", "量", "能力", "规模")):  # 单产: a yield
        return name
    _segment = segment_fn()
    dictionary = dictionary_fn()

    tags = dictionary()
    words = _segment(name)
    if all(len(w) == 1 or tags.get(w, (0, ""))[1] in _NOUN_TAGS for w in words) and any(
        len(w) >= 2 for w in words
    ):
        return name + "产量"
    return name


_BARE_ITEM = 5  # characters: 蔬菜、特色林果、猪牛羊禽肉 are bare items; longer conjuncts are names
_MEASURE_TAGS = frozenset({"n", "nz", "vn"})  # nz: 普及率, a measure jieba calls a proper noun


def _parallel_head(names: list[str]) -> int:
    """城镇和农村居民人均可支配收入, 进口、出口总额: the conjuncts before the last are one word each,
    as long as the word the last one opens with (农村, 出口: a dictionary word); what follows it is
    shared. The index of that word's last character in the last conjunct, or -1."""
    _segment = segment_fn()
    dictionary = dictionary_fn()

    last, width = names[-1], len(names[0])
    if width < 2 or width >= len(last) - 1 or last[:width] not in dictionary():
        return -1
    if _cuts_word(last, width):
        return -1  # 水果、水产品产量: 水产 is a word, but the last opens with 水产品, not 水产
    if all(len(n) == width and len(_segment(n)) == 1 for n in names[:-1]):
        return width - 1
    return -1


def _cuts_word(text: str, width: int) -> bool:
    """Does a cut after ``text[:width]`` split a word of ``text``'s segmentation into a rest that
    is no dictionary word of its own? 水产品|产量 cut after 水产 leaves 品 (a cut word: the item is
    水产品), while 农村居民 cut after 农村 leaves 居民 (a compound of two words: the cut is fine).
    Checked so that a parallel head is a whole item, not the dictionary word a longer one opens
    with."""
    pos = 0
    for word in segment_fn()(text):
        end = pos + len(word)
        if pos < width < end:
            rest = text[width:end]
            return len(rest) < 2 or rest not in dictionary_fn()()
        if end >= width:
            return False
        pos = end
    return False


def _act_framed_items(names: list[str]) -> list[str] | None:
    """``改造老旧供热、燃气、排水管网800公里、600公里、300公里``: the items of one act, each one
    word as long as the item that ends the first conjunct (供热 | 燃气 | 排水), framed by the act
    before the first (改造老旧: a verb opens it) and the noun after the last (管网); every item
    takes both, 改造老旧燃气管网 (GUIDE §7: one record per figure, named by what was done to what;
    the readable gold names all three so). None where the conjuncts are not so framed: the first
    opens with no act, an item is no single word of that length, the last has no tail, or the
    tail holds an item's word (the first conjunct is a whole noun phrase of its own)."""
    if len(names) < 2 or any(not n for n in names):
        return None
    first, last = names[0], names[-1]
    words = segment_fn()(first)
    if len(words) < 2:
        return None
    width = len(words[-1])
    head = first[:-width]
    tail = last[width:]
    if width < 2 or len(tail) < 2 or not all(_is_cjk(c) for c in tail):
        return None
    if not (_opening_verb(head) or opening_count_verb(head)) or head.endswith(_LIST_MARKS):
        return None
    lexicon = dictionary_fn()()
    if last[:width] not in lexicon or any(len(n) != width or len(segment_fn()(n)) != 1 for n in names[1:-1]):
        return None
    items = [words[-1], *names[1:-1], last[:width]]
    if any(item in tail for item in items):
        return None  # 帮扶登记失业人员、就业困难人员就业: the first is whole (人员 heads it)
    return [head + item + tail for item in items]


def _parallel_items(names: list[str]) -> list[str]:
    """``生猪、家禽年出栏量分别达到3900万头、13.5亿只``: figures of different units share no
    measure as a rule (游客接待量、旅游收入…4.7亿人次、5000亿元 are two complete names), but when
    every conjunct before the last is one dictionary word as long as the word the last opens
    with (生猪 | 家禽…), the conjuncts are parallel items of one measure, whatever each is
    counted in (头, 只): the last one's tail (年出栏量) is theirs too. Only this anchor is used
    here; the looser ones of :func:`_aligned_tail` need the units to agree."""
    if len(names) < 2 or any(not n for n in names):
        return names
    k = _parallel_head(names)
    tail = names[-1][k + 1 :] if k >= 1 else ""
    if not tail or not all(_is_cjk(c) for c in tail) or any(n.endswith(tail) for n in names[:-1]):
        return names
    return [n + tail for n in names[:-1]] + [names[-1]]


_PAIR_TAGS = frozenset({"n", "vn", "nz", "j", "b"})  # nouns, verbal nouns (出口), attributes (大型)


def _contracted_pair(name: str) -> list[str]:
    """``本外币存贷款余额分别为x、y``: one name before two figures holds a contracted pair, a
    dictionary word XYT whose X+T and Y+T are nominal dictionary words themselves (存贷款: 存款,
    贷款; 进出口额: 进口额, 出口额; 中小学: 中学, 小学). The two figures are one per member (GUIDE §7:
    one record per figure), named by the whole phrase with the pair expanded. Several such
    words (本外币 | 存贷款) leave the rightmost, the head's, to split: modifiers to its left
    scope over both members. A segment like 十三|五 (a numeral) is no pair. [] if none."""
    _segment = segment_fn()
    dictionary = dictionary_fn()

    tags = dictionary()

    def nominal(w: str) -> bool:
        return w in tags and tags[w][1] in _PAIR_TAGS

    words = _segment(name)
    for k in range(len(words) - 1, -1, -1):
        w = words[k]
        if not 3 <= len(w) <= 4 or not all(_is_cjk(c) for c in w) or not nominal(w):
            continue
        x, y, t = w[0], w[1], w[2:]
        if nominal(x + t) and nominal(y + t):
            head, rest = "".join(words[:k]), "".join(words[k + 1 :])
            return [head + x + t + rest, head + y + t + rest]
    return _paired_nouns(words, nominal)


def _paired_nouns(words: tuple[str, ...], nominal) -> list[str]:  # untyped predicate: a closure
    """``牛羊出栏分别增长x、y``: two one-character nouns side by side (one word 牛羊, or 猪|羊 as
    jieba cuts them) before a shared tail are the pair, each member named with the tail (牛出栏,
    羊出栏). Only asked when one name stands before two figures and no dictionary pair split it:
    分别 then says the name holds two members. The leftmost such pair, not the last word (the tail
    itself, 产量 in 粮油产量, is never split). [] if none."""
    for k in range(len(words) - 1):
        w = words[k]
        if len(w) == 2 and all(_is_cjk(c) and nominal(c) for c in w):
            x, y, rest = w[0], w[1], words[k + 1 :]
        elif len(w) == 1 == len(words[k + 1]) and all(_is_cjk(c) and nominal(c) for c in w + words[k + 1]):
            x, y, rest = w, words[k + 1], words[k + 2 :]
        else:
            continue
        if not rest:
            return []
        head, tail = "".join(words[:k]), "".join(rest)
        return [head + x + tail, head + y + tail]
    return []


def _enumerated_items(phrase: str, count: int) -> list[str]:
    """``批发和零售业、住宿和餐饮业增加值分别增长x、y``: 和 also joins the words of one item (the
    statistical sectors are named so: 租赁和商务服务业), so splitting at 和 as well as 、 gives
    more names than figures and the list was dropped whole. When the 、 alone cut the phrase
    into as many items as there are figures, those are the items. [] otherwise."""
    items = [n for n in phrase.split("、") if n.strip()]
    return items if len(items) == count and all(_has_name(n) for n in items) else []


def _measure_word(name: str) -> str:
    """The last word of ``name`` when it is a noun or verbal noun of two or more characters that
    follows other words (锂电池|出口, 水产品|产量): what bare items before it share."""
    _segment = segment_fn()
    dictionary = dictionary_fn()

    words = _segment(name)
    if len(words) < 2 or len(words[-1]) < 2:
        return ""
    return words[-1] if dictionary().get(words[-1], (0, ""))[1] in _MEASURE_TAGS else ""


_CONJUNCTIONS = frozenset("、和及")


def _conjuncts(phrase: str) -> list[str]:
    """``A、B和C`` -> [A, B, C]. 和 and 及 split only where jieba reads them as words of their own,
    so the 及 of 普及率 or the 和 of 和美乡村 stays inside its name (农村自来水、卫生户厕普及率
    was cut into four names for two figures and lost both)."""
    _segment = segment_fn()

    if _CONJUNCTIONS.isdisjoint(phrase):  # no word can be a conjunction: the words rejoin to
        return [phrase] if phrase.strip() else []  # the phrase, so it is the one conjunct
    out, cur = [], ""
    for w in _segment(phrase) if phrase else ():
        if w in _CONJUNCTIONS:
            out.append(cur)
            cur = ""
        else:
            cur += w
    out.append(cur)
    return [n for n in out if n.strip()]


def _distribute(
    text: str,
    seg_start: int,
    seg: str,
    group: list[Figure],
    pending: list[_Pending],
    cstart: int,
    by_start: dict[int, Mention],
) -> list[_Pending]:
    """``A、B分别增长x%、y%`` and ``X5502车次、货值38.78亿元,分别增长35%、39%``."""
    before, _, verb = seg.partition("分别")
    gm = _GROWTH_VERB.search(verb)
    names = _conjuncts(before)
    if gm and group[0].unit == "%" and not _has_name(before):
        levels = [p for p in pending if not p.is_rate and p.growth is None][-len(group) :]
        if len(levels) == len(group):
            for p, g in zip(levels, group, strict=True):
                p.growth = _signed(g.value, gm.group(3))
            return []
    out = []
    if not _has_name(re.sub(r"累计|合计|共", "", before)) and group[0].unit != "%":
        levels = [p for p in pending if not p.is_rate][-len(group) :]
        if len(levels) == len(group) and "累计" in seg:
            for p, g in zip(levels, group, strict=True):
                base = re.sub(r"^(?:新培育|新增|新认定|新建)", "", p.name)
                base = re.sub(r"数$", "", base)
                out.append(_Pending(base + "累计数", g, None, cstart, False))
        return out
    placed = listed_places(before, seg_start, names, by_start) if len(names) == len(group) else None
    if placed is not None:  # 甲、乙地铁客运量分别达…: each figure is its place's, named by the measure
        names = [placed[1]] * len(group)
    if len(names) == 1 and len(group) == len(PAIRED_SCOPES.get(names[0].strip()[:2], ())):
        scope, rest = names[0].strip()[:2], names[0].strip()[2:]  # 城乡居民…分别增长4%、6%
        names = [part + rest for part in PAIRED_SCOPES[scope]]
    if len(names) == 1 and len(group) == 2:
        names = _contracted_pair(names[0].strip()) or names  # 存贷款余额分别为x、y
    if len(names) != len(group):
        names = _enumerated_items(before, len(group)) or names  # 批发和零售业、住宿和餐饮业…
    change = _lone_verb(verb)
    if change and len(group) == 1 and len(names) > 1 and all(_has_name(n) for n in names):
        group = group * len(names)  # A、B、C分别增加2个: each member's figure is the one figure
    if len(names) != len(group):
        return out
    if placed is None:
        names = with_shared_owner([clean_name(n) for n in names])  # 事故起数、死亡人数: 事故死亡人数
        # 4.7亿人次、5000亿元: no shared tail unless the items are parallel (生猪、家禽…万头、亿只)
        one_unit = len({_base_unit(g.unit) for g in group}) == 1
        framed = _act_framed_items(names) if one_unit else None
        names = framed or (_shared_tail(names) if one_unit else _parallel_items(names))
    else:
        names = [clean_name(n) for n in names]
    subjects: Sequence[Mention | None] = placed[0] if placed is not None else [None] * len(group)
    for n, g, subject in zip(names, group, subjects, strict=True):
        name = _sector(text, g.start, n)
        if not name:
            continue
        if gm and g.unit == "%":
            out.append(
                _Pending(
                    _rate_label(name, gm.group(3), "年均" in seg),
                    g,
                    subject,
                    cstart,
                    True,
                    negative=_negative_rate(gm.group(3)),
                )
            )
        else:
            # …分别集聚企业75家、61家: the noun after 分别 is what is counted, the members are not
            if change:  # A、B分别新增3个、5个: each member's increase, as 某园区新增3个 is named
                counted = _as_count(_increase(name + change, g.unit), g.unit)
            else:
                counted = _as_count(name, g.unit) if not _has_name(verb) else name
            out.append(_Pending(counted, g, subject, cstart, g.unit == "%"))
    return out


def _lone_verb(after: str) -> str:
    """``分别新增3个、5个``: the words after 分别 when they are one dictionary verb (tag v) the name
    cleaner keeps (新增, 增加; not the figure verbs 达到, 为, which :func:`clean_name` drops), so
    the members' figures are what that verb did to them; "" otherwise (分别集聚企业75家: the
    noun after the verb is what is counted)."""
    _segment = segment_fn()
    dictionary = dictionary_fn()

    word = after.strip()
    if len(word) < 2 or clean_name(word) != word or len(_segment(word)) != 1:
        return ""
    return word if dictionary().get(word, (0, ""))[1] == "v" else ""


# the word the gold names a count's increase with, and the verb reports also write for it
_INCREASE, _INCREASE_WRITTEN = "新增", "增加"


def _increase(name: str, unit: str) -> str:
    """``省级园区增加2个``: an increase of a count is named …新增数 whatever verb wrote it, as the
    readable gold names every such increase (新增通用机场数, 国家现代农业产业园新增数)."""
    if unit in _COUNT_SUFFIX and name.endswith(_INCREASE_WRITTEN) and len(name) > len(_INCREASE_WRITTEN) + 1:
        return name[: -len(_INCREASE_WRITTEN)] + _INCREASE
    return name


def _as_count(name: str, unit: str) -> str:
    """A member of ``A、B分别达到43家、322家`` (nothing but a verb after 分别) named as a count, as
    a figure of its own is (:func:`_name_for`: 高新技术企业数, 国际友城数): the list gave the
    members' words, not the count's name."""
    suffix = _COUNT_SUFFIX.get(unit)  # not 万人: 中学在校生 (the contracted pairs' convention)
    if not suffix or counts_dwellings(unit) or name.endswith(("数", "量", suffix)):
        return name
    return name + suffix


def _with_count_tail(p: _Pending) -> str:
    """A count's name with its count suffix, also for a count of dwellings, whose name leaves the
    suffix out (``counts_dwellings``): the readers of a count's things (topics.counted_topic,
    served.action_topic) cut the suffix off the end."""
    suffix = _COUNT_SUFFIX.get(p.fig.unit, "")
    return p.name + suffix if counts_dwellings(p.fig.unit) and not p.name.endswith(suffix) else p.name


def counts_dwellings(unit: str) -> bool:
    """Is ``unit`` the measure word of dwellings (套, 万套), whose count is named by the housing
    alone (``DWELLING_MEASURE``)? 台（套） counts equipment and is a unit of its own."""
    return _base_unit(_without_alternatives(unit)) == DWELLING_MEASURE  # 套（间）: dwellings too


def _explicit_year(text: str, cstart: int, pos: int) -> int | None:
    """The year written nearest before the figure (2020年全区地区生产总值突破800亿元; 到2030年，
    …达到75%: a deadline is the target's year). The nearest, not the first kind found: in
    ``2025年…达到5万亿元，到2030年力争达到6.5万亿元`` the second figure is 2030's."""
    found = [(m.start(), int(m.group(1))) for m in _EXPLICIT_YEAR.finditer(text, cstart, pos)]
    found += [(m.start(), int(m.group(1))) for m in _TO_YEAR.finditer(text, cstart, pos)]
    # “十四五”期间…年均增长6%: a plan period named before the figure dates it by its last year
    found += [(m.start(), five_year_end(m.group(1))) for m in _PLAN_PERIOD.finditer(text, cstart, pos)]
    years = [y for _, y in sorted(found)]
    if not years:
        # the year may open the sentence: 2020年，全区…
        s = _sentence_lead_year(text, cstart)
        return s
    return years[-1]


def _sentence_lead_year(text: str, cstart: int) -> int | None:
    m = _LEAD_YEAR.match(text)
    if m and cstart <= len(text):
        return int(m.group(1))
    return None


# the names of the three shares, as the text frames the structure (GUIDE §7: shares and ratios keep
# the source name). A structure written as shares of the GDP (三次产业占GDP比重) names each a share
# of the regional GDP (第一产业占地区生产总值比重: the dev gold's 6 records of such a sentence); a bare
# structure (三次产业结构, 三次产业比重) names the share of each sector's value added
# (第一产业增加值比重: all 9 records of the readable blind rounds, 4 and 7; the older dev gold's 3 of
# one bare 三次产业比重 write the GDP form). The one long name before (…增加值占地区生产总值比重)
# matched either only under the lenient rule.
_SECTOR_SHARES = ("第一产业增加值比重", "第二产业增加值比重", "第三产业增加值比重")
_SECTOR_SHARES_OF_GDP = (
    "第一产业占地区生产总值比重",
    "第二产业占地区生产总值比重",
    "第三产业占地区生产总值比重",
)
_OF_GDP = re.compile(r"占(?:GDP|地区生产总值|生产总值)")


def _changed_from(text: str, m: re.Match[str]) -> bool:
    """Is the ratio ``m`` the start of a change to another ratio (``由A调整为B``, ``从A优化到B``:
    由/从 right before it, a verb of change and 为/到/至 (``_TO``) and a second ratio right after)?
    The start is the level of an earlier year, like the start of ``从A提高到B`` (``_FROM_TO``)."""
    if not _FROM_TO.search(text, 0, m.start()):
        return False
    nxt = _RATIO.search(text, m.end())
    return nxt is not None and re.fullmatch(_TO, text[m.end() : nxt.start()]) is not None


def _ratio_shares(text: str, ctx: Context) -> list[Indicator]:
    """三次产业比重 0.3:40.7:59 -> three share records (由A调整为B gives two years)."""
    if "产业" not in text:
        return []
    out: list[Indicator] = []
    for m in _RATIO.finditer(text):
        of_gdp = _OF_GDP.search(text, _clause_start(text, m.start()), m.start())
        names = _SECTOR_SHARES_OF_GDP if of_gdp else _SECTOR_SHARES
        year = ctx.year
        before = text[max(0, m.start() - 25) : m.start()]
        fy = _FIVE_YEAR_END.search(before)
        after_end = before[fy.end() :] if fy else ""
        if fy and not _RATIO.search(after_end) and not re.search(rf"{_RATIO_COLON}\d", after_end):
            year = 2010 + 5 * (_CN_ORD[fy.group(1)] - 1)
        else:
            year = _explicit_year(text, _clause_start(text, m.start()), m.start()) or ctx.year
            if year == ctx.year and _changed_from(text, m):
                year = ctx.year - ctx.from_gap  # 由A调整为B: A is the structure the period started from
        for k, name in enumerate(names):
            out.append(
                Indicator(
                    doc=ctx.doc,
                    subject=ctx.subject,
                    subject_type=ctx.subject_type,
                    subject_id=ctx.subject_id,
                    indicator=name,
                    year=year,
                    value=float(m.group(k + 1)),
                    unit="%",
                    start=0,
                    end=0,
                    kind_=ctx.kind_of(year),
                    path=ctx.path,
                )
            )
    return out


__all__ = ["Context", "indicators_in_sentence"]
