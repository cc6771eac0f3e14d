"""The left edge of a programme carried out: 开展|重点产业链招商行动, 实施|进一步深化国资国企改革行动.

The name grammar finds a programme by its head (行动, 计划) and scans left until a clause word
stops it. Programme names often hold clause words (重点, 深化, 扩大, 和), so the scan stops
inside the name: 开展重点|产业链招商行动, 深入实施扩大有效|投资“千项万亿”工程. The provincial-2026
conventions keep such descriptive left modifiers (named actions are Program even when
descriptive). What does mark the name's start is the verb that carries the programme out: a
report writes 实施X行动, 开展X行动, 启动X计划, and everything between that verb and the head is
the programme's name.

- **Mining** (:func:`mine_frame_verbs`, run by ``scripts/mine_lexicon.py`` into
  ``extract/data/frame_verbs.jsonl``): for every clause word (a mined hard stop word of two or
  more characters, read leftmost-longest), whether a *frame* follows it: a run of Han
  characters or quotes ending in an action head (the heads whose GUIDE kernel is the rule for
  named actions, plans and campaigns: 行动, 计划, 专项行动 …) at a clause edge. A word whose
  uses are such frames in a large share (``MIN_SHARE``), in many reports, governs programmes
  (实施, 开展); a word that mostly takes other objects (推进, 深化, 加快) does not.
- **Frame verbs by their objects** (:func:`frame_verb_words`): the share of *uses* counts every
  object a verb takes (开展合作, 开展X活动 …), so a verb with many kinds of object sits near
  ``MIN_SHARE`` and flips with every mask: 开展 stood at 0.151 before round 19's passages were
  blanked and 0.148 after, and left the file. Whether a verb marks a programme's left edge is
  what its *named* objects are: a mined governing verb (``extract.pipeline.governing_verbs``)
  whose named objects are nearly all programmes (``MIN_FRAME_OBJECT_SHARE``) is a frame verb
  too. 开展's named objects are programmes at 0.966 at both masks (115 of 119, 112 of 116);
  实施 (0.648) and 深化 (0.606) take builds and reforms as well, far below it.
- **Run time** (:func:`extend_to_governing_verb`): a Program candidate ending in an action head
  (or in a quoted-programme head such as 工程) whose clause has a frame verb before it, with
  nothing but Han characters and quotes between them and no other candidate in the gap, gets a
  second candidate that starts right after the verb; scope words, years and counts at its
  front are dropped (``grammar.LEAD_RE``, 四轮). The resolver's maximal-name rule then prefers it.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence

from spacy.tokens import Doc

from extract.pipeline import grammar as g
from extract.pipeline.bare_names import front_word_cut
from extract.pipeline.candidates import add_candidate, candidates
from extract.pipeline.lexicon import leading_verb
from extract.pipeline.mining import dictionary, segment_cached

ACTION_RULE = "GUIDE §3 Program: named actions"  # the head kernels of named actions and plans
MIN_SHARE = 0.15  # share of a clause word's uses that are programme frames
MIN_DOCS = 10  # reports with such a frame after the word
MIN_FRAMES = 10
# share of a governing verb's named objects that are programmes for it to be a frame verb: nearly
# all (nine in ten); the mined governing verbs sit at 0.61, 0.65 and 0.97 (frame_verb_words)
MIN_FRAME_OBJECT_SHARE = 0.9
MAX_FRAME = 14  # characters of the longest body the miner counts (FRAME_BODY)
MAX_NAME_BODY = 22  # characters of the longest programme body read at run time
MAX_GAP = 16  # characters a programme name may add to the left of the scanned one
FRAME_BODY = rf"[\u4e00-\u9fff“”]{{2,{MAX_FRAME}}}?"
# at run time a frame may be longer than the miner counted: the verb and the clause edge bound it
# (深入实施|高等教育学科专业设置调整优化三年行动，: 16 characters)
LONG_FRAME_BODY = rf"[\u4e00-\u9fff“”]{{2,{MAX_NAME_BODY}}}?"
EDGE = r"(?=[，。；、：！？,;:!?\n])"
# a count at a name's front (开展四轮…行动): numerals and the measure word of a round or item
YEAR_RE = re.compile(r"\d{4}年|年度")  # a schedule (2025年计划, 年度行动), not a named programme
HAN_WORD_RE = re.compile(r"[\u4e00-\u9fff]+")
ONE_OF = "之一"  # N个X之一: one of N designations
PILOT_PLACE_RE = re.compile(r"省份|地区")  # kinds of division a pilot is granted to (cf. 试点城市)
CONJUNCT_RE = re.compile(r"[和与及、]")  # conjunctions between coordinated names
LIST_MARK = "、"  # the enumeration comma between the items of a list (GUIDE §2.2)
COUNT_RE = re.compile(r"[\d一二三四五六七八九十两]+[轮个项批]")


def frame_pattern(heads: Iterable[str], body: str = FRAME_BODY) -> re.Pattern[str]:
    """A frame's name after its verb: Han characters or quotes, then an action head (group
    ``head``) at a clause edge."""
    return re.compile(body + "(?P<head>" + g._alternation(heads).pattern + ")" + EDGE)


def action_heads(lexicon: dict[str, list[dict]]) -> frozenset[str]:
    """Heads of named actions and plans: the GUIDE kernels of that rule and mined heads on them."""
    kernels = {k["head"] for k in lexicon["head_kernels.jsonl"] if k["rule"].startswith(ACTION_RULE)}
    mined = {h["head"] for h in lexicon["heads.jsonl"] if h.get("kernel") in kernels}
    return frozenset(kernels | mined)


def count_frames(
    docs: Sequence[tuple[str, str]], words: Sequence[str], frame_re: re.Pattern[str]
) -> tuple[Counter[str], Counter[str], dict[str, set[str]]]:
    """For each clause word: its uses, how many of them open ``frame_re`` right after it, and in
    which documents it does (the counts every frame miner keeps as provenance)."""
    word_re = g._alternation(list(words))
    uses: Counter[str] = Counter()
    frames: Counter[str] = Counter()
    frame_docs: dict[str, set[str]] = defaultdict(set)
    for name, text in docs:
        for m in word_re.finditer(text):
            w = m.group()
            uses[w] += 1
            if frame_re.match(text, m.end()):
                frames[w] += 1
                frame_docs[w].add(name)
    return uses, frames, frame_docs


def mine_frame_verbs(
    docs: Sequence[tuple[str, str]],
    clause_words: Iterable[str],
    heads: Iterable[str],
    min_share: float = MIN_SHARE,
    min_docs: int = MIN_DOCS,
    min_frames: int = MIN_FRAMES,
) -> list[dict]:
    """Clause words that mostly open a programme frame (module docstring)."""
    words = [w for w in clause_words if len(w) >= 2]
    if not words:
        return []
    uses, frames, frame_docs = count_frames(docs, words, frame_pattern(heads))
    out = [
        {
            "word": w,
            "source": "mined",
            "counts": {"uses": uses[w], "frames": n},
            "docs": len(frame_docs[w]),
            "share": round(n / uses[w], 3),
        }
        for w, n in frames.items()
        if n >= min_frames and len(frame_docs[w]) >= min_docs and n >= min_share * uses[w]
    ]
    return sorted(out, key=lambda e: e["word"])


def frame_verb_words(lexicon: Mapping[str, Sequence[dict]]) -> frozenset[str]:
    """The verbs that mark a programme name's left edge wherever they stand in its clause: the
    mined frame verbs and the governing verbs whose named objects are nearly all programmes
    (module docstring: a share of uses near its threshold is no evidence either way)."""
    mined = {str(e["word"]) for e in lexicon.get("frame_verbs.jsonl", ())}
    by_objects = {
        str(e["word"])
        for e in lexicon.get("governing_verbs.jsonl", ())
        if e.get("programme_object_share", 0.0) >= MIN_FRAME_OBJECT_SHARE
    }
    return frozenset(mined | by_objects)


def mine_with_grammar(docs: Sequence[tuple[str, str]], heads: list[dict], stops: list[dict]) -> list[dict]:
    """:func:`mine_frame_verbs` over the freshly mined hard stop words and heads."""
    from extract.pipeline.lexicon_files import read_lexicon

    lexicon = {**read_lexicon(), "heads.jsonl": heads}
    hard = [w["word"] for w in stops if w["kind"] == "hard"]
    return mine_frame_verbs(docs, hard, action_heads(lexicon))


def _front_trimmed(text: str, start: int, end: int) -> int:
    """``start`` past the scope words, years and counts at a name's front (全省, 2025年, 四轮)."""
    while True:
        lead = g.LEAD_RE.match(text, start, end) or COUNT_RE.match(text, start, end)
        if lead is None or lead.end() == start:
            return start
        start = lead.end()


def _split_conjuncts(
    text: str, start: int, end: int, grammar: g.Grammar
) -> tuple[int, list[tuple[int, int]]]:
    """(start of the last conjunct before ``end``, the earlier conjuncts that name something):
    in 实施A工程和B行动 the verb carries out two programmes, each its own name (GUIDE §2.2)."""
    heads = grammar.frame_heads
    earlier: list[tuple[int, int]] = []
    for m in CONJUNCT_RE.finditer(text, start, end):
        if text[start : m.start()].endswith(heads):
            first = _front_trimmed(text, start, m.start())
            head = next(h for h in heads if text[first : m.start()].endswith(h))
            body = text[first : m.start() - len(head)]
            if len(body) >= 2 and not g.is_generic(body, descriptive_ok=True):
                earlier.append((first, m.start()))
            start = m.end()
    return start, earlier


def _ends_past(spans: Sequence[tuple[int, int]]) -> Callable[[int, int], bool]:
    """``lambda start, pos: any(a < start and b > pos for a, b in spans)``, by bisection: the
    spans sorted by start, the furthest end among those starting before ``start`` (a running
    maximum) passes ``pos`` exactly when one of them does. Every Program candidate asks."""
    ordered = sorted(spans)
    starts = [a for a, _ in ordered]
    reach = list(itertools.accumulate((b for _, b in ordered), max))

    def past(start: int, pos: int) -> bool:
        i = bisect.bisect_left(starts, start)
        return i > 0 and reach[i - 1] > pos

    return past


def extend_to_governing_verb(doc: Doc, text: str, grammar: g.Grammar) -> None:
    """Add the Program candidates that start right after their clause's frame verb."""
    verbs = grammar.frame_verbs
    if not verbs:
        return
    heads = grammar.frame_heads
    found = candidates(doc)
    spans = sorted((c.start_char, c.end_char) for c in found)
    ends_past = _ends_past(spans)  # "another name in the gap" below, by bisection
    for c in found:
        # the candidate's text sliced from the report (Span.text joins its tokens one by one)
        if c.label_ != "Program" or not text[c.start_char : c.end_char].endswith(heads):
            continue
        lo = max(0, c.start_char - MAX_GAP)
        gap = text[lo : c.start_char]
        run = re.search(r"[\u4e00-\u9fff“”]*$", gap)
        if run is None or not run.group():
            continue
        run_start = lo + run.start()
        verb_end = max(
            (m.end() for m in grammar.frame_verb_re.finditer(text, run_start, c.start_char)), default=-1
        )
        if verb_end < 0 and "“" not in text[run_start : c.end_char]:
            verb_end = _opening_carrier(text, run_start, c.start_char, grammar)  # 深化|护航优化…行动
        if verb_end < 0 or verb_end == c.start_char:
            continue
        split, earlier = _split_conjuncts(text, verb_end, c.start_char, grammar)
        # any(a < c.start_char and b > split for a, b in spans if (a, b) != c's own): the own
        # span (and any of the same extent) does not start before c.start_char anyway
        if ends_past(c.start_char, split):
            continue  # another name in the gap (实施A工程、B行动): not one programme
        start = _front_trimmed(text, split, c.start_char)
        start += front_word_cut(text, start, c.end_char, grammar)  # 落实|国家|城乡居民增收计划 (bare_names)
        if start >= c.start_char or text.count("“", start, c.end_char) != text.count("”", start, c.end_char):
            continue
        for a, b in earlier:
            add_candidate(doc, a, b, "Program", "suffix")
        add_candidate(doc, start, c.end_char, "Program", c.id_)


MAX_CARRIER_LEAD = 4  # characters of adverbs before a carrying verb opening its clause (深入|深化)


def _opening_carrier(text: str, run_start: int, name_start: int, grammar: g.Grammar) -> int:
    """End of the carrying verb that opens the Han run before an unquoted programme name whose
    scan a clause word cut (深化|护航优化|营商环境行动: 优化 stopped it), or -1.

    The frame verbs (实施, 开展) mark a name's left edge wherever they stand in the run; the other
    carrying verbs (``Grammar.carrying_verbs``: 深化, 落实, mined by ``governing_verbs`` as verbs
    whose named objects are mostly programmes) govern other objects too (深化改革), so they mark it
    only where they open the clause (after at most ``MAX_CARRIER_LEAD`` characters of adverbs:
    持续|深化) and the words after them open with no frequent verb of their own (深化|拓展X行动: the
    second verb acts on the name; ``lexicon.leading_verb``). GUIDE §3 and the provincial-2026
    conventions keep a named action's descriptive words, verbs included (消费品质提升行动)."""
    verb = grammar.carrying_verb_re.search(text, run_start, min(name_start, run_start + MAX_CARRIER_LEAD + 4))
    if verb is None or verb.start() - run_start > MAX_CARRIER_LEAD or verb.end() >= name_start:
        return -1
    end = verb.end()
    while chained := grammar.carrying_verb_re.match(text, end, name_start):
        end = chained.end()  # 深化落实|X行动: the last verb of a chain governs the name
    if leading_verb(text[end:name_start]):
        return -1
    return end


MIN_DOMAIN = 4  # characters of a body (degree words left out) that name an action's domain: 产业人才


def action_modifier(head: str, grammar: g.Grammar) -> str:
    """The part of a mined action head before its GUIDE kernel (攻坚 of 攻坚行动, 升级 of
    升级行动), or "": the words the miner glued to the kernel are the action's own name."""
    kernel = grammar.action_kernels.get(head, head)
    return head[: len(head) - len(kernel)]


def generic_action_body(body: str, head: str, grammar: g.Grammar) -> bool:
    """Is the body of a programme carried out (实施|BODY HEAD) a kind rather than a name?

    Judged against the action's GUIDE kernel, not the mined head the regex happened to take
    (产业人才|攻坚行动 is 产业人才攻坚|行动: its body names an action, when it names a domain
    of ``MIN_DOMAIN`` characters besides degree words: 重点|攻坚行动 is a kind); and the verb that
    closes a named action's body (绿色消费|推进|行动: the provincial-2026 conventions' "named
    actions … even when descriptive", 消费品质提升行动) is part of the name, so a verb ending
    of ``grammar.END_STOP_RE`` (meant for 招引项目-like objects) is taken off and what is left
    must still be specific (实施|推进行动 names nothing). A campaign named over 等 stays one
    span, as the provincial-2026 conventions keep 打击X等违法犯罪专项行动 whole."""
    modifier = action_modifier(head, grammar)
    own = g.DESCRIPTIVE_RE.sub("", body)  # 重点|攻坚行动, 一批重点|…: degree words name no domain
    if modifier and len(own) >= MIN_DOMAIN and not g.is_generic(body + modifier, descriptive_ok=True):
        return False
    if not g.is_generic(body, descriptive_ok=True):
        return False
    body = body + modifier
    stop = g.END_STOP_RE.search(body)
    if stop is None or stop.start() < 2:
        return True
    return g.is_generic(body[: stop.start()], strict=False, descriptive_ok=True)


def find_governed_programmes(doc: Doc, text: str, grammar: g.Grammar) -> None:
    """Add the Program named by a whole frame (实施|城乡居民增收|计划，) where the head-word scan
    found no name: its body holds clause words (增收) that stopped the scan at the head.

    The frame verb marks the left edge and a clause edge the right one; scope words, years and
    counts at the front are dropped, a schedule (2025年计划) or a generic body (一批重点,
    民生实事) is no name, nor is a phrase most reports use (``generic_terms``: 三年行动). The
    verb governs every frame of a list it opens (开展|A行动、B行动，: GUIDE §2.2, each its own
    name), so a frame closed by the list mark is followed by the next one."""
    verbs = grammar.frame_verbs
    if not verbs:
        return
    ends = {c.end_char for c in candidates(doc)}
    frame = grammar.frame_re
    for v in grammar.carrying_verb_re.finditer(text):
        item_start = v.end()
        while chained := grammar.carrying_verb_re.match(text, item_start):
            item_start = chained.end()  # 制定实施|X计划: the last verb of a chain governs the name
        while (m := frame.match(text, item_start)) is not None:
            if m.end() not in ends:
                _add_governed(doc, text, grammar, item_start, m)
            if not text.startswith(LIST_MARK, m.end()):
                break
            item_start = m.end() + len(LIST_MARK)  # 开展A行动、B行动: one verb, each its own name
    for v in grammar.carrying_verb_re.finditer(text):
        m = grammar.designation_frame_re.match(text, v.end())
        if m is not None and m.end() not in ends:
            _add_designation(doc, text, grammar, v.end(), m)


def _add_governed(doc: Doc, text: str, grammar: g.Grammar, item_start: int, m: re.Match[str]) -> None:
    """The Program of one frame ``m`` whose name may start at ``item_start``, unless its body
    is a schedule, a kind or a phrase most reports use (:func:`find_governed_programmes`)."""
    head_start = m.start("head")
    split, earlier = _split_conjuncts(text, item_start, head_start, grammar)
    start = _front_trimmed(text, split, head_start)
    body = text[start:head_start]
    if (
        len(body) < 2
        or YEAR_RE.search(text, split, head_start)  # 年度|投资计划: a schedule, even once trimmed
        or generic_action_body(body, m.group("head"), grammar)
        or text[start : m.end()] in grammar.generic_terms
        or text.count("“", start, head_start) != text.count("”", start, head_start)
        or (head_start - start > MAX_FRAME and grammar.frame_head_re.search(text, start, head_start))
        or _closes_list(text, head_start)
    ):
        return  # a long body holding a programme head: a list before its label (A行动等|攻坚行动)
    for a, b in earlier:
        add_candidate(doc, a, b, "Program", "suffix")
    add_candidate(doc, start, m.end(), "Program", "suffix")


def _closes_list(text: str, head_start: int) -> bool:
    """Is the head written right after the list closer (甲乙出海等|行动)? Then the head is the
    label of a list whose items ``programme_lists`` reads (one item is enough there); a name
    holding 等 keeps words of its own between 等 and the head (打击X等违法犯罪专项行动)."""
    from extract.pipeline.programme_lists import CLOSER_RE

    return head_start > 0 and CLOSER_RE.fullmatch(text, head_start - 1, head_start) is not None


def _add_designation(doc: Doc, text: str, grammar: g.Grammar, item_start: int, m: re.Match[str]) -> None:
    """The pilot designation carried out by a frame verb (开展|甲乙丙要素市场化配置综合改革试点，):
    named when its own modifier is specific or rare (``rare_designations``), not counted
    (42个…试点), not a list's label (…等试点) and not a conjunct (和|…试点)."""
    from extract.pipeline.rare_designations import FUNCTION_RE, LEVEL_RE, rare_designation

    head_start = m.start("head")
    start = _front_trimmed(text, item_start, head_start)
    body = text[start:head_start]
    level = LEVEL_RE.match(body)
    own = body[level.end() if level else 0 :]
    if (
        len(own) < 2
        or FUNCTION_RE.search(body)
        or "“" in body
        or "”" in body
        or YEAR_RE.search(body)
        or counted_pilots(text, start, m.end(), grammar)
        or (g.is_generic(own, descriptive_ok=True) and not rare_designation(text, start, m.end(), grammar))
        or any(v in body for v in grammar.carrying_verbs)
    ):
        return
    add_candidate(doc, start, m.end(), "Program", "suffix")


def reported_as_built(text: str, start: int, end: int, grammar: g.Grammar) -> bool:
    """Is the 工程 named at ``[start, end)`` reported as construction: a mined status phrase
    right before it (加快推进|…工程) or right after it, past at most two characters of an
    adverb (…工程|如期|完工)? Then it is a Project even when its name is quoted (GUIDE §3: a
    construction item with a 工程 suffix), not a programme carried out (“千项万亿”工程)."""
    phrases = grammar.status_phrases
    if text[max(0, start - 4) : start].endswith(phrases):
        return True
    return any(text.startswith(phrases, end + k) for k in (0, 1, 2))


COUNTED_RE = re.compile(r"(?:\d+|[一二三四五六七八九十百千两]+)[余多]?[个项批家]$")


def counted_pilots(text: str, start: int, end: int, grammar: g.Grammar) -> bool:
    """Is the pilot designation at ``[start, end)`` counted (42个…试点, 百余项…试点任务)? A
    count of pilots names a kind of pilot, not one designation (GUIDE §3: generic 试点
    categories are not programmes; conventions: counts of generic items stay untagged)."""
    if text.startswith(ONE_OF, end):
        return False  # 5个…试点地区之一: one of the counted designations, itself named
    return text[start:end].endswith(grammar.program_designations) and bool(
        COUNTED_RE.search(text, max(0, start - 6), start)
    )


def pilot_place(text: str, end: int, grammar: g.Grammar) -> int:
    """Characters of the kind of division a pilot designation ending at ``end`` names
    (…试点|省份, …试点|地区: the designation a province or region gets, like 试点城市), or 0."""
    if not text[:end].endswith(grammar.program_designations):
        return 0
    place = PILOT_PLACE_RE.match(text, end)
    return len(place.group()) if place else 0


MIN_OPENER_SHARE = 0.25  # share of a word's occurrences that open a programme frame's name
MIN_OPENER_FRAMES = 5
MIN_OPENER_DOCS = 5


def mine_frame_openers(
    docs: Sequence[tuple[str, str]],
    verb_re: re.Pattern[str],
    frame_re: re.Pattern[str],
    segment,
    min_share: float = MIN_OPENER_SHARE,
) -> list[dict]:
    """Words that open the names carried out by frame verbs (实施|新一轮…行动, 开展|提振…行动) in a
    large share of all their occurrences: a left modifier that belongs to programme names,
    though the name scan cuts it (a lead word or a clause word elsewhere)."""
    opened: Counter[str] = Counter()
    opened_docs: dict[str, set[str]] = defaultdict(set)
    for name, text in docs:
        for v in verb_re.finditer(text):
            m = frame_re.match(text, v.end())
            if m is None or m.start("head") - v.end() < 4:
                continue
            word = segment(text[v.end() : m.start("head")])[0]
            if len(word) >= 2 and HAN_WORD_RE.fullmatch(word):
                opened[word] += 1
                opened_docs[word].add(name)
    out = []
    for word, n in opened.items():
        if n < MIN_OPENER_FRAMES or len(opened_docs[word]) < MIN_OPENER_DOCS:
            continue
        total = sum(text.count(word) for _, text in docs)
        if n >= min_share * total:
            row = {
                "word": word,
                "source": "mined",
                "counts": {"occurrences": total, "opens_frames": n},
                "docs": len(opened_docs[word]),
                "share": round(n / total, 3),
            }
            if COUNT_RE.search(word):
                row["bare_names"] = bare_names(docs, word, frame_re)
            out.append(row)
    return sorted(out, key=lambda e: e["word"])


MIN_BARE_DOCS = 2  # reports that write the name after an edition opener without it
MIN_BARE_BODY = 4  # characters of a name body after the opener (as the opener miner asks)


def bare_names(docs: Sequence[tuple[str, str]], opener: str, frame_re: re.Pattern[str]) -> list[dict]:
    """Names an edition opener (新一轮: a count of rounds) opens in a programme frame that
    ``MIN_BARE_DOCS`` reports also write without it (实施|X行动, 国家…|X行动): there the opener says
    which round, a scope that GUIDE §2.5 leaves out of the span; a name never written without it
    (新一轮找矿突破战略行动) keeps it, as the provincial-2026 conventions keep 新一轮 in an official
    name. Each entry carries its counts."""
    framed: dict[str, set[str]] = defaultdict(set)
    for name, text in docs:
        for m in re.finditer(re.escape(opener), text):
            f = frame_re.match(text, m.end())
            if f is not None and f.start("head") - m.end() >= MIN_BARE_BODY:
                framed[text[m.end() : f.end("head")]].add(name)
    rows = []
    for rest in sorted(framed):
        bare = Counter(
            name
            for name, text in docs
            for m in re.finditer(re.escape(rest), text)
            if not text.endswith(opener, 0, m.start())
        )
        if len(bare) >= MIN_BARE_DOCS:
            counts = {"framed_docs": len(framed[rest]), "bare_docs": len(bare), "bare_uses": bare.total()}
            rows.append({"name": rest, **counts})
    return rows


def bare_after_opener(name: str, grammar: g.Grammar) -> bool:
    """Is ``name`` (a Program candidate right after a mined edition opener) written bare in other
    reports (``bare_names`` of ``frame_openers.jsonl``), so the opener stays out of its span?"""
    return name in grammar.bare_opened_names


def mine_openers_with_grammar(
    docs: Sequence[tuple[str, str]], heads: list[dict], verbs: list[dict]
) -> list[dict]:
    """:func:`mine_frame_openers` over the freshly mined frame verbs and heads."""
    from extract.pipeline.lexicon_files import read_lexicon
    from extract.pipeline.mining import segment

    lexicon = {**read_lexicon(), "heads.jsonl": heads}
    verb_re = g._alternation(e["word"] for e in verbs)
    return mine_frame_openers(docs, verb_re, frame_pattern(action_heads(lexicon)), segment)


def with_opener(text: str, start: int, openers: tuple[str, ...]) -> int:
    """``start`` moved left over a mined opener right before it (推进|新一轮|找矿突破战略行动)."""
    for word in openers:
        if text.startswith(word, start - len(word)):
            return start - len(word)
    return start


def attach_openers(doc: Doc, text: str, grammar: g.Grammar) -> None:
    """Add Program candidates that keep the mined opener the scan cut off their front."""
    openers = grammar.frame_openers
    if not openers:
        return
    for c in candidates(doc):
        if c.label_ != "Program":
            continue
        name = text[c.start_char : c.end_char]  # Span.text would join the tokens one by one
        if not name.endswith(grammar.frame_heads) or name.startswith("“"):
            continue  # a quoted name is delimited by its quotes: 新一轮|“铁公机”建设计划
        start = with_opener(text, c.start_char, openers)
        if start < c.start_char and not bare_after_opener(name, grammar):
            add_candidate(doc, start, c.end_char, "Program", c.id_)


VERBAL_TAGS = frozenset({"v", "vn", "vd", "ad", "d", "a"})  # jieba dictionary tags of a clause's verb


def clause_before_state(body: str, state: str) -> int:
    """Where a national designation starts inside a scanned body whose front is a clause's
    verbs (迭代升级|国家产业转型升级示范区): the offset of ``state`` (国家) when every word before
    it is a verb, adverb or adjective by jieba's general dictionary, else 0 (GUIDE §2.5: 国家…
    stays in an official designation; the verb that acts on it is no part of it)."""

    cut = body.find(state)
    if cut < 2:
        return 0
    words = dictionary()
    tags = [words.get(w, (0, ""))[1] for w in segment_cached(body[:cut])]
    return cut if tags and all(t in VERBAL_TAGS for t in tags) else 0
