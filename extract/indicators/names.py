"""Indicator-name normalisation: one name per indicator across documents and genres.

Reports write the same statistic as 地区生产总值, GDP, 全区地区生产总值 or 实现地区生产总值;
the graph must merge them, so names are cleaned of scope words (全区, 全市, 全年), leading
verbs (实现, 完成), units in brackets and table markers (#, *), and well-known synonyms are
mapped onto the statistical name. Rates get the ``增速`` suffix the gold uses for
"<name> grew by x%" (GDP增速, 年均增速 stays explicit).
"""

from __future__ import annotations

import functools
import re
from collections.abc import KeysView

from extract.headings import KINDS
from extract.indicators.deferred import dictionary_fn, segment_fn, status_lexicon_fn
from extract.indicators.manner_verbs import without_manner_verb
from extract.openings import ending_in, word_table

# Synonyms of statistical names, applied as substring replacements (longest first). The two forms a
# report writes of "above designated size" stay as written (规模以上/规上 工业增加值): every readable
# gold name keeps the report's form (5 written 规模以上, 23 规上; branch indicator26). GDP is still the
# statistic's name (人均GDP -> 人均地区生产总值), as the dev gold writes it; two provincial gold names keep
# GDP (单位GDP能耗, 人均GDP), so the readable golds disagree and the graph's one name stays.
SYNONYMS: dict[str, str] = {
    "国内生产总值": "地区生产总值",
    "人均GDP": "人均地区生产总值",
    "人均生产总值": "人均地区生产总值",  # the same statistic without its 地区 (as 生产总值 alone, below)
    "GDP": "地区生产总值",
    "研究与试验发展经费投入强度": "研发投入强度",
    "R&D经费投入强度": "研发投入强度",
    "R&D经费支出占地区生产总值比重": "研发投入强度",
    "社零总额": "社会消费品零售总额",
    "社消零总额": "社会消费品零售总额",
    "固投": "固定资产投资",
    "城镇常住居民人均可支配收入": "城镇居民人均可支配收入",
    "农村常住居民人均可支配收入": "农村居民人均可支配收入",
    "常住居民人均可支配收入": "全体居民人均可支配收入",
    # the statistic of the firms above designated size is the industry's (规模以上工业增加值), in
    # either form of "above designated size" the report writes
    "规模以上工业企业增加值": "规模以上工业增加值",
    "规上工业企业增加值": "规上工业增加值",
}

# A scope word that abbreviates the statistical pair its figures are given for (城乡居民人均可支配收入
# 分别增长4%、6%: the national statistics' 城镇居民 and 农村居民 series, in that order).
PAIRED_SCOPES: dict[str, tuple[str, ...]] = {"城乡": ("城镇", "农村")}

# Whole names that abbreviate a statistic (全省生产总值 after the scope word goes): replaced only
# when they are the whole name, since the statistic's own name holds them (地区生产总值).
EXACT_SYNONYMS: dict[str, str] = {"生产总值": "地区生产总值", "经济总量": "地区生产总值"}
_SYNONYMS_LONGEST_FIRST = tuple(sorted(SYNONYMS, key=len, reverse=True))  # the order clean_name replaces in

# Scope words and verbs that open an indicator phrase but are not part of the name.
_LEAD = re.compile(
    r"^(?:其中|全年|当年|全区|全市|全省|全县|全州|全自治区|本区|我区|我市|我省|(?:区级|市级)(?!及?以上)|今年|明年|同比|"
    r"共|累计实现|实现了|实现|完成了|达到|达(?!成)|突破|超过|超|预计|计划|建议|力争|确保|推动|推进)+"
)
# 在全国占比超过10%的…: the preposition before the national scope is a function word, no word of
# what was measured (the readable gold names it 全国占比超过10%的…). Only before 全国: the author's
# own 全省… go with _LEAD, and 占比 alone would then read as a share.
_SCOPE_PREPOSITION = re.compile(r"^在(?=全国)")
# Trailing verbs and connectors between the name and its figure. 总量 is not one of them: after a
# noun it is the name's own head (信访总量下降9.6% → 信访总量增速, 经营主体总量: every readable gold
# name written so keeps it, branch indicator27); alone (、总量达474万户) it is the stock word that
# ``prose._TOTALS`` reads.
_TRAIL = re.compile(
    r"(?:分别|同比|比上年|较上年|预计|力争|确保|总额达|实现|完成|达到|达|为|突破|超过|超|至|"
    r"增加到|增加至|增至|提升至|提高到|提高至|提升到|上升至|上升到|升至|增长到|增长至|扩大到|扩大至|"
    r"降到|降至|下降到|下降至|降低到|降低至|减少到|减少至|缩小到|缩小至|回落到|回落至|"
    r"优化为|调整为|保持在|稳定在|控制在|迈上|跨入|迈入|站上|"
    r"分别达到|分别达|分别为|达到了|不低于|不少于|不超过|不高于|约|近|逾|高达|仅|只有|有)+$"
)
# the verbs of _TRAIL, one by one (all plain Han literals), by their first character
_TRAIL_VERBS = tuple(_TRAIL.pattern.removeprefix("(?:").removesuffix(")+$").split("|"))
_TRAIL_BY_FIRST: dict[str, tuple[str, ...]] = {}
for _verb in _TRAIL_VERBS:
    _TRAIL_BY_FIRST[_verb[0]] = (*_TRAIL_BY_FIRST.get(_verb[0], ()), _verb)
_LONGEST_TRAIL_VERB = max(map(len, _TRAIL_VERBS))


def strip_trailing_verbs(name: str) -> str:
    """``name`` without the run of figure verbs (``_TRAIL``) that ends it, as ``_TRAIL.sub`` would.

    Why not that regex: one verb is a prefix of another (分别|达到, 分别达到), so a long run of
    verbs that some other character ends is split every possible way before the regex fails
    (exponential). Marking from the end where a run of verbs reaching the end can start is linear
    in ``name`` and finds the same, leftmost, start."""
    if not name.endswith(_TRAIL_VERBS):
        return name  # a run reaching the end ends with a whole verb: none does, nothing to strip
    return strip_verb_run(name)


def strip_verb_run(name: str) -> str:
    """The walk of ``strip_trailing_verbs`` without its prefilter (what the prefilter's test
    compares against): position i is marked when a run of whole verbs from i reaches the end."""
    n = len(name)
    ends_run = bytearray(n + 1)  # position i starts a run of whole verbs that reaches the end
    ends_run[n] = 1
    unmarked = 0  # positions unmarked in a row, from the left end of the walk so far
    for i in range(n - 1, -1, -1):
        for verb in _TRAIL_BY_FIRST.get(name[i], ()):
            if name.startswith(verb, i) and ends_run[i + len(verb)]:
                ends_run[i] = 1
                unmarked = 0
                break
        else:
            unmarked += 1
            if unmarked == _LONGEST_TRAIL_VERB:
                # no verb is longer: one starting further left ends inside this unmarked stretch
                # or before it, so nothing left of it is marked (the walk was every character of
                # a long raw name, most of it left of the verbs)
                break
    return name[: ends_run.find(1)]  # the leftmost marked position (n is marked)


# the same verbs unanchored, for a reader of what stands between a name and a figure
# (``extract.pipeline.counted_stocks``: 某类工厂|增至|10家 counts a kind)
FIGURE_VERBS_RE = re.compile(_TRAIL.pattern.removesuffix("$"))
_BRACKETS = re.compile(r"[（(][^（）()]*[）)]")
_MARKERS = re.compile(r"[#＃*※△▲\s　]|\[footnoteRef:\d+\]|[（(]下同[)）]")
# an enumeration's ordinal (一是, 十三是: the document markup of GUIDE-genre lists, the heading
# reader's ``ordinal`` kind) that opens the clause of a figure: it numbers the item, no name's word
_ORDINAL = dict((kind, pattern) for kind, pattern, _ in KINDS)["ordinal"]
_YEAR = re.compile(r"^(?:(?:到|至)?\d{4}年(?:度|底|末)?|“十[一二三四五六七八九]五”(?:时期|期间)?)")


# a plain-language name glossed with the statistic in brackets (经济总量(地区生产总值)): the
# statistic is the indicator's name, as it is everywhere else in the graph
_GLOSSED = re.compile(r"^[^（()）]{2,12}[（(]([^（）()]{2,20})[)）]$")
STANDARD_NAMES = frozenset(SYNONYMS) | frozenset(SYNONYMS.values()) | {"地区生产总值"}


def clean_name(raw: str, *, keep_brackets: bool = False) -> str:
    """A raw phrase (from a sentence or a table cell) to the indicator name.

    A pure function of its arguments (module constants and jieba's dictionary), called for every
    candidate figure with phrases that recur: remembered per phrase (``clean_name_uncached`` is
    the definition)."""
    return _clean_name_cached(raw, keep_brackets)


@functools.lru_cache(maxsize=65536)
def _clean_name_cached(raw: str, keep_brackets: bool) -> str:
    return clean_name_uncached(raw, keep_brackets=keep_brackets)


def clean_name_uncached(raw: str, *, keep_brackets: bool = False) -> str:
    """:func:`clean_name`, computed."""
    s = _MARKERS.sub("", raw)
    s = _strip_unpaired(s.strip("，,、；;：:。 —-"))
    s = _gloss(s)
    if not keep_brackets:
        s = _strip_unit_brackets(s)
    prev = None
    while prev != s:
        prev = s
        s = without_ordinal(s)
        s = _YEAR.sub("", s)
        s = _LEAD.sub("", s)
        s = _SCOPE_PREPOSITION.sub("", s)
        s = without_leading_modifier(s)
        s = without_manner_verb(s)
        s = _whole_statistic(s)
        s = strip_trailing_verbs(s)
        s = "" if s == _BARE_TOTAL else s
        s = _strip_unpaired(s.strip("，,、；;：:。 —-"))
        s = _gloss(s)
    s = _strip_trailing_adverbs(s)
    if s.startswith(("完成", "带动")) and len(s) >= 6:
        s = s[2:]  # 完成货物吞吐量 -> 货物吞吐量, but 完成投资 stays a name of its own
    for old in _SYNONYMS_LONGEST_FIRST:
        if old in s:
            s = s.replace(old, SYNONYMS[old])
    return EXACT_SYNONYMS.get(s, s)


_BARE_TOTAL = "总量"  # 、总量达506亿元: the stock word alone names nothing (the level before is named)


def _whole_statistic(s: str) -> str:
    """经济总量突破… → 地区生产总值: a whole-name synonym followed only by figure verbs is that
    statistic, read before the verbs go (总量 is one of them: 经济总量 would lose its 总量)."""
    for short, statistic in EXACT_SYNONYMS.items():
        if s.startswith(short) and not strip_trailing_verbs(s[len(short) :]):
            return statistic
    return s


def without_ordinal(s: str) -> str:
    """``十三是维修养护农村供水工程`` -> ``维修养护农村供水工程``: an item of a numbered list (一是…。
    二是…。十五是…) opens with its ordinal, which numbers the item and is no part of what was
    measured (GUIDE §7 names a figure by what was done). The pattern is the heading reader's, so
    the ten-plus forms (十一是, 十五是) go as 一是 does; a name that is the ordinal alone stays."""
    m = _ORDINAL.match(s)
    return s[m.end() :] if m and m.end() < len(s) else s


# a cumulative figure says so in its name (GUIDE §9: 累计建成…), so this modifier stays
_KEPT_MODIFIER = "累计"


@functools.lru_cache(maxsize=8)
def words_of(words: frozenset[str]) -> tuple[str, ...]:
    """A mined word set as a tuple, built once per set: ``str.startswith``/``endswith`` take a
    tuple and test every word in C, where a Python loop over hundreds of words ran per name."""
    return tuple(words)


def without_leading_modifier(s: str) -> str:
    """``有序改造供热管网``, ``成功举办展会``: a mined modifier of stage verbs (``status_modifiers.jsonl``:
    words the unannotated reports mostly write right before a verb) that opens a name before a
    dictionary verb tells how the act went, not what was measured; the name opens with the act
    (GUIDE §7 names a figure by what was done: 改造供热管网). The modifier stays where no verb
    follows it (有效期内…) and for 累计, which the gold keeps."""
    if len(s) < 5 or not _HAN_END.search(s[:1]):
        return s
    status_lexicon = status_lexicon_fn()

    mods = status_lexicon().mined_modifiers
    if not s.startswith(words_of(mods)):
        return s  # no modifier opens the name (the common case): the loop below would find none
    for mod in mods:
        if s.startswith(mod) and mod != _KEPT_MODIFIER and len(s) >= len(mod) + 3:
            rest = s[len(mod) :]
            return rest if _opens_with_verb(rest) else s
    return s


def _opens_with_verb(s: str) -> bool:
    """Does ``s`` open with a dictionary word of two or more characters tagged as a verb (v)?"""
    _segment = segment_fn()
    dictionary = dictionary_fn()

    words = _segment(s)
    return bool(words) and len(words[0]) >= 2 and dictionary().get(words[0], (0, ""))[1] == "v"


# a year written after the name (非常规天然气产量2030年达到…): the figure's year, no part of its name;
# a duration there (粮食产量连续13年稳定在…) neither
_TRAILING_YEAR = re.compile(r"(?<=[\u4e00-\u9fff])(?:\d{4}年(?:底|末)?|连续\d+年(?:以上)?)$")
# the same duration before the 占 of a share (棉花产量连续4年占全国九成): how long it held, no part of
# the share's name (棉花产量占全国比重)
_DURATION_BEFORE_SHARE = re.compile(r"(?<=[\u4e00-\u9fff])连续\d+年(?:以上)?(?=占)")
# dictionary tags of words that modify the verb between a name and its figure (逆势, 再次, 稳步)
_ADVERB_TAGS = frozenset({"d", "vd", "ad"})


def _strip_trailing_adverbs(s: str) -> str:
    """民间投资逆势(增长), 出庭应诉率首次(达到): adverbs and frequency words (首次, 再次: a
    numeral + 次) before the verb end no name. Tags come from jieba's dictionary, so the rule
    holds for adverbs no report here uses."""
    s = _DURATION_BEFORE_SHARE.sub("", _TRAILING_YEAR.sub("", s))
    if len(s) < 4 or not _HAN_END.search(s):
        return s
    if not s.endswith("在"):
        endings, longest = _adverb_words()
        if not ending_in(s, endings, 1, min(len(s), longest)):
            return s  # the last word is an ending of s: none is an adverb, nothing to strip
    _segment = segment_fn()  # one cached segmenter per process
    dictionary = dictionary_fn()

    words = list(_segment(s))
    tags = dictionary()
    if len(words) > 2 and words[-1] == "在" and tags.get(words[-2], (0, ""))[1] in {"v", *_ADVERB_TAGS}:
        words = words[:-2]  # 森林覆盖率维持在55%, …巩固在90%: the verb that holds the level
    while len(words) > 1:
        w = words[-1]
        tag = tags.get(w, (0, ""))[1]
        if _strippable(w, tag):
            words.pop()
            continue
        break
    out = "".join(words)
    return out if len(out) >= 2 else s


_HAN_END = re.compile(r"[\u4e00-\u9fff]$")


@functools.cache
def _adverb_words() -> tuple[KeysView[str], int]:
    """The dictionary words :func:`_strip_trailing_adverbs` strips (adverb tags, two-character
    numerals in 次), and the length of the longest. The words it strips end the name, so a name
    that ends in none of them is returned as it is without segmenting it (most names)."""
    dictionary = dictionary_fn()

    words = word_table(w for w, (_, tag) in dictionary().items() if _strippable(w, tag))
    return words, max(map(len, words))


def _strippable(word: str, tag: str) -> bool:
    """An adverb (逆势, 稳步) or a frequency word (首次, 再次: a numeral + 次) by its tag."""
    return tag in _ADVERB_TAGS or (tag == "m" and len(word) == 2 and word.endswith("次"))


_PAIRS = {"（": "）", "(": ")", "“": "”", "《": "》", "【": "】", "[": "]"}
_CLOSERS = {v: k for k, v in _PAIRS.items()}


def _strip_unpaired(s: str) -> str:
    """An opening bracket or quote at the start whose partner is not in the name, or a closing one
    at the end whose partner is not (计划建设项目362个（新开工215个、续建147个）: the names
    were ``（新开工`` and ``续建）``): a cut through a bracket, not part of the name."""
    while s and s[0] in _PAIRS and _PAIRS[s[0]] not in s[1:]:
        s = s[1:]
    while s and s[-1] in _CLOSERS and _CLOSERS[s[-1]] not in s[:-1]:
        s = s[:-1]
    return s


def _gloss(s: str) -> str:
    gloss = _GLOSSED.match(s)
    return gloss.group(1) if gloss and gloss.group(1) in STANDARD_NAMES else s


def _strip_unit_brackets(s: str) -> str:
    """Drop bracketed units and notes (（%）, （亿元）, （GDP）) but keep 不含房地产-style scope notes."""

    def repl(m: re.Match[str]) -> str:
        inner = m.group(0)[1:-1]
        if inner in ("GDP",) or re.fullmatch(
            r"[%‰a-zA-Z/万亿元个家人次吨辆台套千克米平方公顷标准煤年度·岁天件栋座所张床户]*", inner
        ):
            return ""
        return m.group(0)

    return _BRACKETS.sub(repl, s)


_CN_DIGITS = "一二三四五六七八九"
# dictionary tags of a word that makes the phrase an action done over the period (实施, 建成, 投产)
_ACTION_TAGS = frozenset({"v", "vn"})


# the span of a five-year plan written in a name of the five-year review (五年净增经营主体,
# 居民收入五年增长…): the period itself, not part of what was measured; not a plan's title (五年规划)
_SPAN_OF_PLAN = re.compile(r"(?<![十\d.])(?:五|5)年(?![规计行])")


def period_total_name(name: str, year: int, total: bool = False) -> str:
    """“十四五”时期实施省级重点工程项目数: in a five-year review, what was *done* over the period
    (a name that opens with an action verb, 新 + one, or a 新增 count) is a total of the five years
    and says so (eval/provincial-2026 conventions, GUIDE §9); a stock level (上市公司数 … the level
    reached) is the plan's last year and keeps its name; a dated name is left alone. A total the
    text calls cumulative (累计创建…) is the period's too and takes the period before its 累计
    (“十四五”时期累计创建…), as the readable blind rounds write all eight such names of the
    five-year review. ``total``: the text said it is one (进出口总额累计…)."""
    if year % 5 or not 2010 < year <= 2010 + 5 * len(_CN_DIGITS) or "时期" in name:
        return name
    if not total and _opens_with_level_verb(name):
        return name  # 1.7万项事项实现“掌上办”: the items in the state they reached, a stock
    total = total or "累计" in name
    span = _SPAN_OF_PLAN.search(name)
    if span:  # 五年净增…, …五年增速: the text names the period's span, the prefix says it
        name = name[: span.start()] + name[span.end() :]
        total = True
    done = total or opens_with_action(name) or "新增" in name
    if not done and one_char_modifier(name):
        done = opens_with_action(name[1:])  # 新改建, 新开工: a modifier + the action
    if not done:
        return name
    ordinal = _CN_DIGITS[(year - 2010) // 5]
    return f"“十{ordinal}五”时期{name}"


def is_figure_verb(word: str) -> bool:
    """Is ``word`` a verb of a level: one of the figure verbs between a name and its figure
    (``_TRAIL``: 实现, 完成, 达到; not the plan's 推进, 推动, 力争) that the dictionary tags v? Whether
    the cleaner strips it before a name (``_LEAD``) is the caller's test
    (:func:`_opens_with_level_verb`)."""
    return word in _TRAIL_VERBS and dictionary_fn()().get(word, (0, ""))[1] == "v"


def _opens_with_level_verb(name: str) -> bool:
    """Does ``name`` open with a verb of a level (:func:`is_figure_verb`) that ``_LEAD`` cuts? Only a
    predicate-first count keeps one (实现跨境通办…事项数, the counted items' own verb): the items
    that reached that state are a stock, the level reached, which takes no period (README
    indicator27; the readable gold's two such five-year counts carry none)."""
    lead = _LEAD.match(name)
    return lead is not None and is_figure_verb(lead.group(0))


def one_char_modifier(name: str) -> bool:
    """Is the first character an adjective or adverb of its own (新, 再: jieba's dictionary)?"""
    dictionary = dictionary_fn()

    return len(name) > 3 and dictionary().get(name[0], (0, ""))[1] in ("a", "d")


def opens_with_action(name: str) -> bool:
    """Does ``name`` open with an act: a dictionary verb or verbal noun, or a word mined as the act
    of lists of counts where the dictionary tags it otherwise (办理 a noun, 新建 a place:
    ``extract.indicators.count_verbs``), or a mined clause verb jieba splits (获|批)?"""
    if len(name) < 3 or not "\u4e00" <= name[0] <= "\u9fff":
        return False
    from extract.indicators.count_verbs import opening_count_verb
    from extract.indicators.prose import split_clause_verb

    if opening_count_verb(name) or split_clause_verb(name):
        return True
    _segment = segment_fn()
    dictionary = dictionary_fn()

    if not _action_opening(name):
        return False  # the first word of a segmentation is an opening of the name: none is a verb
    first = _segment(name)[0]
    return len(first) >= 2 and dictionary().get(first, (0, ""))[1] in _ACTION_TAGS


def _action_opening(name: str) -> bool:
    """Is some opening of ``name`` of two or more characters a dictionary verb or verbal noun
    (``_ACTION_TAGS``)? The prefilter of ``opens_with_action``: asks the dictionary about the
    name's few openings instead of first collecting all of its verbs (a walk over ≈ 350,000
    entries, ≈ 0.1 s on the first call of every process, for a test asked a few dozen times a
    report)."""
    dictionary = dictionary_fn()

    entries = dictionary()
    return any(entries.get(name[:j], (0, ""))[1] in _ACTION_TAGS for j in range(2, len(name) + 1))


def rate_name(name: str) -> str:
    """Name of the growth-rate indicator of ``name``: 地区生产总值 -> 地区生产总值增速."""
    for suf in ("年均增长率", "年均增速", "增长率", "增幅", "增速"):
        if name.endswith(suf):
            return name[: -len(suf)] + ("年均增速" if "年均" in suf else "增速")
    if name.endswith("年均增长"):
        return name[:-4] + "年均增速"
    if name.endswith("增长"):
        return name[:-2] + "增速"
    return name + "增速"


def is_rate_name(name: str) -> bool:
    return name.endswith(("增速", "增长率", "增幅", "降幅", "涨幅"))


def base_of_rate(name: str) -> str:
    """地区生产总值增速 -> 地区生产总值 (to pair a level with its rate)."""
    for suf in ("年均增速", "增速", "增长率", "增幅"):
        if name.endswith(suf):
            return name[: -len(suf)]
    return name


def names_match(a: str, b: str) -> bool:
    """Lenient comparison used in tests and dev scoring: same cleaned name or one contains the other."""
    a2, b2 = clean_name(a), clean_name(b)
    return a2 == b2 or (len(a2) >= 2 and len(b2) >= 2 and (a2 in b2 or b2 in a2))


__all__ = [
    "PAIRED_SCOPES",
    "SYNONYMS",
    "base_of_rate",
    "clean_name",
    "is_figure_verb",
    "is_rate_name",
    "names_match",
    "period_total_name",
    "rate_name",
]
