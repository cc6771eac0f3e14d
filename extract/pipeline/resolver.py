"""``policykg_resolver``: from overlapping candidates to non-overlapping ``doc.ents``.

GUIDE §2.1: the maximal name wins and nothing nests inside it, so candidates are taken
longest first; on equal extent the more reliable source wins (a table cell or a 《》 title
over a head-word guess). Development zones are Platforms unless the sentence lists them
with districts (GUIDE §3), which is only visible once the neighbours are known.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable, Sequence
from typing import cast

import numpy
from spacy.attrs import ENT_IOB, ENT_TYPE
from spacy.language import Language
from spacy.pipeline import Pipe
from spacy.tokens import Doc, Span
from thinc.types import Ints2d

from extract.pipeline.area_conjuncts import share_area_kinds
from extract.pipeline.bare_zones import drop_unowned_zones
from extract.pipeline.belt_corridors import drop_belt_corridors
from extract.pipeline.bound_openings import bound_openings
from extract.pipeline.candidates import (
    SOURCE_PRIORITY,
    candidates,
    doc_text,
    forget_candidates,
    register_extensions,
)
from extract.pipeline.chosen import Chosen, from_spans, retyped, to_span
from extract.pipeline.clause_leads import clause_leads, trim_clause_leads
from extract.pipeline.clause_openers import trim_clause_openers
from extract.pipeline.conjoined_works import join_conjoined_works
from extract.pipeline.corridor_roles import drop_corridor_roles
from extract.pipeline.counted_stocks import drop_counted_stocks
from extract.pipeline.defined_short_forms import type_defined_short_forms
from extract.pipeline.designation_areas import retype_designation_areas
from extract.pipeline.discipline_centres import retype_discipline_centres
from extract.pipeline.document_numbers import cut_document_numbers
from extract.pipeline.edition_titles import retype_edition_titles
from extract.pipeline.embedded import drop_embedded, merge_institutions
from extract.pipeline.entity_led_names import build_entity_led_names
from extract.pipeline.everyday_fronts import trim_everyday_fronts
from extract.pipeline.extent_amounts import drop_extent_amounts
from extract.pipeline.financing_kinds import drop_financing_kinds
from extract.pipeline.firm_repeats import add_firm_repeats
from extract.pipeline.firm_siblings import add_firm_siblings
from extract.pipeline.genericity import drop_generic, widespread_terms
from extract.pipeline.glued_places import drop_glued_places
from extract.pipeline.governed_quotes import trim_governed_quotes
from extract.pipeline.grammar import UsesGrammar, is_generic
from extract.pipeline.held_titles import retype_held_titles
from extract.pipeline.hub_roles import trim_hub_roles
from extract.pipeline.hubs import retype_hubs
from extract.pipeline.included_works import trim_inclusion_words
from extract.pipeline.institution_stems import retype_research_bases
from extract.pipeline.institution_units import retype_institution_units
from extract.pipeline.level_grids import drop_level_grids
from extract.pipeline.level_openings import trim_to_level_words
from extract.pipeline.lexicon import _segment, opens_clause
from extract.pipeline.list_closers import runs_over_list
from extract.pipeline.list_items import complete_lists
from extract.pipeline.listed_works import retype_listed_platforms
from extract.pipeline.model_gaps import MODEL_SOURCE, fill_gaps
from extract.pipeline.object_verbs import trim_object_verbs
from extract.pipeline.partner_kernels import trim_partnerless
from extract.pipeline.place_led_names import build_place_led_names
from extract.pipeline.plan_documents import retype_plan_documents
from extract.pipeline.platform_clusters import extend_platform_clusters
from extract.pipeline.positioning_centres import drop_positioning_centres
from extract.pipeline.prize_names import drop_prizes
from extract.pipeline.programme_clause_verbs import trim_clause_verbs
from extract.pipeline.proper_parts import drop_unnamed_works
from extract.pipeline.protected_conjuncts import share_protected_kinds
from extract.pipeline.public_bodies import drop_rule_makers, retype_public_bodies
from extract.pipeline.public_centres import retype_public_centres
from extract.pipeline.quote_cut_names import drop_quote_cut_names
from extract.pipeline.quoted_programmes import STRATEGY_TAIL
from extract.pipeline.ranked_sets import drop_ranked_sets
from extract.pipeline.rare_designations import LEVEL_RE
from extract.pipeline.reduplicated_verbs import trim_reduplicated_verbs
from extract.pipeline.route_ends import join_route_ends
from extract.pipeline.route_starts import take_route_starts
from extract.pipeline.row_labels import drop_row_labels
from extract.pipeline.sentence_reach import REPORT, SENTENCE, Sentences, Stage
from extract.pipeline.service_kinds import drop_service_kinds
from extract.pipeline.shared_programmes import retype_shared_programmes
from extract.pipeline.station_editions import drop_place_editions
from extract.pipeline.time_fronts import trim_time_fronts
from extract.pipeline.unnamed_platforms import drop_unnamed_platforms
from extract.pipeline.unquoted_frameworks import drop_unquoted_frameworks
from extract.pipeline.venue_centres import retype_venue_centres
from extract.pipeline.verb_complements import trim_verb_complements
from extract.pipeline.word_cut_ends import drop_word_cut_ends
from extract.pipeline.word_edges import drop_bad_left_edges
from extract.pipeline.year_campaigns import YEAR_CAMPAIGN
from extract.pipeline.zone_pairs import shares_zone_kind
from extract.pipeline.zone_type_areas import retype_zone_type_areas
from extract.regions import lookup

LISTED_RE = re.compile(r"^[\d一二三四五六七八九十]+个区(?:县)?[和及、]$")
WEAK = {"suffix", "enumeration", "cooperation", "list", "zone"}
# Types whose head-word guess opening with a strategy is a name of its own, not the strategy
# plus a generic tail: a document (《…》) and an institution named after the region a strategy
# names (大湾区|大学, GUIDE §3 universities and institutes; §2.1 keeps the longest name whole)
NAMED_AFTER_STRATEGY = frozenset({"Policy", "Organization"})
ZONE_TAILS = ("经开区", "高新区", "新区", "经济技术开发区", "高新技术产业开发区")
# the gazetteer's divisions (regions.tsv: GB/T 2260 only, economic zones left out): one named …新区
# is a county-level district, District by the provincial-2026 conventions (滨海新区; branch platform17)
DIVISION_SOURCES = frozenset({"region", "region_short"})


def set_ents_outside(doc: Doc, spans: list[Span]) -> None:
    """``doc.set_ents(spans, default="outside")``, with the default applied as one array.

    spaCy applies ``default="outside"`` with a Python-set lookup per token, a third of the
    resolver's time on a 60K-character report; marking every token O (no type) with
    ``from_array`` and then setting the spans leaves exactly the same token annotation.
    """
    outside = numpy.zeros((len(doc), 2), dtype="uint64")
    outside[:, 0] = 2  # ENT_IOB "O"; ENT_TYPE 0
    doc.from_array([ENT_IOB, ENT_TYPE], cast(Ints2d, outside))  # thinc's name for a 2-D int array
    doc.set_ents(spans, default="unmodified")


SHARED_SUFFIX_TYPES = {"Platform", "Program", "Project", "Area"}  # Area: 济南、青岛都市圈
CONJUNCTIONS = {"、", "和", "与", "及"}


# the longest head kernels (重点开发开放试验区, 高新技术产业开发区: GUIDE §9 zones) are shared too
SHARED_SUFFIX_MAX = 9


def _division_suffix(name: str, head_re: re.Pattern[str], terms: frozenset[str]) -> str | None:
    """``经济开发区`` for 霍尔果斯经济开发区: what follows a leading division name, when it is a
    head word (or a short phrase ending in one) of the name grammar."""

    for cut in range(min(6, len(name) - 2), 1, -1):
        suffix = name[cut:]
        if (
            lookup(name[:cut]) is not None
            and len(suffix) <= SHARED_SUFFIX_MAX
            and _headed_suffix(suffix, head_re, terms)
        ):
            return suffix
    return None


MODIFIER_WORD = 2  # characters of the one sector word a shared suffix may open with (物流, 算力)


def _headed_suffix(suffix: str, head_re: re.Pattern[str], terms: frozenset[str]) -> bool:
    """Is ``suffix`` head words, optionally after the level of an official designation and one
    two-character word (of the general dictionary, or a mined widespread term of the reports:
    算力 is in no dictionary)? 西宁、格尔木|国家物流枢纽, 济南、青岛、枣庄|算力枢纽,
    汕头、湛江|临港经济区 name one hub, hub or zone per city (GUIDE §2.2, §9: 杭州、宁波、温州机场),
    but 国家 (``LEVEL_RE``, GUIDE §2.5) and the sector word are no head words. A verb, adverb or
    preposition there (结束|不通高铁) opens a clause, not a suffix, and a longer modifier
    (北三县一体化…示范区) describes one place's own designation."""
    if _all_heads(suffix, head_re):
        return True
    level = LEVEL_RE.match(suffix)
    rest = suffix[level.end() :] if level else suffix
    if rest and _all_heads(rest, head_re):
        return True
    words = _segment(rest)
    word = rest[:MODIFIER_WORD]
    return (
        len(rest) > MODIFIER_WORD
        and (words[0] == word or word in terms)
        and not opens_clause(rest)
        and lookup(word) is None
        and _all_heads(rest[MODIFIER_WORD:], head_re)
    )


def _all_heads(text: str, head_re: re.Pattern[str]) -> bool:
    """``text`` is one head word or a run of them (经济开发区, 机场枢纽), not a clause that
    merely contains one (结束不通高铁)."""
    pos = 0
    while pos < len(text):
        m = head_re.match(text, pos)
        if m is None:
            return False
        pos = m.end()
    return True


def _containment(spans: Sequence[tuple[int, int]]) -> Callable[[int, int], bool]:
    """``lambda start, end: any(a <= start and end <= b for a, b in spans)``, by bisection: the
    spans are sorted by start, and the furthest end among those starting at or before ``start``
    (a running maximum) reaches ``end`` exactly when one of them holds ``[start, end)``. A
    report's table cells are many, and every weak candidate is asked about."""
    ordered = sorted(spans)
    starts = [a for a, _ in ordered]
    reach = list(itertools.accumulate((b for _, b in ordered), max))

    def holds(start: int, end: int) -> bool:
        i = bisect.bisect_right(starts, start)
        return i > 0 and reach[i - 1] >= end

    return holds


class Resolver(UsesGrammar, Pipe):
    def __init__(self, nlp: Language, name: str):
        register_extensions()
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        # plain records from here on: each candidate's attributes read from spaCy once (``chosen``)
        spans = self._prune(from_spans(candidates(doc)), doc.user_data.get("policykg_blocked", []))
        forget_candidates(doc)  # the last reader of the candidates
        rules = [s for s in spans if s.id_ != MODEL_SOURCE]
        if len(rules) == len(spans):
            chosen = self._resolve(doc, spans)
        else:  # the model proposed: its names only fill the gaps of the rules' (``model_gaps``)
            readings: list[list[Chosen]] = []
            chosen = fill_gaps(self._resolve(doc, rules, readings), self._reresolve(doc, spans, readings))
        set_ents_outside(doc, [to_span(s) for s in chosen])
        return doc

    def _stages(self) -> tuple[tuple[str, Stage], ...]:
        """The repairs and filters after the longest-first choice, in order, in stages by reach
        (``extract.pipeline.sentence_reach``): ``SENTENCE`` stages change a sentence's names by that
        sentence's names alone; ``REPORT`` stages read names across the report. A new step that
        reads another sentence's names goes into a ``REPORT`` stage."""
        return (
            (SENTENCE, self._line_steps),
            (REPORT, self._hub_roles),
            (SENTENCE, self._later_line_steps),
            (REPORT, self._report_steps),
            (SENTENCE, self._firm_siblings),
        )

    def _resolve(
        self, doc: Doc, spans: list[Chosen], readings: list[list[Chosen]] | None = None
    ) -> list[Chosen]:
        """The names of the pruned candidates ``spans``: longest first, then repairs and filters.
        ``readings``, when given, receives the names as each stage finds them (for ``_reresolve``)."""
        chosen = self._choose(doc, spans)
        if readings is not None:
            readings.append(chosen)
        for _, stage in self._stages():
            chosen = stage(doc, chosen)
            if readings is not None:
                readings.append(chosen)
        return chosen

    def _reresolve(self, doc: Doc, spans: list[Chosen], first: list[list[Chosen]]) -> list[Chosen]:
        """``self._resolve(doc, spans)``, given ``first``, the stage readings of a reading of a
        subset of ``spans`` (the rule candidates): the sentence stages run only on the sentences
        where the two readings may differ when the stage starts, the first reading's names kept on
        the others (``extract.pipeline.sentence_reach``); the report stages run on every name."""
        chosen = self._choose(doc, spans)
        sentences = Sentences(doc_text(doc), [*first, chosen])  # a name over a break joins sentences
        if not all(sentences.clean(reading, reading) for reading in [*first, chosen]):
            return self._resolve(doc, spans)  # names out of order: read everything again
        dirty = sentences.dirty(chosen, first[0])
        stages = self._stages()
        for k, (reach, stage) in enumerate(stages):
            if reach == REPORT:
                before, chosen = chosen, stage(doc, chosen)
                if not sentences.clean(chosen, before):
                    return self._resolve(doc, spans)
                dirty |= sentences.dirty(chosen, first[k + 1])
            elif dirty:
                part = sentences.on(stage(doc, sentences.on(chosen, dirty), sentences.bounds(dirty)), dirty)
                if not sentences.clean(part):
                    return self._resolve(doc, spans)
                chosen = sentences.splice(first[k + 1], part, dirty)
            else:
                chosen = first[k + 1]
        return chosen

    def _choose(self, doc: Doc, spans: list[Chosen]) -> list[Chosen]:
        """Longest first (GUIDE §2.1), the more reliable source on equal extent; in text order."""
        spans = sorted(
            spans, key=lambda s: (-(s.end_char - s.start_char), -SOURCE_PRIORITY.get(s.id_, 0), s.start_char)
        )
        taken = bytearray(len(doc))
        chosen: list[Chosen] = []
        for s in spans:
            if any(taken[s.start : s.end]):
                continue
            taken[s.start : s.end] = b"\x01" * (s.end - s.start)
            chosen.append(s)
        chosen.sort(key=lambda s: s.start)
        return chosen

    def _line_steps(
        self, doc: Doc, chosen: list[Chosen], within: Sequence[tuple[int, int]] | None = None
    ) -> list[Chosen]:
        """The repairs and filters up to the hub roles: each has sentence reach (``sentence_reach``).
        ``within``: the character ranges of the sentences read (``None``: all of them)."""
        chosen = self._zones(doc, chosen)
        chosen = self._shared_suffix(doc, chosen)
        chosen = share_area_kinds(doc, chosen, doc_text(doc), self.grammar)  # 晋北、晋南城镇圈
        chosen = share_protected_kinds(doc, chosen, doc_text(doc), self.grammar)  # 甲山、乙湖国家公园
        chosen = complete_lists(doc, chosen, doc_text(doc), self.grammar, within)  # list items share a type
        chosen = build_place_led_names(doc, chosen, doc_text(doc), self.grammar)  # 甲地|…实验站
        chosen = drop_embedded(doc, chosen, doc_text(doc), self.grammar)
        chosen = take_route_starts(doc, chosen, doc_text(doc), self.grammar)  # 甲至|乙段铁路
        chosen = join_route_ends(doc, chosen, doc_text(doc))  # 甲地大道|至|乙山公路
        chosen = join_conjoined_works(doc, chosen, doc_text(doc))  # 甲立交|及|配套道路工程
        chosen = drop_quote_cut_names(chosen, doc_text(doc), self.grammar)  # 甲地站|“乙丙”商务区
        chosen = merge_institutions(doc, chosen, doc_text(doc), self.grammar)
        chosen = build_entity_led_names(doc, chosen, doc_text(doc), self.grammar)  # 甲大学|…创新中心
        chosen = drop_bad_left_edges(
            chosen, doc_text(doc), self.grammar.hard_stops, bound_openings(self.grammar)
        )
        chosen = trim_everyday_fronts(chosen, doc_text(doc), self.grammar)  # 升级|甲市国际陆港
        chosen = trim_time_fronts(chosen, doc_text(doc), self.grammar)  # 。去年|甲地大桥建成
        chosen = trim_reduplicated_verbs(chosen, doc_text(doc))  # 落实|落细民生工程
        chosen = trim_inclusion_words(chosen, doc_text(doc))  # （含|龙颈水库扩建）
        chosen = trim_clause_leads(chosen, doc_text(doc), clause_leads(self.grammar))  # 深度参与|…计划
        chosen = trim_object_verbs(chosen, doc_text(doc), self.grammar)  # 布局|甲地石化
        chosen = trim_verb_complements(chosen, doc_text(doc), self.grammar)  # 落实好|乙地…项目
        chosen = trim_to_level_words(chosen, doc_text(doc), self.grammar)  # 命名为|全国…示范区
        chosen = drop_word_cut_ends(chosen, doc_text(doc))  # 全运会等重大赛|事
        chosen = retype_edition_titles(chosen, doc_text(doc), self.grammar)  # …方案（2026版）: Policy
        chosen = retype_plan_documents(chosen, doc_text(doc), self.grammar)  # …行动方案: Policy
        chosen = cut_document_numbers(chosen, doc_text(doc))  # （甲府办〔2022〕21号）简称|“乙”行动计划
        chosen = retype_held_titles(chosen, doc_text(doc), self.grammar)  # 甲县、乙县获评…基地: Program
        chosen = retype_shared_programmes(chosen, doc_text(doc), self.grammar)  # …生命线安全工程: Program
        chosen = drop_generic(chosen, doc_text(doc), self.grammar)
        # after drop_generic: a verb before a kind is its own cue there (优化|自贸试验区 keeps the zone)
        chosen = trim_clause_openers(chosen, doc_text(doc), self.grammar)  # 抓实|治理中心
        chosen = trim_clause_verbs(chosen, doc_text(doc), self.grammar)  # 。广泛开展|文明风尚行动，
        chosen = trim_governed_quotes(chosen, doc_text(doc), self.grammar)  # 系统实施|“…计划”
        chosen = drop_unquoted_frameworks(chosen, doc_text(doc), self.grammar)  # 现代化产业体系: no formula
        chosen = drop_service_kinds(chosen, doc_text(doc), self.grammar)  # 国际|航线: a kind of service
        chosen = trim_partnerless(chosen, doc_text(doc), self.grammar)  # 跨省|通办: no partners named
        chosen = drop_unowned_zones(doc, chosen, doc_text(doc))  # a province's bare 高新区: a kind
        chosen = drop_unnamed_works(chosen, doc_text(doc), self.grammar)  # 高端食品生产基地
        chosen = drop_extent_amounts(chosen, doc_text(doc), self.grammar)  # 310公里农村公路, 供热管网|865公里
        chosen = drop_row_labels(chosen, doc_text(doc))  # 水厂项目：推进…: a table row's label
        chosen = drop_place_editions(chosen, doc_text(doc))  # 平台(重庆站): a place's edition
        chosen = drop_financing_kinds(chosen, doc_text(doc), self.grammar)  # 基础设施REITs项目
        chosen = drop_counted_stocks(chosen, doc_text(doc))  # 某类工厂增至10家: a kind counted
        chosen = drop_unnamed_platforms(chosen, doc_text(doc), self.grammar)  # 数据跨境服务管理平台
        chosen = drop_level_grids(chosen, doc_text(doc))  # 街道（乡镇）综治中心: one at every level
        chosen = drop_positioning_centres(chosen, doc_text(doc), self.grammar)  # 西部|金融中心: a goal
        chosen = drop_corridor_roles(chosen, doc_text(doc), self.grammar)  # 过江穿山|对外通道: a role
        chosen = drop_belt_corridors(chosen, doc_text(doc), self.grammar)  # 甲地文化旅游走廊: untyped
        chosen = drop_glued_places(chosen)  # 甲经开区|西区: a part of a surviving name
        chosen = retype_zone_type_areas(chosen, doc_text(doc), self.grammar)  # 甲市|临空经济区: a zone
        chosen = retype_designation_areas(chosen, doc_text(doc), self.grammar)  # …示范片区: a designation
        chosen = extend_platform_clusters(doc, chosen, doc_text(doc), self.grammar)  # …数据中心|集群
        return drop_prizes(chosen, doc_text(doc))  # “五个一工程”奖: an award, not a programme

    def _hub_roles(self, doc: Doc, chosen: list[Chosen]) -> list[Chosen]:
        """Report reach: a role cut off a hub in one sentence is cut off conjuncts' hints anywhere."""
        return trim_hub_roles(chosen, doc_text(doc), self.grammar)  # 甲机场|枢纽能级: the hub

    def _later_line_steps(
        self, doc: Doc, chosen: list[Chosen], within: Sequence[tuple[int, int]] | None = None
    ) -> list[Chosen]:
        """The retyping after the hub roles: sentence reach (``sentence_reach``); ``within`` unused."""
        chosen = retype_hubs(doc, chosen, doc_text(doc), self.grammar)
        # after the hubs are typed: a hub the clause builds is a Project (…机场|首位, an airport's set)
        chosen = drop_ranked_sets(chosen, doc_text(doc))  # …居|省会城市机场|首位: a ranking's set
        chosen = retype_public_bodies(doc, chosen, doc_text(doc))
        chosen = drop_rule_makers(chosen, doc_text(doc))  # 省政府|规章: a kind of regulation
        chosen = retype_public_centres(doc, chosen, doc_text(doc), self.grammar)  # 区|疾控中心
        chosen = retype_research_bases(doc, chosen, doc_text(doc), self.grammar)  # …研究|基地
        chosen = retype_venue_centres(doc, chosen, doc_text(doc), self.grammar)  # 甲地体育|中心
        chosen = retype_discipline_centres(doc, chosen, doc_text(doc), self.grammar)  # 甲地医学|中心
        chosen = retype_institution_units(chosen, doc_text(doc), self.grammar)  # 甲实验室|乙地基地
        return retype_listed_platforms(chosen, doc_text(doc), self.grammar)  # 甲总部、乙基地

    def _report_steps(self, doc: Doc, chosen: list[Chosen]) -> list[Chosen]:
        """Report reach: a short form defined, or a firm named, in one sentence is typed in all."""
        chosen = type_defined_short_forms(doc, chosen, doc_text(doc))  # X（以下简称“Y”）: Y is X's type
        return add_firm_repeats(doc, chosen, doc_text(doc))  # 宗申等企业 … 支持宗申等优化

    def _firm_siblings(
        self, doc: Doc, chosen: list[Chosen], within: Sequence[tuple[int, int]] | None = None
    ) -> list[Chosen]:
        """Sentence reach: a firm list (甲、乙、丙等) holds no full stop or line break."""
        return add_firm_siblings(
            doc, chosen, doc_text(doc), self.grammar, within
        )  # 甲、乙、丙等: 乙 among firms

    def _prune(self, spans: list[Chosen], blocked: Sequence[tuple[int, int]] = ()) -> list[Chosen]:
        """Drop guesses the closed classes contradict.

        A list item or head-word guess made of nothing but divisions (云南红河州) is those
        divisions; a head-word guess that opens with a strategy (西部陆海新通道铁海联运班列) is
        the strategy plus a generic tail.
        """
        regions: dict[int, list[int]] = {}
        strategy_ends: dict[int, int] = {}
        for s in spans:
            if s.id_ in ("region", "region_short"):
                regions.setdefault(s.start_char, []).append(s.end_char)
            elif s.id_ == "strategy":
                strategy_ends[s.start_char] = max(s.end_char, strategy_ends.get(s.start_char, 0))

        def tiled(start: int, end: int) -> bool:
            if start == end:
                return True
            return any(e <= end and tiled(e, end) for e in regions.get(start, ()))

        inside_blocked = _containment(blocked)
        text = doc_text(spans[0].doc) if spans else ""  # sliced: Span.text rebuilds from tokens
        out = []
        for s in spans:
            source, start, end = s.id_, s.start_char, s.end_char
            if source in WEAK and (inside_blocked(start, end) or tiled(start, end)):
                continue
            if runs_over_list(s.label_, source, text[start:end]):
                continue  # C等水电站 of A、B、C等水电站: an item, the closer and the label
            if (
                source == "suffix"
                and start in strategy_ends
                and s.label_ not in NAMED_AFTER_STRATEGY
                and not self._designation_after(text[strategy_ends[start] : end], s.label_)
            ):
                continue
            out.append(s)
        return out

    def _designation_after(self, rest: str, label: str = "Program") -> bool:
        """Is ``rest`` (what a name holds after the strategy it opens with) a named programme
        designation: a GUIDE §3 pilot head (试点, 示范区, 先行区 …) after a modifier of its own
        (美丽中国|省域先行区), or a Program's bare pilot head right after the strategy
        (美丽中国|先行区: the strategy's own designation, one Program in both readable golds that
        write it, fresh3 and fresh7)? The conventions keep such designations whole, with no
        Strategy inside them (GUIDE §2.1); a generic word before the head (美丽中国|建设先行区,
        the dev gold's positioning) is still only the strategy plus a generic tail."""
        head = next((h for h in self.grammar.program_designations if rest.endswith(h)), None)
        if head is None:
            return label == "Program" and self._programme_after(rest)
        if rest == head:
            return label == "Program"
        if len(rest) - len(head) < 2:
            return False
        return not is_generic(rest[: -len(head)])  # 美丽中国|建设先行区: the strategy's generic tail

    def _programme_after(self, rest: str) -> bool:
        """Is ``rest`` a named programme's own words: a modifier of two or more characters and
        a programme head (the frame heads 行动/计划/工程/清单 …, or the year campaign's 年活动)?
        GUIDE §2.1 tags the longest name, so 乡村振兴|攻坚年活动 and 乡村振兴|示范创建行动 are
        Programs with no Strategy inside; only a Program guess is kept so (a 工程 typed Project
        is a built thing, not a named programme). The strategy's own tail 战略 is no modifier
        (乡村振兴|战略行动计划, GUIDE §2.6). A modifier that is generic, or a mined generic term
        (高质量发展, the GUIDE §2.6 tail of 丝绸之路经济带核心区|高质量发展行动), names nothing
        of its own: the strategy plus a generic tail, as before."""
        heads = (*self.grammar.frame_heads, YEAR_CAMPAIGN)
        head = next((h for h in heads if rest.endswith(h)), None)
        if head is None:
            return False
        modifier = rest[: -len(head)].removeprefix(STRATEGY_TAIL)  # 乡村振兴|战略行动计划
        return len(modifier) >= 2 and modifier not in self.grammar.generic_terms and not is_generic(modifier)

    def _zones(self, doc: Doc, chosen: list[Chosen]) -> list[Chosen]:
        text = doc_text(doc)
        out: list[Chosen] = []
        for i, s in enumerate(chosen):
            if s.label_ == "District" and s.id_ in DIVISION_SOURCES:
                pass  # a GB/T 2260 division named …新区 (滨海新区): an urban district, not a zone
            elif s.label_ in ("Platform", "District") and text[s.start_char : s.end_char].endswith(
                ZONE_TAILS
            ):
                prev = chosen[i - 1] if i else None
                nxt = chosen[i + 1] if i + 1 < len(chosen) else None
                near = False
                if nxt is not None and nxt.label_ == "District":
                    gap = text[s.end_char : nxt.start_char]
                    near = gap in ("（", "(", "、", "和", "与")
                if prev is not None and prev.label_ == "District":
                    gap = text[prev.end_char : s.start_char]
                    listed = gap in ("、", "和", "与", "）、", ")、") or bool(LISTED_RE.match(gap))
                    # 甲、乙经开区: two zones sharing the kind (GUIDE §2.2, §9), no list of districts
                    near = near or (listed and not shares_zone_kind(text, prev, s, ZONE_TAILS))
                near = near or text[max(0, s.start_char - 1) : s.start_char] in ("与", "同")
                after = text[s.end_char : s.end_char + 12]
                near = near or ("区县" in after and after.index("区县") < 10 and "等" in after)
                label = "District" if near else "Platform"
                if label != s.label_:
                    s = retyped(s, label)
            out.append(s)
        return out

    def _shared_suffix(self, doc: Doc, chosen: list[Chosen]) -> list[Chosen]:
        """Conjuncts sharing one suffix (GUIDE §2.2, §9): in 喀什和霍尔果斯经济开发区 the bare
        division before the conjunction is a zone too (喀什经济开发区), as is 杭州 in
        杭州、宁波、温州机场. The last conjunct is a name made of a division and a head word;
        each division right before it, joined by 、/和/与/及, takes its type and suffix. A zone
        that ``_zones`` typed District as a partner (与成都高新区、广安经开区…合作, GUIDE §3) already
        ends in its own kind and is no bare division: it takes no second kind (成都高新区经开区)."""
        text = doc_text(doc)
        out = list(chosen)
        for i in range(len(out) - 1, 0, -1):
            last = out[i]
            if last.label_ not in SHARED_SUFFIX_TYPES or out[i - 1].label_ != "District":
                continue
            suffix = _division_suffix(last.text, self.grammar.head_re, widespread_terms(self.grammar))
            if suffix is None:
                continue
            j = i - 1
            nxt = last
            while (
                j >= 0
                and out[j].label_ == "District"
                and not out[j].text.endswith(ZONE_TAILS)  # a zone typed District names its own kind
                and text[out[j].end_char : nxt.start_char] in CONJUNCTIONS
            ):
                d = nxt = out[j]
                out[j] = retyped(d, last.label_, kb_id=d.text + suffix, span_id="conjunct")
                j -= 1
        return out


@Language.factory("policykg_resolver", default_config={}, assigns=["doc.ents"], requires=["doc.spans"])
def make_resolver(nlp: Language, name: str) -> Resolver:
    return Resolver(nlp, name)
