"""Named cooperation mechanisms with no head of the name grammar (东西部协作, 山海协作).

GUIDE §3 types cooperation mechanisms as Program (重庆成都双核联动联建, 川渝通办) and the
provincial-2026 conventions add the national ones (东西部协作: "national cooperation mechanisms
are Program"). Their head, a cooperation word (``head_rules.jsonl``, rule kind
``cooperation``), also ends countless descriptions (产业协作, 部门协作, 对口协作机制, which the
gold leaves untagged), so the head alone types nothing. What makes a mechanism a name is its
modifier: a word that reports write almost only before the head (东西部 is nearly always
东西部协作, 产业 is followed by it in under 1 % of its uses). So the modifiers are counted in
unannotated text, never listed:

- **Mining** (:func:`mine_cooperation_modifiers`, run by ``scripts/mine_lexicon.py`` into
  ``extract/data/cooperation_modifiers.jsonl``): for every use of a cooperation head, the word
  glued before it (jieba's last token of the Han run before the head); a word of two or more
  characters that stands before the head in ``MIN_USES`` uses and ``MIN_DOCS`` reports, and in at
  least ``MIN_SHARE`` of all its occurrences in the reports, is bound to the head. Each entry
  carries its counts.
- **Run time** (:func:`find_cooperation_programmes`): ``modifier + head`` where jieba reads the
  modifier as a word of its own, as the miner did (深化|东西部协作, 今年|东西部协作; not the tail
  of a longer word), and a name may end is a Program.
"""

from __future__ import annotations

import functools
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence

from spacy.tokens import Doc

from extract.pipeline import grammar as g
from extract.pipeline.candidates import add_candidate

RULE_KIND = "cooperation"  # head_rules.jsonl: the GUIDE's cooperation-mechanism heads
MIN_USES = 2  # uses of modifier + head
MIN_DOCS = 2  # reports with such a use: a mechanism named by more than one author
MIN_SHARE = 0.5  # share of the modifier's occurrences that stand before the head
HAN_RUN_RE = re.compile(r"[\u4e00-\u9fff]{1,10}$")


def cooperation_heads(lexicon: dict[str, list[dict]]) -> tuple[str, ...]:
    """The cooperation-mechanism heads of ``head_rules.jsonl`` (longest first)."""
    heads = {r["head"] for r in lexicon["head_rules.jsonl"] if r.get("rule_kind") == RULE_KIND}
    return tuple(sorted(heads, key=lambda w: (-len(w), w)))


def mine_cooperation_modifiers(docs: Sequence[tuple[str, str]], heads: Iterable[str], segment) -> list[dict]:
    """Words bound to a cooperation head (module docstring); ``segment``: str -> list[str]."""
    uses: Counter[tuple[str, str]] = Counter()
    docs_of: dict[tuple[str, str], set[str]] = defaultdict(set)
    for head in heads:
        for name, text in docs:
            for m in re.finditer(re.escape(head), text):
                run = HAN_RUN_RE.search(text, max(0, m.start() - 10), m.start())
                if not run:
                    continue
                tokens = segment(run.group())
                if not tokens or len(tokens[-1]) < 2:
                    continue
                key = (tokens[-1], head)
                uses[key] += 1
                docs_of[key].add(name)
    out = []
    for (word, head), n in uses.items():
        if n < MIN_USES or len(docs_of[(word, head)]) < MIN_DOCS:
            continue
        occurrences = sum(text.count(word) for _, text in docs)
        if n < MIN_SHARE * occurrences:
            continue
        out.append(
            {
                "word": word,
                "head": head,
                "source": "mined",
                "counts": {"before_head": n, "occurrences": occurrences},
                "docs": len(docs_of[(word, head)]),
                "share": round(n / occurrences, 3),
            }
        )
    return sorted(out, key=lambda e: (e["head"], e["word"]))


def mine_with_lexicon(docs: Sequence[tuple[str, str]]) -> list[dict]:
    """:func:`mine_cooperation_modifiers` with the shipped head rules and jieba's segmenter."""
    from extract.pipeline.lexicon_files import read_lexicon
    from extract.pipeline.mining import segment

    return mine_cooperation_modifiers(docs, cooperation_heads(read_lexicon()), segment)


@functools.cache
def _pattern(names: frozenset[str]) -> re.Pattern[str] | None:
    if not names:
        return None
    return re.compile("|".join(sorted(map(re.escape, names), key=lambda w: (-len(w), w))))


def names(grammar: g.Grammar) -> frozenset[str]:
    """modifier + head of every mined entry."""
    return frozenset(e["word"] + e["head"] for e in grammar.lexicon.get("cooperation_modifiers.jsonl", ()))


def _modifier_is_a_word(text: str, start: int, modifier: str, segment) -> bool:
    """Does jieba read ``modifier`` at ``start`` as the last word of the Han run it ends, as
    the miner counted it (今年|东西部, not a longer word ending in its characters)?"""
    end = start + len(modifier)
    run = HAN_RUN_RE.search(text, max(0, end - 10), end)
    return run is not None and segment(run.group())[-1] == modifier


def find_cooperation_programmes(doc: Doc, text: str, grammar: g.Grammar, segment) -> None:
    """Add ``modifier + head`` Program candidates (module docstring); ``segment``: jieba's."""
    rows = grammar.lexicon.get("cooperation_modifiers.jsonl", ())
    pattern = _pattern(names(grammar))
    if pattern is None:
        return
    modifier_of = {e["word"] + e["head"]: e["word"] for e in rows}
    for m in pattern.finditer(text):
        modifier = modifier_of[m.group()]
        if _modifier_is_a_word(text, m.start(), modifier, segment) and grammar.follows_ok(text, m.end()):
            add_candidate(doc, m.start(), m.end(), "Program", "suffix")
