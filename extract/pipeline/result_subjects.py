"""Programmes named as the subject of a reported result (…改革纵深推进，…机制更加完善，).

A review names a mechanism, reform or campaign by what it achieved: the name opens its clause and
a short predicate that reports a programme's result closes it. GUIDE §3 makes the name a Program
(named actions, plans and campaigns; the provincial-2026 conventions add named reforms and
mechanisms), but the name grammar reads 改革, 机制 and 专项整治 as heads only after a quote, and
finds a name ending in a programme head mostly after a carrying verb (实施|X行动). Here the
frame itself is the evidence, and nothing of it is typed: the predicates are mined over all
unannotated reports (``extract.pipeline.result_mining``: phrases that close clauses opened by
programme names in several reports and in a good share of all their uses — 纵深推进, 深入实施,
更加完善 — ``extract/data/result_predicates.jsonl``), the heads are the grammar's programme tails.

A clause-opening span before a mined predicate that runs to the clause edge or a figure is a
Program candidate when it is a name and not a kind:

- it ends in a programme tail (GUIDE Program kernels, mined Program heads, the quoted-programme
  rule heads 改革, 机制, 专项整治) and its own modifier — level words (国家, 省级) left out — has
  at least ``MIN_MODIFIER`` characters;
- it opens with no clause word (深化|X改革 is the verb's object: the provincial-2026 convention
  leaves reforms governed by a verb untagged), no scope word, count or list label, and holds no
  function word, list mark or quote (a quoted name is the quote readers');
- its modifier is not generic (重点领域, 各项, 全面深化: ``grammar.is_generic``) and the phrase is
  not one that three or more authors write the same way (``category_phrases.jsonl``: a kind).

The resolver then weighs the candidate against the others, as for every finder.
"""

from __future__ import annotations

import functools
import re

from spacy.tokens import Doc

from extract.pipeline import grammar as g
from extract.pipeline.candidates import add_candidate
from extract.pipeline.genericity import MAX_BODY
from extract.pipeline.lexicon import leading_verb, opens_clause
from extract.pipeline.mining import dictionary, segment_cached
from extract.pipeline.rare_designations import DETERMINER_RE, FUNCTION_RE, LEVEL_RE

# what closes a clause (the closed class of punctuation and line breaks the miner splits on)
EDGE = "，。；：！？、\n（）()“”《》"
MIN_MODIFIER = 2  # characters a name's own modifier needs besides its level and head
MIN_SUBJECT, MAX_SUBJECT = 4, 16  # the miner's bounds on a clause-opening name
FIGURE_RE = re.compile(r"[0-9０-９]")  # a figure after the predicate (惠及165万人) closes it too
DASH = "——"  # a review's lead dash (——改革纵深推进) opens a clause
NUMERALS = "一二三四五六七八九十两百千万"  # closed class: a name opening with one is counted
NOT_NAME_TAGS = frozenset({"r", "m", "q", "p", "c", "u"})  # pronoun, numeral, measure, function words


@functools.cache
def _predicate_re(phrases: tuple[str, ...]) -> re.Pattern[str] | None:
    if not phrases:
        return None
    return re.compile("|".join(re.escape(p) for p in sorted(phrases, key=lambda w: (-len(w), w))))


def clause_start(text: str, end: int) -> int:
    """Where the clause holding ``text[end - 1]`` opens (after the last edge or lead dash)."""
    floor = max(0, end - MAX_SUBJECT - len(DASH) - 1)
    i = end
    while i > floor and text[i - 1] not in EDGE:
        i -= 1
    if i == floor and i > 0 and text[i - 1] not in EDGE:
        return -1  # no edge within reach: the span would be longer than a name
    if text.startswith(DASH, i):
        i += len(DASH)
    while i < end and text[i] in " \u3000\t":
        i += 1
    return i


def _first_tag(body: str) -> str:
    """jieba's dictionary tag of the first word of ``body`` ('' when unknown)."""
    words = segment_cached(body)
    return dictionary().get(words[0], (0, ""))[1] if words else ""


def subject_name(name: str, grammar: g.Grammar) -> bool:
    """Is ``name`` (a clause's opening span before a result predicate) a programme's name and
    not a kind or a clause (module docstring)?"""
    if not MIN_SUBJECT <= len(name) <= MAX_SUBJECT:
        return False
    tail = next((t for t in grammar.program_tails if name.endswith(t)), "")
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
    if g.is_generic(own) or any(own == t for t in grammar.generic_terms):
        return False
    return body[-MAX_BODY:] + tail not in grammar.categories


def find_result_subjects(doc: Doc, text: str, grammar: g.Grammar) -> None:
    """Add clause-opening programme names before a mined result predicate as Program candidates
    (module docstring)."""
    phrases = tuple(e["phrase"] for e in grammar.lexicon.get("result_predicates.jsonl", ()))
    pattern = _predicate_re(phrases)
    if pattern is None:
        return
    for m in pattern.finditer(text):
        after = text[m.end() : m.end() + 1]
        if after and after not in EDGE and not FIGURE_RE.match(after):
            continue  # 纵深推进|…改革: the phrase opens a longer clause, no predicate of its own
        start = clause_start(text, m.start())
        if start < 0 or not subject_name(text[start : m.start()], grammar):
            continue
        add_candidate(doc, start, m.start(), "Program", "suffix")
