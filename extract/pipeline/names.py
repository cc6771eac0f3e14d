"""``policykg_names``: open-class names from their own grammar.

Three shapes hold for documents never seen before: 《…》 titles (Policy); quoted names with a
program head inside or right after the quotes (“满天星”行动计划, “十项行动”); and names ending
in a head word (…隧道, …产业园, …研究院, …片区), whose left edge is found by
``grammar.name_start``. Development zones written as place + 经开区/高新区 and townships
(…镇, …街道) are found here too; whether a zone is a District partner or a Platform is the
resolver's call, because it depends on the neighbouring mentions.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.pipeline import Pipe
from spacy.tokens import Doc

from extract.pipeline import grammar as g
from extract.pipeline.area_belts import find_belts
from extract.pipeline.area_names import (
    after_verb,
    ends_with_area_head,
    head_runs_on,
    kind_of_zone,
    listed_place_lead,
    opens_body,
)
from extract.pipeline.area_sections import keeps_area, part_end
from extract.pipeline.bare_known_programmes import find_bare_known_programmes
from extract.pipeline.bare_names import front_word_cut
from extract.pipeline.bare_sub_regions import find_bare_sub_regions
from extract.pipeline.buildup_programmes import find_buildup_programmes
from extract.pipeline.business_openings import find_business_openings
from extract.pipeline.campaign_frames import find_campaign_frames
from extract.pipeline.candidates import add_candidate, candidates, doc_text, register_extensions
from extract.pipeline.carried_conjuncts import carried_out
from extract.pipeline.carried_kinds import carried_kind_name
from extract.pipeline.carried_projects import carried_kind
from extract.pipeline.city_titles import (
    find_city_titles,
    find_coordinated_city_titles,
    find_counted_county_titles,
    find_designation_titles,
    find_listed_titles,
)
from extract.pipeline.compass_parts import find_compass_parts
from extract.pipeline.compound_edges import closes_name, kernel_compound_heads
from extract.pipeline.conjoined_designations import (
    find_conjoined_designations,
)
from extract.pipeline.cooperation_programmes import find_cooperation_programmes
from extract.pipeline.counted_labels import find_counted_lists
from extract.pipeline.counted_quotes import FRAMING_TAILS_RE, counted_quote_lead
from extract.pipeline.county_designations import find_county_designations
from extract.pipeline.described_quotes import find_described_quotes
from extract.pipeline.designation_kinds import stem_reading
from extract.pipeline.duration_circles import find_duration_circles
from extract.pipeline.duration_pilots import find_duration_pilots
from extract.pipeline.festival_names import find_festivals
from extract.pipeline.field_labels import opens_on_field_label
from extract.pipeline.field_laboratories import find_field_laboratories
from extract.pipeline.financial_firms import find_financial_firms
from extract.pipeline.firm_kernels import find_division_firms
from extract.pipeline.firm_objects import object_start
from extract.pipeline.firm_titles import find_firm_titles
from extract.pipeline.free_trade_port import find_free_trade_port
from extract.pipeline.governed_headed_quotes import DATA_FILE as HEADED_QUOTES
from extract.pipeline.governed_headed_quotes import find_governed_headed_quotes
from extract.pipeline.hosted_events import find_hosted_events
from extract.pipeline.included_works import included_works_end
from extract.pipeline.institution_forms import find_institution_forms
from extract.pipeline.known_titles import find_known_titles
from extract.pipeline.level_grids import LEVEL_WORD_RE
from extract.pipeline.lexicon import (
    acts_on,
    clause_opener,
    is_common_phrase,
    is_dictionary_word,
    leading_verb,
    names_an_activity,
    opens_clause,
)
from extract.pipeline.listed_firms import find_listed_firms
from extract.pipeline.mining import NATIONAL, segment_cached
from extract.pipeline.national_rounds import find_national_rounds
from extract.pipeline.numbered_packages import find_numbered_packages
from extract.pipeline.object_verbs import object_verbs
from extract.pipeline.opened_facilities import opened_hospital, reported_opened
from extract.pipeline.ordinal_institutions import find_ordinal_institutions
from extract.pipeline.programme_frames import (
    attach_openers,
    clause_before_state,
    counted_pilots,
    extend_to_governing_verb,
    find_governed_programmes,
    pilot_place,
    reported_as_built,
)
from extract.pipeline.programme_lists import find_programme_lists
from extract.pipeline.programme_objects import programme_object_start
from extract.pipeline.qualifier_clauses import qualifier_end
from extract.pipeline.quote_leads import governor_candidates
from extract.pipeline.quoted_frames import find_numeric_frameworks, find_quoted_programmes
from extract.pipeline.quoted_programmes import find_known_quoted_programmes
from extract.pipeline.quoted_results import find_result_quotes
from extract.pipeline.rare_designations import (
    count_of_one,
    counted_kind,
    designation_start,
    over_clause_word,
    rare_designation,
)
from extract.pipeline.result_subjects import find_result_subjects
from extract.pipeline.scoped_quote_leads import scoped_field_lead, skip_scope_words
from extract.pipeline.sector_programmes import find_sector_programmes
from extract.pipeline.securities_boards import find_securities_boards
from extract.pipeline.sub_regions import find_sub_regions
from extract.pipeline.subject_leads import after_quoted_item, subject_lead
from extract.pipeline.title_back_references import referenced_title
from extract.pipeline.town_titles import find_town_titles
from extract.pipeline.untitled_policies import find_untitled_policies
from extract.pipeline.year_campaigns import find_year_campaigns
from extract.regions import lookup
from extract.scan import anchored_finditer

STATE = NATIONAL[0]  # the state itself (国家), not a nationwide scope (全国): it designates institutions
TITLE_RE = re.compile(r"《[^《》\n]{2,80}》")
# a title is a policy document only when it says what kind of document it is (not a film or book)
DOC_KIND_RE = re.compile(
    r"(?:方案|规划|计划|意见|办法|条例|法|规定|通知|决定|纲要|清单|建议|措施|细则|标准|规则|目录|指南|报告|"
    r"政策|成果|要点|公报|决议|制度|体系|协议|备忘录|章程|守则|规范)"
)
# a short back-reference to a document named in full elsewhere (《纲要（草案）》, 《建议》,
# 《实施办法》): only a document kind, no name
BARE_KIND_RE = re.compile(r"((?:实施)?" + DOC_KIND_RE.pattern + r")(?:[（(]?(?:草案|试行)[)）]?)?")
QUOTE_RE = re.compile(r"“([^“”\n]{1,16})”")
# a quoted package of numbered measures (GUIDE §9 Policies: “新九条”, “民营经济32条”): its subject
# may take a few words of its own before the count
ARTICLES_RE = re.compile(r"^[\u4e00-\u9fff]{0,6}?[一二三四五六七八九十百\d]+条$")
ZONE_RE = re.compile(r"([\u4e00-\u9fff]{2,6}?)(经开区|高新区|经济技术开发区|高新技术产业开发区)")
# written with a literal opening every alternative (not ``(?:国家级)?(?:…)``), so the regex engine
# skips to the characters that open one instead of trying the pattern at every position of a
# report (the same matches, in the same order of preference: ``tests/extract/test_fast_paths.py``)
BARE_ZONE_RE = re.compile(r"国家级(?:经开区|高新区)|经开区|高新区|自贸试验区|自由贸易试验区")
TOWN_RE = re.compile(r"([\u4e00-\u9fff]{2,3})(镇|街道)")
# anchors for extract.scan: the suffix lies within 6 (3) characters of a match's start
ZONE_ANCHOR = re.compile(r"经开区|高新区|经济技术开发区|高新技术产业开发区")
TOWN_ANCHOR = re.compile(r"镇|街道")
# characters no township name holds (级: 区级和街道)
NOT_TOWN = re.compile(r"[城乡村小特市重集示范全名古强每一二三四五六七八九十百千万个帮各级]|\d")
YEAR_RE = re.compile(r"\d{4}年|年度")
COUNT_REACH = 8  # characters before a name searched for a count of more than one (2519个|)
COMPANY_CATEGORY_ENDS = ("上市", "子", "挂牌", "国有", "民营", "外资", "龙头", "链主")
GENERIC_PROJECT_HEADS = frozenset({"项目", "工程"})
# types whose head-word names need a distinguishing modifier (GUIDE §3 "generic unnamed items")
DESCRIBED_TYPES = frozenset({"Project", "Platform", "Enterprise", "Organization"})
# types whose head-word names lose a clause's leading verbs (严格执行…负面清单 too)
VERB_TRIMMED_TYPES = DESCRIBED_TYPES | {"Policy"}
MIN_DESCRIPTION = 4  # shorter everyday bodies are names often enough (果园港, 国际生物城, 机床集团)
# a single firm's facility (Grammar.firm_facility_heads) is named by the firm, whose name may be
# everyday words (萤石智能制造基地, 人人视频总部基地): its body is a description only when it
# ends in a sector word
SECTOR_END_RE = re.compile(r"(?:产业|产品|服务|制造|装备|文化|贸易|企业|建设|经济|商贸|领域)$")
# an exchange is named by what it trades (地理标志交易运营中心, 西部环境交易中心)
EXCHANGE_RE = re.compile(r"交易")
MEASURE_WORDS = frozenset("个项家批条座所名位类件")
MAX_SHORT_LEAD = 4  # characters of a quoted name's lead-in taken without a governing verb
LONG_LEAD = 14  # characters looked at before a quote for a governed lead-in (verb included)
_NUMERAL_RE = re.compile(r"[\d０-９一二两三四五六七八九十百千万]")
PHASE_RE = re.compile(r"段|期|标段|地块")
# works on a facility make it a thing being built, a Project (GUIDE §4: 义乌机场改扩建)
WORKS_RE = re.compile(r"改扩建|改造|扩建")
# heads whose name with a phase or works after it is the thing built (GUIDE §3 Project: anything
# with a phase suffix; §4 义乌机场改扩建): an Area too, since works on a functional area are a
# construction item, not the area (甲乙片区排水管网改造, 丙丁片区城中村改造 in a project list)
BUILT_WORKS_TYPES = frozenset({"Platform", "Organization", "Program", "Area"})
LATIN_NAME_RE = re.compile(r"[A-Za-z][A-Za-z0-9]*")
MAX_CONJUNCT = 12  # characters of a quoted conjunct that takes a programme's type (“两新”)
DIRECTIONS = frozenset("东西南北")  # the closed class of compass points in station names
LEVELS_RE = re.compile(r"[省市县区乡镇村]{2,3}")  # levels of government as a scope (市县, 省市县)
# what joins coordinated quoted names (“两重”“两新”, “两重”、“两新”, “十项行动”和“三新”: GUIDE §2.2)
CHAIN_MARKS = frozenset({"", "、", "和", "与", "及"})


def _is_place(text: str) -> bool:
    return lookup(text) is not None


def _place_offset(body: str, head_re: re.Pattern[str]) -> int:
    """Where a zone's place name starts inside the scanned body: 按照重庆经开区, 提质某某高新区
    (a verb the stop list does not hold) start at the place; 0 when the body opens with one
    or holds none."""
    if len(body) < 4 or _is_place(body[:2]) or _is_place(body[:3]):
        return 0
    for cut in range(1, len(body) - 1):
        # the national level opens a zone's name like a division (用活|国家级经开区)
        if _is_place(body[cut : cut + 2]) or _is_place(body[cut : cut + 3]) or body.startswith(NATIONAL, cut):
            # 西部科学城重庆高新区: a named place before the zone is part of its name
            return 0 if head_re.search(body[:cut]) else cut
    return 0


CLAUSE_EDGE_RE = re.compile(r"[，。；：,;:\n]")
# 、-items read past a hub to the end of its list: every hub of a list walked the rest of it, so
# a hostile run of thousands of items was quadratic (6,000 airports 17 s); real lists stay far under
HUB_LIST_REACH = 64


def _hub_built(text: str, start: int, end: int, gr: g.Grammar) -> bool:
    """Is the hub named at ``[start, end)`` built rather than operated (GUIDE §9)? It is when a
    mined status phrase (投用, 建设, 开工) stands right before it or right after it or after the
    list it ends (…、东方机场等开工建设), or when another item of its 、-list is a phase of
    something (美兰机场三期): items listed together are of one kind."""
    if text[max(0, start - 4) : start].endswith(gr.status_phrases):
        return True
    return _status_after(text, end, gr) or _phase_listed(text, start, end)


def _status_after(text: str, end: int, gr: g.Grammar) -> bool:
    """Does a mined status phrase follow the hub ending at ``end``, or the 、-list it opens? The
    walk goes item by item to the list's last one, at most ``HUB_LIST_REACH`` items (a hostile
    run of thousands stays linear); a list that runs on past them is not read."""
    if not text.startswith("、", end):
        after = text[end : end + 8]
        return after.removeprefix("等").startswith(gr.status_phrases)
    pos = end
    for _ in range(HUB_LIST_REACH):
        nxt = CLAUSE_EDGE_RE.search(text, pos + 1, min(len(text), pos + 40))
        edge = nxt.start() if nxt else min(len(text), pos + 40)
        stop = text.find("、", pos + 1, edge)
        if stop < 0:  # the last item: its name and what follows it, up to the clause edge
            return _last_item_built(text[pos + 1 : edge], gr)
        pos = stop
    return False


def _last_item_built(item: str, gr: g.Grammar) -> bool:
    """Does a mined status phrase follow the last item of a hub's 、-list (…、东方机场等开工建设,
    …、东方机场建成投运)? The item runs on to the clause edge, so the phrase is read where the
    name ends: right after the list's 等, or right after a name head (``heads.jsonl``) before it.
    Heads after the 等 are left alone: what follows it is the clause's own (等|带动产业园开工)."""
    etc = item.find("等")
    name = item if etc < 0 else item[:etc]
    ends = [m.end() for m in gr.head_re.finditer(name)] + ([etc + 1] if etc >= 0 else [])
    return any(item.startswith(gr.status_phrases, e) for e in ends)


def _phase_listed(text: str, start: int, end: int) -> bool:
    """Is another item of the hub's 、-list a phase of something (美兰机场三期)? Items listed
    together are of one kind (GUIDE §9), so the hub is built like it."""
    left = max(
        (m.end() for m in CLAUSE_EDGE_RE.finditer(text, max(0, start - 80), start)),
        default=max(0, start - 80),
    )
    right = CLAUSE_EDGE_RE.search(text, end, end + 80)
    clause = text[left : right.start() if right else end + 80]
    if "、" not in clause:
        return False
    for item in clause.split("、"):
        q = re.search(g.QUALIFIER_RE.pattern + r"$", item.split("等")[0])
        if q and PHASE_RE.search(q.group()) and item.split("等")[0] != text[start:end]:
            return True
    return False


def _specific_before_end_word(body: str) -> bool:
    """Is an institution's body generic only because of the word it ends in (协和 ends in the
    function character 和, 全国重点 in 重点, a type of laboratory)? Then the words before it
    decide: a specific modifier of two or more characters names one institution (GUIDE §3
    Organization: institutes, hospitals, laboratories), a clause or a kind does not."""

    end = g.END_STOP_RE.search(body)
    if not end or g.GENERIC_RE.match(body) or g.AMOUNT_RE.search(body) or g.DESCRIPTIVE_RE.match(body):
        return False
    if len(end.group()) == 1:
        return is_dictionary_word(body[-2:])  # 协和: part of a word; …户和|协会: a function word
    rest = body[: end.start()]
    while rest.endswith(NATIONAL):
        rest = rest[:-2]  # 全国重点实验室: the level and the type of laboratory
    return len(rest) >= 2 and not g.is_generic(rest) and not opens_clause(rest)


def _described(body: str, head: str, gr: g.Grammar) -> bool:
    """Could this body be a description rather than a name? Then the common-phrase test
    decides (GUIDE §3: generic unnamed items are not annotated)."""
    if len(body) < MIN_DESCRIPTION or body.startswith("国家") or EXCHANGE_RE.search(body + head):
        return False  # 国家级产业协作园区: an official designation
    if body.endswith("国家") and (gr.heads.get(head) == "Organization" or head.endswith("中心")):
        return False  # 稀土|国家技术创新中心: a field's national institution (GUIDE §2.5, conventions)
    return head not in gr.firm_facility_heads or bool(SECTOR_END_RE.search(body))


class NameFinder(g.UsesGrammar, Pipe):
    def __init__(self, nlp: Language, name: str, max_name: int, min_body: int):
        register_extensions()
        self.name = name
        self.max_name = max_name
        self.min_body = min_body

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        self._titles(doc, text)
        self._quotes(doc, text)
        self._heads(doc, text)
        self._place_kernels(doc, text)
        self._zones(doc, text)
        find_quoted_programmes(doc, text, self.grammar, self.grammar.programme_verbs, segment_cached)
        find_numeric_frameworks(doc, text, self.grammar)
        find_known_quoted_programmes(doc, text, self.grammar, self.grammar.quoted_programmes)
        find_bare_known_programmes(doc, text, self.grammar, self.grammar.quoted_programmes)  # 完善揭榜挂帅等
        find_governed_headed_quotes(
            doc, text, self.grammar, self.grammar.mined_set(HEADED_QUOTES, "name"), segment_cached
        )
        find_result_quotes(doc, text, self.grammar)  # “X”突破, 。“X”建设不断深化 (slogan22)
        find_belts(doc, text, self.grammar)
        find_sub_regions(doc, text, self.grammar)  # 淮河流域, 粤北地区: places before a kind
        find_bare_sub_regions(doc, text, self.grammar)  # 粤西, 南疆: the author province's own, without 地区
        find_compass_parts(doc, text, self.grammar)  # 甲省南部: the author's own compass part
        find_untitled_policies(doc, text, self.grammar)
        find_numbered_packages(doc, text, self.grammar)  # 出台…20条措施: a numbered package (reform21)
        find_institution_forms(doc, text, self.grammar)
        find_division_firms(doc, text, self.grammar)  # 云南…银行: a division's bank (firms16)
        find_financial_firms(doc, text, self.grammar)  # 恒丰银行, X证券: trade name + licence (firms19)
        find_ordinal_institutions(doc, text, self.grammar)  # 市五院, 华西四院 (org12)
        find_field_laboratories(doc, text, self.grammar)  # …与…全国重点实验室 (org12)
        find_buildup_programmes(doc, text, self.grammar)
        find_cooperation_programmes(doc, text, self.grammar, segment_cached)
        find_festivals(doc, text, self.grammar, segment_cached)
        find_hosted_events(doc, text, self.grammar, segment_cached)  # 办好|第N届|甲运会 (program30)
        find_national_rounds(doc, text, self.grammar, segment_cached)  # 第N次全国甲乙普查 (program33)
        find_city_titles(doc, text, self.grammar)
        find_designation_titles(doc, text, self.grammar)
        find_listed_titles(doc, text, self.grammar)  # 争创A示范区、B示范区: every conjunct (program27)
        find_conjoined_designations(doc, text, self.grammar)  # 全国甲与乙示范区 (designation22)
        find_firm_titles(doc, text, self.grammar)  # X入选…独角兽企业: a firm (GUIDE §3)
        find_listed_firms(doc, text, self.grammar)  # X在科创板上市: a firm (GUIDE §3)
        find_business_openings(doc, text, self.grammar)  # A、B开业运营: businesses (GUIDE §3)
        find_securities_boards(doc, text, self.grammar)  # 科创板, 新三板: the boards themselves are Platform
        find_free_trade_port(doc, text, self.grammar)  # 海南自贸港: the one free trade port (GUIDE §3)
        find_coordinated_city_titles(doc, text, self.grammar)
        find_counted_county_titles(doc, text, self.grammar)
        find_county_designations(doc, text, self.grammar)  # 加快A县、B县创建: a mined title body (program50)
        find_town_titles(doc, text, self.grammar)  # 全国…模范城: a title in the bound city word
        find_result_subjects(doc, text, self.grammar)  # X改革纵深推进: a programme named by its result
        find_programme_lists(doc, text, self.grammar)  # A、B等六大行动: items of a programme list
        find_counted_lists(doc, text, self.grammar)  # A、B“两项行动”: a count label closes the list
        find_sector_programmes(doc, text, self.grammar)  # A、B等产业提质升级行动: one per sector
        find_known_titles(doc, text, self.grammar)  # a title another sentence gets: 推进|国际消费中心城市建设
        find_duration_circles(doc, text, self.grammar)  # 一刻钟便民生活圈: a mined closer after a duration
        find_year_campaigns(doc, text, self.grammar)
        find_campaign_frames(doc, text, self.grammar)  # 开展|深入贯彻…学习教育: named from its verb
        self._quote_chains(doc, text)
        extend_to_governing_verb(doc, text, self.grammar)
        find_governed_programmes(doc, text, self.grammar)
        attach_openers(doc, text, self.grammar)
        find_described_quotes(doc, text, self.grammar)  # after the verb extensions: its edge is the quote
        find_duration_pilots(doc, text, self.grammar)  # 推进|…再延长30年试点: no name opens with 30年
        return doc

    def _quote_chains(self, doc: Doc, text: str) -> None:
        """Quoted names written one after another (“两重”“两新”, “两重”、“两新”, “十项行动”和
        “三新”) are coordinated names (GUIDE §2.2): a short quoted conjunct of a programme the
        grammar found is a programme too, its span inside the quotes. The conjunctions 和/与/及
        join a chain like 、 (29 reports: 11 quotes more, the 6 of readable reports all right)."""
        programs = {(c.start_char, c.end_char) for c in candidates(doc) if c.label_ == "Program"}
        if not programs:
            return
        chain: list[re.Match[str]] = []
        for m in [*QUOTE_RE.finditer(text), None]:
            if m is not None and chain and text[chain[-1].end() : m.start()] in CHAIN_MARKS:
                chain.append(m)
                continue
            if len(chain) >= 2 and any((q.start() + 1, q.end() - 1) in programs for q in chain):
                for q in chain:
                    inner = (q.start() + 1, q.end() - 1)
                    if (
                        inner not in programs
                        and len(q.group(1)) <= MAX_CONJUNCT
                        and not _is_place(q.group(1))
                    ):
                        add_candidate(doc, inner[0], inner[1], "Program", "quote")
            chain = [m] if m is not None else []

    def _place_kernels(self, doc: Doc, text: str) -> None:
        """A one-character GUIDE kernel (港, 站, 矿 …) is too ambiguous to be a head by itself
        (港口, 站位); it names a thing only right after one or two divisions of the closed-class
        gazetteer that start at a clause edge (发挥|天津港, 宁波舟山港, 富宁港千吨级船舶)."""
        gr = self.grammar
        kernels = gr.single_kernels
        if not kernels:
            return
        for m in re.finditer("[" + "".join(sorted(kernels)) + "]", text):
            k = m.start()
            if not gr.follows_ok(text, m.end()) or text[k - 1 : k + 1] in gr.heads:
                continue
            if kernels[m.group()] == "Program" and is_dictionary_word(text[k : k + 2]):
                continue  # 资源|节约: the festival kernel opens a word, no festival of a place
            start, places = k, 0
            if text[k - 1 : k] in DIRECTIONS and m.group() == "站":
                start -= 1  # 重庆东站, 广州南站: a station is named by its city and a direction
            while places < 2:
                found = next((n for n in (4, 3, 2) if n <= start and _is_place(text[start - n : start])), 0)
                if not found:
                    break
                start -= found
                places += 1
            if not places:
                continue
            edge = start == 0 or not ("\u4e00" <= text[start - 1] <= "\u9fff")
            window = text[max(0, start - 4) : start]
            if not (edge or any(window.endswith(w) for w in gr.hard_stops if len(w) >= 2)):
                continue
            type_, end = kernels[m.group()], m.end()
            q = g.QUALIFIER_RE.match(text, end)
            if q and keeps_area(type_, q.group()):
                end = q.end()  # 甲地国家文化公园（乙段）: the area's section stays in its name
            elif q and PHASE_RE.search(q.group()):
                type_, end = "Project", q.end()  # 南沙港五期: a phase of it is built
            add_candidate(doc, start, end, type_, "suffix")

    def _titles(self, doc: Doc, text: str) -> None:
        for m in TITLE_RE.finditer(text):
            if DOC_KIND_RE.search(m.group()) and not BARE_KIND_RE.fullmatch(m.group()[1:-1]):
                add_candidate(doc, m.start(), m.end(), "Policy", "title")
            elif full := referenced_title(doc, m.start(), m.group()[1:-1], TITLE_RE, BARE_KIND_RE):
                add_candidate(doc, m.start(), m.end(), "Policy", "title", hint=full)  # 《建议》

    def _quotes(self, doc: Doc, text: str) -> None:
        for m in QUOTE_RE.finditer(text):
            inner = m.group(1)
            after = self.grammar.after_quote_re.match(text, m.end())
            glued = self.grammar.word_stop_at(text, m.end())  # a clause word, not 都 of 都市圈
            if after and glued and len(glued) == 1:
                after = None  # “先用后转”等集成改革: a function word after the quote, a list of kinds
            if after:
                head_type = "Area" if after.group().endswith("核心区") else "Program"
                if ends_with_area_head(after.group(), self.grammar):
                    head_type = "Area"  # “襄十随神”城市群: a quoted region name (area_names)
                start = self._quote_lead(text, self._chain_start(text, m.start()))
                if head_type == "Area" and start == m.start():
                    start = listed_place_lead(text, start)  # 、甲站“乙”商务区: the area's own place
                end = after.end()
                longer = self.grammar.head_re.match(text, end)
                if longer and self.grammar.heads[longer.group()] == "Program":
                    end = longer.end()  # “三块地”改革试点: the shortest head is not the name's end
                if after.group().endswith(tuple(GENERIC_PROJECT_HEADS)) and reported_as_built(
                    text, start, end, self.grammar
                ):
                    head_type = "Project"  # “一泓清水入黄河”生态保护工程如期完工: construction reported
                if after.group().endswith("号"):
                    start, end = m.start() + 1, m.end() - 1  # “郑和号”: the quotes wrap the whole name
                    if not inner.endswith("号"):
                        continue
                add_candidate(doc, start, end, head_type, "quote")
            elif ARTICLES_RE.search(inner):
                # “新九条”: a numbered package of measures is a Policy (GUIDE §9), with its lead-in
                lead = self.grammar.name_start(text, m.start(), floor=max(0, m.start() - 6), min_body=2)
                scoped = g.LEAD_RE.search(text, lead, m.start())  # 升级我省|“…32条”: GUIDE §2.5
                if 0 < m.start() - lead <= 4 and text[lead - 1 : lead] != "、" and scoped is None:
                    add_candidate(doc, lead, m.end(), "Policy", "quote")  # 纺织服装“新九条”
                else:
                    add_candidate(doc, m.start() + 1, m.end() - 1, "Policy", "quote")  # “牧九条”
            elif (
                inner.endswith(self.grammar.program_tails)
                and not inner.endswith(("战略", "品牌", "政策"))
                and "、" not in inner  # “管理、发展、脱困、改革”: a list of words, its last one no head
                # 安全生产“保卫战”: a bare kind quoted as a figure (not a head that names itself: 以旧换新)
                and (inner not in self.grammar.program_tails or inner in self.grammar.bare_heads)
            ):
                lead = self._quote_lead(text, m.start())
                if lead == m.start():  # 实施|各民族交往交流交融“三项计划”: a count needs its modifier
                    lead = counted_quote_lead(text, m.start(), inner, self.grammar)
                if lead < m.start():
                    add_candidate(doc, lead, m.end(), "Program", "quote")  # 碳达峰“十大工程”
                else:
                    add_candidate(doc, m.start() + 1, m.end() - 1, "Program", "quote")  # “十大工程”
            elif inner.endswith("号") and len(inner) >= 3 and not inner[0].isdigit():
                # a service's 号 is no part of a dictionary word (郑和|号, 蓉|欧号); 晋|字号 ends in
                # the word for a brand label (深海|一号: a numbered vessel or plant), and a quote
                # followed by 品牌 names a brand: brands are no programmes (GUIDE §3)
                last = segment_cached(inner)[-1]
                if (last != "号" and is_dictionary_word(last)) or text.startswith("品牌", m.end()):
                    continue
                add_candidate(doc, m.start() + 1, m.end() - 1, "Program", "quote")

    @staticmethod
    def _chain_start(text: str, quote: int) -> int:
        """Opening quote of a chain of one-character quotes before a head (国家公园“园”“地”融合
        发展机制): a single quoted character names nothing alone, so the chain is one name (GUIDE
        §2.2 keeps inner quotes); longer quoted conjuncts are coordinated names, split apart."""
        while quote > 0 and text[quote - 1] == "”" and len(text) > quote + 2 and text[quote + 2] == "”":
            opening = quote - 3
            if opening < 0 or text[opening] != "“":
                break
            quote = opening
        return quote

    def _quote_lead(self, text: str, quote: int) -> int:
        """Start of a quoted programme name: a short lead-in glued to the quote belongs to the
        name (浙商“青蓝接力”行动, 碳达峰“十大工程”), a verb before it does not (打好“三北”工程),
        nor a list item before it or a count's measure word (200个“好社区”试点). A longer
        lead-in belongs to the name when a verb governs the whole (:meth:`_governed_lead`)."""
        short = self._short_quote_lead(text, quote)
        governed = self._governed_lead(text, quote)
        if governed is None:
            governed = self._listed_lead(text, quote)
        return governed if governed is not None and governed < short else short

    def _governed_lead(self, text: str, quote: int) -> int | None:
        """Start of a descriptive lead-in of five or more characters that a clause verb governs
        with the quoted name (实施|农民工子女关爱服务“同行计划”, 深入实施|先进制造业“X计划”): the
        object of 实施 is the whole name, written as the unquoted one would be (GUIDE §3 named
        actions; §4 keeps inner quotes). The verb must open its clause (after punctuation or
        another clause word: a verb after other name material, 专班|实施|…, leaves the name's
        edge unknown); the lead-in holds no count (3轮, 第二期) and passes the tests of a
        short lead-in. Otherwise None."""
        gr = self.grammar
        lead = quote
        while lead > max(0, quote - LONG_LEAD) and "\u4e00" <= text[lead - 1] <= "\u9fff":
            lead -= 1
        body = text[lead:quote]
        cuts = [s for s in gr.any_stop_re.finditer(body) if gr.cuts(body, s.start(), s.end())]
        # the last clause word, else a mined programme verb (实施|毕业生就业能力培训“X”: quote_leads)
        for verb in governor_candidates(cuts, gr.hard_verbs, gr.programme_verbs):
            opened = verb.start() == 0 and not ("\u4e00" <= text[lead - 1 : lead] <= "\u9fff")
            if not (opened or any(c.end() == verb.start() for c in cuts)):
                continue  # 专班|实施…: the verb follows other material, not a clause's first verb
            start = skip_scope_words(text, lead + verb.end(), quote)  # 推进|首批|城市更新“X”行动
            if self._describes_name(text[start:quote]):
                return start
        return None

    def _listed_lead(self, text: str, quote: int) -> int | None:
        """Start of a descriptive lead-in of five or more characters that opens a list item after
        a quoted name (推进数字产业化“十大工程”、|产业数字化“八大行动”): the list mark separates
        names (:func:`after_quoted_item`), so the words after it up to the quote are the next
        name's modifier, as the verb governing the list gives the first its own
        (:meth:`_governed_lead`; GUIDE §2.2, each conjunct its own span). Otherwise None."""
        lead = quote
        while lead > max(0, quote - LONG_LEAD) and "\u4e00" <= text[lead - 1] <= "\u9fff":
            lead -= 1
        if not after_quoted_item(text, lead) or self.grammar.any_stop_re.match(text, lead):
            return None  # …“甲”、实施|“乙”: a clause word opens the item
        lead_in = text[lead:quote]
        if LEVEL_WORD_RE.search(lead_in) or g.DESCRIPTIVE_RE.match(lead_in):
            return None  # 、省级“X”: a level; 、重点“X”: a description opening (subject_leads)
        return lead if self._describes_name(lead_in, domain_ok=True) else None

    def _describes_name(self, lead_in: str, domain_ok: bool = False) -> bool:
        """Is ``lead_in`` (five or more characters before a quote) a description that names the
        programme (农民工子女关爱服务, 产业数字化) rather than a count, a clause, a level, a GUIDE
        §2.6 framing tail or what is done to the programme? With ``domain_ok`` the hand list of
        generic words is not asked (it holds the domain nouns a programme is named by: 产业,
        数字化; the caller rules out levels and description openings itself, as subject_leads)."""
        return not (
            len(lead_in) <= MAX_SHORT_LEAD
            or _NUMERAL_RE.search(lead_in)
            or opens_clause(lead_in)
            or (not domain_ok and g.is_generic(lead_in, strict=False))
            or FRAMING_TAILS_RE.fullmatch(lead_in)  # 实施|高质量发展“十项行动”: GUIDE §2.6 tail
            or (acts_on(lead_in) and not names_an_activity(lead_in))
            or LEVELS_RE.fullmatch(lead_in)
        )

    def _short_quote_lead(self, text: str, quote: int) -> int:
        """Start of a quoted programme name with a lead-in of at most four characters."""
        lead = quote
        while lead > max(0, quote - 6) and "\u4e00" <= text[lead - 1] <= "\u9fff":
            lead -= 1
        body = text[lead:quote]
        cut = 0
        for a, b in self.grammar.stop_spans(body):  # any_stop_re.finditer's spans, without the regex
            if self.grammar.cuts(body, a, b):
                cut = b
        lead += cut
        while (lm := g.LEAD_RE.match(text, lead, quote)) and lm.end() > lead:
            lead = lm.end()
        if lead > 0 and _NUMERAL_RE.match(text[lead - 1]) and text[lead] in MEASURE_WORDS:
            lead += 1
        if quote - lead > MAX_SHORT_LEAD and (scoped := scoped_field_lead(text, quote)) is not None:
            lead = scoped  # 实施新一轮|高等教育“百亿工程”: the field after a scope word (scoped_quote_leads)
        lead_in = text[lead:quote]
        if (
            0 < quote - lead <= MAX_SHORT_LEAD
            and (text[lead - 1 : lead] != "、" or after_quoted_item(text, lead))  # “甲”、乙“丙”行动
            and not opens_clause(lead_in)
            and not g.is_generic(lead_in, strict=False)  # 市级“十项行动”: a level, no name part
            and not acts_on(lead_in)  # 迭代升级“十项行动”: what is done to the programme
            and not LEVELS_RE.fullmatch(lead_in)  # 市县“一支队伍管执法”改革: a scope (GUIDE §2.5)
        ):
            return lead
        if (
            quote - lead <= MAX_SHORT_LEAD
            and not _NUMERAL_RE.search(lead_in)
            and not LEVELS_RE.fullmatch(lead_in)
            and subject_lead(text, lead, quote)  # 。农村“X”改革试点…: a clause's noun subject
        ):
            return lead
        return quote

    def _heads(self, doc: Doc, text: str) -> None:
        gr = self.grammar
        # strategies the gazetteer found, by end: a head closing one (双城经济圈, 新通道) is the
        # strategy's own word, not the head of a longer name (项目纳入双城经济圈)
        strategy_ends = {s.end_char for s in candidates(doc) if s.id_ == "strategy"}
        # closed-class bodies (gazetteer) by end -> their earliest start: 获得2024年|国务院
        body_starts: dict[int, int] = {}
        for c in candidates(doc):
            if c.id_ == "organization":
                body_starts[c.end_char] = min(c.start_char, body_starts.get(c.end_char, c.start_char))
        pos, head_starts = 0, gr.head_starts(text)
        compound_heads = kernel_compound_heads(gr)  # once per document, as designation_heads
        designation_heads = tuple(gr.designation_heads)  # once per document, not per head found
        while m := gr.head_search(text, pos, head_starts):  # gr.head_re.search(text, pos)
            pos = m.end()
            head = m.group()
            type_ = gr.heads[head]
            end = m.end()
            q_end = qualifier_end(text, end, gr)  # 铁路|完成提速改造: no status word in it
            if q_end is not None:
                q_text, end = text[end:q_end], q_end
                if (PHASE_RE.search(q_text) or WORKS_RE.search(q_text)) and not keeps_area(type_, q_text):
                    type_ = "Project" if type_ in BUILT_WORKS_TYPES else type_  # X国家文化公园（Y段）: Area
            if type_ == "Area" and q_end is None:
                end = part_end(text, end, gr) or end  # 武夷山国家公园（江西片区）: the part stays
            if type_ == "Project":
                end = included_works_end(text, end) or end  # …工程（含龙颈水库扩建）: GUIDE §2.4
            place = pilot_place(text, end, gr) if type_ == "Program" else 0
            end += place  # 唯一试点省份, 建设试点地区之一: the canonical leaves the place kind out
            if head in gr.composite_stems and (reread := stem_reading(text, m.start(), head, end, gr)):
                head, end, place = reread  # 试点|省份, 试点|省市: the stem reads more of the text
            if type_ != "Area" and not gr.follows_ok(text, end):
                pos = m.start() + 1  # 国际陆港|区: a head inside it may end the name (港区)
                continue
            start = gr.name_start(text, m.start(), min_body=self.min_body)
            if text[start - 1 : start] == "、" and "“" in text[start : m.start()]:
                start = text.index(
                    "“", start
                )  # 大文旅、新经济“四大一新”现代产业体系: the list item is not the name
            if type_ == "Enterprise":
                start += object_start(text[start : m.start()], gr, self.min_body)  # 国企联合|X集团
            elif type_ == "Program":
                start += programme_object_start(text[start : m.start()], gr)  # 市打赢|X攻坚战
            if ZONE_ANCHOR.fullmatch(head):
                start += _place_offset(text[start : m.start()], gr.head_re)  # 按照某市经开区: from the place
            body = text[start : m.start()]
            again = body.rfind(head[-2:])
            if again >= 0 and len(body) - again - 2 >= 2:
                start += again + 2  # 货运机场花湖国际机场: the last name with this head
                body = text[start : m.start()]
            if opens_on_field_label(text, start, m.start(), gr):
                continue  # 甲、乙等|领域提质升级行动: the list's label, no name (field_labels)
            if head in compound_heads and not closes_name(text, start, m.start(), m.end()):
                continue  # 办公楼|宇, 一层|办公楼: a kernel compound's edges read here (compound_edges)
            if head in gr.bare_heads and (not body or not _is_place(body)):
                modifier = 2 <= len(body) <= 4 and not g.is_generic(body) and not opens_clause(body)
                if type_ == "Program" and modifier:
                    add_candidate(doc, start, end, type_, "suffix")  # 消费品以旧换新: a variant's modifier
                else:
                    add_candidate(doc, m.start(), end, type_, "suffix")  # 中心城区 names itself
                continue
            # 国家绿色产业示范基地: the head is 基地, the GUIDE designation 示范基地
            designated = text[start:end].endswith(designation_heads)
            national_before = start >= 2 and text[start - 2 : start] in NATIONAL
            if designated and national_before and not body.startswith(NATIONAL):
                start -= 2  # 全国民族团结进步示范区: the national level is part of a designation (GUIDE §2.5)
                body = text[start : m.start()]
            if designated and type_ == "Program" and (cut := clause_before_state(body, STATE)):
                start += cut  # 迭代升级|国家产业转型升级示范区: the verb acting on the designation
                body = text[start : m.start()]
            designation = designated and body.startswith(NATIONAL) and len(body) >= 4
            if type_ == "Area" and head_runs_on(text, m.end()):
                continue  # 创新城|乡: the head is the halves of two words (area_names)
            if type_ == "Area" and opens_body(text, m.end()):
                continue  # …国家公园|管理局: the modifier of a body's name (area_names)
            if type_ == "Area" and body:
                start += after_verb(body, object_verbs(gr))  # 整体布局|甲站前片区: the clause (area_names)
                body = text[start : m.start()]
                if len(body) < self.min_body or kind_of_zone(body, head, gr):
                    continue  # 世界级城市群, 口岸经济带: a kind of zone (area_names)
                if counted_kind(text, max(0, start - COUNT_REACH), start):
                    continue  # 25个|示范村片区: areas of a kind counted, none named (GUIDE §3 generic)
            # named actions are programmes even when descriptive (重点产业链招商行动,
            # 重大项目建设年行动: provincial-2026 conventions, Types)
            generic = g.is_generic(body, descriptive_ok=type_ == "Program")
            if generic and type_ == "Program" and not designation:
                # 渝港合作示范区, 唯一一个|县域…重点城区: a designation in common words that few
                # authors write is a name (rare_designations)
                cut = designation_start(text, start, m.start(), self.min_body)
                if cut == start and not rare_designation(text, cut, m.end(), gr):
                    cut = over_clause_word(text, start, gr)  # …配置|综合改革试点: a kind left
                if not counted_kind(text, start, cut) and rare_designation(text, cut, m.end(), gr):
                    start, body, generic = cut, text[cut : m.start()], False
            if generic and type_ == "Organization" and _specific_before_end_word(body):
                generic = False  # 北京协和医院, 青岩生态安全全国重点实验室: an institution's name
            if generic and not designation and carried_kind_name(text, start, m.start(), end, gr, WORKS_RE):
                generic, type_ = False, "Program"  # 实施|民生工程，: a programme carried out (carried_kinds)
            if not body or end - start > self.max_name or (generic and not designation):
                continue
            if gr.subject_and_verb(body):
                continue  # 临安争创|国际消费中心: a verb and its object; the head alone names nothing
            if type_ == "Enterprise" and body.endswith(COMPANY_CATEGORY_ENDS):
                continue  # 境内上市公司, 三级子公司: kinds of companies, not one
            if type_ == "Program" and YEAR_RE.search(body):
                continue  # 2025年计划, 年度行动: a schedule, not a named programme
            if type_ == "Program" and counted_pilots(text, start, end, gr) and not count_of_one(text, start):
                continue  # 42个…一体化试点: a count of pilots of a kind (GUIDE: generic 试点 categories)
            verb = trimmed = 0
            opener = clause_opener(body)
            if opener and body[len(opener) :].startswith("“"):
                start += len(opener)  # 打好“三北”工程: a verb before a quoted name is no part of it
                body = body[len(opener) :]
                trimmed = len(opener)
            if head == "工程" and "“" in body and not reported_as_built(text, start, end, gr):
                type_ = "Program"  # “千项万亿”工程: a quoted programme name, not a construction
            elif (
                # GUIDE §3 lists 中新互联互通项目 among its Programs: a 项目 carried out is one too
                head in GENERIC_PROJECT_HEADS
                and (
                    text[max(0, start - 4) : start].endswith(gr.carrying_verbs)
                    # 实施A、B工程, 实施新一轮|X工程, 实施Y（X工程）: carried_conjuncts
                    or carried_out(text, start, head, gr, WORKS_RE)
                )
                and not gr.built_re.search(body)
                and not WORKS_RE.search(body)
                # 开展X项目|建设, 深化X项目|合作: no object; 实施|城市更新项目295个: a kind (carried_projects)
                and (head == "工程" or not carried_kind(text, start, end, body, gr))
            ):
                type_ = "Program"  # 实施|品牌强省工程, 深化|X协作工程: a programme carried out, nothing built
            while type_ in VERB_TRIMMED_TYPES and (verb := leading_verb(body) or len(clause_opener(body))):
                if len(body) - verb < self.min_body:
                    break
                start += verb  # 做好PPP存量项目, 坚决遏制…: a clause's verbs, not the name's start
                body = body[verb:]
                trimmed += verb
            if verb == len(body) or (trimmed and g.is_generic(body)):
                continue  # 提高口岸, 遏制“两高”项目: a verb and its object, no name
            if not designation and (cut := front_word_cut(text, start, m.end(), gr)):
                start += cut  # 落实国家|城乡居民增收计划, 建设好|长征…: the reports write the rest bare
                body = body[cut:]
            if (
                # a programme carried out (实施X工程) is named even when descriptive (conventions, Types)
                (
                    (head in GENERIC_PROJECT_HEADS and type_ != "Program")
                    or (type_ in DESCRIBED_TYPES and _described(body, head, gr))
                )
                and not designation
                and not PHASE_RE.search(body)
                and not gr.head_re.search(body)  # 西部复合材料研究院项目: a named body's project
                and is_common_phrase(body)
            ):
                continue  # 支撑调节性煤电项目, 特色农产品生产基地: a kind of thing, not one named
            if type_ == "Platform" and head.endswith("中心") and gr.org_head_re.search(body):
                type_ = "Organization"  # 太行国家实验室江西创新中心: a centre of an institution (GUIDE §3)
            state = STATE in body and STATE in segment_cached(body)
            if type_ == "Platform" and head.endswith("中心") and state:
                type_ = "Organization"  # 国家碳计量中心: a state-designated centre is an institution
            if type_ == "Platform" and head in gr.hub_heads and _hub_built(text, start, end, gr):
                type_ = "Project"  # 投用枣庄机场, 东方机场等前期工作 beside 美兰机场三期 (GUIDE §9)
            if type_ == "Platform" and text[max(0, start - 4) : start].endswith(gr.build_words):
                type_ = "Project"
            if type_ == "Platform" and reported_opened(text, start, text[start:end], gr):
                type_ = "Project"  # 建成投用|新皇岗口岸: completed or put into use (opened_facilities)
            if type_ == "Organization" and opened_hospital(text, start, text[start:end], gr):
                type_ = "Project"  # 甲乙医院|开诊: the hospital building opened (opened_facilities)
            if end in strategy_ends:
                continue  # 依托重庆东站西部陆海新通道: the strategy is the name; the rest is not of it
            if type_ == "Area":  # adjacent areas are split (GUIDE §2.7): 主城都市区东部槽谷
                areas = gr.area_head_re.finditer(body)
                inner = [a.end() for a in areas if m.start() - (start + a.end()) >= 2]
                if inner:
                    start += inner[-1]
            if type_ == "Organization" and body in ("区", "市", "县"):
                add_candidate(doc, start, end, type_, "suffix")  # 区中医院: the linker scopes it
                continue
            if len(body) < self.min_body and not LATIN_NAME_RE.search(body):
                continue
            if type_ == "Organization" and body_starts.get(end, start) > start:
                continue  # 工作获得2024年国务院: a closed-class body ends it; what precedes is the clause
            if text[start:end] in gr.generic_terms:
                continue  # 上市公司, 三年行动: a phrase most reports use is a kind, not a name
            add_candidate(doc, start, end, type_, "suffix", text[start : end - place] if place else "")

    def _zones(self, doc: Doc, text: str) -> None:
        for m in BARE_ZONE_RE.finditer(text):
            if (
                m.start() == 0
                or not ("\u4e00" <= text[m.start() - 1] <= "\u9fff")
                or self.grammar.stop_re.search(text[max(0, m.start() - 2) : m.start()])
            ):
                add_candidate(doc, m.start(), m.end(), "Platform", "zone")
        for m in anchored_finditer(ZONE_RE, text, ZONE_ANCHOR, 6, 15):
            start = self.grammar.name_start(text, m.start(2), min_body=2)
            if m.start(2) - start < 2:
                continue
            start += _place_offset(text[start : m.start(2)], self.grammar.head_re)
            add_candidate(doc, start, m.end(), "Platform", "zone")
        for m in anchored_finditer(TOWN_RE, text, TOWN_ANCHOR, 3, 5):
            start = self.grammar.name_start(text, m.start(2), min_body=2)
            if not 2 <= m.start(2) - start <= 3 or NOT_TOWN.search(text[start : m.start(2)]):
                continue  # a township name is two or three characters: 峡口镇, 南山街道
            if self.grammar.follows_ok(text, m.end()):
                add_candidate(doc, start, m.end(), "District", "town")


@Language.factory(
    "policykg_names",
    default_config={"max_name": 40, "min_body": 2},
    assigns=["doc.spans"],
)
def make_names(nlp: Language, name: str, max_name: int, min_body: int) -> NameFinder:
    return NameFinder(nlp, name, max_name, min_body)
