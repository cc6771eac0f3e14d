"""Canonical names for mentions, and the aliases that merge them within and across documents.

A canonical name is what a reader would use to merge mentions (GUIDE §4): division names
with their suffix restored (南岸 -> 南岸区), strategy aliases resolved, party and government
abbreviations expanded for the document's own district (区委 -> 中共重庆市南岸区委员会),
bare zone abbreviations tied to the zone the document itself names (经开区 -> 重庆经济技术开发区),
line breaks and alias parentheticals removed, local names qualified by the author's place (a
city's numbered metro lines, 地铁8号线 -> 天津地铁8号线; an untitled 条例 the province enacts,
民营经济促进条例 -> 青海省民营经济促进条例). What cannot be decided from one mention is
decided by an :class:`AliasIndex` built over the mentions of a document or a corpus:
a short form that is a subsequence of a full name of the same type (市五院 -> 重庆市第五人民医院),
a name seen elsewhere with a region prefix, an area named after a place whose full name the same
document writes (东站片区 -> 重庆东站片区, :meth:`AliasIndex.area_alias`), 项目/工程 variants, a bare
line of the one metro system the document writes (7号线 -> 天津地铁7号线, :func:`metro_line`), and
a brand whose company name the same text writes (深蓝 -> 深蓝汽车, :func:`company_in_text`).
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from extract.free_trade import linked_zone_name, province_led_zone, standard_zone_name
from extract.ids import entity_id, name_key
from extract.normalize import FOOTNOTE_RE
from extract.regions import by_code, lookup
from extract.scan import anchored_finditer, written_after

if TYPE_CHECKING:
    from extract.pipeline.grammar import Grammar
    from extract.regions import Region

ZONE_EXPANSIONS = (("经开区", "经济技术开发区"), ("高新区", "高新技术产业开发区"), ("综保区", "综合保税区"))
FREE_TRADE = ("自贸试验区", "自由贸易试验区")
COMPANY_TAILS = ("汽车", "科技", "集团", "股份", "公司", "实业", "控股")
WS_RE = re.compile(r"\s+")
IMAGE_RE = re.compile(r"\[[^\]\n]*\]")
TRAILING_PAREN_RE = re.compile(r"[（(]([^（）()]*)[)）]$")
KEEP_PAREN_RE = re.compile(r"(?:段|站|^[一二三四五六七八九十\d]+期$|、|标段|^\d{4}\D\d{4})")
# the canonical conventions (GUIDE §4; eval/provincial-2026/README.md "Spans and canonicals"): a
# city's numbered metro line takes the city's metro prefix (重庆轨道交通27号线, 天津地铁B1线) ...
METRO_RE = re.compile(r"^(?:轨道交通|地铁)[A-Z]?\d+号线")
BARE_LINE_RE = re.compile(r"^[A-Z]?\d+号线")  # 7号线一期北段: the line named without its system
# a line named by its letter code (Z4线一期北段, B1 in a list of lines: the provincial-2026 convention
# B1 -> 天津地铁B1线); not a road's code: GB/T 917 numbers national, provincial, county and township
# roads G, S, X, Y (G15, S1 as a road)
LINE_CODE_RE = re.compile(r"^[A-FH-RTUVWZ]\d{1,2}(?=线|$)")
LINE_WORD = "线"
METRO_PREFIX_RE = re.compile(r"^(.{2,4}?)(?:轨道交通|地铁)(?=[A-Z]?\d+号线)")  # 天津地铁 of 天津地铁8号线
# ... and a regulation without a 《》 title that the author's province enacts, the province's name
# (重庆市开发区条例, 青海省民营经济促进条例): 条例 is the kind of a local regulation (地方性法规)
# under the Legislation Law (立法法 Art. 81); national ones are cited by their 《》 title
LOCAL_REGULATION_KINDS = ("条例",)
NATIONAL_SCOPES = ("全国", "国家")  # scope words (GUIDE §2.5) that make a regulation the state's
# ... and a law (法: only the national legislature enacts one, 立法法 Art. 10) written bare takes the
# state's name its official title opens with (民营经济促进法 -> 中华人民共和国民营经济促进法, GUIDE §4
# full standard names); a 《》 title keeps what the text wrote
NATIONAL_LAW_PREFIX = "中华人民共和国"
SYNONYMS = {("Area", "主城区"): "中心城区"}  # GUIDE §3/§4: two names of one planning term
(CENTRAL_AREA,) = set(SYNONYMS.values())  # that planning term (中心城区), for own_central_area
QUOTED_CORE_RE = re.compile(r"“[^”]+”")
_HAN_RE = re.compile(r"[\u4e00-\u9fff]+")
# a tail that names the building of what precedes it (grammar of project names, GUIDE §2.4/§4:
# variants of one project are merged), not a part or a different thing
GENERIC_BUILD_RE = re.compile(r"建设(?:项目|工程)$")  # 扩建/新建 name a new part: kept apart
GENERIC_PROJECT_HEADS = ("项目", "工程")  # GUIDE §3: the suffixes every project may carry
BARE_ZONES = {"经开区", "高新区", "国家级经开区", "国家级高新区"}
MIN_STEM = 2  # characters of an area's name before its head (东站 of 东站片区)
# a programme's standard name (:meth:`AliasIndex.standard_name`): written by this many reports at
# least, more than write the bare name, so no pair of reports sharing a local name decides it
STANDARD_MIN_REPORTS = 3
STANDARD_MIN_BARE = 4  # characters of the bare name: 两重, 十项 are too short to be one programme's tail
# a duration before a two-character kind (三年行动, 五年计划) is how every multi-year campaign ends:
# the bare form names no one campaign, so it takes no standard name however many reports write one
_DURATION_KIND_RE = re.compile(r"[一二三四五六七八九十两0-9]+年[\u4e00-\u9fff]{1,2}")
STANDARD_TYPES = ("Program",)
PLACE_PREFIX_LENGTHS = (2, 3, 4)  # 重庆, 大渡口, …: how long a division's short name may be


@dataclass(frozen=True, slots=True)
class Context:
    """What the document says about its author, for scoped abbreviations."""

    region_code: str | None = None
    county: str | None = None  # 重庆市南岸区 (full name with ancestors) when the author is county-level
    city: str | None = None  # 重庆市 / 成都市: the prefecture-level (or municipality) above or equal
    province: str | None = None
    zones: tuple[tuple[str, str], ...] = ()  # (bare abbreviation, canonical) the document itself defines

    @classmethod
    def for_region(cls, code: str | None, zones: Iterable[tuple[str, str]] = ()) -> Context:
        region = by_code(code) if code else None
        if region is None:
            return cls(zones=tuple(zones))
        chain = (*region.ancestors(), region)
        province = chain[0].name
        city = next((r.name for r in chain if r.level == "prefecture"), None)
        if city is None and chain[0].name.endswith("市"):
            city = chain[0].name  # municipality: 重庆市, 北京市
        county = region.full_name if region.level == "county" else None
        return cls(code, county, city, province, tuple(zones))


def clean(text: str) -> str:
    """Line breaks, tabs, image tags (GUIDE §4) and footnote markers (the provincial README:
    a marker inside a name stays in its span and leaves the canonical) removed."""
    return WS_RE.sub("", FOOTNOTE_RE.sub("", IMAGE_RE.sub("", text)))


def _short_city(name: str | None) -> str:
    return name[:-1] if name and name.endswith("市") else (name or "")


def expand_zone(text: str, ctx: Context | None = None) -> str:
    """成都经开区 -> 成都经济技术开发区; 成都市高新区 -> 成都高新技术产业开发区.

    Only a place prefix that is a division is rewritten (西部科学城重庆高新区 stays).
    """

    for short, full in ZONE_EXPANSIONS:
        if text.endswith(short):
            place = text[: -len(short)]
            known = lookup(place, ctx.region_code if ctx else None) is not None
            if place and not known and len(place) > 3 and short != "综保区":
                return text
            if place.endswith("市"):
                place = place[:-1]
            return place + full
    return text


DEFINED_RE = re.compile(
    r"([\u4e00-\u9fff“”（）]{2,30}?)[（(](?:以下)?简称[“\"]?([^）)”\"，。]{2,12})[”\"]?[)）]"
)
# Anchored scans (extract.scan): 简称 lies at most 33 (resp. 27) characters after a match's start,
# and a match is at most 50 (resp. 40) long; a zone suffix at most 3 after, 6 long in all.
_ABBREV_ANCHOR = re.compile("简称")
DEFINED_REACH, DEFINED_SPAN = 33, 50
ZONE_DEFINED_RE = re.compile(
    r"([\u4e00-\u9fff（）]{4,24}?)[（(](?:以下)?简称[“\"]?([\u4e00-\u9fff]{2,8})[”\"]?[)）]"
)
ZONE_DEFINED_REACH, ZONE_DEFINED_SPAN = 27, 40
ZONE_FORM_RE = re.compile(r"([\u4e00-\u9fff]{2,3}?)(经开区|高新区)")
_ZONE_FORM_ANCHOR = re.compile(r"经开区|高新区")


def defined_abbreviations(text: str) -> list[tuple[str, str]]:
    """(abbreviation, full name) pairs the document defines with （简称…） / （以下简称…）."""
    from extract.pipeline.grammar import name_start

    pairs = []
    for m in anchored_finditer(DEFINED_RE, text, _ABBREV_ANCHOR, DEFINED_REACH, DEFINED_SPAN):
        start = name_start(text, m.end(1), floor=m.start(1), min_body=2)  # 和“青禾”计划 -> “青禾”计划
        pairs.append((m.group(2), clean(text[start : m.end(1)])))
    return pairs


def document_zones(text: str, region_code: str | None) -> list[tuple[str, str]]:
    """Zone abbreviations a document defines itself: （以下简称经开区）, or place + 经开区 forms."""
    found: list[tuple[str, str]] = []
    for m in anchored_finditer(ZONE_DEFINED_RE, text, _ABBREV_ANCHOR, ZONE_DEFINED_REACH, ZONE_DEFINED_SPAN):
        found.append((m.group(2), m.group(1)))

    author = by_code(region_code) if region_code else None
    for m in anchored_finditer(ZONE_FORM_RE, text, _ZONE_FORM_ANCHOR, 3, 6):
        place = lookup(m.group(1), region_code)
        if place is not None and author is not None and place.contains(author):
            found.append((m.group(2), expand_zone(m.group(1) + m.group(2))))
    return found


def own_central_area(ctx: Context) -> str:
    """The canonical of a bare 中心城区 (or its synonym): the author's own central urban area.

    A city's report (a municipality such as 天津市, or a prefecture-level city) speaks of its own
    central urban area, and the round golds name it with the city (天津市中心城区: fresh3
    天津市-h02 and fresh6 天津市-k02, two annotators). A district's report speaks of the city's
    planning term, which the dev gold keeps bare (GUIDE §4: 主城区 -> 中心城区 in 巴南区's and
    大渡口区's reports), and a province has many cities, so neither is prefixed."""
    author_is_city = ctx.region_code is not None and ctx.county is None and ctx.city is not None
    if author_is_city and ctx.city in (ctx.province, _author_name(ctx)):
        return f"{ctx.city}{CENTRAL_AREA}"
    return CENTRAL_AREA


def _author_name(ctx: Context) -> str | None:
    region = by_code(ctx.region_code) if ctx.region_code else None
    return region.name if region else None


AUTHOR_LEVELS = "区县"  # a bare level character standing for the author's own county (GUIDE §4)


def _author_level_led(name: str) -> bool:
    """A works name opening with a bare 区/县 that stands for the author's own county: 区中医院工程,
    区养老院新建项目 — not a word that opens with the character (区域, 区县, 县域, 县城: words of
    the general dictionary).

    Why: GUIDE §4 expands abbreviations for the author (区中医院 -> 大渡口区中医院), and the dev gold
    names a works after such a body with the district (中医院新建工程 -> 大渡口区中医院新建工程); the
    linker expanded the Organization and left the works named ``区…``, one name per district report
    for works of different districts. The level characters are a closed class; which pairs are words
    is the dictionary's."""
    if len(name) <= 2 or name[0] not in AUTHOR_LEVELS:
        return False
    from extract.pipeline.mining import dictionary  # the pipeline package imports this module

    return name[:2] not in dictionary()


# a bare level character before an event's abbreviated kind (省运会, 市运会): the author's own
# division at that level (GUIDE §4 expands abbreviations; admin_division closed class)
LEVEL_FIELDS = {"省": "province", "市": "city", "区": "county", "县": "county"}
LEVEL_HINT_RE = re.compile(r"\{(.)\}(.+)")  # {省}运动会: hosted_events' hint for 省运会


def _author_at_level(level: str, ctx: Context) -> str | None:
    """The author's own division at the level a bare level character names, or None."""
    field = LEVEL_FIELDS.get(level)
    owner: str | None = getattr(ctx, field) if field else None
    if field == "county" and owner:
        owner = owner.removeprefix(ctx.city or "")
    return owner


def canonical_name(
    text: str, type_: str, hint: str, source: str, ctx: Context, before: str = ""
) -> tuple[str, str | None]:
    """(canonical, division code or None) for one mention, without corpus-level aliases.
    ``before`` is the text right before the mention (a scope word there says whose a name is)."""
    name = clean(text)
    if type_ == "Platform" and hint and source == "zone":
        return hint, None
    if type_ == "District":
        if source == "town":
            return name, None
        if name.endswith(("经开区", "高新区")) or (name.endswith("新区") and hint):
            return (hint if hint and hint != name else expand_zone(name)), None
        region = lookup(hint or name, ctx.region_code) or lookup(name, ctx.region_code)
        if region is not None:
            return region.name, region.code
        return (hint or name), None
    if type_ == "Organization" and "{" in hint:
        # {author}: the author's own body at its own level (a report's bare 工商联 is its own
        # federation: a district's, a municipality's, a province's)
        author = ctx.county or ctx.city or ctx.province or ""
        filled = hint.format(
            county=ctx.county or "", city=ctx.city or "", province=ctx.province or "", author=author
        )
        if ("{county}" in hint and not ctx.county) or ("{city}" in hint and not ctx.city):
            return name, None
        if "{author}" in hint and not author:
            return name, None
        return filled, None
    if type_ == "Program" and (level_hint := LEVEL_HINT_RE.fullmatch(hint)) is not None:
        # 省运会 -> 山东省运动会: the games of the author's own province (hosted_events)
        owner = _author_at_level(level_hint.group(1), ctx)
        return (owner + level_hint.group(2) if owner else name), None
    if type_ == "Organization" and name[:1] in "区县" and ctx.county and len(name) > 2:
        return ctx.county.removeprefix(ctx.city or "") + name[1:], None  # 区中医院 -> 大渡口区中医院
    if type_ == "Project" and ctx.county and _author_level_led(hint or name):
        # 区老年大学提档升级工程 -> 南岸区老年大学提档升级工程, as the body it is named after
        return ctx.county.removeprefix(ctx.city or "") + (hint or name)[1:], None
    if type_ == "Platform" and name in FREE_TRADE and ctx.province:
        return (standard_zone_name(ctx.province) or f"中国（{ctx.province}）自由贸易试验区"), None
    if type_ == "Platform" and (
        linked := linked_zone_name(name, ctx.province, ctx.region_code if ctx.county else None)
    ):
        return linked, None  # 自贸区联动创新区 -> 中国（河北）自由贸易试验区联动创新区 (GUIDE §3, §4, §9)
    if type_ == "Platform" and (zone := province_led_zone(name)) is not None:
        return zone, None  # 广东自贸试验区 -> 中国（广东）自由贸易试验区 (GUIDE §9 Zones)
    if type_ == "Platform" and name in BARE_ZONES:
        bare = name.removeprefix("国家级")
        for abbr, full in ctx.zones:
            if abbr == bare:
                return full, None
        return (_short_city(ctx.city) + expand_zone(bare)) if ctx.city else name, None
    if type_ == "Area" and SYNONYMS.get((type_, name), name) == CENTRAL_AREA:
        return own_central_area(ctx), None
    if hint:
        return hint, None
    if (type_, name) in SYNONYMS:
        return SYNONYMS[(type_, name)], None
    if type_ in ("Platform", "District") and name.endswith(("经开区", "高新区", "综保区")):
        return expand_zone(name, ctx), None
    if type_ in ("Project", "Platform", "Organization", "Enterprise"):
        m = TRAILING_PAREN_RE.search(name)
        if m and m.start() > 1 and not KEEP_PAREN_RE.search(m.group(1)):
            name = name[: m.start()]
    if type_ == "Project" and METRO_RE.match(name) and ctx.city:
        name = _short_city(ctx.city) + name
    if type_ == "Policy" and _local_regulation(name, ctx, before):
        province = ctx.province or ""
        lead = next((name[:k] for k in (3, 1) if province.endswith(name[:k])), "")  # 市民营… -> 天津市民营…
        name = province + name[len(lead) :]
    if type_ == "Policy" and _bare_law(name):
        name = NATIONAL_LAW_PREFIX + name
    if type_ == "Policy":
        name = re.sub(r"（(\d{4})(\d{4})年）", r"（\1—\2年）", name)  # a dropped dash in a year range
    return name, None


def _bare_law(name: str) -> bool:
    """Is ``name`` a national law written without 《》 and without the state's name (民营经济促进法,
    not 《…促进法》 nor 中华人民共和国…法)? A title ending in 法 that is no 办法/方法 is a law
    (``extract.relations.issued.is_law``, the Legislation Law's forms)."""
    # imported here: extract.relations imports this module (name_links)
    from extract.relations.issued import is_law

    if name.startswith(("《", NATIONAL_LAW_PREFIX)) or len(name) <= 2:
        return False
    return is_law(name)


def _local_regulation(name: str, ctx: Context, before: str = "") -> bool:
    """Is ``name`` a regulation of the author's province written without its place (民营经济促进条例
    in 青海's report)? Not a 《》 title (national laws and regulations are cited by title), and not
    a name that starts with a division already (重庆市开发区条例), and not one the text says is
    national (落实全国统一大市场建设条例: a scope word right before it)."""

    if not ctx.province or not name.endswith(LOCAL_REGULATION_KINDS) or name.startswith("《"):
        return False
    if before.endswith(NATIONAL_SCOPES) or name.startswith(NATIONAL_SCOPES):
        return False  # 全国统一大市场建设条例, the scope word before the title or opening it
    if len(name) <= max(len(k) for k in LOCAL_REGULATION_KINDS) + 1:
        return False  # 条例 alone, or one character before it: a kind, no name
    return not any(lookup(name[:k], ctx.region_code) for k in PLACE_PREFIX_LENGTHS)


def metro_line(name: str, known: Iterable[str], region_code: str | None) -> str | None:
    """The full name of a metro line the text writes without its system (7号线一期北段, or by its
    letter code: Z4线一期北段, B1), when the document's other lines give exactly one system of the
    author's province (天津地铁8号线… -> 天津地铁7号线一期北段, 天津地铁B1线). Two systems (a report
    naming two cities' metros), or none: None."""

    code = LINE_CODE_RE.match(name)
    if not BARE_LINE_RE.match(name) and code is None:
        return None
    if code is not None and not name.startswith(LINE_WORD, code.end()):
        name = code.group() + LINE_WORD + name[code.end() :]  # B1 -> B1线
    systems = {
        m.group()
        for k in known
        if (m := METRO_PREFIX_RE.match(k)) and _same_province(lookup(m.group(1), region_code), region_code)
    }
    return systems.pop() + name if len(systems) == 1 else None


class SortedNames:
    """Names sorted once, so that "does one of them open with ``prefix``" is one bisection:
    the names opening with it are the block starting where ``prefix`` would be inserted.
    ``link_mentions`` asks it for each brand of a document against every name of other types
    (a scan of all of them per brand before)."""

    def __init__(self, names: Iterable[str]):
        self.names = sorted(names)

    def any_opens_with(self, prefix: str) -> bool:
        """``any(n.startswith(prefix) for n in names)``."""
        i = bisect.bisect_left(self.names, prefix)
        return i < len(self.names) and self.names[i].startswith(prefix)


def company_in_text(name: str, text: str, others: Iterable[str] | SortedNames = ()) -> str | None:
    """The company name a brand stands for when the same document writes it (深蓝 -> 深蓝汽车,
    GUIDE §4 variants): ``name`` followed by one company tail, exactly one such tail in the text.
    ``others`` are the document's names of other types: a brand that opens one of them (成渝 of
    成渝地区双城经济圈) may denote something else, and 成渝科技 is then no company name."""
    if len(name) < 2 or len(name) > 4:
        return None
    if isinstance(others, SortedNames):
        if others.any_opens_with(name):
            return None
    elif any(o.startswith(name) for o in others):
        return None
    fuller = {name + tail for tail in written_after(text, name, all_company_tails())}
    return fuller.pop() if len(fuller) == 1 else None


def all_company_tails() -> frozenset[str]:
    """:data:`COMPANY_TAILS` and the trade words mined from the dictionary's company names
    (``extract.pipeline.company_tails``: 制药, 钢铁 …)."""
    from extract.pipeline.company_tails import company_tails

    return frozenset(COMPANY_TAILS) | company_tails()


def _subsequence(short: str, full: str) -> bool:
    it = iter(full)
    return all(c in it for c in short)


@functools.cache
def institution_forms() -> frozenset[str]:
    """The words that name one body by themselves (``institution_forms.jsonl``, mined by
    ``scripts/mine_institutions.py``: 中国科学院, 中科院). Such a word is a full name already: read
    as the abbreviation of a longer name of its type only where that name is one of them too
    (中科院 -> 中国科学院), never where its characters merely recur in order in another body's
    name (中国科学院 in 中国医学科学院…医院: GUIDE §4 expands abbreviations, it does not rename a
    body)."""
    from extract.pipeline.grammar import default_grammar

    return frozenset(r["word"] for r in default_grammar().lexicon.get("institution_forms.jsonl", ()))


MIN_KEPT_WORD = 2  # characters kept on each side of the cut (新疆|银行: a two-character word each)


def _without_modifier(short: str, full: str) -> bool:
    """Is ``short`` the full name with one inner part cut out, at least :data:`MIN_KEPT_WORD`
    characters (a word) kept on each side (新疆银行 of 新疆农商银行)? For a firm that is another
    firm (another bank of the same region, 中国银行 beside 中国农业银行), not an abbreviation: a
    firm's abbreviation keeps a character of each word (中行 of 中国银行). A body's short form may
    drop a whole word (省政府 of 省人民政府), so only Enterprise names are held to it."""
    return any(
        full.startswith(short[:i]) and full.endswith(short[i:])
        for i in range(MIN_KEPT_WORD, len(short) - MIN_KEPT_WORD + 1)
    )


def names_a_thing(name: str) -> bool:
    """Does ``name`` end in a head word of the name grammar (…基地, …产业园, …隧道, …港) other
    than the generic project heads 项目/工程? Such a name names the thing itself, so
    ``name`` + 项目 is a variant of it (GUIDE §4: 萤石智能制造基地项目 -> 萤石智能制造基地). The
    heads are the lexicon's (GUIDE kernels and mined heads), not a list kept here."""
    from extract.pipeline.grammar import default_grammar

    return _ends_in_head(name, default_grammar())


def _ends_in_head(name: str, grammar: Grammar) -> bool:
    heads, singles = grammar.heads, grammar.single_kernels
    if name[-1:] in singles:
        return True
    return any(
        name[-k:] in heads and not name[-k:].endswith(GENERIC_PROJECT_HEADS)
        for k in range(2, min(len(name), 10) + 1)
    )


_SEPARATOR = "\x00"  # between the names of a NameRun: no name holds it (checked when built)


class NameRun:
    """Names joined into one string, so that one ``str.find`` pass (C) finds every name holding
    a piece, instead of a ``find`` per name in Python: the occurrences come out as a loop over
    the names in their order, each searched left to right, would find them."""

    def __init__(self, names: Iterable[str]):
        self.names = list(names)
        self.text = _SEPARATOR.join(self.names)
        self.starts: list[int] = []
        pos = 0
        for name in self.names:
            self.starts.append(pos)
            pos += len(name) + 1
        self.exact = not any(_SEPARATOR in name for name in self.names)

    def holding(self, piece: str) -> Iterator[tuple[str, int]]:
        """(name, offset of ``piece`` in it) for every occurrence, overlapping ones included."""
        if not self.exact or not piece or _SEPARATOR in piece:  # the plain loop (never on real names)
            for name in self.names:
                pos = name.find(piece)
                while pos != -1:
                    yield name, pos
                    pos = name.find(piece, pos + 1)
            return
        pos = self.text.find(piece)
        while pos != -1:
            i = bisect.bisect_right(self.starts, pos) - 1
            yield self.names[i], pos - self.starts[i]  # the piece lacks the separator: inside one name
            pos = self.text.find(piece, pos + 1)


class AliasIndex:
    """Canonical names seen in a document or corpus, and the rules that map variants onto them."""

    def __init__(self, names: Iterable[tuple[str, str]] = ()):
        self.by_type: dict[str, set[str]] = {}
        self._by_suffix: dict[tuple[str, str], set[str]] = {}  # (type, name minus 2-3 leading chars)
        self._by_last: dict[tuple[str, str], set[str]] = {}  # (type, last character)
        # area_alias answers, (name, region) -> full name: each scans every known name, and a
        # document repeats its areas; forgotten whenever a name is added (the answer may change)
        self._area_memo: dict[tuple[str, str | None], str] = {}
        self._resolved: dict[tuple[str, str, str | None], str] = {}  # resolve's, likewise
        self._runs: dict[str | None, NameRun] = {}  # the known names joined (of a type, None: all)
        # (type, name) -> the reports writing it, when ``add`` is told (a corpus index)
        self._reports: dict[tuple[str, str], set[str]] = {}
        for type_, name in names:
            self.add(type_, name)

    def add(self, type_: str, name: str, report: str | None = None) -> None:
        """Record ``name`` of ``type_``; ``report`` (a document id) says who writes it, for the
        cross-report counts of :meth:`standard_name`."""
        if report is not None and name:
            seen = self._reports.setdefault((type_, name), set())
            if report not in seen:
                seen.add(report)
                self._resolved.clear()  # a count changed: an answer may change
        known = self.by_type.setdefault(type_, set())
        if name in known or not name:
            return
        known.add(name)
        self._area_memo.clear()
        self._resolved.clear()
        self._runs.clear()
        for cut in (2, 3):
            if len(name) - cut >= 4:
                self._by_suffix.setdefault((type_, name[cut:]), set()).add(name)
        self._by_last.setdefault((type_, name[-1]), set()).add(name)

    def _run(self, type_: str | None) -> NameRun:
        """The known names of ``type_`` (None: of every type, type by type) as one NameRun, in
        the order the sets iterate; built on first use after the last new name."""
        run = self._runs.get(type_)
        if run is None:
            if type_ is None:
                names = [k for known in self.by_type.values() for k in known]
            else:
                names = list(self.by_type.get(type_, ()))
            run = self._runs[type_] = NameRun(names)
        return run

    def resolve(
        self, type_: str, name: str, region_code: str | None = None, local: AliasIndex | None = None
    ) -> str:
        """The canonical name ``name`` stands for; ``region_code`` is the author's division,
        so that a place prefix seen in another province's report is not borrowed. ``local`` holds
        the names of the mention's own document when this index spans a corpus."""
        if type_ == "Area":
            return (local or self).area_alias(name, region_code)
        # the other types read this index alone: remembered until the next new name (same answers;
        # a report names the same things many times)
        key = (type_, name, region_code)
        found = self._resolved.get(key)
        if found is None:
            found = self._resolved[key] = self.resolve_uncached(type_, name, region_code)
        return found

    def resolve_uncached(self, type_: str, name: str, region_code: str | None = None) -> str:
        """:meth:`resolve` for a type other than Area, computed."""
        known = self.by_type.get(type_, set())
        if type_ == "Project":
            base = name.removesuffix("项目")
            if base != name and base in known and names_a_thing(base):
                return base
            # X建设项目 / X建设工程 is the building of X: the text names the project X itself
            built = GENERIC_BUILD_RE.sub("", name)
            if built != name and built in known:
                return built
            if name + "项目" in known and not names_a_thing(name):
                return name + "项目"
            line = metro_line(name, known, region_code)
            if line is not None:
                return line
        if type_ in ("District", "Strategy", "Policy"):
            return name
        core = QUOTED_CORE_RE.search(name)
        # “四大一新”产业体系 -> “四大一新”现代产业体系, “渝车出海” -> “渝车出海”行动; a modifier
        # before a closing quote (住房“以旧换新”, X“十项行动”) names its own programme: no tail to
        # widen, and any slightly longer holder of the quote would match it
        if type_ == "Program" and core and (core.end() < len(name) or core.start() == 0):
            tail = name[core.end() :]
            # the names holding the core, each once, in the set's order (NameRun: one C pass)
            holders = dict.fromkeys(k for k, _ in self._run(type_).holding(core.group()))
            same = [k for k in holders if k != name and k.endswith(tail) and 0 < len(k) - len(name) <= 2]
            if len(same) == 1:
                return same[0]
        # the same name with a place prefix seen elsewhere: 东站片区 -> 重庆东站片区

        longer = [
            k
            for k in self._by_suffix.get((type_, name), ())
            if _same_province(lookup(k[: len(k) - len(name)], region_code), region_code)
        ]
        if len(name) >= 4 and len(longer) == 1 and type_ != "Area":
            return longer[0]
        if type_ == "Enterprise":  # 深蓝 -> 深蓝汽车 when the full company name is seen
            fuller = [k for k in known if k.startswith(name) and k[len(name) :] in all_company_tails()]
            if len(fuller) == 1:
                return fuller[0]
        # an abbreviation of a full name of the same type: 市五院 -> 重庆市第五人民医院; a body that
        # names itself (institution_forms: 中国科学院) only abbreviates another such body (中科院)
        if len(name) <= 5 and type_ in ("Organization", "Platform", "Enterprise"):
            forms = institution_forms()
            full = [
                k
                for k in self._by_last.get((type_, name[-1]), ())
                if len(k) > len(name) + 1
                and _subsequence(name, k)
                and name not in k
                and not (type_ == "Enterprise" and _without_modifier(name, k))
                and not (name in forms and k not in forms)
            ]
            if len(full) == 1:
                return full[0]
        return name

    def reports(self, type_: str, name: str) -> int:
        """How many reports ``add`` was told write ``name`` as a ``type_``."""
        return len(self._reports.get((type_, name), ()))

    def standard_name(self, type_: str, name: str) -> str | None:
        """The standard full name of a programme many reports write and this mention shortens.

        GUIDE §4 gives an entity its full standard name and merges variants (家电以旧换新 ->
        消费品以旧换新; the conventions: bare 以旧换新 -> 消费品以旧换新). Which modifier is the standard
        one is a fact of usage, read off the corpus: a bare name X takes M+X when M+X (M Han
        characters only, not opening with a scope word, GUIDE §2.5) is written by at least
        ``STANDARD_MIN_REPORTS`` reports and by more reports than write X, and no other such
        M'+X qualifies. Cross-report frequency is the genericity signal: one author's local
        programme (住房以旧换新, 区级政府投资计划) is written by one report, a national campaign's
        name (安全生产治本攻坚三年行动) by many. Only bare names change: a name with its own modifier
        (家电以旧换新) names a programme of its own as far as usage can tell. Without report
        counts (an index of one document) nothing changes. ``scripts/mine_standard_names.py``
        asks this over every unannotated report and ships the answers
        (``extract/data/standard_names.jsonl``, :mod:`extract.standard_names`), so one
        document's linking applies them as the corpus's does."""
        if len(name) < STANDARD_MIN_BARE or not self._reports or _DURATION_KIND_RE.fullmatch(name):
            return None
        from extract.pipeline.grammar import SCOPE_WORDS

        scope_leads = tuple({w[0] for w in SCOPE_WORDS})
        bare = len(self._reports.get((type_, name), ()))
        found = [
            k
            for k in dict.fromkeys(k for k, _ in self._run(type_).holding(name))
            if k != name
            and k.endswith(name)
            and _HAN_RE.fullmatch(k[: -len(name)])
            and not k.startswith(scope_leads)
            and len(self._reports.get((type_, k), ())) >= max(STANDARD_MIN_REPORTS, bare + 1)
        ]
        return found[0] if len(found) == 1 else None

    def area_alias(self, name: str, region_code: str | None = None) -> str:
        """:meth:`area_alias_uncached`, remembered until the next new name (same answers)."""
        key = (name, region_code)
        found = self._area_memo.get(key)
        if found is None:
            found = self._area_memo[key] = self.area_alias_uncached(name, region_code)
        return found

    def area_alias_uncached(self, name: str, region_code: str | None = None) -> str:
        """The full name of an area the document calls after a place by the place's short form.

        An area named after a place takes the place's full standard name (GUIDE §3 table and
        §4: 东站片区 -> 重庆东站片区, the station being 重庆东站). The document gives that name: the
        stem (the area's name without its head, 东站) is written right after a division of the
        author's province in another of the document's names (重庆东站铁路枢纽). Exactly one
        such division, else the short form stays. Not a full form:
        - the area itself with a city prefix (重庆主城都市区): a planning term keeps its bare name
          (主城都市区, 中心城区);
        - a longer area span of the document ending with the short one: such spans are often
          boundary errors (紧扣中部历史母城);
        - a name of another report: every district report of a city may have its own 北部片区,
          so this index holds one document's names (``local`` of :meth:`resolve`). The
          corpus-wide place-prefix rule of :meth:`resolve` still excludes Area: it came without
          a stated reason (WIP checkpoint b3e056e); borrowing across reports is the risk it avoids;
        - a stem that is itself a division (南岸片区 is no part of 重庆市南岸区).
        """
        from extract.pipeline.grammar import default_grammar

        heads = default_grammar().heads
        head = next(
            (name[-k:] for k in range(len(name) - MIN_STEM, 1, -1) if heads.get(name[-k:]) == "Area"), None
        )
        if head is None:
            return name
        stem = name[: -len(head)]
        if lookup(stem, region_code) is not None:
            return name
        places: dict[str, str] = {}  # division code -> the shortest way the document writes it
        for k, pos in self._run(None).holding(stem):  # every known name holding the stem, in order
            if k != name and pos >= 2 and not k.startswith(head, pos + len(stem)):
                for place, region in _divisions_before(k, pos, region_code):
                    if len(place) < len(places.get(region.code, place + "_")):
                        places[region.code] = place
        return next(iter(places.values())) + name if len(places) == 1 else name


def _divisions_before(text: str, pos: int, region_code: str | None) -> list[tuple[str, Region]]:
    """The divisions of the author's province whose short name is glued right before ``pos``.

    A division's short name glued to a place is part of the place's proper name (重庆东站, as
    station and airport names are built); a division written in full (大渡口区钓鱼嘴…安置房项目,
    重庆市…) only says where the place lies, and the area's own name does not take it."""

    found = []
    for cut in PLACE_PREFIX_LENGTHS:
        place = text[pos - cut : pos] if pos >= cut else ""
        region = lookup(place, region_code) if place else None
        if region is not None and place != region.name and _same_province(region, region_code):
            found.append((place, region))
    return found


def _same_province(place: Region | None, region_code: str | None) -> bool:
    """A place prefix may be borrowed from another document only inside the author's province
    (江苏's 要素市场化配置综合改革试点 is not 郑州's); without an author any division will do."""
    if place is None:
        return False
    return not region_code or place.code[:2] == region_code[:2]


def link_id(type_: str, canonical: str, code: str | None) -> str:
    return entity_id(type_, canonical, code if type_ == "District" else None)


__all__ = [
    "AliasIndex",
    "Context",
    "canonical_name",
    "clean",
    "document_zones",
    "expand_zone",
    "link_id",
    "name_key",
]
