"""Places and strategies that are only the first word of a longer name nobody recognised.

GUIDE §2.1 tags the maximal name and nothing inside it: in 江门中微子实验站, 东莞材料科学与技术
研究所 or 乡村振兴补短板工程 the division or the strategy opens a name, it is not a mention of its
own. When the name grammar found the longer name the resolver already keeps it (longest span
wins); when it did not (a head the lexicon lacks a modifier for, a body it judged generic), the
place or strategy is left standing alone, which is the commonest District false positive on
text nobody annotated (issue 12).

The test reads the words right after the hit, not a list of names: the run of name characters
that follows it with no delimiter, cut at the first clause word (a verb, adverb, preposition,
conjunction or particle by jieba's dictionary tags, or a stop word or status phrase of the mined
lexicon). If what is left ends in a name head of the mined lexicon (a GUIDE kernel or a mined
head, ``heads.jsonl``; a one-character kernel such as 站/院 only as the last character of a
word; or a mined ending of facility names that is no head, 度假区: ``facility_endings``) at a word
boundary, the hit opens an unrecognised name and is dropped. A hit followed by
a delimiter, a verb or a plain noun (重庆经济, 南岸区GDP) is untouched.

A place inside a 《…》 title (a policy's, a book's, a play's) is part of that title's name. A
place inside a quoted phrase that says more than the place (“好客山东 好品山东”, “周末到河北”,
“深圳—香港—广州”创新集群) belongs to a slogan, brand or name (GUIDE §3 leaves slogans and brands
untagged with the places inside them); so does a place glued to an adjective before it (平安河北,
幸福X: jieba's tag ``a``), which makes a programme's or slogan's name of it; so does a place after a
mined slogan modifier (美丽|云南建设, 法治|X: ``place_slogans``).

A place whose edge a word of a mined widespread phrase crosses (惠|民生|各项工作: the phrase 惠民生
that many provinces' reports write) is that phrase's, not the place (``place_crossings``).

A place before the literary possessive 之 read alone opens a name (天津之眼: ``place_possessives``).

A place right before the section word 段 qualifies a section of a longer name (黄河干流X段,
…（X段）: ``section_places``).

A place right after a Platform's or a Project's name (甲经开区|西区) is a part of it or opens the
next name, no unit beside it (GUIDE §2.7): ``glued_places``, read by the resolver after the filters
that drop names.

A place filling a bracket inside a longer name that runs on into a head (…乙（甲）…园区) is
inside that name (GUIDE §2.1): ``bracketed_places``.

A county of another province that the reports write as a common word (老城区, 站前区: mined)
and that this report does not place either is that word: ``common_counties``.

A place right before the national level of a designation (甲市|国家农综区) is its site, inside
the designation's name (GUIDE §2.5: ``place_national_sites``).

A place opening the name of a festival, contest or games, closed by a GUIDE event kernel (甲市|第七届运动会),
is inside that Program's name (``place_events``).

A place followed by name words and the noun 组织 opens an organisation's name (甲地|合作组织峰会,
GUIDE §9 and the provincial-2026 conventions: ``organisation_places``).

Townships found by their level word (source ``town``: 甲乙镇, 甲乙街道) are divisions too and take
the same tests (甲乙镇|卫生院: a township hospital, branch district22).

A place of a list closed by a count of named items (甲、乙、丙3大|产业基地, 甲、乙等5家|市疾控中心)
is one conjunct of names sharing a suffix (GUIDE §2.2, §9): ``counted_place_lists``.

A place joined to a second place by 至 (乐东至三亚段, 广州东至新塘线) opens a route name when
the run after the second place ends in a head or a section word; both places are dropped.

The author's own or superior division right after a mined title verb is the level of a
designation (入选甲市…名单): ``designation_levels``.

A place right before a recognised Strategy (甲市|乙西崛起) opens no name: the words after it are
the strategy's, recognised on their own, so the tests that read the tail do not apply and the
two units stand side by side (GUIDE §2.7; ``adjacent_unit``).
"""

from __future__ import annotations

import re
import weakref

from spacy.tokens import Doc

from extract.pipeline.bracketed_places import in_bracketed_name
from extract.pipeline.chosen import Chosen, make_span
from extract.pipeline.common_counties import unplaced_common_county
from extract.pipeline.counted_place_lists import counted_item_place
from extract.pipeline.designation_levels import names_award_level, names_designation_level
from extract.pipeline.flanked_places import between_strays
from extract.pipeline.grammar import Grammar, is_generic
from extract.pipeline.lexicon import _segment, dictionary_freq, word_holds
from extract.pipeline.mining import dictionary
from extract.pipeline.organisation_places import opens_organisation_name
from extract.pipeline.place_compounds import opens_compound
from extract.pipeline.place_crossings import in_crossing_phrase
from extract.pipeline.place_events import opens_event_name
from extract.pipeline.place_kernel_tails import opens_kernel_name
from extract.pipeline.place_national_sites import opens_national_designation
from extract.pipeline.place_possessives import opens_possessive_name
from extract.pipeline.place_proper_tails import opens_proper_name
from extract.pipeline.place_runs import HAN_RE, clause_word, ends_in_head, name_run
from extract.pipeline.place_slogans import after_slogan_modifier
from extract.pipeline.section_places import qualifies_section
from extract.pipeline.strategy_designations import opens_designation
from extract.regions import lookup

SECTION_CHARS = frozenset("段线")  # a route named by its ends (乐东至三亚段, 东至新塘五六线)
VETOED_SOURCES = frozenset({"region", "region_short", "strategy", "town"})
CONJUNCTIONS = frozenset({"与", "和"})


def opens_unrecognised_name(text: str, end: int, grammar: Grammar, min_words: int = 2) -> bool:
    """Is the hit ending at ``end`` the first word of a longer name (see the module doc)?"""

    run = name_run(text, end)
    if len(run) < 2 or not (
        grammar.head_re.search(run)
        or any(c in grammar.single_kernels for c in run)
        or any(e in run for e in grammar.facility_endings)
    ):
        return False  # no head word or mined ending in what follows: nothing to segment (the common case)
    words: list[str] = []
    segs = _segment(run)
    for k, w in enumerate(segs):
        if w in CONJUNCTIONS and words and k + 1 < len(segs) and lookup(segs[k + 1]) is None:
            words.append(w)  # 材料科学与技术研究所: a conjunction inside the name, not before a place
            continue
        if clause_word(w, grammar):
            break
        words.append(w)
    return bool(words) and ends_in_head(text, end, words, grammar, min_words)


STRATEGY_TAIL = "战略"  # GUIDE §2.6: the strategy's own generic tail (…战略行动计划)


def generic_programme_tail(text: str, end: int, grammar: Grammar) -> bool:
    """Do a generic modifier and a programme head close the name after a strategy (丝绸之路经济带
    核心区|高质量发展行动)? GUIDE §9 tags the strategy there and leaves the generic tail out (rule
    §2.6); the resolver keeps such a strategy over a Program guess for the same reason
    (``Resolver._programme_after``), so it opens no name of its own. The modifier is a mined
    generic term or generic by the grammar; the head one of the mined frame heads, ending the run."""
    run = name_run(text, end)
    head = next((h for h in grammar.frame_heads if run.endswith(h)), None)
    if head is None:
        return False
    modifier = run[: -len(head)].removeprefix(STRATEGY_TAIL)
    return len(modifier) >= 2 and (modifier in grammar.generic_terms or is_generic(modifier))


BUILT_CLASSES = frozenset({"started", "completed"})
MIN_BUILT_BODY = 3  # characters between the place and the stage verb: a modifier and a head
_built_cache: weakref.WeakKeyDictionary[Grammar, tuple[str, ...]] = weakref.WeakKeyDictionary()


def built_phrases(grammar: Grammar) -> tuple[str, ...]:
    """Stage verbs that start or complete a thing (建成, 投运, 开工; GUIDE §5, §9 classes of
    ``status_kernels.jsonl`` said alone) and the mined status phrases of those classes
    (建成运行, 挂牌运行), longest first."""
    found = _built_cache.get(grammar)
    if found is None:
        lex = grammar.lexicon
        kernels = lex["status_kernels.jsonl"]
        words = {k["verb"] for k in kernels if k["alone"] and k["status"] in BUILT_CLASSES}
        words |= {e["phrase"] for e in lex["status_phrases.jsonl"] if e["status"] in BUILT_CLASSES}
        found = _built_cache[grammar] = tuple(sorted(words, key=lambda w: (-len(w), w)))
    return found


def opens_built_name(text: str, end: int, grammar: Grammar) -> bool:
    """Is the hit ending at ``end`` the first word of the name of something built or opened?

    The run of name words after the hit, with no delimiter or clause word in between, goes
    straight on into a stage verb that starts or completes a thing (惠州|强流重离子加速器|建成运行,
    X|中央法务区|挂牌运行): what is built is a named facility, and the place opens its name,
    whatever its head (the lexicon need not know 加速器). A place followed by a plain noun and a
    verb of any other kind (重庆|经济|持续发展, 南岸区|城市更新|深入推进) is untouched."""

    return stage_phrase_start(text, end, built_phrases(grammar), grammar) is not None


def stage_phrase_start(text: str, end: int, phrases: tuple[str, ...], grammar: Grammar) -> int | None:
    """Where one of ``phrases`` begins when the run of name words after ``end`` (at least
    :data:`MIN_BUILT_BODY` characters, no delimiter or clause word) goes straight on into it;
    None otherwise. :func:`opens_built_name` and ``place_led_names.built_name_end`` ask it with
    their own stage phrases."""
    run = name_run(text, end)
    if len(run) < MIN_BUILT_BODY + 2:
        return None
    if not any(p in run for p in phrases):
        return None  # no stage phrase at all in what follows (the common case)
    pos = 0
    for w in _segment(run):
        if pos >= MIN_BUILT_BODY and run.startswith(phrases, pos):
            return end + pos
        if clause_word(w, grammar):
            return None
        pos += len(w)
    return None


QUOTE_LIMIT = 24  # a quoted slogan or brand is short; a longer quote is a passage


def in_quoted_phrase(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` inside “…” (on one line, short) that holds more than itself?"""
    open_ = text.rfind("“", max(0, start - QUOTE_LIMIT), start)
    if open_ < 0 or "”" in text[open_:start] or "\n" in text[open_:start]:
        return False
    close = text.find("”", end, end + QUOTE_LIMIT)
    if close < 0 or "“" in text[end:close] or "\n" in text[end:close]:
        return False
    return close - open_ - 1 > end - start


def in_title(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` inside a 《…》 title on one line (branch precision13)? A title is a
    name (GUIDE §2.1 maximal name; §2.3 titles keep 《》): a policy's title is tagged whole, the
    title of a book, play or film is untagged, and either way the place inside it is no mention
    (话剧《右玉》, 纪录片《新疆大地》; no readable gold file tags anything inside 《》)."""
    open_ = text.rfind("《", max(0, start - QUOTE_LIMIT), start)
    if open_ < 0 or "》" in text[open_:start] or "\n" in text[open_:start]:
        return False
    close = text.find("》", end, end + QUOTE_LIMIT)
    return close >= 0 and "《" not in text[end:close] and "\n" not in text[end:close]


def after_adjective(text: str, start: int) -> bool:
    """Is the hit glued to an adjective before it (平安|河北, 幸福|X)?"""

    lo = start
    while lo > max(0, start - 4) and "\u4e00" <= text[lo - 1] <= "\u9fff":
        lo -= 1
    if lo == start:
        return False
    tags = dictionary()
    if not any(tags.get(text[k:start], (0, ""))[1] == "a" for k in range(lo, start - 1)):
        return False  # no adjective ends right before the hit: nothing to segment
    word = _segment(text[lo:start])[-1]
    return len(word) >= 2 and tags.get(word, (0, ""))[1] == "a"


WORD_WINDOW = 6  # characters of context on each side of a place given to the segmenter


def inside_longer_word(text: str, start: int, end: int) -> bool:
    """Is the place ``text[start:end]`` part of one longer word of jieba's dictionary in its
    sentence (阿里巴巴 read as one word, 长治 in the idiom 长治久安)? The dictionary's
    reading of the surroundings makes one word of the place and what is glued to it: an
    institution, an idiom or a compound that is no mention of the place (GUIDE §2.1: nothing
    nests inside a name). A longer word that is itself a division (重庆市) is no such word."""
    freq = dictionary_freq()
    lo, hi = start, end
    while lo > max(0, start - WORD_WINDOW) and HAN_RE.match(text[lo - 1]):
        lo -= 1
    while hi < min(len(text), end + WORD_WINDOW) and HAN_RE.match(text[hi]):
        hi += 1
    # a word holding the whole place must start at or before it and end at or after it: no
    # dictionary entry of that shape means nothing to segment (the common case)
    if not word_holds(text, lo, start, end, hi, freq):
        return False
    pos = lo
    for w in _segment(text[lo:hi]):
        wstart, pos = pos, pos + len(w)
        if wstart <= start and end <= pos:
            return len(w) > end - start and lookup(w) is None
        if pos > start:
            return False
    return False


def drop_embedded(doc: Doc, chosen: list[Chosen], text: str, grammar: Grammar) -> list[Chosen]:
    """``chosen`` without the Districts and Strategies that open an unrecognised name."""
    out: list[Chosen] = []
    drop: set[int] = set()
    author = doc._.policykg_region
    common: dict[str, bool] = {}  # name -> unplaced_common_county: one scan per name, not per mention

    def _common(name: str) -> bool:
        if name not in common:
            common[name] = unplaced_common_county(name, text, author, grammar)
        return common[name]

    for i, s in enumerate(chosen):
        if s.id_ not in VETOED_SOURCES or s.label_ not in ("District", "Strategy"):
            continue
        nxt = chosen[i + 1] if i + 1 < len(chosen) else None
        beside = s.label_ == "District" and adjacent_unit(s, nxt)  # 甲市|乙西崛起: two units
        # a strategy before one bare head word is a designation's name (乡村振兴试点); a place
        # before one is the place's share of a kind (重庆项目)
        if (
            not beside
            and opens_unrecognised_name(text, s.end_char, grammar, 1 if s.label_ == "Strategy" else 2)
            and not (s.label_ == "Strategy" and generic_programme_tail(text, s.end_char, grammar))
        ):
            drop.add(i)
            continue
        if s.label_ == "Strategy" and opens_designation(text, s.end_char, grammar):
            drop.add(i)  # 乡村振兴示范县, 乡村振兴补短板工程: strategy_designations
            continue
        if s.label_ == "District" and (
            inside_longer_word(text, s.start_char, s.end_char)
            or in_crossing_phrase(text, s.start_char, s.end_char, grammar)  # 惠|民生: place_crossings
            or between_strays(text, s.start_char, s.end_char)  # 龙|湖南|城天街: flanked_places
            or after_slogan_modifier(text, s.start_char, grammar)
            or in_quoted_phrase(text, s.start_char, s.end_char)
            or in_title(text, s.start_char, s.end_char)  # 话剧《右玉》: a place inside a title
            or in_bracketed_name(text, s.start_char, s.end_char, grammar)  # 乙（甲）…园区
            or after_adjective(text, s.start_char)
            or names_designation_level(text, s.start_char, s.end_char, author, grammar)  # 入选甲市…名单
            or names_award_level(text, s.start_char, s.end_char, grammar)  # 获甲市科学技术奖
        ):
            drop.add(i)
            continue
        if s.label_ == "District" and _common(text[s.start_char : s.end_char]):
            drop.add(i)  # 让老城区焕发新活力 in a Chongqing report: common_counties
            continue
        if s.label_ == "District" and not beside and _tail_opens_name(text, s, grammar):
            drop.add(i)
            continue
        # 乐东至三亚段: a route named by its two ends
        if (
            s.label_ == "District"
            and nxt is not None
            and nxt.label_ == "District"
            and text[s.end_char : nxt.start_char] == "至"
        ):
            run = name_run(text, nxt.end_char)
            if (run[:1] in SECTION_CHARS) or opens_unrecognised_name(text, nxt.end_char, grammar):
                drop.update((i, i + 1))
        elif s.label_ == "District":
            # 广州东至新塘五六线, 昆明南至玉溪线: a route named by a station and a second end
            drop.update(i + k for k in station_route(text, s, nxt, grammar))
    out = [s for i, s in enumerate(chosen) if i not in drop]
    return out


def _tail_opens_name(text: str, s: Chosen, grammar: Grammar) -> bool:
    """Do the words after the place ``s`` make it the modifier of a longer name?"""
    return (
        opens_built_name(text, s.end_char, grammar)
        or opens_compound(text, s.start_char, s.end_char, grammar)  # 青海|拉面: place_compounds
        or opens_proper_name(text, s.end_char, grammar)  # 甲市|乙丙出入口局: place_proper_tails
        or opens_possessive_name(text, s.end_char)  # 甲市|之眼: place_possessives
        or opens_kernel_name(text, s.end_char, grammar)  # 甲市|中央法务区: place_kernel_tails
        or qualifies_section(text, s.end_char)  # 黄河干流甲地|段: section_places
        or opens_organisation_name(text, s.end_char, grammar)  # 甲地|合作组织峰会: organisation_places
        or counted_item_place(text, s.start_char, s.end_char, grammar)  # 甲、乙2大|产业基地
        or opens_event_name(text, s.end_char, grammar)  # 甲市|第七届运动会: place_events
        or opens_national_designation(text, s.end_char, grammar)  # 甲市|国家农综区: place_national_sites
    )


# a recognised name that stands beside a place as a unit of its own: a named strategy (GUIDE §6,
# §9: a regional rise strategy is tagged by itself, as the place before it; §2.7 splits adjacent units)
UNIT_TYPES = frozenset({"Strategy"})


def adjacent_unit(s: Chosen, nxt: Chosen | None) -> bool:
    """Does a recognised Strategy start right where the place ``s`` ends (甲市|乙西崛起)?

    The words after the place are then a name the gazetteer or the grammar recognised on its own,
    not an unrecognised name the place opens: the tail tests (a coined or proper word, a kernel, a
    built thing after the place) would read the strategy's own words (乙西 is a coined word to the
    dictionary) and drop the place. GUIDE §2.7 tags adjacent units side by side, so the place
    stays; the enclosing tests (a title, a quoted slogan, an adjective before it) still apply.
    An Area after a place needs no such care: the Area grammar takes the place into its name."""
    return nxt is not None and nxt.start_char == s.end_char and nxt.label_ in UNIT_TYPES


STATION_GAP_RE = re.compile("[东西南北]至")  # GUIDE §2.4 compass qualifiers: 广州东 (a station)


def station_route(text: str, s: Chosen, nxt: Chosen | None, grammar: Grammar) -> tuple[int, ...]:
    """Offsets (0: ``s``, 1: ``nxt``) of the places that are ends of a route's name when the
    first end is a station, a place and a compass point (广州东|至|新塘五六线, 昆明南|至|玉溪线):
    what follows 至 runs, with no delimiter or clause word, into a section word (段, 线) or a name
    head. The second end need not be a place the gazetteer knows (新塘)."""
    m = STATION_GAP_RE.match(text, s.end_char)
    if m is None:
        return ()  # no station and 至 right after the place (the common case)
    second = nxt is not None and nxt.label_ == "District" and nxt.start_char == m.end()
    after = nxt.end_char if second and nxt is not None else m.end()
    if not (_runs_into_section(text, after, grammar) or opens_unrecognised_name(text, after, grammar)):
        return ()
    return (0, 1) if second else (0,)


def _runs_into_section(text: str, end: int, grammar: Grammar) -> bool:
    """Does the run of name words after ``end``, cut at its first clause word, hold a section
    word (…五六线, …段)?"""
    from extract.pipeline.lexicon import _segment

    run = name_run(text, end)
    if not any(c in SECTION_CHARS for c in run):
        return False
    for w in _segment(run):
        if clause_word(w, grammar):
            return False
        if any(c in SECTION_CHARS for c in w):
            return True
    return False


ORG_GAP_LIMIT = 12  # name characters between two bodies of one institution's name
CONJUNCTION_TAGS = frozenset({"c"})


def _ends_in_conjunction(gap: str) -> bool:
    """Does the text between two institutions end in a conjunction word (国务院|决策部署和|省委,
    …全会和|省委)? Then the second is coordinated with something before it, not named inside
    the first."""

    if len(gap) < 2 or dictionary().get(gap[-1], (0, ""))[1] not in CONJUNCTION_TAGS:
        return False
    return _segment(gap)[-1] == gap[-1]


def merge_institutions(doc: Doc, chosen: list[Chosen], text: str, grammar: Grammar) -> list[Chosen]:
    """Two Organizations joined by name characters only are one institution (GUIDE §2.1):
    四川大学华西医院|西藏医院 is a branch named after its parent, 中国科学院|…研究所 an institute of
    the academy. What lies between (a place, name words) is inside the name; a delimiter, a
    clause word or a quote between them keeps them apart, and so does a conjunction right after
    the first (区委和区政府); one inside the name's words is name material (…材料科学与技术研究所)."""

    out: list[Chosen] = []
    i = 0
    while i < len(chosen):
        a = chosen[i]
        merged = None
        if a.label_ == "Organization":
            j = i + 1
            while (
                j < len(chosen)
                and chosen[j].label_ == "District"
                and chosen[j].start_char - a.end_char <= ORG_GAP_LIMIT
            ):
                j += 1
            b = chosen[j] if j < len(chosen) else None
            if b is not None and b.label_ == "Organization" and b.start_char - a.end_char <= ORG_GAP_LIMIT:
                gap = text[a.end_char : b.start_char]
                if (
                    gap[:1] not in CONJUNCTIONS
                    and not _ends_in_conjunction(gap)
                    and all(HAN_RE.match(c) for c in gap)
                    and not any(
                        clause_word(w, grammar) and w not in CONJUNCTIONS
                        for w in (_segment(gap) if gap else ())
                    )
                ):
                    merged = make_span(doc, a.start, b.end, label="Organization", span_id="merged")
                    i = j + 1
        if merged is None:
            out.append(a)
            i += 1
        else:
            out.append(merged)
    return out
