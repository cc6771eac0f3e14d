"""National titles and designations some report writes after a title verb, wherever written.

GUIDE §9 types the designations a city seeks or gets as Program (国际消费中心城市), and GUIDE §3
the pilot designations (…试点, …示范区). ``city_titles`` reads them where a mined title verb gets
or seeks them (争创|国际消费中心城市, 入选|国家…试点); another report, or another sentence, names the
same title with no such verb (大力推进|国际消费中心城市建设, 全国文明城市、村镇…新增数量), and a
name keeps its type wherever it is written (GUIDE §4: one canonical, one entity). Which strings
are titles is mined, never listed:

- **Mining** (:func:`mine_known_titles`, ``scripts/mine_known_titles.py`` into
  ``extract/data/known_titles.jsonl``, every gold passage blanked): the titles of the frames
  ``city_titles`` reads — a mined title verb, a level word (国家, 全国, 国际), name words and the
  city word or a GUIDE §3 designation head, closed by a clause edge — with the reports they were
  seen in.
- **Run time** (:func:`find_known_titles`): every other occurrence of such a title that a clause
  edge or a clause word closes (not …城市|先行区, a longer name going on) is a Program candidate,
  unless another finder already holds text there.
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from collections.abc import Sequence

from spacy.tokens import Doc

from extract.pipeline import grammar as g
from extract.pipeline.candidates import add_candidate, candidates, held_characters
from extract.pipeline.city_titles import _designation_title_re, _title_re
from extract.pipeline.quoted_frames import _closed_by_edge

KNOWN_TITLES = "known_titles.jsonl"


def mine_known_titles(docs: Sequence[tuple[str, str]], grammar: g.Grammar | None = None) -> list[dict]:
    """Titles read after a mined title verb, with their counts, sorted by name (module docstring)."""
    if grammar is None:  # every lexicon file but the one being mined (it may not exist yet)
        from extract.pipeline.lexicon_files import FILES, read_lexicon

        grammar = g.Grammar(read_lexicon(names=[n for n in FILES if n != KNOWN_TITLES]))
    verbs = frozenset(e["word"] for e in grammar.lexicon.get("title_verbs.jsonl", ()))
    city, designation = _title_re(verbs), _designation_title_re(verbs, grammar.program_designations)
    patterns = [p for p in (city, designation) if p is not None]
    seen: dict[str, set[str]] = defaultdict(set)
    framed: dict[str, int] = defaultdict(int)
    for name, text in docs:
        for pattern in patterns:
            for m in pattern.finditer(text):
                title = m.group("title")
                if not _closed_by_edge(text, m.end("title"), grammar.any_stop_re):
                    continue  # …城市|先行区: a longer name goes on
                if g.LEAD_RE.match(title, 2) or "等" in title:
                    continue  # 全国首批|…: a rank GUIDE §2.5 leaves out; …等试点: a list's label
                seen[title].add(name)
                framed[title] += 1
    return [
        {"name": t, "source": "mined", "counts": {"framed": framed[t]}, "docs": len(seen[t])}
        for t in sorted(seen)
    ]


@functools.cache
def _names_re(names: frozenset[str]) -> re.Pattern[str] | None:
    return g._alternation(names) if names else None


def find_known_titles(doc: Doc, text: str, grammar: g.Grammar) -> None:
    """Add the other occurrences of mined titles as Program candidates (module docstring)."""
    names = frozenset(e["name"] for e in grammar.lexicon.get(KNOWN_TITLES, ()))
    pattern = _names_re(names)
    if pattern is None:
        return
    # the characters other finders hold, one byte each: a scan of every candidate per match
    # was quadratic (a 180K-character page repeating one title took 14 s, review8); built from
    # the candidates as they stand here, on the first match that asks (most reports have none)
    held = candidates(doc)
    taken: bytearray | None = None
    for m in pattern.finditer(text):
        if not _closed_by_edge(text, m.end(), grammar.stop_at):
            continue
        if taken is None:
            taken = held_characters(len(text), held)
        if any(taken[m.start() : m.end()]):
            continue  # a name another finder already holds here (the title itself, or a longer one)
        add_candidate(doc, m.start(), m.end(), "Program", "suffix")
