"""Head-word guesses whose left edge is no word edge: the name scan began inside a clause.

The name grammar finds a Platform/Project/Enterprise/Organization by its head and scans left
until a clause word stops it. When the scan stops in the wrong place, the guess opens with a
piece of the clause before the name, not with the name (issue 12, precision on text nobody
annotated): ``以上企业技术中心`` (the scan cut the word 以上), ``示范性公办托育…中心`` (cut 示范性),
``持续丰富…项目`` / ``持续壮大园区`` (what follows an adverb is the verb it modifies: a clause, not
a name). Two tests read jieba's general dictionary, never a list of this corpus's words:

- **Cut word.** The most probable segmentation of the guess's surroundings has a word of two or
  more characters that straddles the guess's first character: the guess begins in the middle of a
  word, so its first characters are the end of another word.
- **After an adverb.** The word right before the guess is an adverb by the dictionary's tags
  (``d``, ``ad``, ``vd``: 持续, 积极, 不断) and the guess opens with a word of two or more characters: an
  adverb modifies a verb, so that word is the clause's verb (持续|丰富, 不断|壮大), and the guess is
  the verb plus its object. Names follow verbs (建设|X), not adverbs.

Sources that are read off the layout (tables, 《》 titles, the closed classes) are exempt: their
edges are the document's, not the scan's.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from extract.pipeline.bound_openings import opens_inside_unit
from extract.pipeline.chosen import Chosen, char_span
from extract.pipeline.lexicon import _segment, dictionary_freq
from extract.pipeline.mining import PROPER_TAGS, dictionary
from extract.regions import lookup

VETOED_TYPES = frozenset({"Platform", "Project", "Enterprise", "Organization"})
EXEMPT_SOURCES = frozenset({"table", "title", "organization", "zone", "strategy", "region", "region_short"})
ADVERB_TAGS = frozenset({"d", "ad", "vd"})
WINDOW = 5  # characters of context on each side given to the segmenter
MIN_ADVERB_FREQ = 100  # a rarer dictionary "adverb" is mostly jargon or a mis-tag
MIN_REST = 4  # characters a name must keep after its verb is cut off (a modifier and a head)
_HAN = re.compile(r"[\u4e00-\u9fff]")


def _window(text: str, start: int) -> tuple[int, list[str]]:
    """(offset of the first word, the words) of jieba's reading of the Han run around ``start``."""

    lo, hi = run_bounds(text, start, start, _HAN, WINDOW)
    return lo, list(_segment(text[lo:hi])) if hi > lo else []


def run_bounds(text: str, a: int, b: int, char: re.Pattern[str], reach: int) -> tuple[int, int]:
    """The bounds of the run of ``char`` characters holding ``text[a:b]``, at most ``reach``
    characters either side: the piece a segmenter reads alike in context and alone."""
    lo = a
    while lo > max(0, a - reach) and char.match(text[lo - 1]):
        lo -= 1
    hi = b
    while hi < min(len(text), b + reach) and char.match(text[hi]):
        hi += 1
    return lo, hi


def opens_inside_word(text: str, start: int, end: int) -> bool:
    """Does a word of two or more characters of the surroundings' segmentation straddle
    ``start`` (以|上企业…: 以上), while the guess read on its own opens with a lone character
    before a word (上|企业)? A guess whose own first word is a word of two or more characters (巴南 in
    做大巴南…, where the surroundings read 大巴) is a name the surroundings mis-read."""

    if start == 0 or not _HAN.match(text[start - 1]) or not _HAN.match(text[start : start + 1]):
        return False

    if not _may_straddle(text, start, dictionary_freq()):
        return False  # no dictionary word could straddle the edge: nothing to segment (the common case)
    lo, words = _window(text, start)
    pos = lo
    for w in words:
        wstart, pos = pos, pos + len(w)
        if wstart < start < pos:
            own = _segment(text[start : min(end, start + 2 * WINDOW)])
            # 风|渡|新材料: lone characters in a row are a name the dictionary lacks, not a cut
            return len(w) >= 2 and bool(own) and len(own[0]) == 1 and (len(own) == 1 or len(own[1]) >= 2)
        if wstart >= start:
            return False
    return False


def _may_straddle(text: str, start: int, freq: dict[str, int]) -> bool:
    """Is some dictionary word (frequency > 0) ``text[a:b]`` with ``start - 3 <= a < start < b <=
    start + 3``? jieba's ``FREQ`` holds every prefix of every word (frequency 0 when the prefix is
    no word itself), so once ``text[a:b]`` is missing no longer slice from ``a`` is a word: the
    scan from ``a`` stops there (as ``lexicon._may_hold`` does), sparing most of the 9 slices."""
    stop = min(len(text), start + 3)
    for a in range(max(0, start - 3), start):
        for b in range(start + 1, stop + 1):
            hit = freq.get(text[a:b])
            if hit is None:
                break  # no word goes on from text[a:b]
            if hit > 0:
                return True
    return False


def verb_after_adverb(text: str, start: int) -> int:
    """Length of the verb that opens the guess at ``start`` when the word right before it is a
    frequent adverb (持续|壮大, 不断|丰富), else 0. The verb is the first word from ``start`` on,
    of two or more characters."""

    if start == 0 or not _HAN.match(text[start - 1]) or not _HAN.match(text[start : start + 1]):
        return 0
    tags = dictionary()
    # no adverb of the dictionary ends right before the guess: nothing to segment (the common case)
    if not any(
        tags.get(text[k:start], (0, ""))[1] in ADVERB_TAGS for k in range(max(0, start - 3), start - 1)
    ):
        return 0
    lo, words = _window(text, start)
    pos = lo
    before = ""
    for w in words:
        wstart, pos = pos, pos + len(w)
        if wstart == start:
            freq, tag = tags.get(before, (0, ""))
            if len(before) < 2 or tag not in ADVERB_TAGS or freq < MIN_ADVERB_FREQ or len(w) < 2:
                return 0
            return len(w) if lookup(before) is None else 0  # 大同 is an adverb to the dictionary and a city
        if wstart > start:
            return 0
        before = w
    return 0


JOINING_MARKS = frozenset("”’·、）)】")  # close or join something that began before the guess


def opens_with_joining_mark(name: str) -> bool:
    """Does the guess open with punctuation that closes or joins something before it (·波罗的海…,
    ”综合服务基地: the scan began inside a longer name or a quote)? A dash or an opening quote
    before a name is only a delimiter, and the resolver keeps such guesses."""
    return bool(name) and name[0] in JOINING_MARKS


SINGLE_VERB_TAGS = frozenset({"v"})
MIN_BODY = 2  # characters of an institution's name left after the clause is cut off


def clause_end_in(name: str, hard_stops: frozenset[str]) -> int:
    """Offset in ``name`` just after the last clause word of its segmentation (a mined hard stop
    word such as 入选/通过/为, or a one-character verb such as 获), when an institution's name of
    ``MIN_BODY`` or more characters that opens with a proper noun follows it; else 0.
    ``高教科创园入选国务院``: the scan ran over the clause whose object the institution is."""

    tags = dictionary()
    words = _segment(name)
    pos, cut, after = 0, 0, ""
    for i, w in enumerate(words):
        pos += len(w)
        if i + 1 < len(words) and (
            w in hard_stops or (len(w) == 1 and tags.get(w, (0, ""))[1] in SINGLE_VERB_TAGS)
        ):
            cut, after = pos, words[i + 1]
    # what is left must open with a proper name (国务院, 海南…, 重庆…): a common noun there
    # (医院 of 中西医结合医院, 联盟 of 经开区联盟) means the "clause word" was part of the name
    if not cut or len(name) - cut < MIN_BODY or tags.get(after, (0, ""))[1] not in PROPER_TAGS:
        return 0
    return cut


def trim_fronts(
    chosen: list[Chosen], text: str, types: frozenset[str], cut_of: Callable[[Chosen], int]
) -> list[Chosen]:
    """``chosen`` with each guess of ``types`` (not from an exempt source or a quote) that
    ``cut_of`` says opens with governing words starting after them (``front_cut``). The verb
    trims differ only in how they find the cut, so the walk and the drop rule live here once."""
    out = []
    for s in chosen:
        cut = 0 if s.label_ not in types or s.id_ in EXEMPT_SOURCES or s.id_ == "quote" else cut_of(s)
        if not cut:
            out.append(s)
            continue
        rest = front_cut(s, text, cut)
        if rest is not None:
            out.append(rest)
    return out


def front_cut(s: Chosen, text: str, cut: int, min_rest: int = MIN_REST) -> Chosen | None:
    """``s`` starting ``cut`` characters later, or None when fewer than ``min_rest`` are left.

    A canonical spelt from the guess's surface (年活动 → 年行动) loses the same characters, so the
    cut guess does not keep the verb in its entity id."""
    if s.end_char - s.start_char - cut < min_rest:
        return None
    kb_id = s.kb_id_.removeprefix(text[s.start_char : s.start_char + cut])
    return char_span(s.doc, s.start_char + cut, s.end_char, label=s.label_, kb_id=kb_id, span_id=s.id_)


def drop_bad_left_edges(
    chosen: list[Chosen],
    text: str,
    hard_stops: frozenset[str] = frozenset(),
    units: frozenset[str] = frozenset(),
) -> list[Chosen]:
    """``chosen`` without the head-word guesses that open inside a word; an institution's name
    found by its head loses a clause the scan ran over (``clause_end_in``); one that opens with
    the verb of an adverb loses the verb (积极|拓宽|澄湾物流园区 → 澄湾物流园区) when a name of
    ``MIN_REST`` or more characters is left, else it is dropped. The resolver runs the
    genericity veto on what is left."""
    out = []
    for s in chosen:
        if s.label_ not in VETOED_TYPES or s.id_ in EXEMPT_SOURCES:
            out.append(s)
            continue
        if (
            opens_inside_word(text, s.start_char, s.end_char)
            or opens_with_joining_mark(text[s.start_char : s.end_char])
            or opens_inside_unit(text, s.start_char, units)  # 抽水|蓄能项目: a mined unit
        ):
            continue
        if s.label_ == "Organization" and s.id_ == "suffix":
            cut = clause_end_in(text[s.start_char : s.end_char], hard_stops)
            if cut:
                s = char_span(s.doc, s.start_char + cut, s.end_char, label=s.label_, span_id=s.id_) or s
        verb = verb_after_adverb(text, s.start_char)
        if verb:
            rest = char_span(s.doc, s.start_char + verb, s.end_char, label=s.label_, span_id=s.id_)
            if rest is not None and s.end_char - s.start_char - verb >= MIN_REST:
                out.append(rest)
            continue
        out.append(s)
    return out
