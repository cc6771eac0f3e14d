"""Names the reports write bare, and the front words a guess keeps before them (issue 12).

Why: a head-word name's left edge is found by scanning back to a clause word and trimming the
verbs and scope words at its front (``grammar.name_start``, ``names.NameFinder``). A front word
that is neither (国家 before a national plan, the result complement 好 that the scan leaves of
建设好) stays in the guess: 落实|国家城乡居民增收计划, 建设好|长征国家文化公园. A typed list of
such words would be a list of this corpus's words, and the gold keeps 国家 in designations
(GUIDE §2.5: 国家产业转型升级示范区). What decides is how the reports write the rest of the
name: 城乡居民增收计划 stands right after a clause edge (a non-Han character or a hard stop word,
落实|城乡居民增收计划) in nine reports, so the name is written without 国家 and the word is the
sentence's, not the name's (GUIDE §2.5: scope words are left out).

:func:`mine_bare_names` (``scripts/mine_bare_names.py`` into ``extract/data/bare_names.jsonl``,
every gold passage blanked by the caller) counts every Han string of ``MIN_NAME``..``MAX_NAME``
characters that ends with a head of the lexicon (``heads.jsonl``, ``head_kernels.jsonl``) and
opens right after a clause edge, and keeps those written so ``MIN_USES`` times in ``MIN_DOCS``
reports or more. :func:`front_word_cut` is the run-time test, and the evidence alone does not
decide: a field word before a name written bare elsewhere is often the name's own (农业|科技创新
行动, 国际|集装箱班轮航线: branch scope22's readable-text dump), so only two kinds of front word
go, each by its grammar, not by a list of words: the national level (``mining.NATIONAL``), which
GUIDE §2.5 keeps only in an official designation (the callers test that), and a single character
that jieba reads as a word of its own and tags a verb or adjective (``lexicon.WORD_TAGS``: the
result complement 好 of 建设好, 细 of 做细); a one-character noun (区 of 区疾控中心, which the
linker scopes) stays.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence

from extract.pipeline.grammar import Grammar
from extract.pipeline.lexicon import WORD_TAGS, segment
from extract.pipeline.lexicon_files import read_lexicon
from extract.pipeline.mining import NATIONAL, dictionary

LEXICON_FILE = "bare_names.jsonl"
MIN_NAME = 4  # characters: two of body and a two-character head
MAX_NAME = 16  # characters of the longest name counted
MIN_USES = 2  # clause-edged uses of a name
MIN_DOCS = 2  # reports writing it so: one author's habit is no evidence
MAX_STOP = 4  # characters of the longest hard stop word looked for before a name
HAN_RUN_RE = re.compile(r"[\u4e00-\u9fff]+")


def _inputs() -> tuple[frozenset[str], frozenset[str]]:
    """The name heads of two or more characters and the hard stop words (both mined files)."""
    lex = read_lexicon(names=["heads.jsonl", "head_kernels.jsonl", "stop_words.jsonl"])
    heads = frozenset(
        e["head"] for name in ("heads.jsonl", "head_kernels.jsonl") for e in lex[name] if len(e["head"]) >= 2
    )
    hard = frozenset(e["word"] for e in lex["stop_words.jsonl"] if e["kind"] == "hard")
    return heads, hard


def _edged(run: str, start: int, hard: frozenset[str]) -> bool:
    """Does ``run[start:]`` open right after a clause edge: the run's start (a non-Han character
    before it) or a hard stop word ending there?"""
    return start == 0 or any(run[start - k : start] in hard for k in range(1, min(MAX_STOP, start) + 1))


def mine_bare_names(docs: Sequence[tuple[str, str]]) -> list[dict]:
    """Head-ending strings written right after a clause edge (module docstring); ``docs`` is
    (report, blanked text) pairs."""
    heads, hard = _inputs()
    longest = max(map(len, heads))
    uses: Counter[str] = Counter()
    reports: dict[str, set[str]] = defaultdict(set)
    for report, text in docs:
        for run in HAN_RUN_RE.finditer(text):
            s = run.group()
            for end in range(2, len(s) + 1):
                if not any(s[end - k : end] in heads for k in range(2, min(longest, end) + 1)):
                    continue
                for start in range(max(0, end - MAX_NAME), end - MIN_NAME + 1):
                    if _edged(s, start, hard):
                        uses[s[start:end]] += 1
                        reports[s[start:end]].add(report)
    return [
        {"counts": {"edged": n}, "docs": len(reports[name]), "name": name, "source": "mined"}
        for name, n in sorted(uses.items())
        if n >= MIN_USES and len(reports[name]) >= MIN_DOCS
    ]


def front_word_cut(text: str, start: int, end: int, grammar: Grammar) -> int:
    """Characters to drop from the front of the name ``text[start:end]`` (it ends with its head):
    the length of its first word (jieba's reading) when that word is the national level or one
    Han character tagged a verb or adjective (module docstring) and the reports write the rest
    bare (``bare_names.jsonl``); else 0."""
    body = text[start:end]
    if len(body) <= MIN_NAME or not HAN_RUN_RE.match(body):
        return 0
    bare = grammar.mined_set(LEXICON_FILE, "name")
    if not _may_cut(body, bare):
        return 0
    first = segment(body)[0]
    if first not in NATIONAL and not (len(first) == 1 and dictionary().get(first, (0, ""))[1] in WORD_TAGS):
        return 0
    return len(first) if body[len(first) :] in bare else 0


def _may_cut(body: str, bare: frozenset[str]) -> bool:
    """Could :func:`front_word_cut` drop a front word of ``body``? Only a first word of one
    character or one of ``NATIONAL`` (which opens the body) is dropped, and only when the rest is
    a bare name, so when no such rest is one the segmentation cannot change the answer: most
    names are not written bare, and their segmentation is skipped (the largest caller of the
    segmenter in a first reading)."""
    return body[1:] in bare or any(body.startswith(w) and body[len(w) :] in bare for w in NATIONAL)
