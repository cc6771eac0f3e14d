"""A clause run into a works qualifier: 佳X铁路|完成提速改造 is a name and what was done to it.

GUIDE §2.4 keeps the works on a project in its name (义乌机场改扩建, 扩能改造, 续建配套与现代化
改造), and ``grammar.QUALIFIER_RE`` reads them as up to eight characters before 改造/扩建/改扩建.
Those eight characters may also hold the clause that reports the works: a status word (完成,
全面完成: the mined status kernels and phrases of ``status_*.jsonl``) or another clause word of
the mined stop words (实施, 加快). A status phrase says what happened to the name; it never ends
one (issue 12, fifth precision sample: a railway run into 完成提速改造). The qualifier is cut
before the first such word that the grammar's own test says cuts there (``Grammar.cuts``: not
glued into a longer word).

One kind of status word stays: a stage kernel that stands alone and names works going on
(``status_kernels.jsonl``: alone, status started or under construction: 续建, 施工), as in the
standard term 续建配套与现代化改造, where the stage names the works rather than reporting them.
"""

from __future__ import annotations

import weakref

from extract.pipeline import grammar as g

# a Grammar is built once per pipeline: the stage words are kept per instance
_STAGES: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _works_stages(grammar: g.Grammar) -> frozenset[str]:
    """Stage kernels that name works going on (module docstring)."""
    stages = _STAGES.get(grammar)
    if stages is None:
        kernels = grammar.lexicon.get("status_kernels.jsonl", ())
        stages = frozenset(k["verb"] for k in kernels if k["alone"] and k["status"] in g.BUILT_STATUSES)
        _STAGES[grammar] = stages
    return stages


def qualifier_end(text: str, end: int, grammar: g.Grammar) -> int | None:
    """End of the GUIDE §2.4 qualifier right after a head ending at ``end`` (None: none), cut
    before a clause word inside it (module docstring)."""
    q = g.QUALIFIER_RE.match(text, end)
    if q is None:
        return None
    stop = _clause_start(text, end, q.end(), grammar)
    if stop is None:
        return q.end()
    q = g.QUALIFIER_RE.match(text[:stop], end)
    return q.end() if q is not None else None


def _modified_stage(word: str, grammar: g.Grammar) -> bool:
    """Is ``word`` a mined status modifier and a status kernel (全面|完成)? Such a word reports
    works whichever stop-word kind the miner gave the compound (a frame count near the threshold
    moves it between hard and soft)."""
    return any(
        word[:i] in grammar.status_modifiers and word[i:] in grammar.stage_verbs for i in range(1, len(word))
    )


def _clause_start(text: str, start: int, end: int, grammar: g.Grammar) -> int | None:
    run = text[start:end]
    stages = _works_stages(grammar)
    for a, b in grammar.stop_spans(run):
        word = run[a:b]
        if len(word) < 2 or word in stages:
            continue
        if word in grammar.hard_stops:
            if grammar.cuts(text, start + a, start + b):
                return start + a
        elif _modified_stage(word, grammar) and grammar.cuts_as_hard(text, start + a, start + b):
            return start + a
    return None
