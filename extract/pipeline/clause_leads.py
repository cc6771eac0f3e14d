"""Clause openings a programme or project name's left edge took in: 深度参与|“百团千企”…计划 (issue 12).

The name scan drops a soft stop word (参与, 培育: mined as glued to the noun before them, so they
sit inside names as often as they open clauses) only from a name's front. When one or two
characters stand before it (深度参与, 新培育), the soft word is no longer at the front and the guess
keeps the clause: ``深度参与“百团千企”国际市场开拓计划``, ``新培育省级未来产业先导区``. And when the scan
stops at a hard stop word that opens a two-verb phrase (迭代|升级), the second verb stays:
``升级“千里马”行动``. jieba cannot tell (深度 is a place to its dictionary, 新 an adjective, 升级 a
verbal noun); the reports can. A pair "word of one or two characters + verb" of jieba's reading is a
clause opening when the reports write it right after a clause boundary (，。；： or a line start)
``MIN_OPEN_SHARE`` or more of the times they write it, in ``MIN_AUTHORS`` or more reports: it then
begins the clause, and what follows it is the verb's object. :func:`mine_clause_leads` (run by
``scripts/mine_categories.py`` into ``extract/data/clause_leads.jsonl``) keeps those pairs with
their counts; a lead that is a place (川渝共建) or a common noun (区域创新) is a subject or a
modifier, never kept.

A Program or Project guess of the head scan (GUIDE §2: the span is the name, not the clause
around it) loses the last kept pair in it that starts on a word edge, with what stands before it
(今年|新培育|…), when ``MIN_REST`` or more characters are left; one that opens with the verb of a
kept pair whose lead stands right before it loses the verb when a quoted name follows (GUIDE §2.2).
"""

from __future__ import annotations

import functools
import re
import weakref
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence

from extract.pipeline.chosen import Chosen, char_span
from extract.pipeline.grammar import Grammar
from extract.pipeline.lexicon import _segment
from extract.pipeline.mining import dictionary
from extract.regions import lookup

MIN_AUTHORS = 2  # reports (the bundled Chongqing reports count as one) writing the pair
MIN_COUNT = 3  # occurrences of the pair
MIN_OPEN_SHARE = 0.6  # share of them right after a clause boundary
VERB_TAGS = frozenset({"v", "vn"})
NOUN_TAGS = frozenset({"n"})  # a common noun before a verb is a modifier of a name (区域创新)
BOUNDARY = frozenset("，。；：！？,;:!?\n")
MIN_REST = 4  # characters of the name left after the clause opening is cut off
_HAN_RE = re.compile(r"[\u4e00-\u9fff]+")


def mine_clause_leads(docs: Sequence[tuple[str, str]], soft_stops: Iterable[str]) -> list[dict]:
    """Pairs "a word of one or two Han characters + a verb" of jieba's reading that mostly open
    a clause (module docstring); ``docs`` is (author, text) pairs. ``soft_stops`` are also kept
    when the dictionary reads the pair as one word (积极参与)."""
    tags = dictionary()
    soft = frozenset(w for w in soft_stops if len(w) >= 2 and tags.get(w, (0, ""))[1] in VERB_TAGS)
    total: Counter[str] = Counter()
    opened: Counter[str] = Counter()
    authors: dict[str, set[str]] = defaultdict(set)
    verb_of: dict[str, str] = {}
    for author, text in docs:
        for run in _HAN_RE.finditer(text):
            pos, prev = run.start(), ""
            for w in _segment(run.group()):
                pairs = []
                if prev and len(prev) <= 2 and len(w) >= 2 and tags.get(w, (0, ""))[1] in VERB_TAGS:
                    pairs.append((prev + w, w, pos - len(prev)))
                if len(w) in (3, 4) and w[-2:] in soft:
                    pairs.append((w, w[-2:], pos))  # 积极参与: one word to the dictionary
                for pair, verb, start in pairs:
                    total[pair] += 1
                    authors[pair].add(author)
                    verb_of[pair] = verb
                    if start == 0 or text[start - 1] in BOUNDARY:
                        opened[pair] += 1
                prev, pos = w, pos + len(w)
    out = []
    for pair, n in total.items():
        verb = verb_of[pair]
        lead = pair[: -len(verb)]
        if n < MIN_COUNT or len(authors[pair]) < MIN_AUTHORS or opened[pair] < MIN_OPEN_SHARE * n:
            continue
        if lookup(lead) is not None or tags.get(lead, (0, ""))[1] in NOUN_TAGS:
            continue  # 川渝共建, 区域创新: a place or a noun before the verb is its subject or a modifier
        out.append(
            {
                "phrase": pair,
                "verb": verb,
                "source": "mined",
                "counts": {"pair": n, "after_boundary": opened[pair]},
                "docs": len(authors[pair]),
            }
        )
    return sorted(out, key=lambda e: e["phrase"])


_cache: weakref.WeakKeyDictionary[Grammar, tuple[str, ...]] = weakref.WeakKeyDictionary()


def clause_leads(grammar: Grammar) -> tuple[str, ...]:
    """The mined pairs of the grammar's lexicon, longest first (empty when the file is absent)."""
    found = _cache.get(grammar)
    if found is None:
        rows = grammar.lexicon.get("clause_leads.jsonl", ())
        found = _cache[grammar] = tuple(sorted((e["phrase"] for e in rows), key=lambda p: (-len(p), p)))
    return found


@functools.lru_cache(maxsize=8)
def _leads_re(leads: tuple[str, ...]) -> re.Pattern[str]:
    """One alternation of the mined openings: a name is searched once, not once per opening."""
    return re.compile("|".join(map(re.escape, leads)))


def clause_lead_in(name: str, leads: tuple[str, ...]) -> int:
    """Offset in ``name`` just after the last mined clause opening in it that starts on a word
    edge of its segmentation (今年|新培育|…先导区: what stands before the opening is the clause's
    too), when ``MIN_REST`` or more characters are left after it; else 0."""
    if _leads_re(leads).search(name) is None:
        return 0  # the common case: no segmentation
    edges, pos = {0}, 0
    for w in _segment(name):
        pos += len(w)
        edges.add(pos)
    best = 0
    for p in leads:
        i = name.find(p)
        while i >= 0:
            if i in edges and len(name) - i - len(p) >= MIN_REST:
                best = max(best, i + len(p))
            i = name.find(p, i + 1)
    return best


TRIMMED_TYPES = frozenset({"Program", "Project"})


def verb_after_lead(text: str, start: int, end: int, leads: tuple[str, ...]) -> int:
    """Length of the verb the guess ``text[start:end]`` opens with, right before a quoted name,
    when the characters before the guess and that verb form a mined clause opening (迭代|升级“…”行动:
    the scan stopped at 迭代, a stop word, and kept the verb of the pair; GUIDE §2.2: a verb before a
    quoted name is no part of it), with ``MIN_REST`` or more characters left; else 0. Without the
    quote the verb may be the name's own first word (开展|服务保障…行动, 促|消费品…)."""
    # the verb runs from the guess's start to the first opening quote (a mined pair holds none),
    # so it is found once and looked up, not tried pair by pair
    quote = text.find("“", start, end)
    verb = text[start:quote]
    if quote < 0 or len(verb) < 2 or end - start - len(verb) < MIN_REST:
        return 0
    if any(text[max(0, start - k) : start] + verb in leads for k in (1, 2) if start >= k):
        return len(verb)
    return 0


def trim_clause_leads(chosen: list[Chosen], text: str, leads: tuple[str, ...]) -> list[Chosen]:
    """``chosen`` with the mined clause opening cut off the front of the Program and Project
    guesses of the head scan (``suffix``): 深度参与|“百团千企”国际市场开拓计划. Guesses read off the
    layout keep the document's edges."""
    if not leads:
        return chosen
    out = []
    for s in chosen:
        if s.label_ in TRIMMED_TYPES and s.id_ == "suffix":
            cut = clause_lead_in(text[s.start_char : s.end_char], leads) or verb_after_lead(
                text, s.start_char, s.end_char, leads
            )
            if cut:
                s = char_span(s.doc, s.start_char + cut, s.end_char, label=s.label_, span_id=s.id_) or s
        out.append(s)
    return out
