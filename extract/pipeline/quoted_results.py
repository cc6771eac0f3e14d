"""Quoted programmes named with no head, read off a reported result (issue 12: headless quotes).

A review often names a programme only in quotes and says what it achieved: “X”稳步推进,
“X”突破, “X”建设引领产业协作. ``quoted_frames`` reads the verb *before* a quote (实施“X”，) and
``quoted_programmes`` the quotes of names other reports give a programme head, but only where a
clause edge or a clause word closes the quote; a result predicate after it closed nothing, so
the quote stayed untagged. Which quotes are programmes is still read off the context, never off
a list, and every word the readings test is mined or a GUIDE rule's:

- **A mined quoted programme reported with a result** (``quoted_programmes.jsonl``: quoted words
  with programme evidence in two or more reports): its quote followed by a result predicate is the
  programme, whatever else stands before it (省属高校“X”突破, “X”平均办理时间减少62%). The
  predicate is the rest of the clause up to its edge or first figure and reads as one by jieba's
  tags (``result_mining.is_predicate``, with the adverbs mined before stage verbs,
  ``status_modifiers.jsonl``: 稳步, 全面), or opens with a verb mined as a programme's result
  (``result_predicates.jsonl``: 突破, 推进, 深化; jieba tags 突破 as a verbal noun). A noun after the quote
  (“X”高校, “X”项目, “X”管理) keeps it a modifier of a kind, untagged as before.
- **A quoted name whose build-up is the subject of a reported result**: a coined quote that opens
  its clause, the generic tail 建设 right after it (GUIDE §2.6: 建设 is left out of a name,
  成渝地区双城经济圈建设 → 成渝地区双城经济圈) and a result predicate closing the clause
  (。“X”建设不断深化，, ，“X”建设引领产业协作，): the provincial-2026 conventions tag a programme
  named as the subject of its result, and GUIDE §9 builds up named programmes (信用浙江). A quote
  after a verb (推动“X”建设, the readable gold leaves 好房子 untagged there), after a modifier
  (…双向“X”建设加快推进) or before a noun (“X”建设美丽城市: an object, no predicate) is not read.
  The same quoted words elsewhere in the document are the same programme (one name, one type per
  document, as ``quoted_frames`` carries a headed quote).

Formulas (“两个确立”), single dictionary words (“加速度”), numbers and places are no coined names
(``quoted_frames.is_coined``); quotes already holding a candidate are left alone.
"""

from __future__ import annotations

import re
import weakref

from spacy.tokens import Doc

from extract.pipeline import grammar as g
from extract.pipeline.candidates import add_candidate, candidates
from extract.pipeline.mining import segment_cached
from extract.pipeline.quoted_frames import LATIN_OR_DIGITS_RE, QUOTE_RE, is_coined
from extract.pipeline.result_mining import FIGURE_RE, is_predicate
from extract.pipeline.result_subjects import alone_stages, result_tails

BUILD_TAIL = "建设"  # GUIDE §2.6: a generic tail left out of a name
# where a clause ends after a quote (the closed class of punctuation, ASCII too: some reports
# write it), and what may stand before a clause-opening quote
CLAUSE_EDGE_RE = re.compile(r"[，。；：！？,;:!?\n、（）()“”《》]")
OPENING = frozenset("，。；：！？,;:!?\n")
BLANKS = " \u3000\t"
MAX_REST = 24  # characters of the clause read after a quote: a predicate is short


def clause_rest(text: str, end: int) -> str:
    """The clause after a closing quote at ``end``, up to its edge or first figure (…减少62% →
    …减少), at most ``MAX_REST`` characters: the predicate tests read words, and a figure is what
    the result reached, not part of the verb phrase; the cap keeps every quote's read bounded on
    a long run with no clause edge."""
    edge = CLAUSE_EDGE_RE.search(text, end, min(len(text), end + MAX_REST))
    rest = text[end : edge.start() if edge else min(len(text), end + MAX_REST)]
    figure = FIGURE_RE.search(rest)
    return rest[: figure.start()] if figure else rest


def opens_clause_at(text: str, start: int) -> bool:
    """Does the quote opening at ``start`` open its clause (text start or a clause edge before
    it, blanks aside)? Only then is it the subject of the predicate after it: after a verb or a
    modifier (推动“X”建设, …双向“X”建设) it is an object or a modifier (module docstring)."""
    pos = start
    while pos > 0 and text[pos - 1] in BLANKS:
        pos -= 1
    return pos == 0 or text[pos - 1] in OPENING


def result_verbs(grammar: g.Grammar) -> frozenset[str]:
    """The verbs mined as a programme's result (``result_predicates.jsonl``: 突破, 推进), read once
    per grammar (weakly keyed, as ``result_subjects.result_tails``), not once per document."""
    cached = _VERBS.get(grammar)
    if cached is None:
        rows = grammar.lexicon.get("result_predicates.jsonl", ())
        cached = _VERBS[grammar] = frozenset(e["verb"] for e in rows)
    return cached


_VERBS: weakref.WeakKeyDictionary[g.Grammar, frozenset[str]] = weakref.WeakKeyDictionary()


def reports_result(rest: str, grammar: g.Grammar, verbs: frozenset[str]) -> bool:
    """Does ``rest`` (the clause after a quote) report a result: a predicate by jieba's tags, or a
    mined result verb first?"""
    if not rest:
        return False
    adverbs = grammar.status_modifiers
    first = segment_cached(rest)[0]
    if first in verbs:
        return True
    return is_predicate(rest, result_tails(grammar), alone_stages(grammar), adverbs)


def built_up_subject(text: str, m: re.Match[str], grammar: g.Grammar) -> bool:
    """Is the quote ``m`` a clause-opening name whose 建设 is the subject of a result predicate
    (。“X”建设不断深化，)?"""
    if not opens_clause_at(text, m.start()):
        return False
    rest = clause_rest(text, m.end())
    if not rest.startswith(BUILD_TAIL):
        return False
    adverbs = grammar.status_modifiers
    return is_predicate(rest[len(BUILD_TAIL) :], result_tails(grammar), alone_stages(grammar), adverbs)


def find_result_quotes(doc: Doc, text: str, grammar: g.Grammar) -> None:
    """Add headless quotes reported with a result as Program candidates (module docstring)."""
    from extract.regions import lookup

    verbs = result_verbs(grammar)
    known = grammar.quoted_programmes
    hits: list[re.Match[str]] = []
    built: set[str] = set()
    quotes = list(QUOTE_RE.finditer(text))
    for m in quotes:
        inner = m.group(1)
        if grammar.after_quote_re.match(text, m.end()):
            continue  # “X”行动: the grammar's name
        if LATIN_OR_DIGITS_RE.match(inner) or not is_coined(inner) or lookup(inner) is not None:
            continue
        if inner in known:
            if reports_result(clause_rest(text, m.end()), grammar, verbs):
                hits.append(m)
        elif built_up_subject(text, m, grammar):
            built.add(inner)
    if built:
        hits += [m for m in quotes if m.group(1) in built and not grammar.after_quote_re.match(text, m.end())]
    if not hits:
        return
    # characters another finder's name covers (“X”, 《…》, a strategy): one pass over the
    # candidates, then each hit reads its own quote, so many hits stay linear
    covered = bytearray(len(text) + 1)
    for c in candidates(doc):
        covered[c.start_char : c.end_char] = b"\x01" * (c.end_char - c.start_char)
    for m in hits:
        if any(covered[m.start() : m.end()]):
            continue
        covered[m.start() : m.end()] = b"\x01" * (m.end() - m.start())
        add_candidate(doc, m.start() + 1, m.end() - 1, "Program", "quote")
