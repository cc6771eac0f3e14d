"""National rounds named by their ordinal (完成|第四次全国甲乙普查, 开展|第五次全国丙丁普查).

GUIDE §3 types named actions and campaigns as Program, and a national census is one: the
readable blind rounds tag it with its ordinal (`第四次全国文物普查`, `第四次全国农业普查`: the
official name counts the rounds). No head word the lexicon knows closes it (普查 is no GUIDE
kernel), and no verb frame reads it: the author carries it out (开展, 完成, 做好) or reports a
result of it (…普查新发现…). What marks it is the frame itself: a round ordinal (第N次) and the
national level (全国) before the name. Nothing here is a list of censuses:

- **Round kernels are mined** (:func:`mine_round_kernels`, ``scripts/mine_round_kernels.py``
  into ``extract/data/round_kernels.jsonl``, every gold passage blanked): the word (jieba's
  reading) that closes the name after ``第N次全国`` in ``MIN_DOCS`` reports or more, with
  ``MIN_MODIFIERS`` different modifiers before it (文物|普查, 农业|普查). A word read after an
  accepted kernel is no kernel (普查|工作: the name has closed), and a word seen with one
  modifier only is part of one name, not the kind (对口支援新疆|工作|会议 is one meeting).
- **Run time** (:func:`find_national_rounds`): ``第N次全国`` + a modifier of its own (two
  characters or more; no figure, pronoun, clause word or 的) + the first round kernel is a
  Program, the ordinal kept (the round's official name, as the readable gold has it).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Sequence

from spacy.tokens import Doc

from extract.pipeline import grammar as g
from extract.pipeline.candidates import add_candidate
from extract.pipeline.mining import dictionary

KERNELS = "round_kernels.jsonl"
MIN_DOCS = 3  # a round kernel closes the name after 第N次全国 in this many reports
MIN_MODIFIERS = 2  # ... after this many different modifiers
MAX_RUN = 20  # characters read after 全国
MIN_MODIFIER = 2  # characters of the name's own modifier
ROUND_ORDINAL = r"第[\d一二三四五六七八九十百]+次"  # the Nth round: an ordinal frame (numerals)
NATIONAL = "全国"  # the national level: a scope word (GUIDE §2.5)
ROUND_RE = re.compile(ROUND_ORDINAL + NATIONAL + rf"([\u4e00-\u9fff]{{1,{MAX_RUN}}})")
# jieba tags that cannot fill a round's modifier: pronouns, numerals, measure words
MODIFIER_STOP_TAGS = frozenset({"r", "m", "q"})
POSSESSIVE = "的"


def _tag(word: str) -> str:
    hit = dictionary().get(word)
    return hit[1] if hit else ""


def mine_round_kernels(docs: Sequence[tuple[str, str]]) -> list[dict]:
    """The words that close a name after 第N次全国, with their counts (module docstring).

    Kernels are accepted one at a time, the one seen in most reports first; the runs are then
    read again with every word after an accepted kernel left out, so 普查|工作 gives 工作 nothing.
    """
    from extract.pipeline.mining import segment

    runs: list[tuple[str, list[str]]] = []
    for name, text in docs:
        for m in ROUND_RE.finditer(text):
            runs.append((name, segment(m.group(1))))
    accepted: dict[str, dict] = {}
    while True:
        seen: dict[str, set[str]] = defaultdict(set)
        modifiers: dict[str, set[str]] = defaultdict(set)
        count: dict[str, int] = defaultdict(int)
        for name, tokens in runs:
            for i, tok in enumerate(tokens):
                if tok in accepted:
                    break  # the name has closed: what follows is no kernel
                if i == 0 or len(tok) < 2:
                    continue
                seen[tok].add(name)
                modifiers[tok].add("".join(tokens[:i]))
                count[tok] += 1
        ranked = sorted(
            (w for w in seen if len(seen[w]) >= MIN_DOCS and len(modifiers[w]) >= MIN_MODIFIERS),
            key=lambda w: (-len(seen[w]), w),
        )
        if not ranked:
            break
        best = ranked[0]
        accepted[best] = {
            "head": best,
            "source": "mined",
            "counts": {"after_national_round": count[best], "modifiers": len(modifiers[best])},
            "docs": len(seen[best]),
        }
    return [accepted[w] for w in sorted(accepted)]


def _named(modifier: list[str], grammar: g.Grammar) -> bool:
    """A modifier of its own: two characters or more, no figure, pronoun, clause word or 的."""
    if sum(len(t) for t in modifier) < MIN_MODIFIER:
        return False
    return not any(
        tok in grammar.hard_stops
        or POSSESSIVE in tok
        or _tag(tok)[:1] in MODIFIER_STOP_TAGS
        or any(c.isdigit() for c in tok)
        for tok in modifier
    )


def find_national_rounds(doc: Doc, text: str, grammar: g.Grammar, segment: Callable) -> None:
    """Add 第N次全国 + modifier + a mined round kernel as a Program, the ordinal kept."""
    kernels = {e["head"] for e in grammar.lexicon.get(KERNELS, ())}
    if not kernels:
        return
    for m in ROUND_RE.finditer(text):
        tokens = segment(m.group(1))
        end = m.start(1)
        for i, tok in enumerate(tokens):
            end += len(tok)
            if tok in kernels:
                if i and _named(tokens[:i], grammar):
                    add_candidate(doc, m.start(), end, "Program", "suffix")
                break
