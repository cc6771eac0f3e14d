"""Document metadata read from the text itself: region, years, genre, issuer, date, title.

File names say nothing reliable (the corpus names are hashes), so everything comes from
the head of the document: the portal header block (``[ 发布机构 ] | 巴南区发展改革委``), the
title, the dateline (``——2025年1月8日在南岸区第十九届人民代表大会…``) and the issuer line
under it. The region is the most specific division the title names (``重庆市南岸区`` →
南岸区), else the one the dateline or first lines name.
"""

from __future__ import annotations

import functools
import re

from extract import regions
from extract.model import DocumentMeta
from extract.normalize import normalize
from extract.numerals import cn_to_int

HEADER_FIELD = re.compile(r"\[\s*(\S{2,8}?)\s*\]\s*\|\s*([^|\[\]]*?)\s*\|")
DATELINE = re.compile(r"(?m)^[\s—─―\-]*(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*在([^\n]{2,40})")
DATELINE_CN = re.compile(
    r"(?m)^[\s—─―\-]*([〇零一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,2})\s*月"
    r"\s*([一二三四五六七八九十]{1,3})\s*日\s*在([^\n]{2,40})"
)
DELEGATE = re.compile(r"我代表([^，,。\s]{0,20}?(?:人民)?政府)")
HEADER_LINE = re.compile(
    r"(?m)^[ \t\u3000]*(发布机构|发文机关|发文单位|成文日期|发布日期|发文日期)[：:]"
    r"[ \t\u3000]*([^\s|]{2,30})[ \t\u3000]*$"
)
DATE_CN = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
DATE_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
ISSUER_LINE = re.compile(
    r"[^\s，。：:]{2,30}?(?:发展和改革委员会|发展改革委|人民政府|政府办公室|委员会|统计局|财政局|办公室|人民政府办公厅)"
)
YEAR_RE = re.compile(r"(\d{4})\s*年")
CN_YEAR = {
    "〇": "0",
    "零": "0",
    "一": "1",
    "二": "2",
    "三": "3",
    "四": "4",
    "五": "5",
    "六": "6",
    "七": "7",
    "八": "8",
    "九": "9",
}
FIVE_YEAR_ORDINAL = {"十二": 2011, "十三": 2016, "十四": 2021, "十五": 2026}


def genre_of(title: str, head: str) -> str:
    t = normalize(title or "")
    h = normalize(head)
    if "执行情况" in t and ("计划" in t or "草案" in t):
        return "plan_execution_report"
    if (("五年规划" in t or "五规划" in t) and "纲要" in t) or re.search(r"[十].五.*规划.*纲要", t):
        return "five_year_plan"
    if "政府工作报告" in t or ("政府工作报告" in h[:300] and "报告" in t):
        return "government_work_report"
    if "执行情况" in h[:400] and "计划草案" in h[:400]:
        return "plan_execution_report"
    if "政府工作" in h[:400] and re.search(r"向大会报告(?:政府)?工作", h[:2000]):
        return "government_work_report"
    return "other"


def _dateline(head: str) -> tuple[str, str, str, str] | None:
    """(year, month, day, place) of ``——2025年1月8日在…`` or ``——二〇二五年一月八日在…``."""
    m = DATELINE.search(head)
    if m:
        return m.group(1), m.group(2), m.group(3), m.group(4)
    m = DATELINE_CN.search(head)
    if m:
        year = "".join(CN_YEAR[c] for c in m.group(1))
        return year, str(cn_to_int(m.group(2))), str(cn_to_int(m.group(3))), m.group(4)
    return None


def _header_fields(text: str, limit: int) -> dict[str, str]:
    """Portal metadata: ``[ 发布机构 ] | 巴南区发展改革委 |`` tables or ``发布机构：…`` lines."""
    head = text[:limit]
    fields = {k: v for k, v in HEADER_FIELD.findall(head) if v}
    for k, v in HEADER_LINE.findall(head):
        fields.setdefault(k, v.strip())
    return fields


def _iso(y: str, m: str, d: str) -> str:
    return f"{int(y):04d}-{int(m):02d}-{int(d):02d}"


@functools.cache
def _full_names() -> frozenset[str]:
    return frozenset(r.name for r in regions.all_regions())


@functools.cache
def _higher_names() -> tuple[tuple[str, str], ...]:
    """(name or short form, code) of every province and prefecture, for counting in text."""
    out: list[tuple[str, str]] = []
    for r in regions.all_regions():
        if r.level != "county":
            out.extend((n, r.code) for n in r.names if len(n) >= 2)
    return tuple(out)


def context_code(text: str) -> str | None:
    """The division the text names most: the province whose own and prefectures' names occur
    most often, narrowed to its most named prefecture if any. It settles county names shared
    across provinces (江北区 is in 重庆 and in 宁波; a 重庆 report also names 成都 now and then)."""
    counts: dict[str, int] = {}
    for name, code in _higher_names():
        n = text.count(name)
        if n:
            counts[code] = counts.get(code, 0) + n
    if not counts:
        return None
    by_province: dict[str, int] = {}
    for code, n in counts.items():
        by_province[code[:2]] = by_province.get(code[:2], 0) + n
    province = max(by_province, key=lambda p: by_province[p])
    prefectures = {c: n for c, n in counts.items() if c[:2] == province and not c.endswith("0000")}
    if prefectures:
        return max(prefectures, key=lambda c: prefectures[c])
    return province + "0000"


def _regions_in(s: str, context: str | None = None) -> list[regions.Region]:
    """Divisions named by full name in ``s``, longest match first at each position.

    A name that stays ambiguous (江北区 without a province) is skipped whole, never read as
    a shorter name inside it (北区)."""
    found: list[regions.Region] = []
    i = 0
    full = _full_names()
    while i < len(s):
        for L in range(min(12, len(s) - i), 1, -1):
            sub = s[i : i + L]
            if sub in full:
                r = regions.lookup(sub, context_code=found[-1].code if found else context)
                if r is not None:
                    found.append(r)
                i += L - 1
                break
        i += 1
    return found


def _most_specific(found: list[regions.Region]) -> regions.Region | None:
    """The deepest division consistent with the others (重庆市 + 南岸区 → 南岸区)."""
    if not found:
        return None
    best = found[0]
    for r in found[1:]:
        if best.contains(r) and r.code != best.code:
            best = r
    return best


def _dateline_region(place: str, context: str | None = None) -> regions.Region | None:
    """``南岸区第十九届人民代表大会…`` → 南岸区; ``北京市第十六届…`` → 北京市."""
    m = re.match(r"(.{2,12}?)第[一二三四五六七八九十]+届", place)
    if m:
        r = _most_specific(_regions_in(m.group(1), context))
        if r is not None:
            return r
        return regions.lookup(m.group(1), context)
    return _most_specific(_regions_in(place[:20], context))


def years_of(
    genre: str, title: str, head: str, dateline_year: int | None
) -> tuple[tuple[int, ...], tuple[int, ...]]:
    t = normalize(title)
    if genre == "plan_execution_report":
        rep = re.search(r"(\d{4})\s*年[^。]{0,20}?执行情况", t)
        plan = re.findall(r"(\d{4})\s*年[^。]{0,12}?(?:计划草案|计划[（(]草案|计划$|计划的报告)", t)
        reported: tuple[int, ...] = (int(rep.group(1)),) if rep else ()
        planned: tuple[int, ...] = tuple(
            sorted({int(y) for y in plan if not reported or int(y) != reported[0]})
        )
        if not planned and reported:
            planned = (reported[0] + 1,)
        if not reported and not planned and dateline_year:  # delivered early in the plan year
            reported, planned = (dateline_year - 1,), (dateline_year,)
        return reported, planned
    if genre == "five_year_plan":
        m = re.search(r"第([十一二三四五]+)个五年规划", t) or re.search(r"“?([十一二三四五]{2})五”?规划", t)
        start = FIVE_YEAR_ORDINAL.get(m.group(1)) if m else None
        planned = tuple(range(start, start + 5)) if start else ()
        vision = re.search(r"([〇零一二三四五六七八九]{4}|\d{4})\s*年远景目标", t)
        if vision:
            y = vision.group(1)
            planned += (int("".join(CN_YEAR.get(c, c) for c in y)),)
        reported = tuple(range(start - 5, start)) if start else ()
        return reported, planned
    if genre == "government_work_report":
        y = None
        m = YEAR_RE.search(t)
        if m and 1990 < int(m.group(1)) < 2100:
            y = int(m.group(1))
        y = y or dateline_year
        return ((y - 1,), (y,)) if y else ((), ())
    years = sorted({int(y) for y in YEAR_RE.findall(t) if 1990 < int(y) < 2100})
    return tuple(years[:1]), tuple(years[1:])


def detect(
    text: str, body_start: int, body_end: int, title_span: tuple[int, int] | None = None
) -> DocumentMeta:
    """Metadata of the document whose body is ``text[body_start:body_end]``."""
    head = text[: min(len(text), body_start + 3000)]
    fields = _header_fields(text, max(body_start, 2000))
    title = None
    if title_span is not None:
        title = re.sub(r"\s+", "", text[title_span[0] : title_span[1]])
    body_head = text[body_start : body_start + 1500]
    genre = genre_of(title or "", body_head)

    dl = _dateline(body_head)
    date = None
    context = context_code(text[body_start : body_start + 5000])
    region = _most_specific(_regions_in(normalize(title or ""), context))
    if dl:
        date = _iso(*dl[:3])
        dr = _dateline_region(dl[3], context)
        if dr is not None and (region is None or (region.contains(dr) and dr.code != region.code)):
            region = dr
    if region is None:
        first_lines = body_head[:400]
        region = _most_specific(_regions_in(first_lines, context))
    if region is None:  # 现在，我代表南岸区人民政府，向大会报告工作
        m = DELEGATE.search(text, body_start, body_start + 3000)
        if m:
            region = _most_specific(_regions_in(m.group(1), context))
    for key in ("成文日期", "发文日期", "发布日期"):
        iso = DATE_ISO.fullmatch(fields[key]) if date is None and key in fields else None
        if iso:
            date = _iso(*iso.groups())
    if date is None:
        m = DATE_CN.search(head[: body_start + 400]) if body_start else None
        if m:
            date = _iso(*m.groups())

    issuer = fields.get("发布机构") or fields.get("发文机关") or fields.get("发文单位")
    if issuer is None:
        issuer = _issuer_line(body_head, region)
    if issuer is None and genre == "government_work_report":
        m = DELEGATE.search(text, body_start, body_start + 3000)
        if m:
            issuer = m.group(1)
            if region is not None and re.fullmatch(r"(?:省|市|区|县|自治区|州)(?:人民)?政府", issuer):
                issuer = region.name + "人民政府"

    reported, planned = years_of(genre, title or "", body_head, int(dl[0]) if dl else None)
    return DocumentMeta(
        region=region.name if region else None,
        region_code=region.code if region else None,
        region_level=region.level if region else None,
        parent_region=region.parent.name if region and region.parent else None,
        title=title,
        genre=genre,
        reported_years=reported,
        plan_years=planned,
        issuer=issuer,
        date=date,
    )


def _issuer_line(body_head: str, region: regions.Region | None) -> str | None:
    """A line before the opening address that is just an office name (重庆市南岸区发展和改革委员会)."""
    for line in body_head.split("\n"):
        s = line.strip(" \t\u3000\xa0\r")
        if re.match(r"各位(?:代表|委员)", s):
            break
        if 4 <= len(s) <= 30 and ISSUER_LINE.fullmatch(s):
            return s
    return None
