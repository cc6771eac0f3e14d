"""``policykg_gazetteer``: closed classes (divisions, strategies, party/government bodies).

The data files are read in ``initialize()`` and saved with the component, so a pipeline
written with ``nlp.to_disk`` loads without the repository's data directory. Short forms of
divisions (南岸, 巴南) are common words elsewhere in the country, so a county-level short form
only counts inside the author's own province; a short form of one character never counts.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from pathlib import Path

from spacy.language import Language
from spacy.pipeline import Pipe
from spacy.tokens import Doc

from extract.gazetteer import Entry, Gazetteer, normalise
from extract.pipeline.candidates import add_candidate, doc_text, register_extensions
from extract.pipeline.grammar import default_grammar
from extract.pipeline.international_bodies import OPENS, opens_longer_name
from extract.pipeline.lexicon import is_common_word, is_word_at
from extract.pipeline.member_roles import opens_role
from extract.pipeline.mining import segment_cached
from extract.pipeline.party_bodies import party_body, scoped_division
from extract.pipeline.peoples_bodies import is_listed_body, labelled_as_bodies
from extract.pipeline.strategy_levels import HEAD, level_forms, shared_head_follows, suffix_conjuncts
from extract.pipeline.zone_places import zone_place_allowed, zone_place_entries
from extract.regions import Region, all_regions, by_code

DATA = Path(__file__).resolve().parent.parent / "data"
CJK = re.compile(r"[\u4e00-\u9fff]")
GENERIC_TAILS = ("城区", "郊区", "矿区", "新区", "开发区")
# 巴(南)温(江): a two-character short form written with its second character in brackets
PAIR_RE = re.compile(r"([\u4e00-\u9fff])[（(]([\u4e00-\u9fff])[)）]")


def _jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def strategy_rows(data_dir: Path = DATA) -> list[dict]:
    """The rows of the strategy gazetteer (``strategies.jsonl``: canonical, aliases, source …)."""
    return _jsonl(data_dir / "strategies.jsonl")


def load_entries(data_dir: Path = DATA) -> list[Entry]:
    """Every closed-class surface form from the data files."""

    entries: list[Entry] = []
    for r in all_regions():
        entries.append(Entry(r.name, "District", r.name, "region", r.code))
        for a in r.aliases:
            if len(a) >= 2:
                entries.append(Entry(a, "District", r.name, "region", r.code, short=True))
    rows = strategy_rows(data_dir)
    listed = {s for row in rows for s in (row["canonical"], *row.get("aliases", ()))}
    for row in rows:
        for s in (row["canonical"], *row.get("aliases", ())):
            entries.append(Entry(s, "Strategy", row["canonical"], "strategy", row.get("followed_by", "")))
    national = [
        s
        for row in rows
        if row.get("level") == "national"
        for s in (row["canonical"], *row.get("aliases", ()))
    ]
    for s in level_forms(national):
        if s not in listed:  # 人才强市, 人才强区: GUIDE §6 lists them itself
            entries.append(Entry(s, "Strategy", s, "strategy", re.escape(HEAD)))
    for row in _jsonl(data_dir / "organizations.jsonl"):
        entries.append(
            Entry(
                row["surface"],
                "Organization",
                row["canonical"],
                "organization",
                row.get("scope", "") or (OPENS if row.get("opens_names") else ""),
                short=bool(row.get("bounded")),  # 财政部 in 财政部门: a word must end where it ends
            )
        )
    for row in _jsonl(data_dir / "new_areas.jsonl"):
        for s in (row["canonical"], *row["aliases"]):
            entries.append(Entry(s, "Platform", row["canonical"], "zone", row["province"]))
    entries.extend(zone_place_entries(data_dir))  # 前海, 横琴: a zone by its bare place (zone_places)
    return entries


MAX_WORD_TAIL = 4  # characters after a bounded body segmented with it


def _superior_start(
    ends: dict[int, list[tuple[int, Entry]]], place: int, places: list[tuple[int, Entry]]
) -> int:
    """Where the body's name starts when the division it belongs to is written after its
    superior (甲市|乙区|人民政府): the superior is part of that name, not a District beside it
    (GUIDE §2.1: 重庆市中药研究院 is one Organization with no 重庆市 inside). GUIDE §2.7 splits
    adjacent units that stand alone (四川省|攀枝花市); inside a body's name the maximal name wins."""
    inner = [r for s, e in places if s == place and (r := by_code(e.code)) is not None]
    while inner:
        outer = [
            (s, r)
            for s, e in ends.get(place, ())
            if s < place and (r := by_code(e.code)) is not None and any(_superior(r, i) for i in inner)
        ]
        if not outer:
            break
        place = min(s for s, _ in outer)
        inner = [r for s, r in outer if s == place]
    return place


def _superior(outer: Region, inner: Region) -> bool:
    """Does ``outer`` contain the other division ``inner``?"""
    return outer.code != inner.code and outer.contains(inner)


def _word_goes_on(text: str, start: int, end: int) -> bool:
    """Does the segmentation of the body and the few characters after it run a word across its
    end? A ministry's name is then the head of a common noun (财政|部门, 教育部门, 农业农村部门: the
    departments of a field at any level), and it names the ministry where the words break at its
    end (财政部、, 国家统计局|数据, 教育部|重庆…)."""
    window = text[start : min(len(text), end + MAX_WORD_TAIL)]
    offset = 0
    for word in segment_cached(window):
        offset += len(word)
        if offset >= end - start:
            return offset != end - start
    return False


class ClosedClassGazetteer(Pipe):
    def __init__(self, nlp: Language, name: str, county_short_forms: str):
        register_extensions()
        self.name = name
        self.county_short_forms = county_short_forms  # "province" (author's province) | "all" | "none"
        self.gazetteer = Gazetteer()
        self._follow: dict[str, re.Pattern[str]] = {}
        self._named: set[str] = set()
        # the Doc being read and its author's division (``doc._.policykg_region``, read once per
        # Doc: an extension attribute costs a getter call on every access)
        self._region_doc: Doc | None = None
        self._region: str | None = None

    def initialize(self, get_examples=None, *, nlp=None):  # untyped: spaCy validates these settings
        self.set_entries(load_entries())

    def set_entries(self, entries: Iterable[Entry]) -> None:
        self.gazetteer = Gazetteer(entries)
        self._follow = {}

    def _allowed(self, e: Entry, doc: Doc, text: str, start: int, end: int) -> bool:
        if e.source == "strategy" and e.code:
            rule = self._follow.get(e.code)
            if rule is None:
                rule = self._follow[e.code] = re.compile(f"(?:{e.code})")
            if rule.match(text, end):
                return True
            # 科教兴国、人才强国、创新驱动发展战略: the list's one 战略 is every item's (strategy_levels)
            return bool(rule.fullmatch(HEAD)) and shared_head_follows(text, end)
        if e.source == "region" and len(e.surface) <= 2 and e.surface.endswith(GENERIC_TAILS):
            return False  # 城区, 郊区, 矿区 are divisions somewhere but common nouns everywhere
        if e.source == "region" and e.short:
            if start > 0 and text[start - 1] == "新":
                return False  # 新重庆: a slogan, not the place
            gr = default_grammar()
            if e.surface in gr.hard_stops or e.surface in gr.soft_stops:
                return False  # 新建 (short for 新建区): a mined clause word, read as the word
            region = by_code(e.code)
            if e.surface.endswith(GENERIC_TAILS):
                return False
            if region is not None and region.level == "county":
                ctx = self._region if self._region_doc is doc else doc._.policykg_region
                if self.county_short_forms == "none":
                    return False
                in_province = isinstance(ctx, str) and bool(ctx) and ctx[:2] == e.code[:2]
                if self.county_short_forms == "province" and not in_province and e.code not in self._named:
                    return False
        if e.source == "zone" and e.short:  # 前海扩区…: in the zone's own province, as a word
            return zone_place_allowed(
                e, self._region if self._region_doc is doc else doc._.policykg_region, text, start, end
            )
        if e.source == "organization" and e.code == OPENS:
            # 联合国 before …创新中心 opens the UN centre's name (international_bodies)
            return not opens_longer_name(text, end, default_grammar())
        if e.source == "organization" and is_listed_body(e.code):
            # 残联、红十字会等群团组织: a bare people's organisation is a body only in a list so
            # labelled, a field of work elsewhere (工会、共青团…等事业: peoples_bodies)
            return labelled_as_bodies(text, end) and not _word_goes_on(text, start, end)
        if e.source == "organization" and opens_role(e.surface, text, end):
            return False  # 省人大|代表建议, 省政协|提案: people and their items (member_roles)
        if e.source == "organization" and e.short:
            return not _word_goes_on(text, start, end)
        if e.source == "organization" and text[max(0, start - 2) : start] == "自治" and e.surface[0] == "区":
            return False  # 自治区人大: not 区人大 of a district; the full body is no closed-class form
        if e.source == "organization" and start > 0 and CJK.match(text[start - 1]) and e.code:
            # 区委/市委 glued to a preceding name (南岸区委) belong to that longer name
            return text[start - 1] not in "区市县省"
        # last, as it is the costly check (a segmentation of the hit's surroundings): 平安 in
        # 高水平安全, 海口 in 出海口, 范县 in 示范县, 海城市 in 滨海城市带
        if e.source != "region" or not self._ambiguous(e):
            return True
        return not self._inside_word(text, start, end, own_city=self._own_prefecture(e, doc))

    def _own_prefecture(self, e: Entry, doc: Doc) -> bool:
        """Is ``e`` the short form of a prefecture-level city of the author's own province?

        The common-word test is for county short forms (振兴, 新兴, 平安: districts somewhere, words
        everywhere). Of the prefecture short forms only 保定 and 开封 are frequent verbs in the
        general dictionary, a reading no planning report uses for its own cities; a provincial
        report names its prefectures constantly, so there the hit is the city wherever the
        segmentation cuts the text at its edges (GUIDE §2.1: the place then opens the name it
        prefixes, 保定|国家…基地 as one span like any other city before a designation)."""
        region = by_code(e.code)
        if region is None or region.level != "prefecture":
            return False
        ctx = self._region if self._region_doc is doc else doc._.policykg_region
        return isinstance(ctx, str) and bool(ctx) and ctx[:2] == e.code[:2]

    @staticmethod
    def _ambiguous(e: Entry) -> bool:
        """Short forms, and county names of three characters or fewer (范县, 和县, 海城市)."""
        if e.short:
            return True
        if len(e.surface) > 3:
            return False

        region = by_code(e.code)
        return region is not None and region.level == "county"

    @staticmethod
    def _inside_word(text: str, start: int, end: int, *, own_city: bool = False) -> bool:
        """The hit is part of a longer common word, or is itself a common verb/adjective (not
        asked of ``own_city``, a prefecture of the author's province: see ``_own_prefecture``)."""

        listed = text[start - 1 : start] == "、" or text[end : end + 1] == "、"  # 郑州、开封、洛阳
        common = is_common_word(text[start:end]) and not listed and not own_city
        return common or not is_word_at(text, start, end)

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        self._region_doc, self._region = doc, doc._.policykg_region
        view = normalise(text)
        matches = list(self.gazetteer.finditer(view, normalised=True))
        # a county named in full anywhere in the document may be called by its short form; named
        # as a word, not as characters inside another one (南山区 in 大南山|区域 names no 南山区,
        # and would let every 南山, the mountain, be that district)
        full_names = {
            (start, end, e)
            for start, end, bucket in matches
            for e in bucket
            if e.source == "region" and not e.short and self._allowed(e, doc, text, start, end)
        }
        self._named = {e.code for _, _, e in full_names}
        for start, end, bucket in matches:
            for e in bucket:
                full = e.source == "region" and not e.short
                if (start, end, e) in full_names if full else self._allowed(e, doc, text, start, end):
                    source = "region_short" if e.short and e.source == "region" else e.source
                    add_candidate(doc, start, end, e.label, source, e.canonical)
                    break
        self._place_bodies(doc, text, matches)
        self._shared_suffixes(doc, text, matches)
        for m in PAIR_RE.finditer(view):
            short = m.group(1) + m.group(2)
            for _, _, bucket in self.gazetteer.finditer(short, normalised=True):
                hit = next((e for e in bucket if e.label == "District" and len(e.surface) == 2), None)
                if hit and self._allowed(hit, doc, text, m.start(), m.end()):
                    add_candidate(doc, m.start(), m.end(), "District", "region_short", hit.canonical)
                break
        self._region_doc = None  # no Doc kept alive after its pass
        return doc

    def _known_strategy(self, name: str) -> str | None:
        """The canonical of a strategy surface form that counts anywhere (no context rule)."""
        return next(
            (e.canonical for e in self.gazetteer.lookup(name) if e.source == "strategy" and not e.code), None
        )

    def _shared_suffixes(self, doc: Doc, text: str, matches: list) -> None:
        """[义甬舟]、金丽温开放大通道: list items completed by the tail of the strategy after them
        (``strategy_levels.suffix_conjuncts``, GUIDE §2.2, §9)."""
        for start, end, bucket in matches:
            hit = next((e for e in bucket if e.source == "strategy" and not e.code), None)
            if hit is None or start == 0 or text[start - 1] != "、":
                continue
            for s, e, canonical in suffix_conjuncts(text, start, text[start:end], self._known_strategy):
                add_candidate(doc, s, e, "Strategy", "strategy", canonical)

    @staticmethod
    def _place_bodies(doc: Doc, text: str, matches: list) -> None:
        """A scoped government or Party body glued to the division it belongs to is one
        Organization (黑龙江省政府 in a page title, X市委): the body alone is refused there (it
        belongs to the longer name) and the division alone would be a District inside that name.
        The division ends where the body starts (X|市政府) or shares its level character with it
        (X省|政府 read as X省 + 省政府). The body's name is then its full standard name for that
        division, and the Party's name written before it is part of the span (``party_bodies``)."""
        ends: dict[int, list[tuple[int, Entry]]] = {}
        for start, end, bucket in matches:
            ends.setdefault(end, []).extend((start, e) for e in bucket if e.source == "region")
        if not any(ends.values()):
            return
        for start, end, bucket in matches:
            body = next(
                (
                    e
                    for e in bucket
                    if e.source == "organization"
                    and e.code
                    and not is_listed_body(e.code)
                    and e.code != OPENS
                ),
                None,
            )
            if body is None:
                continue
            if start == 0 or not CJK.match(text[start - 1]) or opens_role(text[start:end], text, end):
                continue
            places = ends.get(start) or ends.get(start + 1) or []
            place = min((s for s, _ in places), default=None)
            if place is not None and place < start:
                place = _superior_start(ends, place, places)
                division = scoped_division(places, body)
                lo, canonical = party_body(text, place, body.canonical, division) if division else (place, "")
                add_candidate(doc, lo, end, "Organization", "organization", canonical or text[place:end])

    def to_bytes(self, *, exclude: Iterable[str] = ()) -> bytes:
        return self.gazetteer.to_bytes()

    def from_bytes(self, data: bytes, *, exclude: Iterable[str] = ()) -> ClosedClassGazetteer:
        self.gazetteer = Gazetteer.from_bytes(data)
        return self

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        (path / "entries.json").write_bytes(self.to_bytes())

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> ClosedClassGazetteer:
        return self.from_bytes((Path(path) / "entries.json").read_bytes())


@Language.factory(
    "policykg_gazetteer",
    default_config={"county_short_forms": "province"},
    assigns=["doc.spans"],
)
def make_gazetteer(nlp: Language, name: str, county_short_forms: str) -> ClosedClassGazetteer:
    return ClosedClassGazetteer(nlp, name, county_short_forms)
