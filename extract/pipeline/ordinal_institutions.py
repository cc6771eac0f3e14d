"""Institutions named by a short stem and an ordinal before the kernel 院 (市五院, 重医附二院).

GUIDE §3 types hospitals as Organization, and §4 keeps a name's short form as the mention. A
hospital is often written as its owner's short stem, an ordinal and the one-character kernel 院
(市第五人民医院 → 市五院, 重庆医科大学附属第二医院 → 重医附二院, 四川大学华西第四医院 → 华西四院).
The one-character kernel closes a name only after a gazetteer division (names.py), so these were
missed. In the bundled reports nobody annotated the shape recurs in four reports (市五院, 市七院,
区三院, 重医附二院); what tells it from a counted formula is the position of the numeral: an
ordinal *right before* the kernel, with a stem that holds no numeral itself (五馆一院 counts
venues, 一院一策 is a slogan, 两院 counts academies; 两 is no ordinal of a single body here
since the stem before it is empty).

The stem is a division level right before the ordinal (市|五院, 区|三院: that government's
hospital, as 区中医院 is) or the run of name characters back to the last clause word or mark of
the segmentation (解决|重医附二院, 与|华西四院), two to ``MAX_STEM`` characters. Kernel and
numerals come from the kernel file and the numeral closed class; no name is listed.
"""

from __future__ import annotations

import functools
import re

from spacy.tokens import Doc

from extract.pipeline import grammar as g
from extract.pipeline.area_belts import NUMERAL_OPENING_RE
from extract.pipeline.candidates import add_candidate
from extract.pipeline.mining import CLAUSE_TAGS, dictionary, segment_cached
from extract.pipeline.public_bodies import LEVELS

HAN_RUN_RE = re.compile(r"[\u4e00-\u9fff]+")
MIN_STEM = 2
MAX_STEM = 4  # characters of an owner's short stem (华西, 重医附)
CONTEXT = 6  # characters after the kernel segmented to read the word that follows
OPENING_BRACKETS = frozenset("（(")
FOLLOWING_TAGS = CLAUSE_TAGS | {"vn"}  # a clause word, or a verb the dictionary also reads as a noun (合作)


@functools.lru_cache(maxsize=8)
def _ordinal_re(grammar: g.Grammar) -> re.Pattern[str] | None:
    """An ordinal numeral right before a one-character Organization kernel of the kernel file."""
    kernels = sorted(
        k["head"]
        for k in grammar.lexicon.get("head_kernels.jsonl", ())
        if k.get("type") == "Organization" and len(k["head"]) == 1
    )
    if not kernels:
        return None
    return re.compile(f"(?:{NUMERAL_OPENING_RE.pattern})(?:{'|'.join(map(re.escape, kernels))})")


def _stem_start(text: str, at: int) -> int | None:
    """Where the owner's stem before the ordinal at ``at`` opens, or None (module docstring)."""
    if at > 0 and text[at - 1] in LEVELS:
        return at - 1  # 市|五院: the level's own hospital
    run_start = at
    while run_start > 0 and at - run_start < MAX_STEM + 6 and HAN_RUN_RE.match(text[run_start - 1]):
        run_start -= 1
    before = text[run_start:at]
    if not before:
        return None
    words = dictionary()
    start, pos = run_start, run_start
    for tok in segment_cached(before):
        pos += len(tok)
        if words.get(tok, (0, ""))[1] in CLAUSE_TAGS:
            start = pos  # the clause word ends before the stem (解决|重医附, 与|华西)
    if start == at:
        return None  # 当选|两院: a verb right before the numeral counts what it takes
    stem = text[start:at]
    if not MIN_STEM <= len(stem) <= MAX_STEM or NUMERAL_OPENING_RE.search(stem):
        return None  # 五馆|一院: a counted formula; a long run is a clause, not a stem
    if start == run_start and at - run_start > MAX_STEM:
        return None
    return start


def _ends_the_name(text: str, end: int) -> bool:
    """Does the institution's name end at ``end``: a mark other than an opening bracket, a clause
    word or the end of the text follows? Name words after it (市五院|新院区, …二院|江南院区) make it
    the modifier of a longer name — a campus or works, GUIDE §2 takes the longest name — and a
    bracket may still belong to the name (市五院（智慧医院）)."""
    if end >= len(text):
        return True
    if not HAN_RUN_RE.match(text[end]):
        return text[end] not in OPENING_BRACKETS
    run = HAN_RUN_RE.match(text, end)
    first = segment_cached(run.group()[:CONTEXT])[0] if run else ""
    return dictionary().get(first, (0, ""))[1] in FOLLOWING_TAGS


def find_ordinal_institutions(doc: Doc, text: str, grammar: g.Grammar) -> None:
    """Add an Organization candidate for each stem + ordinal + 院 (module docstring)."""
    pattern = _ordinal_re(grammar)
    if pattern is None:
        return
    for m in pattern.finditer(text):
        if NUMERAL_OPENING_RE.match(text, m.end()) or not _ends_the_name(text, m.end()):
            continue  # 一院一策: a slogan of counted items; 市五院|新院区: a longer name
        start = _stem_start(text, m.start())
        if start is not None:
            add_candidate(doc, start, m.end(), "Organization", "suffix")
