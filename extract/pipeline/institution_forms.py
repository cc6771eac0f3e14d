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


def find_institution_forms(doc: Doc, text: str, grammar: g.Grammar) -> None:
    """Add an Organization candidate for each mined institution word that the segmentation of
    its surroundings keeps whole (中国工程院 in 深化与中国工程院合作)."""
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
