"""Chinese figure parsing: a number, its unit as written, and the hedge around it.

Planning documents write figures as ``1133.2亿元``, ``超500家``, ``6左右``, ``5%-6%``,
``１２．５％``, ``三千亿元`` or ``1.2万台(套)``. The gold and the graph keep the number as
written together with its unit (``1.2`` + ``万台(套)``), so the multiplier stays in the unit
and the value is never rescaled; ``scaled()`` gives the plain magnitude when a caller needs to
compare figures across units. Offsets always refer to the caller's text: full-width forms are
mapped one character to one character, never through a length-changing normalisation.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from extract.numerals import cn_to_number
from extract.scan import anchored_finditer

# Full-width digits and the punctuation that appears inside numbers, mapped 1:1.
_WIDTH = str.maketrans("０１２３４５６７８９．％，－～：︰", "0123456789.%,-~::")
# the same mapping as replacements: str.translate looks a dict up per character of a report (≈ 750
# instructions a character, where one replace scans at C speed); no replacement is itself mapped,
# so replacing one character after another is the simultaneous translation
_WIDTH_PAIRS = tuple((chr(k), chr(v)) for k, v in _WIDTH.items())
_FULL_WIDTH = re.compile("[０１２３４５６７８９．％，－～：︰]")


# Measure words and units, longest first so that 万吨标准煤 wins over 万吨.
_UNIT_WORDS = [
    "万吨标准煤",
    "吨标准煤",
    "万元/人年",
    "万元/人",
    "万亿元",
    "亿美元",
    "万美元",
    "个百分点",
    "万台(套)",
    "台(套)",
    "万台（套）",
    "台（套）",
    "万人次",
    "亿人次",
    "万标箱",
    "标箱",
    "平方公里",
    "平方米",
    "万平方米",
    "公顷",
    "亿千瓦时",
    "万千瓦时",
    "千瓦时",
    "亿千瓦",
    "万千瓦",
    "千瓦",
    # legal units (GB 3100) the reports use and the list lacked: 110亿公斤, 0.13千克, 200兆瓦
    "公斤/亩",
    "公斤",
    "千克",
    "兆瓦",
    "吉瓦",
    "微克/立方米",
    "千伏",
    "亿立方米",
    "万立方米",
    "立方米",
    "亿元",
    "万元",
    "千元",
    "美元",
    "元",
    "万吨",
    "亿吨",
    "吨",
    "亿斤",
    "万斤",
    "斤",
    "万亩",
    "亩",
    "万辆",
    "辆",
    "万件",
    "件",
    "万户",
    "户",
    "万人",
    "人次",
    "人",
    "万个",
    "个",
    "家",
    "项",
    "场次",
    "场",
    "万架次",
    "架次",
    "车次",
    "列",
    "条",
    "位",
    "回",
    "对",
    "座",
    "所",
    "张",
    "床",
    "万公里",
    "公里",
    "千米",
    "米",
    "套",
    "台",
    "批",
    "次",
    "篇",
    "部",
    "岁",
    "支",
    "名",
    "万项",
    "万家",
    "万套",
    "万名",
    "万处",
    "处",
    # measure words of counted things the reports use and the list lacked (coverage over all
    # 29 reports, scripts/indicator_coverage.py: 3900万头, 13.5亿只, 1220种, 14宗, 540款, 82艘)
    "头",
    "只",
    "种",
    "宗",
    "款",
    "艘",
    "艘次",
    "株",
    "栋",
    "例",
    "批次",
    # measure words of things counted together with others, in brackets (万辆（艘、架、列）次, 万套（间）)
    "架",
    "间",
    "万标准箱",
    "标准箱",
    "万亿",
    "万",
    "亿",
    "%",
    "‰",
]
_UNIT_RE = "|".join(re.escape(u) for u in sorted(set(_UNIT_WORDS), key=len, reverse=True))

# 1.4万张, 9.5万场, 超122万次, 2万亿千瓦时: a magnitude (万, 亿, 万亿) written before a measure word makes
# one unit (万张), as 万个 and 万人次 already are; the list above cannot name every such pair,
# so a bare magnitude takes the measure word that follows it. The measure words are the plain
# units of the same list (no magnitude, money, rate or compound of their own), so the class
# is closed and stays in one place.
_MEASURES = sorted(
    {
        u
        for u in _UNIT_WORDS
        if u[0] not in "万亿" and "元" not in u and "/" not in u and u not in ("%", "‰", "个百分点")
    },
    key=len,
    reverse=True,
)
# 亿度 and 亿方 are the reports' kWh and cubic metres: 度 and 方 are units only after a magnitude
# (30度, 5方面 are no figures)
_MEASURE_AFTER = re.compile("|".join(re.escape(u) for u in (*_MEASURES, "度", "方")))
UNIT_WORDS = frozenset(_UNIT_WORDS)  # the units spelt out above (万人 is one; 万张 is composed)
# 8978辆（台）, 6957套（间）, 2813.8万辆（艘、架、列）次: a measure word with the other measure words of
# the things counted in brackets (and 次 after them when trips are counted) is one unit, written whole
# as every readable gold unit of this form is (台（套）, 套（间）, 辆（台）, 万辆（艘、架、列）次); the
# figure had kept only the first word (辆) and its name lost the count. The bracket holds measure
# words of this list only: a note with words of its own (5个（含3个）) or a kind (22个（类）载体: the
# kinds of a scope, no things counted) is no alternative
_ONE_CHARACTER_MEASURES = frozenset(u for u in _MEASURES if len(u) == 1)
_ONE_MEASURE = "[" + "".join(sorted(_ONE_CHARACTER_MEASURES)) + "]"
_ALTERNATIVES = re.compile(
    rf"（{_ONE_MEASURE}(?:、{_ONE_MEASURE})*）次?|\({_ONE_MEASURE}(?:、{_ONE_MEASURE})*\)次?"
)
ALTERNATIVE_MEASURES = re.compile(rf"[（(]{_ONE_MEASURE}(?:、{_ONE_MEASURE})*[）)]次?$")

_NUM = r"\d+(?:,\d{3})*(?:\.\d+)?"
_CN_NUM = r"[〇零一二两三四五六七八九十百千]+"
_PRE_HEDGE = r"(?P<pre>约|超过|超|近|逾|接近|大约|突破|达到|达)?"
_POST_HEDGE = r"(?P<post>以上|以下|左右|余|多|上下|以内)?"

FIGURE_RE = re.compile(
    _PRE_HEDGE
    + r"(?P<star>[△▲*])?"
    + rf"(?P<num>{_NUM}|{_CN_NUM})"
    + r"(?P<star2>\*)?"
    + rf"(?:(?P<range_pct>%)?[-~—–至到](?P<num2>{_NUM}))?"  # no blanks: 8.9\n—\n11.2 are two table cells
    + r"(?P<post_a>余|多)?"
    + rf"(?P<unit>{_UNIT_RE})?"
    + _POST_HEDGE
)

# Where a FIGURE_RE match can begin, for ``extract.scan.anchored_finditer``: every match holds
# its number, which opens with a digit or a Chinese numeral at most FIGURE_REACH characters after
# the match's start (a two-character hedge and a star before it). The regex itself, with nothing
# but optional groups before the number, is tried at every character of a sentence.
FIGURE_ANCHOR = re.compile(r"\d|" + _CN_NUM.removesuffix("+"))
FIGURE_REACH = 3

# Every figure ``find_figures`` keeps has a digit, or a Chinese numeral with a unit holding
# 元 or starting with 万/亿; most sentences have neither, and FIGURE_RE is costly to run.
_MAY_HOLD_FIGURE = re.compile(r"[0-9元万亿]")

HEDGES = ("约", "超过", "超", "近", "逾", "接近", "大约", "以上", "以下", "左右", "余", "多", "上下", "以内")


@dataclass(frozen=True, slots=True)
class Figure:
    """One figure found in a text: ``text[start:end]`` is exactly what was matched."""

    start: int
    end: int
    value: float
    unit: str
    low: float | None = None  # range bounds (5%-6% -> 5, 6); value is the low bound
    high: float | None = None
    hedge: str | None = None  # 约 / 超 / 以上 / 左右 ... (dropped from the value, kept here)
    estimated: bool = False  # △ marks an estimated (still actual) value in statistical tables

    def scaled(self) -> float:
        """The plain magnitude: 1.2 万台 -> 12000, 2 万亿元 -> 2e12."""
        factor = 1.0
        for prefix, mult in (("万亿", 1e12), ("亿", 1e8), ("万", 1e4), ("千", 1e3)):
            if self.unit.startswith(prefix):
                factor = mult
                break
        return self.value * factor


def to_halfwidth(text: str) -> str:
    """Same length as ``text``: full-width digits and number punctuation made ASCII."""
    # a C-speed scan first spares the replacements for text without any mapped character
    if not _FULL_WIDTH.search(text):
        return text
    for full, half in _WIDTH_PAIRS:
        text = text.replace(full, half)
    return text


def parse_number(s: str) -> float | None:
    """A number written with digits (full- or half-width, thousands commas) or Chinese numerals."""
    s = to_halfwidth(s.strip()).replace(",", "")
    if not s:
        return None
    try:
        return float(s)
    except ValueError:
        return cn_to_number(s)


def find_figures(text: str, *, require_unit: bool = True) -> list[Figure]:
    """Every figure in ``text``, left to right; offsets into ``text`` as given.

    Chinese-numeral figures are only taken with a unit (a bare 一 is a word, not a figure);
    with ``require_unit`` digit figures need one too.
    """
    norm = to_halfwidth(text)
    out: list[Figure] = []
    if not _MAY_HOLD_FIGURE.search(norm):
        return out  # no digit, and no 元/万/亿 a Chinese numeral would need: nothing can be kept
    for m in anchored_finditer(FIGURE_RE, norm, FIGURE_ANCHOR, FIGURE_REACH, len(norm)):  # FIGURE_RE.finditer
        num = m.group("num")
        unit = m.group("unit") or ""
        chinese = not num[0].isdigit()
        money = bool(unit) and ("元" in unit or unit[0] in "万亿")
        if chinese and not money and not _written_count(num, m, unit):
            continue  # 一批, 三个 are words; Chinese numerals count only with money or 万/亿
        if require_unit and not unit:
            continue
        if not chinese and _glued_to_digits(norm, m.start("num"), m.end()):
            continue
        value = parse_number(num)
        if value is None:
            continue
        if unit in ("万", "亿") and m.end() < len(norm) and norm[m.end()] in "元":
            continue  # cannot happen with longest-first units; kept as a guard
        low = high = None
        if m.group("num2"):
            high = parse_number(m.group("num2"))
            low = value
        hedge = m.group("pre") if m.group("pre") in HEDGES else None
        hedge = m.group("post") or m.group("post_a") or hedge
        if m.group("range_pct") and not unit:
            unit = "%"
        end = m.end()
        if unit in ("万", "亿", "万亿") and (measure := _MEASURE_AFTER.match(norm, end)):
            unit, end = unit + measure.group(0), measure.end()
        if unit[-1:] in _ONE_CHARACTER_MEASURES and (alternatives := _ALTERNATIVES.match(norm, end)):
            unit, end = unit + alternatives.group(0), alternatives.end()  # 8978辆（台）: the unit as written
        start = m.start("star") if m.group("star") else m.start("num")
        if m.group("pre") and m.group("pre") in HEDGES:
            start = m.start("pre")
        out.append(
            Figure(
                start=start,
                end=end,
                value=value,
                unit=unit,
                low=low,
                high=high,
                hedge=hedge,
                estimated=bool(m.group("star")) and m.group("star") in "△▲",
            )
        )
    return _with_days_counted(norm, _with_tenths(norm, _with_implicit_one(norm, out)))


# 超万亿元, 突破万亿元: 万亿 with no numeral before it is one 万亿 (as 千亿元 is 一千亿元: the
# numeral pattern reads 千 and 百 as numbers, but 万 and 亿 only as units)
_IMPLICIT_ONE = re.compile(_PRE_HEDGE + r"(?P<unit>万亿元)")
_NUMERAL_BEFORE = re.compile(r"[\d〇零一二两三四五六七八九十百千.]$")


def _with_implicit_one(norm: str, figures: list[Figure]) -> list[Figure]:
    if "万亿元" not in norm:
        return figures
    out = list(figures)
    starts = [f.start for f in figures]  # in text order, not overlapping
    for m in _IMPLICIT_ONE.finditer(norm):
        start = m.start("unit")
        k = bisect.bisect_right(starts, start) - 1
        if _NUMERAL_BEFORE.search(norm[max(0, start - 1) : start]) or (k >= 0 and start < figures[k].end):
            continue
        hedge = m.group("pre") if m.group("pre") in HEDGES else None
        first = m.start("pre") if hedge else start
        out.append(Figure(start=first, end=m.end(), value=1.0, unit=m.group("unit"), hedge=hedge))
    return sorted(out, key=lambda f: f.start)


# 占全国9成, 占比超三成, 上云率近六成: a share written in tenths (成, a measure word of the language:
# 一成 is a tenth) is the percentage ten times the numeral (GUIDE §7: shares keep the unit %, as the
# readable gold writes 占全国9成 as 90 %). Only where the clause says it is a share (占 before it, or a
# rate or 占比 right before its hedge): 运力提升四成 is a change and 三成功 no figure at all.
_TENTHS = re.compile(
    r"(?P<pre>约|超过|超|近|逾|接近)?(?P<num>[1-9一二三四五六七八九])成(?P<post>以上|左右|多)?(?=[，,。；;、）)]|的|$)"
)
_TENTH = "成"
_SHARE_CUE = "占"  # 占全国…, 占一般公共预算支出…: the clause states a share
_SHARE_NOUN = re.compile(r"(?:率|占比)(?:约|超过|超|近|逾|接近|达到|达|为)?$")  # 上云率近六成, 占比超三成
_CLAUSE_MARKS = "，,。；;"


def _with_tenths(norm: str, figures: list[Figure]) -> list[Figure]:
    if _TENTH not in norm:
        return figures
    out = list(figures)
    taken = [(f.start, f.end) for f in figures]
    for m in _TENTHS.finditer(norm):
        start = m.start("pre") if m.group("pre") else m.start("num")
        if any(a < m.end() and start < b for a, b in taken):
            continue
        clause = norm[max(norm.rfind(c, 0, start) for c in _CLAUSE_MARKS) + 1 : start]
        if _SHARE_CUE not in clause and not _SHARE_NOUN.search(clause):
            continue
        num = m.group("num")
        tenths = int(num) if num.isdigit() else int(cn_to_number(num) or 0)
        hedge = m.group("post") or m.group("pre")
        out.append(Figure(start=start, end=m.end(), value=float(10 * tenths), unit="%", hedge=hedge))
    return sorted(out, key=lambda f: f.start)


# 优良天数达313天: a count of days named as one (…天数) is a level like any count, not a duration
# (GUIDE §7 leaves out dates and durations: 连续4年, 30天内); its days are the unit, as written
_DAYS_COUNTED = re.compile(
    r"天数(?:为|达到|达|保持在|稳定在|超过|超)?(?P<pre>约|超过|超|近|逾)?(?P<num>\d+(?:\.\d+)?)(?P<unit>天)"
)
_DAY = "天数"


def _with_days_counted(norm: str, figures: list[Figure]) -> list[Figure]:
    if _DAY not in norm:
        return figures
    out = list(figures)
    for m in _DAYS_COUNTED.finditer(norm):
        start = m.start("pre") if m.group("pre") else m.start("num")
        if any(f.start < m.end() and start < f.end for f in figures):
            continue
        out.append(
            Figure(
                start=start,
                end=m.end(),
                value=float(m.group("num")),
                unit=m.group("unit"),
                hedge=m.group("pre"),
            )
        )
    return sorted(out, key=lambda f: f.start)


def _written_count(num: str, m: re.Match[str], unit: str) -> bool:
    """百余项, 两千多家, 三百个: a count written in Chinese numerals is a figure when it is more than
    a word could be — a hundred or more with 余/多, or two numerals with 十/百/千 (千家万户, 四个
    and 十个 stay words)."""
    if not unit or unit in ("万", "亿"):
        return False
    big = any(c in num for c in "百千")
    return (big and bool(m.group("post_a"))) or (len(num) >= 2 and any(c in num for c in "十百千"))


def _glued_to_digits(text: str, start: int, end: int) -> bool:
    """A match that is part of a longer alphanumeric token (5G, A1, 27号线) is not a figure."""
    before = text[start - 1] if start > 0 else ""
    return bool(before) and (before.isascii() and before.isalnum())


__all__ = [
    "ALTERNATIVE_MEASURES",
    "FIGURE_RE",
    "Figure",
    "cn_to_number",
    "find_figures",
    "parse_number",
    "to_halfwidth",
]
