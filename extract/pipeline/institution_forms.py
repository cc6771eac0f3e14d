"""Institutions named by one word of their own (中国工程院, 中科院: issue 12, institution abbreviations).

GUIDE §3 types institutes as Organization and §4 expands their abbreviations; the kernel file
closes institution names with the one-character kernel 院, which names a thing only after a
division of the gazetteer (names.py), so a national academy or its short form, with no division
before it, was missed — or cut by another head inside it (中国工程|院 read as a project 中国工程).

The institutions that are one word are found in unannotated text (``scripts/mine_institutions.py``
→ ``extract/data/institution_forms.jsonl``): a word of jieba's segmentation that ends in a
one-character Organization kernel, three characters or more, that the general dictionary tags as
an organisation's name (``nt``) or does not know, and that stands on its own — after a clause
boundary or a clause word, not after a modifier — in at least ``MIN_ALONE_SHARE`` of its uses
in at least ``MIN_DOCS`` reports. A kind of institution takes modifiers (三级|公立医院, 乡镇|卫生院,
区|中医院) and so fails the share, or is itself a common word + a kind (中医|医院); a count
(两院) opens with a numeral. At run time each such word
is an Organization where the segmentation of its clause makes it a word of its own.
"""

from __future__ import annotations

import functools
import re
from collections import Counter, defaultdict
from collections.abc import Sequence

from spacy.tokens import Doc

from extract.pipeline import grammar as g
from extract.pipeline.area_belts import NUMERAL_OPENING_RE
from extract.pipeline.candidates import add_candidate
from extract.pipeline.mining import CLAUSE_TAGS, dictionary, segment, segment_cached
from extract.pipeline.public_bodies import LEVELS

HAN_RUN_RE = re.compile(r"[\u4e00-\u9fff]+")
MIN_LENGTH = 3
MIN_DOCS = 2
MIN_ALONE_SHARE = 0.5
NAME_TAGS = frozenset({"nt", None})  # jieba's organisation-name tag, or a word it does not know
NAMED_TAGS = frozenset({"ns", "nr", "nrt", "nrfg", "nt"})  # a place, person or body names the stem
CONTEXT = 8  # characters each side segmented with the word at run time


def org_kernels(kernels: Sequence[dict]) -> set[str]:
    """The one-character Organization kernels of ``head_kernels.jsonl`` (院)."""
    return {k["head"] for k in kernels if k["type"] == "Organization" and len(k["head"]) == 1}


def mine_institution_forms(docs: Sequence[tuple[str, str]], kernels: Sequence[dict]) -> list[dict]:
    """Institution words (module docstring), sorted by word."""
    closing = org_kernels(kernels)
    if not closing:
        return []
    words = dictionary()
    total: Counter[str] = Counter()
    alone: Counter[str] = Counter()
    seen_in: dict[str, set[str]] = defaultdict(set)
    for name, text in docs:
        for m in HAN_RUN_RE.finditer(text):
            tokens = segment(m.group())
            for j, tok in enumerate(tokens):
                if len(tok) < MIN_LENGTH or tok[-1] not in closing:
                    continue
                total[tok] += 1
                seen_in[tok].add(name)
                if j == 0 or words.get(tokens[j - 1], (0, ""))[1] in CLAUSE_TAGS:
                    alone[tok] += 1
    out = []
    for tok, n in total.items():
        tag = words.get(tok, (0, None))[1]
        if (
            tag not in NAME_TAGS
            or NUMERAL_OPENING_RE.match(tok)
            or _common_compound(tok)
            or len(seen_in[tok]) < MIN_DOCS
            or alone[tok] < MIN_ALONE_SHARE * n
        ):
            continue
        out.append(
            {
                "word": tok,
                "source": "mined",
                "counts": {"total": n, "alone": alone[tok]},
                "docs": len(seen_in[tok]),
                "pos": tag or "?",
            }
        )
    return sorted(out, key=lambda e: e["word"])


def _common_compound(word: str) -> bool:
    """Is the word a common modifier + a kind of institution, both words of the dictionary
    (中医|医院: a kind of hospital), rather than a proper name (中国|科学院, 中科院, 国务院)?"""
    words = dictionary()
    for i in range(1, len(word) - 1):
        stem, kind = word[:i], word[i:]
        if stem in words and kind in words and words[stem][1] not in NAMED_TAGS:
            return True
    return False


@functools.lru_cache(maxsize=8)
def _forms_re(grammar: g.Grammar) -> re.Pattern[str] | None:
    forms = [r["word"] for r in grammar.lexicon.get("institution_forms.jsonl", ())]
    return g._alternation(forms) if forms else None


def _is_abbreviation(short: str, full: str) -> bool:
    """Does ``short`` keep characters of ``full`` in order, its first and its last (中科院 of
    中国科学院: 中|国|科|学|院), being shorter? The usual way a Chinese name is abbreviated."""
    if len(short) >= len(full) or short[0] != full[0] or short[-1] != full[-1]:
        return False
    pos = 0
    for ch in short:
        pos = full.find(ch, pos) + 1
        if pos == 0:
            return False
    return True


@functools.lru_cache(maxsize=8)
def abbreviated_heads(grammar: g.Grammar) -> tuple[str, ...]:
    """The abbreviated institution heads the mined forms attest (科院 of 科学院): where one mined
    form abbreviates another (中科院 of 中国科学院), the short form without its first character is
    the abbreviated head of the full one (科院 stands for 科学院), at least two characters, so
    that other institutions abbreviated the same way are found (社科院, 农科院). Derived from the
    mined pairs, never listed."""
    forms = sorted({r["word"] for r in grammar.lexicon.get("institution_forms.jsonl", ())})
    heads = {
        short[1:]
        for short in forms
        for full in forms
        if len(short) >= MIN_LENGTH and _is_abbreviation(short, full)
    }
    return tuple(sorted(heads))


LEVEL_CHARS = "".join(sorted(LEVELS))
MAX_ABBREVIATED_STEM = 2  # characters before an abbreviated head (社|科院, 农科院 of 省|农科院)


def find_abbreviated_institutions(doc: Doc, text: str, grammar: g.Grammar) -> None:
    """Add an Organization candidate for a word that is a short stem and an abbreviated head
    (社科院, 石科院: ``abbreviated_heads``) and stands on its own as the miner asks of institution
    words (after a clause boundary or a clause word, not inside a longer name: 中国|地科院…所
    is left to the name it is part of). A division level the segmentation joins to it (省农科院)
    stays in the span, as in 区中医院 (GUIDE §4)."""
    heads = abbreviated_heads(grammar)
    if not heads:
        return
    words = dictionary()
    for head in heads:
        at = text.find(head)
        while at != -1:
            run = HAN_RUN_RE.search(text, max(0, at - CONTEXT), at + len(head))
            while run is not None and run.end() < at + len(head):
                run = HAN_RUN_RE.search(text, run.end(), at + len(head) + CONTEXT)
            at_end = at + len(head)
            at = text.find(head, at + 1)
            if run is None or run.start() > at_end - len(head):
                continue
            tokens = segment_cached(text[run.start() : max(run.end(), at_end)])
            pos = run.start()
            for j, tok in enumerate(tokens):
                end = pos + len(tok)
                if end == at_end:
                    start, before = pos, j - 1
                    if tok == head and j > 0 and HAN_RUN_RE.fullmatch(tokens[j - 1]):
                        # 镁|科院: the segmentation split the stem off; the name is both words
                        tok = tokens[j - 1] + tok
                        start, before = pos - len(tokens[j - 1]), j - 2
                    stem = tok[: -len(head)].lstrip(LEVEL_CHARS) if tok.endswith(head) else ""
                    if before >= 0 and len(tokens[before]) == 1 and tokens[before] in LEVELS:
                        start, before = pos - 1, before - 1  # 省|社科院: the level is the body's
                    alone = before < 0 or not HAN_RUN_RE.fullmatch(tokens[before])
                    alone = alone or words.get(tokens[before], (0, ""))[1] in CLAUSE_TAGS
                    named = words.get(tok, (0, None))[1] in NAME_TAGS  # an institution, or unknown
                    if 1 <= len(stem) <= MAX_ABBREVIATED_STEM and alone and named:
                        add_candidate(doc, start, end, "Organization", "suffix")
                    break
                if end > at_end:
                    break
                pos = end


# the last character of the Organization kernel 研究所 (head_kernels.jsonl, GUIDE §3 institutes),
# which an institute's abbreviation keeps as 中科院 keeps 院 of 中国科学院 (煤化所 of 煤炭化学研究所)
INSTITUTE_END = "所"
MAX_INSTITUTE = 10  # Han characters of an institute's own name after its academy (山西煤化, 东莞材料…)
# what may follow a name: a list mark, a conjunction or 等, or a clause break (closed classes)
NAME_BREAK = "、，。；：,;:和及与等）)\n"


def find_sub_institutes(doc: Doc, text: str, grammar: g.Grammar) -> None:
    """An institute of an academy written short is one Organization (中科院山西煤化所): a mined
    institution form (``institution_forms.jsonl``) followed at once by the institute's own name
    — its place and field, two to ``MAX_INSTITUTE`` Han characters — that ends in 所 where the
    name ends (a list mark, a conjunction or a clause break after it). GUIDE §2.1: the longest
    name, so the place inside (山西) is no District and the academy no body of its own there."""
    forms = _forms_re(grammar)
    if forms is None:
        return
    for m in forms.finditer(text):
        run = HAN_RUN_RE.match(text, m.end())
        if run is None:
            continue
        limit = min(run.end(), m.end() + MAX_INSTITUTE + 1)
        end = text.find(INSTITUTE_END, m.end() + 2, limit)
        while end != -1:
            after = end + 1
            if after >= len(text) or text[after] in NAME_BREAK:
                add_candidate(doc, m.start(), after, "Organization", "suffix")
                break
            end = text.find(INSTITUTE_END, after, limit)


# an institute or academy written short keeps the last character of its kind (GUIDE §3 institutes:
# 研究所 → 所, the kernel 院 of head_kernels.jsonl), as 中科院 and 煤化所 do
SHORT_KINDS = "所院"
MIN_ITEM, MAX_ITEM = 3, 6  # Han characters of a short institution name (北化院 … 天大前沿院)
ITEM_OPENING = "、，。；：,;:（(\n"  # a list mark or a clause break before the item (closed class)
ITEM_CLOSING = "、等"  # a list mark or 等 after it; after a list mark, a clause break closes too
KIND_TAGS = frozenset({"nt", "j"})  # dictionary words that are a body's name or an abbreviation
SHORT_ITEM_RE = re.compile(  # opened by a list mark or a clause break: checked again in the finder
    rf"(?:^|(?<=[{ITEM_OPENING}]))[\u4e00-\u9fff]{{{MIN_ITEM},{MAX_ITEM}}}(?<=[{SHORT_KINDS}])", re.M
)


COMMON_WORD = 1000  # jieba frequency above which an opening word is the clause's (深化), no stem


@functools.lru_cache(maxsize=8)
def other_kinds(grammar: g.Grammar) -> tuple[str, ...]:
    """The grammar's heads of other types that end in 所 or 院 (交易所: a Platform), whose
    abbreviation (交所) names no institute."""
    return tuple(sorted(h for h, t in grammar.heads.items() if t != "Organization" and h[-1] in SHORT_KINDS))


def _short_institution(item: str, grammar: g.Grammar) -> bool:
    """Is ``item`` (ending in 所 or 院) a short institution name rather than a word of the
    language or a kind? Not a dictionary word (派出所, 卫生院, 科研院所: a kind, or the mined
    institution words' business); not one dictionary word + its kind (司法|所, 中|医院); its
    last word no dictionary kind of two characters or more (区|中医院, 智慧|法院: the head-word
    finder's); no clause word before its kind (深化|与|…院) and no common word opening it
    (深化|府院: a verb's object); and its end no short form of another type's head (药|交所 of
    交易所, a Platform)."""
    words = dictionary()
    if item in words or item[:-1] in words:
        return False
    if any(_is_abbreviation(item[-2:], head) for head in other_kinds(grammar)):
        return False
    tokens = segment_cached(item)
    last = tokens[-1]
    if len(last) >= 2 and words.get(last, (0, None))[1] not in (None, *KIND_TAGS):
        return False
    freq, tag = words.get(tokens[0], (0, ""))
    if len(tokens) > 1 and freq >= COMMON_WORD and tag not in NAMED_TAGS:
        return False
    return not any(words.get(t, (0, ""))[1] in CLAUSE_TAGS for t in tokens[:-1])


def find_listed_short_institutions(doc: Doc, text: str, grammar: g.Grammar) -> None:
    """Add an Organization candidate for a short institution name that is a whole item of a list
    (工生所、北化院、石科院等): three to six Han characters ending in 所 or 院 between a list mark or
    a clause break and a list mark or 等 (a clause break too where a list mark opens it), that
    ``_short_institution`` finds no word of the language. A list's item is a name of its own, so
    the span is the whole item (GUIDE §2.1 the longest name, §4 abbreviations)."""
    for m in SHORT_ITEM_RE.finditer(text):
        start, end = m.span()
        before = text[start - 1] if start else "\n"
        after = text[end] if end < len(text) else "\n"
        closes = after in ITEM_CLOSING or (before == "、" and after in ITEM_OPENING)
        if before in ITEM_OPENING and closes and _short_institution(m.group(), grammar):
            add_candidate(doc, start, end, "Organization", "suffix")


def find_institution_forms(doc: Doc, text: str, grammar: g.Grammar) -> None:
    """Add an Organization candidate for each mined institution word that the segmentation of
    its surroundings keeps whole (中国工程院 in 深化与中国工程院合作), and for each word that
    abbreviates an institution the way mined forms do (``find_abbreviated_institutions``)."""
    find_abbreviated_institutions(doc, text, grammar)
    find_sub_institutes(doc, text, grammar)
    find_listed_short_institutions(doc, text, grammar)
    forms = _forms_re(grammar)
    if forms is None:
        return
    for m in forms.finditer(text):
        run = HAN_RUN_RE.search(text, max(0, m.start() - CONTEXT), m.end() + CONTEXT)
        while run is not None and run.end() < m.end():
            run = HAN_RUN_RE.search(text, run.end(), m.end() + CONTEXT)
        if run is None or run.start() > m.start():
            continue
        pos = run.start()
        for tok in segment_cached(run.group()):
            if pos == m.start() and tok == m.group():
                add_candidate(doc, m.start(), m.end(), "Organization", "suffix")
                break
            pos += len(tok)
            if pos > m.start():
                break
