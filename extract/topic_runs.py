"""Run-in topic sentences: one paragraph that files its items under several strategies in turn.

Provincial work reports often write a whole section as one paragraph of run-in sub-headings: a
short sentence with no comma states the topic (``乡村振兴深耕细作。``, ``深入推进新型城镇化。``,
``以某建设引领乡村全面振兴。``) and the sentences after it report or plan under it, up to the next
such sentence (``经略海洋深入推进。``). GUIDE §5 files the items of a paragraph led by a strategy
under it; a run-in sub-heading leads the sentences up to the next one the same way. The paragraph
lead (``StrategyIndex.paragraph_strategy``) only reads a paragraph's first sentence, so every
programme or project after a second sub-heading was filed under nothing (issue 12: the readable
gold's contributesTo misses "across sentences", both arguments found).

A topic sentence is read from its shape only, no word list: no clause mark and no figure, at most
``SHORT`` characters, exactly one strategy named, and the strategy either closes it (a verb phrase
before it, at most a short generic tail after it: ``深入推进新型城镇化``) or opens it with a short
predicate (``黄河国家战略深化落实``). A short sentence of the same shape that names nothing is
another sub-heading (``塑强陆海联动优势。``) and ends the run, and so does one that opens on another
name with a short predicate (``“某某”改革取得突破。``: that name is the next sub-topic); one that names
some other entity after a verb (``出台实施某规划。``) is an item of the run.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass

from extract.indicators import sentence_spans
from extract.model import Document
from extract.pipeline.counted_quotes import FRAMING_TAILS_RE
from extract.pipeline.mining import dictionary, segment_cached
from extract.records import Mention

# a sub-heading sentence is short: the readable reports' run-in sub-headings are 6 to 21 characters
SHORT = 24
# what a sub-heading may not hold: a clause mark (then it is a sentence of its own) or a figure
_NOT_HEADING = re.compile(r"[，,；;：:\d]")
_END = "。！？!?"
# a leading bracketed number (（五）) numbers the sentence, it says nothing
_NUMBERING = re.compile(r"^\s*(?:[（(][^（()）]{1,3}[)）])?")
_QUOTES = "“”\"'"
# after a closing strategy at most a two-word tail once GUIDE §2.6's generic tails are removed
# (``取得新进展`` is 5: too long; the same bound as contributes._TAIL_WORDS)
_TAIL = 4
# after an opening strategy a short predicate (深化落实, 深耕细作, 扎实推进: contributes._TOPIC_PREDICATE)
_PREDICATE = 6
_FIGURE = re.compile(r"\d")


@dataclass(frozen=True)
class TopicRun:
    """Sentences ``[start, end)`` of one paragraph filed under ``strategy``, named at ``start``."""

    start: int
    end: int
    strategy: Mention


def heading_like(text: str) -> bool:
    """A sentence shaped like a run-in sub-heading: short, no clause mark, no figure."""
    body = _NUMBERING.sub("", text.strip()).rstrip(_END)
    return bool(body) and len(body) <= SHORT and not _NOT_HEADING.search(body)


def topic_of(text: str, start: int, inside: Sequence[Mention]) -> Mention | None:
    """The strategy a heading-like sentence ``text`` (at ``start``) is about, or None.

    ``inside`` are the mentions starting in the sentence; exactly one must be a strategy. It is
    the topic when it closes the sentence after a verb phrase (``深入推进新型城镇化``) or opens it
    before a short predicate (``乡村振兴深耕细作``); a strategy that qualifies a longer phrase
    (``提升某湾区自身综合竞争力``) is no topic."""
    strategies = [m for m in inside if m.type == "Strategy"]
    if len(strategies) != 1:
        return None
    s = strategies[0]
    lead_len = _NUMBERING.match(text)
    body_start = start + (lead_len.end() if lead_len else 0)
    before = text[body_start - start : s.start - start].strip().strip(_QUOTES)
    after = text[s.end - start :].strip().rstrip(_END).strip(_QUOTES)
    tail = FRAMING_TAILS_RE.sub("", after)
    if before and len(tail) <= _TAIL:
        return s  # closes it: 深入推进某战略(建设)
    if before and short_predicate(tail):
        return s  # holds it: 推动某协同发展取得新进展
    return s if _opens_on(text, start, s) else None  # opens it: 某战略深化落实


# jieba's tags of words that open a noun phrase, not a predicate: nouns (n, nr, ns …, vn, an),
# pronouns (自身), numerals and measure words; 的 marks a modifier (纵深推进的五年)
_NOMINAL = ("n", "vn", "an", "r", "m", "q")
_MODIFIER = "的"


def short_predicate(rest: str) -> bool:
    """Is ``rest``, what follows a strategy (its generic tails removed), a short predicate about it
    (``取得新进展``, ``走深走实``, ``迈上新台阶``)?

    A verb phrase before the strategy and a predicate after it (``推动某协同发展取得新进展``) make
    the strategy what the sentence is about, as the shapes above do; GUIDE §5 files what follows
    under it (round 8's readable gold files the projects and programmes after
    ``推动京津冀协同发展取得新进展。`` so). At most ``_PREDICATE`` characters, no figure, no
    modifier mark and no noun phrase opening it (``提升某湾区自身综合竞争力``: the strategy
    qualifies a longer phrase)."""
    rest = rest.strip().strip(_QUOTES)
    if not rest or len(rest) > _PREDICATE or _MODIFIER in rest or _FIGURE.search(rest):
        return False
    first = segment_cached(rest)[0]
    return not dictionary().get(first, (0, ""))[1].startswith(_NOMINAL)


def _opens_on(text: str, start: int, m: Mention) -> bool:
    """The heading-like sentence ``text`` (at ``start``) opens on ``m`` and ends in a short
    predicate about it: ``m`` is what the sentence is about (``某战略深化落实``, ``某改革取得突破``)."""
    lead = _NUMBERING.match(text)
    before = text[(lead.end() if lead else 0) : m.start - start].strip().strip(_QUOTES)
    after = text[m.end - start :].strip().rstrip(_END).strip(_QUOTES)
    return not before and 0 < len(after) <= _PREDICATE


# the noun a standalone topic paragraph's clause modifies through 的: one or two characters (五年, 一年)
_HEAD_NOUN = 2


def paragraph_topic(text: str, start: int, inside: Sequence[Mention]) -> Mention | None:
    """The strategy of a paragraph that is one heading-like sentence, ``text`` at ``start``, or None.

    Such a paragraph is a sub-heading by layout (``乡村全面振兴扎实推进。``, then the paragraph it
    heads), though the document structure does not make it a section. Its strategy is read as a
    run-in topic sentence's (``topic_of``), and also from the review formula that makes the topic
    clause modify a short noun through 的 (``这是某湾区建设纵深推进的五年。``): the clause before 的
    must itself be a topic sentence, its strategy closing it or holding a short predicate. Round 10's
    readable gold files the paragraph after such a line under its strategy (GUIDE §5, the heading
    reading), where relation28 had left it out for the modifier mark."""
    body = _NUMBERING.sub("", text.strip()).rstrip(_END)
    if not heading_like(text) or any(mark in body for mark in _END):
        return None  # two sentences: a paragraph of its own, no sub-heading
    topic = topic_of(text, start, inside)
    if topic is not None:
        return topic
    cut = text.rfind(_MODIFIER)
    noun = text[cut + 1 :].strip().rstrip(_END)
    if cut < 0 or not 0 < len(noun) <= _HEAD_NOUN:
        return None
    clause = [m for m in inside if m.end <= start + cut]
    if len(clause) != len(inside):
        return None  # a name in the modified noun: not the formula
    return topic_of(text[:cut], start, clause)


def topic_runs(doc: Document, mentions: Sequence[Mention]) -> list[TopicRun]:
    """Every run of a paragraph's sentences under a run-in topic sentence, in text order.

    ``mentions`` are the document's, sorted by start. A run ends before the next heading-like
    sentence of the paragraph that names nothing or is a topic itself, or at the paragraph's end."""
    starts = [m.start for m in mentions]
    para_starts = [p.start for p in doc.paragraphs]
    text = doc.text
    runs: list[TopicRun] = []
    open_run: tuple[int, Mention] | None = None
    paragraph = -1
    last_end = 0

    def close(end: int) -> None:
        nonlocal open_run
        if open_run is not None:
            runs.append(TopicRun(open_run[0], end, open_run[1]))
        open_run = None

    # the sentences the relation rules read (``common.sentences``), each in the paragraph it starts in
    for start, end, _ in sentence_spans(doc):
        here = bisect.bisect_right(para_starts, start) - 1
        if here != paragraph:
            close(last_end)
            paragraph = here
        last_end = end
        sentence = text[start:end]
        if not heading_like(sentence):
            continue
        inside = mentions[bisect.bisect_left(starts, start) : bisect.bisect_left(starts, end)]
        topic = topic_of(sentence, start, inside)
        if topic is not None:
            close(start)
            open_run = (start, topic)
        elif not inside or _opens_on(sentence, start, inside[0]):
            close(start)  # another sub-heading: 塑强陆海联动优势。 / “某某”改革取得突破。
    close(last_end)
    return runs


__all__ = [
    "SHORT",
    "TopicRun",
    "heading_like",
    "paragraph_topic",
    "short_predicate",
    "topic_of",
    "topic_runs",
]
