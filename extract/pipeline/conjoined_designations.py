"""A national designation whose name joins two fields with 与/和 is one Program, from its level.

GUIDE §3 types a pilot or demonstration designation (…试点, …示范区, …试验区) as a Program and
§2.5 keeps the level word in an official designation (国家…, and the provincial-2026 conventions'
全国民族团结进步示范区). The name scan stops at a conjunction (``rare_designations``: 高质量发展和
|宜居城镇建设试点, "a conjunct, whose coordination is unknown"), so a designation that names two
fields (全国甲乙化与丙丁统筹示范区, 国家文化和旅游…试验区) came out as its tail alone, and the first
field was left to stand as a mention of its own (a strategy).

What settles the coordination is the level word: a level that opens the first conjunct, with a
single designation head after the second and none between, scopes over both fields — one
designation, not two — while a right conjunct with a level of its own (甲示范区和国家乙示范区) or a
left one ending in a head of its own (甲试点与乙示范区) lists two. The frame asks, further:

- the conjunction stands alone in the segmentation (和谐 is a word, not 和 + 谐);
- the first conjunct is name material: no clause word (``Grammar.cuts``), no other function
  word, no rank or count after the level (全国|第四批…: GUIDE §2.5 drops the rank; the head
  scan's); the second is what the head scan itself takes as the name, stopping only at the
  conjunction (its verbs inside a name, 城乡|统筹, are the scan's to judge);
- the designation closes its clause: an edge or a clause word follows (…示范区建设迈上新台阶).

Every part of the frame is closed-class (the two level words, the two conjunctions, the GUIDE §3
designation heads of ``head_kernels.jsonl``); no name is listed.
"""

from __future__ import annotations

import functools
import re

from spacy.tokens import Doc

from extract.pipeline import grammar as g
from extract.pipeline.candidates import add_candidate
from extract.pipeline.mining import NATIONAL
from extract.pipeline.quoted_frames import _closed_by_edge
from extract.pipeline.rare_designations import DETERMINER_RE, FUNCTION_RE
from extract.regions import lookup

CONJUNCTIONS = "与和"  # a single joining word between the two fields (GUIDE §2.2 coordination)
RANKS = ("第", "级")  # 全国第四批, 国家级: an ordinal or the level's suffix, not a field
MAX_FIELD = 10  # Han characters of each conjunct (longer runs are clauses, not one name)


@functools.cache
def _conjoined_re(heads: tuple[str, ...]) -> re.Pattern[str] | None:
    """Level, first field, a conjunction, second field, a designation head: every quantifier is
    bounded and the alternatives are fixed strings, so a match tries at most
    ``MAX_FIELD``² splits at a level word (linear in the text)."""
    if not heads:
        return None
    field = r"[\u4e00-\u9fff]{2," + str(MAX_FIELD) + "}?"
    return re.compile(
        "(?P<level>" + "|".join(NATIONAL) + ")(?P<a>" + field + ")(?P<conj>[" + CONJUNCTIONS + "])"
        "(?P<b>" + field + ")(?P<head>" + g._alternation(heads).pattern + ")"
    )


def _lone_conjunction(text: str, a_start: int, b_end: int, conj: int) -> bool:
    """Is the conjunction at ``conj`` a word of its own in the segmentation of the two fields
    (not the first character of 和谐, 与会 …)?"""
    from extract.pipeline.lexicon import _segment

    pos = a_start
    for w in _segment(text[a_start:b_end]):
        if pos == conj:
            return len(w) == 1
        if pos > conj:
            return False
        pos += len(w)
    return False


def _name_material(text: str, start: int, end: int, grammar: g.Grammar) -> bool:
    """No clause word, function word, level word or designation head inside ``text[start:end]``
    and no place on its own (通州区与…: a district beside a designation, not a field)."""
    body = text[start:end]
    if FUNCTION_RE.search(body) or any(n in body for n in NATIONAL) or lookup(body) is not None:
        return False
    if any(h in body for h in grammar.program_designations):
        return False  # 甲试点与乙示范区: two designations listed
    return not any(grammar.cuts(text, start + a, start + b) for a, b in grammar.stop_spans(body))


def find_conjoined_designations(doc: Doc, text: str, grammar: g.Grammar) -> None:
    """Add the national designations naming two fields joined by 与/和 (module docstring) as
    Program candidates, from the level word to the head."""
    pattern = _conjoined_re(grammar.program_designations)
    if pattern is None or not any(n in text for n in NATIONAL):
        return
    for m in pattern.finditer(text):
        if not _closed_by_edge(text, m.end(), grammar.stop_at):
            continue  # …示范区|园区: a longer name goes on
        if g.LEAD_RE.match(text, m.start("a")):
            continue  # 全国|首批…: a rank or count the head scan handles
        if DETERMINER_RE.search(text, m.start("a"), m.end("a")) or m.group("a").startswith(RANKS):
            continue  # 全国第四批…, 国家级…: a rank or level form the head scan handles
        if not _name_material(text, *m.span("a"), grammar):
            continue
        if grammar.name_start(text, m.start("head"), floor=m.end("conj")) != m.start("b"):
            continue  # the head scan itself stops inside the second field: no name up to 与
        if not _lone_conjunction(text, m.start("a"), m.end("b"), m.start("conj")):
            continue
        add_candidate(doc, m.start("level"), m.end("head"), "Program", "suffix")
