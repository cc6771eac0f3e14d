"""Programmes named as the subject of a reported result (…改革纵深推进，…行动取得突破，).

A review names a mechanism, reform or campaign by what it achieved: the name opens its clause and
a short predicate that reports a programme's result closes it. GUIDE §3 makes the name a Program
(named actions, plans and campaigns; the provincial-2026 conventions add named reforms and
mechanisms), but the name grammar reads 改革 as a head only after a quote, and
finds a name ending in a programme head mostly after a carrying verb (实施|X行动). Here the
frame itself is the evidence, and no word of it is typed:

- the predicate runs from the name to the clause edge and reads as a predicate by jieba's
  dictionary tags — an adverb, adjective or verb first, a verb last, two to eight characters, no
  programme head and no construction stage said alone (建成, 投运: a works was built) in it
  (``result_mining.is_predicate``); one word alone may continue the name (改革|开放) and is no
  predicate. A predicate that runs into a figure (覆盖|80万人) must end in a verb mined as a
  programme's result over all unannotated reports (``extract.pipeline.result_mining``,
  ``extract/data/result_predicates.jsonl``: 推进, 突破, 覆盖 … with their counts), and a figure of
  counted things (…示范区达到|34个) counts a kind, so it names nothing;
- the name ends in a programme head (``result_mining.programme_tails``: GUIDE Program kernels,
  mined Program heads and 改革, a GUIDE-rule head of rule kind ``result_subject``: the
  provincial-2026 gold tags a reform named as its result's subject, not an unquoted 机制) and
  its own modifier —
  level words (国家, 省级) left out — has at least ``MIN_MODIFIER`` Han characters;
- it opens with no clause word (深化|X改革 is the verb's object: the provincial-2026 convention
  leaves reforms governed by a verb untagged), no scope word, count, pronoun or list label, and
  holds no function word or mined carrying verb (全面深化|改革);
- its modifier is not generic (重点领域, 各项: ``grammar.is_generic``) and the phrase is not one
  that three or more authors write the same way (``category_phrases.jsonl``: a kind);
- the clause is no list's last item (A、B改革纵深推进: the head may be shared).

The resolver then weighs the candidate against the others, as for every finder.
"""

from __future__ import annotations

import functools
import re
import weakref

from spacy.tokens import Doc

from extract.pipeline import grammar as g
from extract.pipeline.candidates import add_candidate
from extract.pipeline.clause_index import clauses_holding
from extract.pipeline.genericity import MAX_BODY
from extract.pipeline.lexicon import leading_verb, opens_clause
from extract.pipeline.mining import dictionary, segment_cached
from extract.pipeline.rare_designations import DETERMINER_RE, FUNCTION_RE, LEVEL_RE
from extract.pipeline.result_mining import (
    CLAUSE_EDGE_RE,
    CLAUSE_RE,
    MAX_PREDICATE,
    SUBJECT_RULE,
    _clause_predicate,
    adverbial_phrase,
    is_predicate,
    programme_tails,
)

# a clause after these is a list's last item (A、B改革: its head may be shared) or opens inside a
# title or a quote (《市打赢国企改革攻坚战工作简报》): no subject of a reported result
OPENERS = ("、", "《", "“")
MIN_MODIFIER = 2  # characters a name's own modifier needs besides its level and head
MIN_SUBJECT, MAX_SUBJECT = 4, 16  # the miner's bounds on a clause-opening name
BLANKS = " \u3000\t"
# a figure and a measure word of counted things (34个, 5家, 12项): the predicate counts a kind
COUNTED_RE = re.compile(r"[0-9０-９一二三四五六七八九十百千两.]+[余多]?[个项家条批所座类]")
DASH = "——"  # a review's lead dash (——改革纵深推进) opens a clause
NUMERALS = "一二三四五六七八九十两百千万"  # closed class: a name opening with one is counted
NOT_NAME_TAGS = frozenset({"r", "m", "q", "p", "c", "u"})  # pronoun, numeral, measure, function words


def _first_tag(body: str) -> str:
    """jieba's dictionary tag of the first word of ``body`` ('' when unknown)."""
    words = segment_cached(body)
    return dictionary().get(words[0], (0, ""))[1] if words else ""


def subject_name(name: str, grammar: g.Grammar, tails: tuple[str, ...] | None = None) -> bool:
    """Is ``name`` (a clause's opening span before a result predicate) a programme's name and
    not a kind or a clause (module docstring)?"""
    if not MIN_SUBJECT <= len(name) <= MAX_SUBJECT:
        return False
    tail = next((t for t in (tails or result_tails(grammar)) if name.endswith(t)), "")
    if not tail:
        return False
    body = name[: -len(tail)]
    level = LEVEL_RE.match(body)
    own = body[level.end() :] if level else body
    if len(own) < MIN_MODIFIER or not all("\u4e00" <= c <= "\u9fff" for c in own):
        return False  # a figure, a quote, a letter: other readers' names, or a count
    if FUNCTION_RE.search(own) or DETERMINER_RE.search(own) or g.LEAD_RE.match(name):
        return False  # 医疗和养老改革, 3项改革, 全省|…: a list, a count or a scope
    if opens_clause(own) or leading_verb(own) or opens_clause(name) or leading_verb(name):
        return False  # 推进|国企改革: the object of a verb
    if any(v in own for v in grammar.carrying_verbs):
        return False  # (全面)深化|改革: a mined carrying verb governs the head, nothing is named
    if own[0] in NUMERALS or _first_tag(own) in NOT_NAME_TAGS:
        return False  # 三地|协同机制, 各|方面体制机制: a count or a pronoun, no name
    if any(v in own for v in grammar.stage_verbs):
        return False  # 高质量发展|建设|共同富裕示范区: a stage verb inside, the name is after it
    if g.is_generic(own):
        return False
    if tail not in _subject_rule_heads(grammar) and any(own == t for t in grammar.generic_terms):
        return False  # 产业发展|行动: a common field before an action head names a kind
    return body[-MAX_BODY:] + tail not in grammar.categories


def find_result_subjects(doc: Doc, text: str, grammar: g.Grammar) -> None:
    """Add clause-opening programme names before a result predicate as Program candidates
    (module docstring)."""
    verbs = frozenset(e["verb"] for e in grammar.lexicon.get("result_predicates.jsonl", ()))
    tails = result_tails(grammar)
    stages = alone_stages(grammar)
    # adverbs the dictionary tags as nouns (全面, 有序), mined before stage verbs: they open a
    # predicate (改革|全面推进) and, glued to a verb, are one (改革|全面实施)
    adverbs = grammar.status_modifiers
    tail_re = _tail_re(tails)
    # only the clauses a tail begins in: no other can pass the tail test below (clause_index)
    for m in clauses_holding(text, tails, CLAUSE_RE, CLAUSE_EDGE_RE):
        start = m.start()
        while start < m.end() and text[start] in BLANKS:
            start += 1
        if text.startswith(DASH, start):
            start += len(DASH)
        if text[m.start() - 1 : m.start()] in OPENERS:
            continue  # A、|B改革…: a list's last item; 《|…改革…》, “|…”: inside a title or quote
        if not tail_re.search(text, start, min(m.end(), start + MAX_SUBJECT)):
            continue
        whole = text[start : m.end()]
        clause = _clause_predicate(whole)
        if len(clause) > MAX_SUBJECT + MAX_PREDICATE:
            continue  # no name and predicate fill it: never segment a long clause (or a whole page)
        if not _tail_ends_subject(clause, tails):
            continue  # no word boundary below could close a subject with a tail: no segmentation
        figure = len(clause) < len(whole)
        words = segment_cached(clause)
        pos = 0
        for i, word in enumerate(words[:-1]):
            pos += len(word)
            if pos > MAX_SUBJECT:
                break
            if pos < MIN_SUBJECT or not clause.endswith(tails, 0, pos):
                continue
            rest = words[i + 1 :]
            if figure:
                if rest[-1] not in verbs or COUNTED_RE.match(whole, len(clause)):
                    break  # …示范区达到|34个: a count of a kind; 覆盖|80万人: a mined result verb
            elif len(rest) == 1 and not adverbial_phrase(rest[0], adverbs):
                break  # 改革|开放: one word alone may continue the name; 顺利|完成 is a predicate
            predicate = is_predicate(clause[pos:], tails, stages, adverbs)
            if predicate and subject_name(clause[:pos], grammar, tails):
                add_candidate(doc, start, start + pos, "Program", "suffix")
            break


def _tail_ends_subject(clause: str, tails: tuple[str, ...]) -> bool:
    """Does a tail end ``clause[:pos]`` for some ``pos`` the word loop of
    :func:`find_result_subjects` reads (``MIN_SUBJECT`` to ``MAX_SUBJECT``, a word before the
    clause's last)? The loop adds a name only at such a ``pos``; where none is, the clause needs no
    segmentation (speed39: about half the clauses a tail begins in)."""
    return any(
        clause.endswith(tails, 0, pos) for pos in range(MIN_SUBJECT, min(MAX_SUBJECT, len(clause) - 1) + 1)
    )


def _subject_rule_heads(grammar: g.Grammar) -> frozenset[str]:
    """The GUIDE-rule heads of rule kind ``result_subject`` (改革), read once per grammar."""
    cached = _RULE_HEADS.get(grammar)
    if cached is None:
        rows = grammar.lexicon.get("head_rules.jsonl", ())
        cached = _RULE_HEADS[grammar] = frozenset(r["head"] for r in rows if r["rule_kind"] == SUBJECT_RULE)
    return cached


@functools.cache
def _tail_re(tails: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(map(re.escape, tails)) or "(?!)")


def result_tails(grammar: g.Grammar) -> tuple[str, ...]:
    """The grammar's programme tails, computed once per grammar; weakly keyed, so a grammar
    dropped with its pipeline is freed (a dict of strong references grew without bound). Public:
    the readers of results after a programme (``programme_lists``, ``quoted_results``) test the
    same predicates."""
    cached = _TAILS.get(grammar)
    if cached is None:
        cached = _TAILS[grammar] = programme_tails(grammar.lexicon)
    return cached


def alone_stages(grammar: g.Grammar) -> tuple[str, ...]:
    """The mined stage verbs that report a result standing alone (``status_kernels.jsonl``,
    ``alone``), read once per grammar as the tails are: the predicate test asks for them at
    every quote and list label."""
    cached = _STAGES.get(grammar)
    if cached is None:
        rows = grammar.lexicon.get("status_kernels.jsonl", ())
        cached = _STAGES[grammar] = tuple(k["verb"] for k in rows if k.get("alone"))
    return cached


_TAILS: weakref.WeakKeyDictionary[g.Grammar, tuple[str, ...]] = weakref.WeakKeyDictionary()
_STAGES: weakref.WeakKeyDictionary[g.Grammar, tuple[str, ...]] = weakref.WeakKeyDictionary()
_RULE_HEADS: weakref.WeakKeyDictionary[g.Grammar, frozenset[str]] = weakref.WeakKeyDictionary()
