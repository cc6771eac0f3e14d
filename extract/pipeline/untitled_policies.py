"""Policy titles without 《》 (issue 12 failure class: the strategy or area inside is tagged instead).

GUIDE §3 counts named plans without brackets as Policy (开发区条例, …工作要点), and the
provincial-2026 conventions type a named plan document as Policy (“十四五”规划, a …条例 without
《》). Unbracketed, such a title is a name the grammar already knows — a strategy, an area, a
platform, or a quoted ordinal — followed by a few words of name material and a document kind:
现代化首都都市圈 + 空间协同 + 规划. The whole is the Policy and the inner name no mention of its
own (GUIDE §2.1: maximal name, never nested). Here:

- the document kinds come from ``head_rules.jsonl`` (rule kind ``document_kind``, each citing
  the GUIDE rule), never listed in code;
- the words between the inner name and the kind are at most ``MAX_MIDDLE`` characters, hold no
  clause word that cuts a name (the grammar's stop words: 落实…, 要确保…), and the title ends
  where a name may end (punctuation, a clause word);
- a quote followed right away by a kind (“十四五”规划) is a title when the quoted words are a
  period or ordinal of the plan (numerals only), as the conventions' example is.
"""

from __future__ import annotations

import re
import weakref

from spacy.tokens import Doc

from extract.pipeline import grammar as g
from extract.pipeline.candidates import add_candidate, candidates

INNER_TYPES = frozenset({"Strategy", "Area", "Platform"})
MAX_MIDDLE = 8
QUOTED_ORDINAL_RE = re.compile(r"“[一二三四五六七八九十百]{2,4}”")


def _kinds_re(grammar: g.Grammar) -> re.Pattern[str] | None:
    kinds = [r["head"] for r in grammar.lexicon["head_rules.jsonl"] if r.get("rule_kind") == "document_kind"]
    if not kinds:
        return None
    alternation = "|".join(sorted(map(re.escape, set(kinds)), key=lambda w: (-len(w), w)))
    return re.compile(r"[\u4e00-\u9fff]{0," + str(MAX_MIDDLE) + r"}?(?:" + alternation + ")")


def _ends_name(text: str, end: int, grammar: g.Grammar) -> bool:
    """Punctuation, or a clause word that is no stage verb: 规划 before 建设/布局 is the verb
    (规划建设用地), not a document's kind."""
    if end >= len(text) or not "\u4e00" <= text[end] <= "\u9fff":
        return True
    stop = grammar.stop_at(text, end)  # any_stop_re.match(text, end).group(), without the regex
    if stop is None:
        return False
    return not stop.startswith(_stage_verbs(grammar)) and not stop.startswith(grammar.status_phrases)


_verbs_cache: weakref.WeakKeyDictionary[g.Grammar, tuple[str, ...]] = weakref.WeakKeyDictionary()


def _stage_verbs(grammar: g.Grammar) -> tuple[str, ...]:
    """The stage verbs of ``status_kernels.jsonl``, once per grammar (not once per candidate)."""
    found = _verbs_cache.get(grammar)
    if found is None:
        found = _verbs_cache[grammar] = tuple({k["verb"] for k in grammar.lexicon["status_kernels.jsonl"]})
    return found


def _clause_inside(middle: str, grammar: g.Grammar) -> bool:
    """Does a clause word cut the words between the inner name and the kind (…要确保规划)?"""
    return any(grammar.cuts(middle, m.start(), m.end()) for m in grammar.stop_re.finditer(middle))


def find_untitled_policies(doc: Doc, text: str, grammar: g.Grammar) -> None:
    """Add ``inner name + name material + document kind`` Policy candidates (module docstring)."""
    kinds = _kinds_re(grammar)
    if kinds is None:
        return
    starts = [(c.start_char, c.end_char) for c in candidates(doc) if c.label_ in INNER_TYPES]
    starts += [(q.start(), q.end()) for q in QUOTED_ORDINAL_RE.finditer(text)]
    for start, end in sorted(set(starts)):
        m = kinds.match(text, end)
        if not m or not _ends_name(text, m.end(), grammar):
            continue
        middle = text[end : m.end()]
        if _clause_inside(middle, grammar):
            continue
        add_candidate(doc, start, m.end(), "Policy", "title")
