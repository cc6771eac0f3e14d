"""A park, base or centre listed among works is a work: a Project (issue 12, branch ``platform16``).

The name grammar types a name by its head alone, so every …基地, …园, …机场 is a Platform. GUIDE
§3 makes the sentence decide when a name is also a construction item (重庆生命科技城 is a Platform
in one passage and a Project in another, "every item in a list the text labels as projects" is a
Project), and §9 types a hub "listed among transport projects" a Project. A ``、``-list names its
items as one kind: ``甲公司总部、乙集团总部、丙科学试验基地等…落地`` lists three facilities landing,
``甲机场、乙混合储能电站成为…`` two works. No readable gold ``、``-list types one item Platform and
another Project (dev, dev-provincial, tune and rounds 1–6: 9 lists mix Platform with another type,
none with Project), while the head-word guesses of a list split whenever a facility's head is a
park word (基地, 产业园, 机场).

So a Platform guess of the name grammar (sources ``suffix``, ``quote``) that stands in a run of names
joined only by ``、`` is retyped Project when at least as many names of the run are Projects as are
Platforms and the clause says the list is of works: a construction stage verb of
``status_kernels.jsonl`` (any class: 建设, 完工, 落地 …) stands in it outside the names, or it ends in
a Project head of the lexicon (…成为国家示范项目). Without that cue a list may pair a park with a
works by chance of the head words (依托甲国家产业基地、乙总部基地; 发挥甲中心、乙工程等优势), and the
readable dump showed such pairs. Kept Platform, from GUIDE rules:

- a development or bonded zone (§3 Platform: 自贸试验区, 经开区/高新区/新区, 综保区; the closed class
  ``zone_designation``, ``opened_facilities.ZONES``) — a zone is no work in any list;
- an exchange (§9: exchanges are Platform, ``unnamed_platforms.EXCHANGE``);
- a platform (§3: public service or innovation platforms; ``建成投用…公共服务平台`` is a Platform in
  the dev gold): a service, not a building (``opened_facilities.SERVICE_HEAD``).

Nothing here names a word of its own: the list mark is punctuation, the heads and stage verbs are
the lexicon's.
"""

from __future__ import annotations

import functools
import re
import weakref

from extract.pipeline import grammar as g
from extract.pipeline.chosen import Chosen, retyped
from extract.pipeline.opened_facilities import SERVICE_HEAD, ZONES
from extract.pipeline.unnamed_platforms import EXCHANGE

SEP = "、"
GUESSES = frozenset({"suffix", "quote"})  # the name grammar's head-word and quote guesses
CLAUSE_MARKS = "，。；：！？,;:!?\n"
_MARK_RE = re.compile("[" + re.escape(CLAUSE_MARKS) + "]")


@functools.lru_cache(maxsize=8)
def _stage_re(verbs: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(map(re.escape, verbs)) or "(?!)")


def _stage_verbs(grammar: g.Grammar) -> tuple[str, ...]:
    """Every stage verb of ``status_kernels.jsonl`` (each citing its GUIDE rule), longest first."""
    kernels = grammar.lexicon.get("status_kernels.jsonl", ())
    return tuple(sorted({k["verb"] for k in kernels}, key=lambda w: (-len(w), w)))


class _Cues:
    """What ``_works_clause`` reads of a grammar, built once per grammar (each ``、``-run asked
    for them again: the stage verbs sorted, every head walked): the stage-verb pattern, the
    Project heads and their lengths."""

    def __init__(self, grammar: g.Grammar):
        self.stage_re = _stage_re(_stage_verbs(grammar))
        self.project_heads = frozenset(h for h, t in grammar.heads.items() if t == "Project")
        self.lengths = sorted({len(h) for h in self.project_heads})

    def ends_in_project_head(self, tail: str) -> bool:
        """``any(tail.endswith(h) for h in project_heads)``, by looking up ``tail``'s endings."""
        n = len(tail)
        return any(k <= n and tail[n - k :] in self.project_heads for k in self.lengths)


_cues_cache: weakref.WeakKeyDictionary[g.Grammar, _Cues] = weakref.WeakKeyDictionary()


def _cues(grammar: g.Grammar) -> _Cues:
    found = _cues_cache.get(grammar)
    if found is None:
        found = _cues_cache[grammar] = _Cues(grammar)
    return found


def _works_clause(chosen: list[Chosen], run: list[int], text: str, grammar: g.Grammar) -> bool:
    """Does the clause of ``run`` say its names are works: a stage verb outside the names, or a
    Project head word ending the clause (module docstring)?"""
    first, last = chosen[run[0]], chosen[run[-1]]
    lo, hi = _clause_bounds(text, first.start_char, last.end_char)
    outside = text[lo : first.start_char] + "|" + text[last.end_char : hi]
    cues = _cues(grammar)
    if cues.stage_re.search(outside):
        return True
    return cues.ends_in_project_head(text[last.end_char : hi])


def _clause_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause around ``text[start:end]``: after the last clause mark before ``start`` (else the
    text's start) up to the first one from ``end`` (else its end). Walked out from the names, as
    a search of the whole text for each mark (the rare ``!``, ``?`` run to the text's edge) cost
    more than the test it serves."""
    lo = start
    while lo > 0 and text[lo - 1] not in CLAUSE_MARKS:
        lo -= 1
    mark = _MARK_RE.search(text, end)
    return lo, mark.start() if mark else len(text)


def _runs(chosen: list[Chosen], text: str) -> list[list[int]]:
    """Indices of ``chosen`` (sorted by start) grouped into runs of names joined only by ``、``."""
    runs: list[list[int]] = []
    end = -2  # the previous name's end; the gap is exactly the one-character SEP
    for i, s in enumerate(chosen):
        if runs and s.start_char == end + 1 and text[end] == SEP:
            runs[-1].append(i)
        else:
            runs.append([i])
        end = s.end_char
    return runs


def _retypable(s: Chosen, text: str) -> bool:
    name = text[s.start_char : s.end_char]
    return (
        s.label_ == "Platform"
        and s.id_ in GUESSES
        and not name.endswith((SERVICE_HEAD, *ZONES))
        and EXCHANGE not in name
    )


def retype_listed_platforms(chosen: list[Chosen], text: str, grammar: g.Grammar) -> list[Chosen]:
    """``chosen`` with the Platform guesses of a ``、``-run that lists as many Projects as
    Platforms (or more) typed Project (module docstring)."""
    if SEP not in text:
        return chosen
    out = list(chosen)
    for run in _runs(chosen, text):
        if len(run) < 2:
            continue
        projects = sum(chosen[i].label_ == "Project" for i in run)
        platforms = sum(chosen[i].label_ == "Platform" for i in run)
        if projects == 0 or projects < platforms or not _works_clause(chosen, run, text, grammar):
            continue
        for i in run:
            if _retypable(chosen[i], text):
                out[i] = retyped(chosen[i], "Project")
    return out


__all__ = ["retype_listed_platforms"]
