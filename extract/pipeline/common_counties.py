"""County names that other provinces' reports write as common words, not as the county.

Some county-level divisions bear names that are common nouns elsewhere: 老城区 (a district of
Luoyang, and "the old town" of every city), 站前区 (a district of Yingkou, and "the area before
a station"). The gazetteer matches them wherever they are written, so a Chongqing report that
makes its old town shine again (让老城区焕发新活力) gets a District of Henan (GUIDE §3: a District
is an administrative unit used as a place name, and the old town is none).

A report that names a county of another province as a place tells where that county lies: its
city or its province is named somewhere in the report (成都 before 龙泉驿区 and 锦江区 in a
Chongqing report). Jieba's dictionary does not tell the two uses apart (老城区 and 浦东新区 are
both ``ns``), and a rule on the report alone drops famous counties written bare as examples
(浦东新区 in another province's report, branch district17, withdrawn). So the decision rests on
two pieces of evidence:

- **mined** (:func:`mine_common_counties`, ``scripts/mine_common_counties.py`` into
  ``extract/data/common_counties.jsonl``): over the unannotated reports (every gold passage
  blanked), each county name written as a word in a report of a province holding none of its
  readings is counted as *placed* (the report names the city or province of one of its
  readings, as a word: ``_placed``) or *unplaced*. A name is kept, a common word in planning
  prose, when its unplaced uses number at least ``MIN_MARGIN`` times its placed ones and at
  least ``MIN_MARGIN`` in all (``n >= MIN_MARGIN * max(placed, 1)``): one unplaced use is no
  evidence (the lone unplaced 定日县 and 和县 were real counties, written bare); the counts are
  its provenance.
- **the report at hand** (:func:`unplaced_common_county`): a mined name is dropped only in a
  report whose author lies outside the province of every reading and which names no city or
  province of any reading either. 洛阳市老城区 in a Chongqing report stays a District, and so
  does every county name the reports never write unplaced (浦东新区).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from functools import cache

from extract.metadata import context_code
from extract.pipeline.grammar import Grammar
from extract.pipeline.lexicon import is_word_at
from extract.regions import COUNTY, Region, all_regions, candidates

COMMON_COUNTIES = "common_counties.jsonl"
PROVINCE_DIGITS = 2  # GB/T 2260: a code's first two digits name its province
MIN_MARGIN = 2  # unplaced uses at least twice the placed ones, and at least twice in all


def _anchors(region: Region) -> tuple[str, ...]:
    """The names and short forms of the divisions above ``region`` (its city, its province)."""
    return tuple(n for a in region.ancestors() for n in a.names)


@cache
def _readings(name: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(provinces of the county readings of ``name``, names of the divisions above them); no
    provinces when some reading is not a county (a city or a province is never a common word
    of this kind: 上海, 成都 are named bare as partners)."""
    found = candidates(name)
    if not found or any(r.level != COUNTY for r in found):
        return (), ()
    provinces = tuple(sorted({r.code[:PROVINCE_DIGITS] for r in found}))
    return provinces, tuple(sorted({a for r in found for a in _anchors(r)}))


def _far(name: str, author: str | None) -> bool:
    """Is every reading of ``name`` a county outside the province of the division ``author``?"""
    if not isinstance(author, str) or len(author) < PROVINCE_DIGITS:
        return False  # no known author: nothing is far
    provinces, _ = _readings(name)
    return bool(provinces) and author[:PROVINCE_DIGITS] not in provinces


def _placed(name: str, text: str) -> bool:
    """Does ``text`` name the city or province of some reading of ``name``, as a word? An anchor
    counts only where the segmenter cuts at both its edges (``is_word_at``): 运河南岸 holds the
    characters of 河南 but names no province."""
    return any(_word_in(anchor, text) for anchor in _readings(name)[1])


def _word_in(word: str, text: str) -> bool:
    """Is ``word`` written somewhere in ``text`` as a word (``is_word_at``), not inside others?"""
    i = text.find(word)
    while i >= 0:
        if is_word_at(text, i, i + len(word)):
            return True
        i = text.find(word, i + 1)
    return False


@cache
def _county_pattern() -> re.Pattern[str]:
    """Every county's full name, longest first (the gazetteer's maximal match)."""
    names = {r.name for r in all_regions() if r.level == COUNTY}
    return re.compile("|".join(map(re.escape, sorted(names, key=lambda n: (-len(n), n)))))


def mine_common_counties(docs: Sequence[tuple[str, str]]) -> list[dict]:
    """The county names written unplaced in far provinces' reports (module docstring), by name."""
    placed: Counter[str] = Counter()
    unplaced: Counter[str] = Counter()
    reports: dict[str, set[str]] = defaultdict(set)
    for doc, text in docs:
        author = context_code(text)
        placed_here: dict[str, bool] = {}  # name -> _placed: one scan of the report per name
        for m in _county_pattern().finditer(text):
            name = m.group()
            if not _far(name, author) or not is_word_at(text, m.start(), m.end()):
                continue  # the author's own county, or characters inside a longer word
            if name not in placed_here:
                placed_here[name] = _placed(name, text)
            if placed_here[name]:
                placed[name] += 1
            else:
                unplaced[name] += 1
                reports[name].add(doc)
    return [
        {
            "name": name,
            "source": "mined",
            "counts": {"unplaced": n, "placed": placed[name]},
            "docs": len(reports[name]),
        }
        for name, n in sorted(unplaced.items())
        if n >= MIN_MARGIN * max(placed[name], 1)
    ]


def unplaced_common_county(name: str, text: str, author: str | None, grammar: Grammar) -> bool:
    """Is ``name`` a mined common-word county, outside the province of ``author`` (the report's
    division code) and unplaced in ``text`` (module docstring)? Callers ask once per name and
    document (``embedded.drop_embedded``): the answer does not depend on the mention."""
    if name not in grammar.mined_set(COMMON_COUNTIES, "name"):
        return False
    return _far(name, author) and not _placed(name, text)


__all__ = ["COMMON_COUNTIES", "mine_common_counties", "unplaced_common_county"]
