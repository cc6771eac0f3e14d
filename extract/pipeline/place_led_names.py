"""Names that open with a place: 甲地|中微子实验站 is one name, typed by its head (issue 12).

GUIDE §2.1 tags the maximal name and nothing inside it, and the gold sets name many things
after the place that opens them (江门中微子实验站, 韶关数据中心集群, 青岛都市圈, 瑞丽国家级产业
协作园区). When the name grammar finds such a name the resolver keeps it (longest span wins);
when it does not (its scan stopped, or a filter dropped its guess), only the gazetteer's place
is left, and ``embedded.drop_embedded`` drops that place when the words after it end in a head
of the lexicon. The longer name was then missed whole.

Here the longer name is built instead, before ``drop_embedded`` runs: the run of name words
right after the place, with no delimiter and cut at the first clause word exactly as
``embedded.opens_unrecognised_name`` reads it, up to the *last* word boundary where a head of
the lexicon ends (the maximal name, GUIDE §2.1), gives a span from the place to that head, typed
by the head through the lexicon's head tables (``Grammar.heads``, one-character kernels only as
the last character of a word, as the drop rule reads them). The resolver's later steps then
treat it like any head-word guess (source ``suffix``): generic bodies, bad left edges, hubs
that are built and public bodies are judged there as for every other name.

A tail that only describes (a count or a year: 南岸区2025年计划, 宜昌3家高新区; nothing but
generic words: 重庆重点项目) names nothing, and the place stays as it was (the drop rule
decides). A place followed by a verb, a delimiter or a tail with no head (重庆经济, 云南企业:
a place modifying a generic category is a District mention in the gold sets) is untouched.
Another name that crosses the built name's end leaves everything as it was; names wholly
inside it (a second place, 重庆市|南岸区发展和改革委员会) are absorbed.
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Callable, Sequence

from spacy.tokens import Doc

from extract.pipeline.area_names import opens_body
from extract.pipeline.chosen import Chosen, char_span
from extract.pipeline.counted_kinds import COUNT_OF_KIND_RE
from extract.pipeline.embedded import CONJUNCTIONS, built_phrases, stage_phrase_start
from extract.pipeline.genericity import generic_name
from extract.pipeline.grammar import AMOUNT_RE, Grammar, is_generic
from extract.pipeline.kernel_compounds import left_out
from extract.pipeline.lexicon import _segment
from extract.pipeline.mining import NATIONAL, dictionary
from extract.pipeline.place_runs import clause_word, name_run, noun_word
from extract.regions import lookup

PLACE_SOURCES = frozenset({"region", "region_short"})  # the gazetteer's divisions
MIN_WORDS = 2  # as the drop rule reads a place's tail: a place before one bare head is a kind's share
MAX_HEAD = 7  # characters of the longest head word tried at a boundary
YEAR_RE = re.compile(r"\d{4}")  # a dated tail is a schedule or a figure, not a name (2025年计划)
PLACE_TAG = "ns"  # jieba's tag of place names
BUILT_SOURCE = "suffix"  # judged downstream like every head-word guess
BUILT_TYPE = "Project"  # what a construction stage phrase says was built (GUIDE §3, §9)


def _is_place_word(word: str) -> bool:
    """A division of the gazetteer or a place name by jieba's tag (香港 ends in 港 but names a
    place: 深圳—香港 is two places, not a port named after 深圳)."""
    return lookup(word) is not None or dictionary().get(word, (0, ""))[1] == PLACE_TAG


def run_words(run: str, grammar: Grammar) -> list[str]:
    """The words of ``run`` up to its first clause word, read as ``opens_unrecognised_name``
    reads them (a conjunction inside the name stays unless a place follows it), except that a
    soft stop word of the mined lexicon (``stop_words.jsonl``: mostly glued to the noun before
    it, 改造, 标注, 创新) after the first word is name material, as the name grammar reads it."""
    words: list[str] = []
    segs = _segment(run)
    for k, w in enumerate(segs):
        if w in CONJUNCTIONS and words and k + 1 < len(segs) and lookup(segs[k + 1]) is None:
            words.append(w)
            continue
        if clause_word(w, grammar) and not (words and w in grammar.soft_stops):
            break  # a mined soft stop after a noun is name material (电网|改造|工程, 数据|标注|基地)
        words.append(w)
    return words


def name_after_place(text: str, end: int, grammar: Grammar) -> tuple[int, str] | None:
    """The end offset and type of the longest name that the place ending at ``end`` opens
    (module docstring), or None when the words after it end in no head of the lexicon."""
    run = name_run(text, end)
    if len(run) < 2 or not (grammar.head_re.search(run) or any(c in grammar.single_kernels for c in run)):
        return None  # no head word at all in what follows (the common case)
    words = run_words(run, grammar)
    best: tuple[int, str] | None = None
    pos = end
    for i, w in enumerate(words):
        pos += len(w)
        body = text[end:pos]
        if (i + 1 < MIN_WORDS and len(body) < 3) or not grammar.follows_ok(text, pos):
            continue
        lengths = range(min(len(body), MAX_HEAD), 1, -1)
        head = next((body[-n:] for n in lengths if body[-n:] in grammar.heads), None)
        if head is not None:
            best = (pos, grammar.heads[head])
        elif (
            (len(w) >= 2 or (i >= 1 and noun_word(words[i - 1])))
            and w[-1] in grammar.single_kernels
            and not _is_place_word(w)
            and not left_out(
                w, grammar.single_kernels, dictionary()
            )  # 临沂市|烂尾楼: a compound the miner left out
        ):
            best = (pos, grammar.single_kernels[w[-1]])
    if best is None:
        return None
    if best[1] == "Area" and opens_body(text, best[0]):
        return None  # …国家公园|管理局: the Area is a body's modifier (area_names.opens_body)
    if describes_only(text[end : best[0]]):
        return None  # a count, a date or generic words: a description, not a name
    return best


_construction_cache: weakref.WeakKeyDictionary[Grammar, tuple[str, ...]] = weakref.WeakKeyDictionary()


def construction_phrases(grammar: Grammar) -> tuple[str, ...]:
    """The stage phrases of ``embedded.built_phrases`` whose stage verb names a stage said
    alone (``status_kernels.jsonl``: 建成, 开工, 竣工, 投用): a thing built. Phrases that only
    run something (挂牌运行, 开通运营: verbs that alone name the running of anything) are left
    out; what is opened so may be a platform or a service (GUIDE §9: operating hubs are
    Platforms). Longest first."""
    found = _construction_cache.get(grammar)
    if found is None:
        alone = {k["verb"] for k in grammar.lexicon["status_kernels.jsonl"] if k["alone"]}
        via = {e["phrase"]: e["verb"] for e in grammar.lexicon["status_phrases.jsonl"]}
        found = tuple(p for p in built_phrases(grammar) if via.get(p, p) in alone)
        _construction_cache[grammar] = found
    return found


def built_name_end(text: str, end: int, grammar: Grammar) -> int | None:
    """Where the name that the place ending at ``end`` opens ends, when the run of name words
    after it goes straight on into a construction stage phrase (甲地|某某博物馆|建成开放, read as
    ``embedded.opens_built_name`` reads it); None otherwise. What is built is a Project (GUIDE §3
    construction items; §9: a hub built is a Project), whatever its head."""
    return stage_phrase_start(text, end, construction_phrases(grammar), grammar)


def describes_only(tail: str) -> bool:
    """A tail that counts, dates or only describes names nothing (module docstring)."""
    if COUNT_OF_KIND_RE.match(tail):  # 两大专项行动: a count of the kind the names before it share
        return True
    return bool(YEAR_RE.search(tail) or AMOUNT_RE.search(tail)) or is_generic(tail, strict=False)


def absorb_led_names(
    doc: Doc,
    chosen: Sequence[Chosen],
    text: str,
    grammar: Grammar,
    find: Callable[[Chosen], tuple[int, str] | None],
) -> list[Chosen]:
    """``chosen`` with each name ``find`` grows (to its end and type) replaced by the longer name,
    the names inside it absorbed. The longer name is refused where another name crosses its end,
    or where the genericity veto would drop it later (大同|…: an adverb to the dictionary), so the
    opener and what was found after it stay. Shared by the place-led and entity-led builders."""
    out: list[Chosen] = []
    i = 0
    while i < len(chosen):
        s = chosen[i]
        built = None
        j = i + 1
        found = find(s)
        if found is not None:
            end, label = found
            while j < len(chosen) and chosen[j].end_char <= end:
                j += 1
            if (j == len(chosen) or chosen[j].start_char >= end) and not generic_name(
                text[s.start_char : end], label, grammar
            ):
                built = char_span(doc, s.start_char, end, label=label, span_id=BUILT_SOURCE)
        if built is None:
            out.append(s)
            i += 1
        else:
            out.append(built)
            i = j
    return out


def national_name_after(name: Chosen | None) -> tuple[int, str] | None:
    """The end and type of ``name``, the name written right after a place, when it opens with the
    national level (``mining.NATIONAL``: 保定|国家数据标注基地) and is no place itself; else None.

    Why: a place opening a national designation is part of it (GUIDE §2.1 maximal name, §2.5;
    the provincial README's place-prefixed parks), and the name grammar has already read the
    designation whole. Re-reading the words after the place (``run_words``) cut it at the first
    verb the stop-word miner had no verdict on: 标注 fell under the miner's document floor when
    round 13 was masked (4 → 3 reports, no longer a soft stop word) and the place fell out of
    the name (issue 12, maskflip22). The name found is evidence that does not move with a count."""
    if name is None or name.label_ == "District" or not name.text.startswith(NATIONAL):
        return None
    return name.end_char, name.label_


def build_place_led_names(doc: Doc, chosen: Sequence[Chosen], text: str, grammar: Grammar) -> list[Chosen]:
    """``chosen`` with each gazetteer place that opens a longer name replaced by that name
    (typed by its head) and the names inside it absorbed (module docstring)."""

    by_start = {c.start_char: c for c in chosen}

    def find(s: Chosen) -> tuple[int, str] | None:
        if s.label_ != "District" or s.id_ not in PLACE_SOURCES:
            return None
        found = name_after_place(text, s.end_char, grammar)
        if found is None:
            stage = built_name_end(text, s.end_char, grammar)
            if stage is not None and not describes_only(text[s.end_char : stage]):
                found = (stage, BUILT_TYPE)
        designated = national_name_after(by_start.get(s.end_char))
        if designated is not None and (found is None or found[0] < designated[0]):
            found = designated
        return found

    return absorb_led_names(doc, chosen, text, grammar, find)
