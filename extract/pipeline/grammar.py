"""The grammar of open-class names: head words, stop words and the left-boundary scan.

Chinese policy prose writes names as a run of modifiers ending in a head word
(…隧道, …产业园, …研究院) right after a verb (推动, 加快, 建设…) or a function word (的, 和,
等…). So a name is found from its head: scan left over name characters, cut at the last
stop word that leaves a non-trivial body, and trim leading scope words and years. The lists
here are grammar (closed sets of heads, verbs and function words), never names of things.
"""

from __future__ import annotations

import bisect
import functools
import operator
import re
from collections.abc import Iterable
from itertools import repeat
from typing import Any

from extract.normalize import FOOTNOTE_RE
from extract.pipeline.conjoined_modifiers import CONJUNCTIONS, joins_modifiers
from extract.pipeline.inner_stage_verbs import carried_phrase_at, inner_stage_verb
from extract.pipeline.lexicon import (
    CONTEXT,
    _pos_tagger,
    acts_on,
    han_window,
    is_dictionary_word,
    is_word_at,
    longer_word_at,
)
from extract.pipeline.mining import place_at, place_names, segment_cached
from extract.pipeline.noun_stops import between_nouns, noun_stop_words, opens_noun_phrase
from extract.pipeline.term_openers import modifier_stop_words, opens_term
from extract.regions import lookup

# the status classes (pkg:projectStatusScheme) of a thing being or having been built: a park or
# base right after a stage verb of these is built, so it is a Project (GUIDE §3, §9)
BUILT_STATUSES = frozenset({"started", "under_construction"})
PILOT_DESIGNATION_RULE = "GUIDE §3 Program: pilot designations"
FIRM_FACILITY_RULE = "GUIDE §3 Project: a single company's"  # the head kernels of a firm's facility
# a body ending in these is a description of a generic object (招引项目, 共建项目, 资源换项目,
# 跨境融资类项目: a kind of project)
END_STOP_RE = re.compile(
    r"(?:的|和|与|等|在|为|对|向|从|由|并|或|类|重点|合作|共建|招引|匹配|换|资源|引进|签约|储备|落地|谋划|实施|"
    r"推进|推动|加快|新开工|开工|续建|建立|开展|首单|首个|首条|首家|首批)$"
)

# a soft verb opening at least this share of its clauses (mined counts) acts as a predicate right
# after a division (青州|组建|平台公司): a quarter, as 组建 (17 of 50) and 申建 (1 of 4) open theirs,
# while soft verbs inside names open few (出版 0 of 7, 保护 17 of 275)
SUBJECT_VERB_OPEN_SHARE = 0.25
# GUIDE §2.5: leading scope words are left out of a name, so a name never runs over one
SCOPE_WORDS = ("全市", "全区", "全省", "全国", "全县")
# Leading words dropped from a name (GUIDE §2.5: scope words and years are left out).
LEAD_RE = re.compile(
    r"(?:全市|全区|全省|全国|全县|我区|我市|我省|本区|本市|区内|市内|首个|首家|首条|首批|首届|首单|新增|以|新一轮|"
    r"[\d一二三四五六七八九十百千万]+[余多](?:个|项|家|批|条)|"
    r"(?:19|20)\d\d(?:年度|年)?|年度|第[\d一二三四五六七八九十]+届|[（(][一二三四五六七八九十\d]+[)）]|一批|一个|一座|各类|相关|其他|多个|\d+个|\d+家|\d+户|\d+项|"
    r"[、，,]|等|和|与|及)+"
)

# A name body that is nothing but these words is generic (重大项目, 产业园区, 重点实验室).
GENERIC_RE = re.compile(
    r"^(?:重大|重点|统一|相关|配套|产业|各类|基础设施|建设|新建|续建|在建|储备|增量|存量|招商|技改|示范|"
    r"智能|数字|数字化|创新|现代|新型|国家级|市级|区级|省级|国家|综合|公共|服务|专项|大型|小型|全域|"
    r"民生|功能性|标志性|战略性|战略牵引性|一批|一|二|三|四|五|十|百|千|万|\d+|个|家|户|项|城市|社区|乡村|"
    r"农村|基层|工业|制造业|服务业|科技|高新技术|特色|优势|主导|新兴|未来|传统|骨干|龙头|领军|对外|承包|"
    r"合作|协作|协同|开放|改革|试点|试验|先行|示范性|重要|主要|其他|有关|工作|管理|平台|中心|体系|部分|"
    r"政策|行动|计划|发展|治理|生态|环境|保护|人才|企业|项目|工程|园区|基地|区域|地区|城乡|年度|系列|应用|"
    r"超|新|老|大|小|各|该|此|本|其|这些|若干|多|首|第|综合性|公用|路网|管网|交通|水利|能源|市政|教育|"
    r"医疗|文旅|物流|信息|贸易|条|绿色|智能制造|实际|三年|提质|机制|形象|零碳|卓越级|先进级|更多|外资|领域|优质|新质|"
    r"专门|中小|民办|公立|县级|及以上|实事|三级|二级|援助|高水平|上市|国有|控股|跨国|省属|型|亿元以上|万元以上|以上|开竣工|科研|内生|现代化|促消费|高能级|智慧|铁路|多式联运)*$"
)
# a body opening with these is a description, not a name (重大整车项目, 部分重大建设项目)
QUOTE_CHUNK_RE = re.compile(r"“[^”]*”")
# a count before a head (249条子跑道, 12类项目, 3座水厂) describes how many, never names one
AMOUNT_RE = re.compile(r"\d[\d.]*(?:亿|万)元|[\d一两二三四五六七八九十]+(?:个|家|户|项|条|类|座|所|批)")
DESCRIPTIVE_RE = re.compile(r"(?:重大|重点|一批|各类|部分|相关|其他|若干|一般|有关|这些|多个|主要)")

# Characters that can sit inside a name. Brackets and quotes are handled by the scan.
NAME_CHAR_RE = re.compile(r"[\u4e00-\u9fffA-Za-z0-9·∙\-+&＆—/]")
_NAME_EXTRA = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789·∙-+&＆—/")
OPEN_FOR = {"）": "（", ")": "(", "”": "“", "」": "「", "》": "《"}
# a footnote marker ending right before a scan position (“五网合一”［20］|示范项目): the run goes on
# over it, as the provincial README keeps a marker inside a name in the span
FOOTNOTE_TAIL_RE = re.compile(FOOTNOTE_RE.pattern + "$")
FOOTNOTE_CLOSERS = "］]"
# everything up to and including the last character that is no name character (scan_left)
_LAST_NON_NAME = re.compile(r"(?s:.*[^\u4e00-\u9fff" + re.escape("".join(sorted(_NAME_EXTRA))) + "])")

# What may follow a head although it opens with a character of BAD_FOLLOW (…平台制度 is
# 平台|制度, not 平台制). Any other next character outside BAD_FOLLOW ends a name anyway, and a stop
# word or status phrase there is read from the mined lexicon (a hand list of 110 following words
# stood here; all but this one were dead: they open with no BAD_FOLLOW character or with a stop word).
FOLLOW_WORDS = ("制度",)

# Right-hand qualifiers kept in a project name (GUIDE §2.4): （南岸段）, 一期, 二期, 一标段, B地块.
# At most three pieces follow one head (no report has more than two at any position: 一期北段,
# 二期三号机组): an unbounded repeat read a whole unpunctuated run of 扩建X水库 as one head's
# qualifier, once per head, and 6,000 of them (36,000 characters) took 20 s.
# characters that turn a head into a modifier: 工程师, 项目库, 平台企业, 园区内, 线上
BAD_FOLLOW = set("师库款额率量费化性型类者员部处内外上下中里企业群链网系制长路道站口营节点区")

QUALIFIER_RE = re.compile(
    r"(?:[（(][^（）()\n]{1,40}?(?:段|期|站|线|改造|校区|大厦|中心|基地)[)）]|[（(][一二三四五六七八九十\d]+期[)）]|"
    r"[一二三四五六七八九十\d]+期(?:工程|项目)?|[一二三四五六七八九十\d]+标段|[A-Z]地块|"
    # a section after a line, named by one place or by its two ends (GUIDE §2.4 （竹园村站至广阳湾站）:
    # 渝厦高铁重庆东至黔江段, 沿江高速北线南岸至涪陵段; each end at most four characters)
    r"(?<=[铁路速线])(?:[\u4e00-\u9fff]{2,4}至[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{2})段|"
    # a compass section after a phase, a line or a road (GUIDE §2.4 section qualifiers: 一期北段,
    # 4号线北段, 甲乙路西段) and a generating unit after a phase (二期三号机组)
    r"(?<=[期线路])[东南西北中]段|(?<=期)[一二三四五六七八九十\d]+号机组|"
    # the works on it (GUIDE §4: 义乌机场改扩建): 扩能改造, 现代化改造, 续建配套与现代化改造, 扩建
    r"[\u4e00-\u9fff]{0,8}?(?:改扩建|改造|扩建)){1,3}"
)

MAX_NAME = 40


def _inner_footnote(text: str, end: int, lo: int) -> int | None:
    """Start of a footnote marker ending at ``end`` with name material right before it (None:
    none). A marker at the front of a run is no part of a name: the notes section numbers its
    entries so (⏎［16］两重)."""
    note = FOOTNOTE_TAIL_RE.search(text, max(lo, end - 5), end)
    if note is None or note.start() <= lo:
        return None
    before = text[note.start() - 1]
    return note.start() if before in OPEN_FOR or NAME_CHAR_RE.match(before) else None


def scan_left(text: str, pos: int, floor: int = 0, limit: int = MAX_NAME) -> int:
    """Leftmost offset of the run of name characters ending at ``pos``.

    Balanced （…） and “…” groups are part of the run (中国智谷（重庆）科技园, “两江四岸”核心区),
    and so is a footnote marker (“五网合一”［20］示范项目); anything else that is not a name
    character ends it.
    """
    i = pos
    lo = max(floor, pos - limit)
    while i > lo:
        # the last character before ``i`` that is no name character, found in C: the greedy
        # ``.*`` of _LAST_NON_NAME backs off from ``i`` to it (no Python step per character)
        m = _LAST_NON_NAME.match(text, lo, i)
        if m is None:
            return lo  # name characters all the way down to the floor
        i = m.end()
        c = text[i - 1]
        if c in FOOTNOTE_CLOSERS and (note := _inner_footnote(text, i, lo)) is not None:
            i = note
            continue
        if c not in OPEN_FOR:
            break
        j = text.rfind(OPEN_FOR[c], lo, i - 1)
        if j < 0 or i - 1 - j > 16 or "\n" in text[j:i]:
            break
        i = j
    return i


def scan_left_stepwise(text: str, pos: int, floor: int = 0, limit: int = MAX_NAME) -> int:
    """:func:`scan_left` one character at a time, as it was written first (tests compare)."""
    i = pos
    lo = max(floor, pos - limit)
    while i > lo:
        c = text[i - 1]
        if c in FOOTNOTE_CLOSERS and (note := _inner_footnote(text, i, lo)) is not None:
            i = note
            continue
        if c in OPEN_FOR:
            j = text.rfind(OPEN_FOR[c], lo, i - 1)
            if j < 0 or i - 1 - j > 16 or "\n" in text[j:i]:
                break
            i = j
            continue
        if NAME_CHAR_RE.match(c):
            i -= 1
            continue
        break
    return i


def name_start(
    text: str, head_start: int, floor: int = 0, min_body: int = 2, grammar: Grammar | None = None
) -> int:
    """``Grammar.name_start`` with the shipped lexicon unless a grammar is given."""
    return (grammar or default_grammar()).name_start(text, head_start, floor, min_body)


def is_generic(body: str, strict: bool = True, descriptive_ok: bool = False) -> bool:
    """Nothing but generic words, or a description opening (重大…) / a verb or 等 closing it.

    A quoted core does not make a body specific (“两重”项目, “小而美”民生项目): the quote
    is the program's name and the head after it a generic object.
    """
    unquoted = QUOTE_CHUNK_RE.sub("", body)
    if body.startswith("国家") and len(body) >= 4 and not GENERIC_RE.match(body[2:]):
        return False  # 国家数字经济创新发展试验区: an official designation (GUIDE §2.5)
    if GENERIC_RE.match(unquoted) or AMOUNT_RE.search(body):
        return True
    if DESCRIPTIVE_RE.match(body) and not descriptive_ok:
        return True  # 重大整车项目; but a named action may open so (重点产业链招商行动)
    return strict and bool(END_STOP_RE.search(body))


def _alternation(words: Iterable[str]) -> re.Pattern[str]:
    """One regex over the words, longest first (so 产业园区 wins over 园区)."""
    return re.compile("|".join(sorted(map(re.escape, set(words)), key=lambda w: (-len(w), w))) or "(?!)")


# (entry ids, field) -> (the entries, kept alive so that their ids stay theirs; the set)
_MINED_SETS: dict[tuple[tuple[int, ...], str], tuple[list[Any], frozenset[str]]] = {}


def _shared_mined_set(entries: Iterable[Any], field: str) -> frozenset[str]:
    """``frozenset(e[field] for e in entries)``, one object for every grammar whose entries are
    the same objects (``read_lexicon`` hands each grammar its own list of the shared, frozen
    entries). Why: the grammars a process builds (the pipeline's, the linker's, the variants of
    ``quoted_frames`` and ``city_titles``) each built their own copy after the collector's freeze
    (``extract.collector``), and every full collection walked each copy's members again (≈ 5,000
    widespread terms four times, ≈ 9,000 widespread phrases twice)."""
    kept = list(entries)
    key = (tuple(map(id, kept)), field)
    shared = _MINED_SETS.get(key)
    if shared is None:
        shared = _MINED_SETS[key] = (kept, frozenset(e[field] for e in kept))
    return shared[1]


class Grammar:
    """The open-class part of the grammar, built from the lexicon files (``lexicon_files``).

    ``heads`` maps a head word to its type: every GUIDE kernel of two or more characters plus
    the mined heads. Hard stop words cut a name's left context wherever they stand; soft ones
    (mined as mostly glued to a noun before them: 共建, 联动) occur inside real names, so they
    are only dropped from a name's front.
    """

    def __init__(self, lexicon: dict[str, list[dict]]):
        self.lexicon = lexicon
        self._mined_sets: dict[tuple[str, str], frozenset[str]] = {}
        heads = {k["head"]: k["type"] for k in lexicon["head_kernels.jsonl"] if len(k["head"]) >= 2}
        for h in lexicon["heads.jsonl"]:
            heads.setdefault(h["head"], h["type"])
        rules = lexicon["head_rules.jsonl"]
        for r in rules:
            if r["rule_kind"] == "bare":
                heads.setdefault(r["head"], r["type"])
        self.heads: dict[str, str] = heads
        # endings of place-opened facility names that are no heads (度假区): embedded's test only
        self.facility_endings = frozenset(e["ending"] for e in lexicon.get("facility_endings.jsonl", ()))
        # one-character kernels (港, 站, 矿): heads only after a gazetteer division (names.py)
        kernels = lexicon["head_kernels.jsonl"]
        self.single_kernels = {k["head"]: k["type"] for k in kernels if len(k["head"]) == 1}
        self.designation_heads = frozenset(r["head"] for r in rules if r["rule_kind"] == "designation")
        self.bare_heads = frozenset(r["head"] for r in rules if r["rule_kind"] == "bare")
        stops = lexicon["stop_words.jsonl"]
        self.hard_stops = frozenset(w["word"] for w in stops if w["kind"] == "hard")
        # hard clause words the tagger reads as verbs (实施, 构建, 推进): what governs a name after it
        self.hard_verbs = frozenset(
            w["word"] for w in stops if w["kind"] == "hard" and w.get("pos", "").startswith("v")
        )
        self.soft_stops = frozenset(w["word"] for w in stops if w["kind"] == "soft")
        # hard stop words tagged as nouns (骨干, 核心): no clause edge between two nouns (noun_stops)
        self.noun_stops = noun_stop_words(stops)
        # hard stop words tagged modifiers (长期, 重要): they may open a widespread term (term_openers)
        self.modifier_stops = modifier_stop_words(stops)
        # the miner's jieba tag of each stop word (城镇: ns): a noun inside a noun phrase
        self.stop_tags = {w["word"]: w.get("pos", "") for w in stops}
        # soft clause words the tagger reads as verbs that open a clause often (组建, 申建): after
        # a bare division they are its predicate (青州|组建|平台公司: ``subject_and_verb``); a soft
        # verb that seldom opens one (出版, 监测) is name material there (…市出版监测中心)
        self.soft_verbs = frozenset(
            w["word"]
            for w in stops
            if w["kind"] == "soft"
            and w.get("pos", "").startswith("v")
            and w["counts"]["after_boundary"] >= SUBJECT_VERB_OPEN_SHARE * w["counts"]["total"]
        )
        phrases = [e["phrase"] for e in lexicon["status_phrases.jsonl"]]
        self.status_phrases = tuple(sorted(phrases, key=lambda w: (-len(w), w)))
        # a status phrase (建成投产, 开工建设) or a stage verb of one (建设 of 高质量建设X, 运营 of
        # 投资建设运营X) says what happened to the name after it: a clause word
        self.stage_verbs = frozenset(k["verb"] for k in lexicon["status_kernels.jsonl"])
        # mined adverbs before stage verbs (全面, 有序, 如期): read by the works-qualifier cut and
        # the result predicates (qualifier_clauses, result_subjects)
        self.status_modifiers = frozenset(e["word"] for e in lexicon.get("status_modifiers.jsonl", ()))
        self.hard_stops |= frozenset(phrases) | self.stage_verbs
        self.generic_terms = frozenset(e["term"] for e in lexicon["generic_terms.jsonl"])
        self.build_words = _build_words(lexicon)
        # clause words that mostly take quoted programmes (实施“X”): extract.pipeline.quoted_frames
        self.programme_verbs = frozenset(e["word"] for e in lexicon.get("programme_verbs.jsonl", ()))
        # the verbs that carry a programme out: mined frame verbs (实施X行动), programme verbs
        # (实施“X”，) and verbs that govern many headed programmes whatever their share (深化“X”工程,
        # extract.pipeline.governing_verbs): 实施|X工程 naming nothing built is a programme
        # (names.py, GUIDE §3/§9)
        carrying = (
            self.programme_verbs
            | {e["word"] for e in lexicon.get("frame_verbs.jsonl", ())}
            | {e["word"] for e in lexicon.get("governing_verbs.jsonl", ())}
        )
        self.carrying_verbs = tuple(sorted(carrying, key=lambda w: (-len(w), w)))
        # what governs a noun phrase a stage verb closes (推进|城镇排水管网建设…): inner_stage_verbs
        self.object_frames = frozenset(carrying | self.stage_verbs)
        self.object_frame_lengths = tuple(sorted({len(w) for w in self.object_frames}))
        self.carrying_verb_re = _alternation(carrying)
        # verbs that carry programmes out (实施X行动) and the heads they govern: programme_frames
        from extract.pipeline.programme_frames import (
            LONG_FRAME_BODY,
            PILOT_PLACE_RE,
            action_heads,
            frame_pattern,
            frame_verb_words,
        )

        self.frame_verbs = frame_verb_words(lexicon)
        self.frame_verb_re = _alternation(self.frame_verbs)
        quoted_heads = {r["head"] for r in rules if r["rule_kind"] == "quoted_program"}
        self.frame_heads = tuple(sorted(action_heads(lexicon) | quoted_heads, key=lambda w: (-len(w), w)))
        # mined action heads -> their GUIDE kernel (攻坚行动 -> 行动; programme_frames.action_modifier)
        self.action_kernels = {
            h["head"]: h["kernel"]
            for h in lexicon["heads.jsonl"]
            if h.get("kernel") and h["head"] != h["kernel"]
        }
        self.frame_re = frame_pattern(action_heads(lexicon), LONG_FRAME_BODY)
        self.frame_head_re = _alternation(self.frame_heads)
        openers = [e["word"] for e in lexicon.get("frame_openers.jsonl", ())]
        self.frame_openers = tuple(sorted(openers, key=lambda w: (-len(w), w)))
        # names an edition opener (新一轮) precedes that other reports write bare: the opener is a
        # scope there (extract.pipeline.programme_frames.bare_names)
        self.bare_opened_names = frozenset(
            b["name"] for e in lexicon.get("frame_openers.jsonl", ()) for b in e.get("bare_names", ())
        )
        # quoted programme names with evidence in several reports: extract.pipeline.quoted_programmes
        self.quoted_programmes = frozenset(e["name"] for e in lexicon.get("quoted_programmes.jsonl", ()))
        # GUIDE §9 hubs (airports, ports, assembly centres): Platform when operating, Project when
        # built or listed among built things; the kernel file's rule says which kernels they are
        # GUIDE §3 pilot designations (试点, 示范区, 先行区 …): a programme named by them keeps the
        # strategy it opens with (resolver: 美丽中国省域先行区)
        pilots = [k["head"] for k in kernels if k["rule"].startswith(PILOT_DESIGNATION_RULE)]
        # the mined stems closed by the mined kinds of division (示范省, 试点县): designation_kinds
        from extract.pipeline.designation_kinds import designation_composites

        composites = designation_composites(lexicon.get("designation_kinds.jsonl", ()))
        # a head already, or a kind the stem's head takes in programme_frames.pilot_place (试点|地区)
        composites = {
            c: stem
            for c, stem in composites.items()
            if c not in heads and not (stem in heads and PILOT_PLACE_RE.fullmatch(c, len(stem)))
        }
        pilots += sorted(composites)
        for head in composites:
            heads[head] = "Program"
        # a composite whose stem is a head of its own (试点省 -> 试点): designation_kinds.stem_reading
        self.composite_stems = {c: stem for c, stem in composites.items() if stem in heads}
        self.program_designations = tuple(sorted(pilots, key=lambda w: (-len(w), w)))
        # a designation carried out (开展|X试点，): programme_frames.find_governed_programmes
        self.designation_frame_re = frame_pattern(self.program_designations)
        hub_kernels = {k["head"] for k in kernels if k["rule"].startswith("GUIDE §9 Hubs")}
        self.hub_kernels = frozenset(hub_kernels)
        # a single firm's facility (GUIDE §3: plant, HQ, factory, base): the kernels whose rule
        # says so and the mined heads built on them (装备制造基地); the firm names it
        firm = {k["head"] for k in kernels if k["rule"].startswith(FIRM_FACILITY_RULE)}
        self.firm_facility_heads = frozenset(
            firm | {e["head"] for e in lexicon["heads.jsonl"] if e["kernel"] in firm}
        )
        self.hub_heads = frozenset(
            h
            for h in heads
            if h in hub_kernels
            or any(e["head"] == h and e["kernel"] in hub_kernels for e in lexicon["heads.jsonl"])
        )
        # phrases many authors write the same way: kinds of things (extract.pipeline.genericity)
        self.categories = frozenset(e["phrase"] for e in lexicon.get("category_phrases.jsonl", ()))
        self.project_heads = frozenset(h for h, t in heads.items() if t == "Project")
        # what a construction works on (路, 水库, 产业园): the Project and Platform heads, one-character
        # kernels included; 实施…工程 naming none of them is a programme (GUIDE §9)
        built = {h for h, t in heads.items() if t in ("Project", "Platform")}
        self.built_re = _alternation(
            built | {h for h, t in self.single_kernels.items() if t in ("Project", "Platform")}
        )
        self.head_re = _alternation(heads)
        self._longest_head = max(map(len, heads), default=0)
        self._head_automaton: Any = None  # built on first use (head_starts); pyahocorasick has no stubs
        self._stops_by_first: dict[str, list[str]] | None = None  # built on first use (stop_at)
        self._stops_automaton: Any = None  # built on first use (stop_spans)
        self._phrase_frames: dict[str, list[tuple[str, str]]] | None = None  # on first use (cuts)
        self.stop_re = _alternation(self.hard_stops)
        self.any_stop_re = _alternation(self.hard_stops | self.soft_stops)
        self.area_head_re = _alternation(h for h, t in heads.items() if t == "Area")
        self.org_head_re = _alternation(h for h, t in heads.items() if t == "Organization" and len(h) >= 2)
        # after a closing quote: a short modifier then a programme or area head (“1+10”行动,
        # “两江四岸”核心区), or a longer one before a framework head (“33618”现代制造业集群体系)
        quote_heads = [h for h, t in heads.items() if t in ("Program", "Area") and not h.endswith("体系")]
        quote_heads += [r["head"] for r in rules if r["rule_kind"] == "quoted_program"]
        systems = [h for h, t in heads.items() if t == "Program" and h.endswith("体系")]
        self.program_systems = tuple(sorted(systems, key=lambda w: (-len(w), w)))  # GUIDE §3 frameworks
        # what ends a quoted programme name (“十大工程”, “百县千镇万村高质量发展工程”): the Program
        # heads (GUIDE kernels of any length and mined heads) and the quoted-programme rule heads
        tails = {h for h, t in heads.items() if t == "Program"}
        tails |= {k["head"] for k in kernels if k["type"] == "Program"}
        tails |= {r["head"] for r in rules if r["rule_kind"] == "quoted_program"}
        self.program_tails = tuple(sorted(tails, key=lambda w: (-len(w), w)))
        self.after_quote_re = re.compile(
            r"(?:[\u4e00-\u9fffA-Za-z0-9]{0,4}?(?:" + _alternation(quote_heads).pattern + r")|"
            r"[\u4e00-\u9fff]{0,8}?(?:" + _alternation(systems).pattern + r")|号)"
        )

    def mined_set(self, file: str, field: str) -> frozenset[str]:
        """The ``field`` values of one mined lexicon file (empty when the file is absent),
        built once per grammar: many readers ask for the same set on every candidate; grammars
        whose file holds the same entries share one set (``_shared_mined_set``)."""
        key = (file, field)
        found = self._mined_sets.get(key)
        if found is None:
            found = self._mined_sets[key] = _shared_mined_set(self.lexicon.get(file, ()), field)
        return found

    def head_starts(self, text: str) -> list[int]:
        """Every offset where ``head_re`` matches in ``text``, ascending.

        ``head_re.search`` over a whole report tries the alternation of every head word at each
        position in turn; one Aho-Corasick pass (pyahocorasick, in C) finds where any head word
        begins, and :meth:`head_search` matches ``head_re`` only there.
        """
        if not self.heads:
            return []
        if self._head_automaton is None:
            import ahocorasick

            automaton = ahocorasick.Automaton()
            for head in self.heads:
                automaton.add_word(head, len(head))
            automaton.make_automaton()
            self._head_automaton = automaton
        found = list(self._head_automaton.iter(text))  # (end, length) of every head occurrence
        if not found:
            return []
        # end - length + 1 per occurrence, computed in C (a set comprehension stepped per head)
        ends, lengths = zip(*found, strict=True)
        return sorted(set(map(operator.sub, ends, map(operator.sub, lengths, repeat(1)))))

    def head_search(self, text: str, pos: int, starts: list[int]) -> re.Match[str] | None:
        """``head_re.search(text, pos)``, given ``starts = head_starts(text)``: the pattern
        matches at exactly those offsets, so the first of them at or after ``pos`` is where
        the search would stop, and the match there is the search's (longest head first)."""
        i = bisect.bisect_left(starts, pos)
        return self.head_re.match(text, starts[i]) if i < len(starts) else None

    def _by_first(self) -> dict[str, list[str]]:
        """Stop words (hard and soft) by their first character, each list in the alternation's
        own order (longest first): built on first use."""
        if self._stops_by_first is None:
            by_first: dict[str, list[str]] = {}
            for word in sorted(self.hard_stops | self.soft_stops, key=lambda w: (-len(w), w)):
                by_first.setdefault(word[0], []).append(word)
            self._stops_by_first = by_first
        return self._stops_by_first

    def stop_at(self, text: str, pos: int, endpos: int | None = None) -> str | None:
        """The stop word ``any_stop_re.match(text, pos, endpos)`` matches (its ``group()``), or
        None, without the regex: the alternation of hundreds of words is tried at the position
        by the regex engine one word at a time; here only the words that begin with the
        character there are, in the same order, so the first that fits is the regex's."""
        end = len(text) if endpos is None else min(endpos, len(text))
        if "" in self.hard_stops or "" in self.soft_stops:  # the regex matches "" too: keep it
            m = self.any_stop_re.match(text, pos, end)
            return m.group() if m else None
        if pos >= end:
            return None
        for word in self._by_first().get(text[pos], ()):
            if text.startswith(word, pos, end):
                return word
        return None

    def word_stop_at(self, text: str, pos: int, endpos: int | None = None) -> str | None:
        """The stop word at ``pos`` (:meth:`stop_at`) only where it stands as a word of its own:
        a one-character one not glued into a dictionary word with its neighbour
        (:meth:`_function_word_at`: 都 of 都市圈, 等 of 等级), a longer one not inside a longer
        word (:meth:`_glued`: 一体 of 一体化). Else None.

        Why: a stop word is a clause word, and a clause word is a token. Matched as a string
        it also fires inside the next token: when the mask made the adverb 都 a mined stop word,
        “松柏桥”都市圈 read as a quote followed by a function word (a list of kinds) and lost
        its Area head. Readers that ask whether a clause word follows a name ask this."""
        word = self.stop_at(text, pos, endpos)
        if word is None:
            return None
        end = pos + len(word)
        if len(word) == 1:
            return word if self._function_word_at(text, pos, end) else None
        return None if self._glued(longer_word_at(text, pos, end), text) else word

    def stop_spans(self, body: str) -> list[tuple[int, int]]:
        """``[m.span() for m in any_stop_re.finditer(body)]``, without the regex.

        The regex tries its alternation of every stop word (hundreds) at each position of the
        body, about 20 µs for a name's left context, which is scanned for every head in a
        report. Here each position looks up the stop words that begin with its character, in
        the alternation's own order (longest first), and the scan goes on after a match, as
        ``finditer`` does: the same spans.
        """
        if "" in self.hard_stops or "" in self.soft_stops:  # the regex matches "" too: keep it
            return [m.span() for m in self.any_stop_re.finditer(body)]
        # the first word of the alternation's order that fits at a position is the longest stop
        # word starting there: one Aho-Corasick pass (in C) finds every stop word in the body,
        # and the scan jumps from one position holding a word to the next (the positions it
        # stepped over one by one hold none)
        longest: dict[int, int] = {}
        for end, length in self._stop_automaton().iter(body):
            start = end - length + 1
            if length > longest.get(start, 0):
                longest[start] = length
        out, pos = [], 0
        for start in sorted(longest):
            if start >= pos:
                pos = start + longest[start]
                out.append((start, pos))
        return out

    def _stop_automaton(self) -> Any:
        """An Aho-Corasick automaton of the stop words (hard and soft), each with its length:
        built on first use (:meth:`stop_spans`); pyahocorasick has no stubs."""
        if self._stops_automaton is None:
            import ahocorasick

            automaton = ahocorasick.Automaton()
            for word in self.hard_stops | self.soft_stops:
                automaton.add_word(word, len(word))
            automaton.make_automaton()
            self._stops_automaton = automaton
        return self._stops_automaton

    def name_start(self, text: str, head_start: int, floor: int = 0, min_body: int = 2) -> int:
        """Start of the name whose head begins at ``head_start``.

        The rightmost hard stop word that still leaves ``min_body`` characters before the
        head ends the left context; scope words, years and stop words (hard or soft) at the
        front are then dropped.
        """
        lo = scan_left(text, head_start, floor)
        body = text[lo:head_start]
        opener = text[lo - 1] if lo else ""
        cut = self._left_cut(body, min_body, skip_soft=True, opener=opener)
        if cut < 0:
            # a stop word that is no clause edge left of a cut that left only a soft word
            # (顺利完成|国企改革深化|提升行动): the old reading stands, and the finders that read
            # such names whole decide
            cut = self._left_cut(body, min_body, skip_soft=False, opener=opener)
        start = lo + cut
        while True:
            # LEAD_RE.match(text, start, head_start) or any_stop_re.match(…) (``stop_at``)
            lead = LEAD_RE.match(text, start, head_start)
            if lead is not None:
                lead_end, is_stop = lead.end(), False
            else:
                stop = self.stop_at(text, start, head_start)
                if stop is None:
                    break
                lead_end, is_stop = start + len(stop), True
            if lead_end == start:
                break
            single = lead_end - start == 1 and (is_stop or text[start] in CONJUNCTIONS)
            if single and not self._function_word_at(text, start, lead_end):
                break  # 和|谐…, 美|的: a character of a word, no function word (the stop words' test)
            if is_stop and self.opens_name(text, start, lead_end):
                break  # 社会|救助…: a noun stop word opening the name (opens_name)
            if (
                is_stop
                and text[start:lead_end] in self.modifier_stops
                and opens_term(text, start, lead_end, self)
            ):
                break  # 长期|护理保险…: the word opens a widespread term (term_openers)
            if is_stop and not single and carried_phrase_at(text, start, head_start, self):
                break  # 推进|城镇排水管网建设…: a noun of a carried phrase (inner_stage_verbs)
            if is_stop and not single:
                word = longer_word_at(text, start, lead_end)
                if word is not None and self._glued(word, text) and word[0] == start:
                    break  # 一体化绿色发展先行示范区: 一体 opens the word 一体化
            start = lead_end
        # an opening bracket or quote left unbalanced at the front is not part of the name
        while start < head_start and text[start] in "（(“「":
            close = {"（": "）", "(": ")", "“": "”", "「": "」"}[text[start]]
            if text.find(close, start, head_start) < 0:
                start += 1
            else:
                break
        return start

    def _left_cut(self, body: str, min_body: int, skip_soft: bool, opener: str = "") -> int:
        """Where the rightmost cutting stop word of ``body`` ends (:meth:`name_start`); with
        ``skip_soft``, a cut leaving only a soft word is passed over (:meth:`_only_soft_after`)
        and -1 says that one was and that a stop word left of it cut nothing (it stands)."""
        # leftmost-longest stop words (共建成渝 is 共建|成渝, not 建成); the rightmost one that
        # cuts wins, so they are tried from the right and the first that cuts ends the search
        # (``cuts`` is a pure test: the stop words left of it need no segmentation)
        term = -1  # start of the rightmost widespread term holding a stop word (_phrase_prefix)
        skipped = passed = False
        for m_start, m_end in reversed(self.stop_spans(body)):
            if len(body) - m_end < min_body:
                continue
            if self.opens_name(body, m_start, m_end):
                return m_start  # 推进|社会救助…工程: the edge lies before the noun, not after it
            if (
                body[m_start:m_end] in self.stage_verbs
                and (noun := inner_stage_verb(body, m_start, self, opener)) >= 0
            ):
                return noun  # 推进|城镇排水管网建设…行动: the verbal noun of a carried noun phrase
            if skip_soft and m_end - m_start > 1 and self._only_soft_after(body, m_end, min_body):
                skipped = True
                continue
            passed = skipped  # a stop word left of the cut passed over that does not cut
            before = self._phrase_prefix(body, m_start, m_end)
            if before and self._cuts_outside_phrases(body, m_start, m_end):
                term = m_start - before if term < 0 else term  # 扩大|新就业形态…: no edge inside
                continue
            # ``cuts`` less its own ``_phrase_prefix``: ``before`` is that prefix, already 0 here
            if not before and self._cuts_outside_phrases(body, m_start, m_end):
                return m_end
        if skipped and (term >= 0 or passed):
            return -1  # 顺利完成|…深化|提升行动: a clause word left of it; the cut passed over stands
        # no clause edge left of the term (顺利完成 is one dictionary word, 降低 no stop
        # word): the term's own start bounds the name, as the stop word inside it did; with
        # neither, the clause's own start (。国有企业改革深化|提升行动)
        return max(term, 0)

    def opens_name(self, text: str, start: int, end: int) -> bool:
        """Is the stop word at ``text[start:end]`` a noun stop word (``noun_stops``) that opens a
        noun phrase after a hard clause verb (``noun_stops.opens_noun_phrase``: 推进|社会|救助…)? Then
        the name starts at it, not after it. A scope word (全市) is no name's material (GUIDE §2.5)."""
        word = text[start:end]
        return (
            word in self.noun_stops
            and not word.startswith(SCOPE_WORDS)
            and opens_noun_phrase(text, start, end, self.hard_stops, self.hard_verbs)
        )

    def _only_soft_after(self, body: str, end: int, min_body: int) -> bool:
        """Is what a cut at ``end`` leaves of ``body`` a soft stop word and less than
        ``min_body`` characters after it (寄宿制学校建设|提升|工程)? The front loop below drops a
        leading soft word, so such a cut leaves no body: the name goes on left of it (GUIDE §3
        keeps a named action's descriptive words, the provincial-2026 conventions' 消费品质提升行动).
        Asked only of a clause word of two or more characters (建设): a one-character function
        word (等, 和) closes a list or joins two names, whatever is left after it (A等|开放|平台)."""
        soft = self.stop_at(body, end)
        return soft is not None and soft in self.soft_stops and len(body) - end - len(soft) < min_body

    def cuts(self, text: str, start: int, end: int) -> bool:
        """Does the stop word at ``text[start:end]`` end a name's left context? Soft stop
        words never do; a one-character function word does not when it is part of a word of
        the general dictionary with its neighbour (美的, 成都, 自贸, 共享), nor a hard one inside
        a term many authors write whole (新|就业|形态: ``_phrase_prefix``)."""
        return not self._phrase_prefix(text, start, end) and self._cuts_outside_phrases(text, start, end)

    def cuts_as_hard(self, text: str, start: int, end: int) -> bool:
        """:meth:`cuts` for a word of two or more characters read as a hard stop word whatever
        kind the miner gave it (a status modifier and stage verb, 全面完成: see
        ``qualifier_clauses``)."""
        return not self._phrase_prefix(text, start, end) and not self._glued(
            longer_word_at(text, start, end), text
        )

    def _cuts_outside_phrases(self, text: str, start: int, end: int) -> bool:
        """:meth:`cuts` without the widespread-term test (``_phrase_prefix``)."""
        word = text[start:end]
        if word in self.soft_stops and len(word) > 1:
            # the lead-in frame of the mining: a name opening with a division or the national
            # level after it starts there (同时承担|国家数字经济创新发展试验区), and so does a
            # scope word, which no name keeps (GUIDE §2.5: 重庆东站纳入|全市高铁…)
            return (
                place_at(text, end, place_names())
                or text.startswith(SCOPE_WORDS, end)
                or self._predicate_after_division(text, start, word)
            )
        if word not in self.hard_stops:
            return False
        if len(word) > 1:
            if word in self.noun_stops and between_nouns(text, start, end, self.hard_stops):
                return False  # 大宗商品|骨干|流通走廊: a noun inside a noun phrase (noun_stops)
            if word in self.modifier_stops and opens_term(text, start, end, self):
                return False  # 长期|护理保险…试点: the word opens a widespread term (term_openers)
            return not self._glued(longer_word_at(text, start, end), text)  # 扩大开放, 一体化
        if self._after_head(text, start):
            return True  # 赋值行动|和|服务业…行动: after a name's head a function word joins names
        if joins_modifiers(text, start, end, self):
            return False  # 居家|和|社区养老: two modifiers of one noun (conjoined_modifiers)
        return self._function_word_at(text, start, end)

    def _predicate_after_division(self, text: str, start: int, word: str) -> bool:
        """Is the soft verb ``word`` at ``start`` the predicate of a division written right before
        it (青州|组建|平台公司, 鄂州|申建|空港综保区)? Then it is a clause edge, as a hard stop word
        is: the division is the clause's subject and the name, if any, the verb's object.

        Why: a soft stop word is soft because the miner found it glued to a noun before it
        (川渝共建, 品质提升) in enough of its uses; where that noun is a bare division of the
        gazetteer it is the verb's subject, whichever side of the adjacency share the mask
        leaves the word (组建 went soft at 4 of 50 when round 8 was masked, and the scan ran
        over it). Only soft verbs that open clauses often (``soft_verbs``) are read so; 出版 of
        …市出版监测中心 opens none of its clauses and stays name material."""
        if word not in self.soft_verbs:
            return False
        return any(lookup(text[start - k : start]) is not None for k in (2, 3, 4) if k <= start)

    def _after_head(self, text: str, pos: int) -> bool:
        """Does a head word of the grammar end right before ``pos`` (…行动, …中心)? A
        one-character function word there stands between two names (GUIDE §2.2 coordination),
        whatever word it makes with the next character (和服, 和碳)."""
        return any(text[pos - n : pos] in self.heads for n in range(2, min(self._longest_head, pos) + 1))

    def _phrase_prefix(self, text: str, start: int, end: int) -> int:
        """Characters before the hard stop word at ``text[start:end]`` of the longest widespread
        phrase (``widespread_phrases.jsonl``: a run of words three or more provinces write the
        same way) that holds it strictly inside, its parts before and after it free of stop
        words and the part before no verb or adverb (新|就业|形态, not 稳妥|推进); 0 when none.
        The authors write such a phrase as one term, so the word is no clause edge there
        (扩大|新就业形态人员…试点 keeps 新); where no clause edge stands further left, the term's
        start bounds the name (顺利完成|国企改革深化提升行动, see ``name_start``). A phrase that
        opens with a clause word (加快推进) protects nothing."""
        if self._phrase_frames is None:
            self._phrase_frames = self._build_phrase_frames()
        found = 0
        for before, after in self._phrase_frames.get(text[start:end], ()):
            if (
                len(before) > found
                and text.startswith(after, end)
                and text.endswith(before, 0, start)
                and not adverbial(before)  # 顺利|完成, 稳妥|推进: a clause's manner, not part of a term
            ):
                found = len(before)
        return found

    def _build_phrase_frames(self) -> dict[str, list[tuple[str, str]]]:
        """The widespread phrases by the hard stop word inside them, as (before, after). The
        adverbial test of ``before`` waits for a frame that matches the text (``_phrase_prefix``):
        run here over the whole lexicon, it loaded jieba's tagger before the first name of every
        process, text or no text (review11)."""
        frames: dict[str, list[tuple[str, str]]] = {}
        for entry in self.lexicon.get("widespread_phrases.jsonl", ()):
            phrase = entry["phrase"]
            for m in self.stop_re.finditer(phrase):
                before, after = phrase[: m.start()], phrase[m.end() :]
                if len(m.group()) < 2 or not before or not after:
                    continue
                if self.any_stop_re.search(before) or self.stop_re.search(after):
                    continue
                frames.setdefault(m.group(), []).append((before, after))
        return frames

    def subject_and_verb(self, body: str) -> bool:
        """Is a name's body a division followed by a hard (mined) clause word (临安争创 before
        国际消费中心), or by a soft verb that opens clauses often (青州组建 before 平台:
        ``_predicate_after_division``)? Then the division is the clause's subject and the head
        the verb's object: no name. A clause word after other material may be name material
        (民营经济促进条例), so only a division before it decides."""
        for k in range(min(4, len(body) - 2), 1, -1):
            verb = body[-k:] in self.hard_stops or body[-k:] in self.soft_verbs
            if verb and lookup(body[:-k]) is not None:
                return True
        return False

    def _glued(self, word: tuple[int, int] | None, text: str) -> bool:
        """Is a clause word part of the longer word ``word`` (扩大开放, 一体化) rather than a
        clause edge? Not when that word ends in a status phrase (建成投产 = 建成 + 投产)."""
        return word is not None and not text[word[0] : word[1]].endswith(self.status_phrases)

    @staticmethod
    def _function_word_at(text: str, start: int, end: int) -> bool:
        """A one-character function word counts only where the most probable segmentation of
        its surroundings makes it a word of its own (not in 美的, 成都, 自贸, 共享)."""
        if is_dictionary_word(text[max(0, start - 1) : end]) or is_dictionary_word(text[start : end + 1]):
            return False
        if _joins_places(text, start, end):
            return False  # 济南至宁津: a route between two places is one name
        return is_word_at(text, start, end) and _alone_in_hmm_reading(text, start, end)

    def follows_ok(self, text: str, end: int) -> bool:
        """A head is a name's end unless the next character glues it into a longer common noun."""
        if end >= len(text) or text[end] not in BAD_FOLLOW:
            return True
        return text.startswith(FOLLOW_WORDS, end) or self.stop_at(text, end) is not None

    def to_bytes(self) -> bytes:
        from extract.pipeline.lexicon_files import to_bytes

        return to_bytes(self.lexicon)

    @classmethod
    def from_bytes(cls, data: bytes) -> Grammar:
        from extract.pipeline.lexicon_files import from_bytes

        return cls(from_bytes(data))


@functools.cache  # keys: the lexicon's phrase openings only (``_phrase_prefix``), never document text
def adverbial(words: str) -> bool:
    """Does ``words`` hold a verb or end in a word that modifies a verb after it (jieba's
    reading: a verb, an adverb, or an adjective of two characters or more: 降低全|社会, 稳妥|推进),
    rather than nouns or a one-character prefix that make a term with it (新|就业|形态,
    营商环境|优化)?"""

    tagged = list(_pos_tagger().cut(words))
    if acts_on(words) or any(w.flag.startswith("v") and w.flag != "vn" for w in tagged):
        return True
    last = tagged[-1]
    return last.flag in ("ad", "d") or (last.flag == "a" and len(last.word) > 1)


def _build_words(lexicon: dict[str, list[dict]]) -> tuple[str, ...]:
    """Words that say the thing after them is built (开工, 续建, 竣工, 开工建设, 完工投用): the
    stage verbs of ``status_kernels.jsonl`` that name a stage alone, of a built status class,
    and the mined status phrases whose first stage verb is one of them. Longest first."""
    kernels = {k["verb"]: k for k in lexicon["status_kernels.jsonl"]}
    built = {v for v, k in kernels.items() if k["alone"] and k["status"] in BUILT_STATUSES}
    words = set(built)
    words.update(e["phrase"] for e in lexicon["status_phrases.jsonl"] if e["verb"] in built)
    return tuple(sorted(words, key=lambda w: (-len(w), w)))


def _alone_in_hmm_reading(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` no last character of a longer word that jieba's reading with its
    HMM (the reading the stop-word miner counts a one-character word's standalone uses on:
    ``mining.segment``) builds in the Han run around it?

    Why: a one-character function word becomes a stop word when it stands alone in
    ``Settings.stop_min_standalone`` of its uses, counted on that reading, which glues a word
    the dictionary lacks and the character closes (律所, "law firm") into one word. Read without
    the HMM at run time, the same character stood alone there and cut the name before it
    (渝港澳律|所合伙联营试点 lost its front once round 9's mask lifted 所 over the standalone
    floor: 0.299 -> 0.300), so the edge hung on whether the character was mined at all. Only a
    word the character *closes* counts: a preposition or conjunction governs what follows it,
    and the HMM gluing it to the next name's first character (将|华熙…, 及|民新…) is no word."""
    lo, hi = han_window(text, start, end, CONTEXT)
    pos = lo
    for word in segment_cached(text[lo:hi]):
        wstart, pos = pos, pos + len(word)
        if wstart <= start < pos:
            return not (wstart < start and pos == end)
    return True


def _joins_places(text: str, start: int, end: int) -> bool:
    """Is the word at ``text[start:end]`` flanked by two division names (济南|至|宁津)?"""
    left = any(lookup(text[max(0, start - n) : start]) for n in (2, 3))
    return left and any(lookup(text[end : end + n]) for n in (2, 3))


@functools.cache
def default_grammar() -> Grammar:
    """The grammar of the shipped lexicon files, for callers outside a pipeline (linking)."""
    from extract.pipeline.lexicon_files import read_lexicon

    return Grammar(read_lexicon())


class UsesGrammar:
    """Mixin of the components that read names: the lexicon is read in ``initialize()`` and
    saved with the component (``lexicon.json``), so ``spacy.load`` of a saved pipeline needs
    no data directory. A component never initialised falls back to the shipped files."""

    _grammar: Grammar | None = None

    @property
    def grammar(self) -> Grammar:
        return self._grammar or default_grammar()

    def initialize(self, get_examples=None, *, nlp=None) -> None:  # untyped: spaCy's signature
        from extract.pipeline.lexicon_files import read_lexicon

        self._grammar = Grammar(read_lexicon())

    def to_disk(self, path, *, exclude: Iterable[str] = ()) -> None:
        from pathlib import Path

        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        (path / "lexicon.json").write_bytes(self.grammar.to_bytes())

    def from_disk(self, path, *, exclude: Iterable[str] = ()):  # returns self, as spaCy expects
        from pathlib import Path

        self._grammar = Grammar.from_bytes((Path(path) / "lexicon.json").read_bytes())
        return self
