"""Named provincial build-up programmes of the form modifier + province (信用浙江, 平安河北).

GUIDE §9 types 信用浙江 and 航运浙江 as Program (named build-up programmes of the province) and
the provincial-2026 conventions add the form 平安X; the province inside is not tagged. Typed
one by one these are instances; the form is productive, so the modifiers are data:

- **mined** (:func:`mine_buildup_modifiers`, run by ``scripts/mine_lexicon.py`` into
  ``extract/data/buildup_modifiers.jsonl``): a noun or adjective of the general dictionary
  that reports write in quotes right before a province's name (“书香山西”, “信用浙江”), in at
  least two reports and for two provinces — a quoted compound is a name;
- **guide** rules (``head_rules.jsonl``, rule kind ``buildup``): the forms GUIDE §9 and the
  conventions name (平安, 信用, 航运);
- **mined slogan modifiers** (``place_slogans``, ``extract/data/slogan_modifiers.jsonl``): a
  dictionary word that many authors write before their own province's name followed by 建设
  (美丽X建设, 法治X建设, 数字X建设; two or more reports, two or more provinces). The blind gold
  rounds type every such name as the province's programme (fresh2 and fresh3 NOTES: 美丽河北,
  美丽山东, 法治天津 as Program "like 平安X / 信用浙江"), so the frame that made the place inside
  no District (GUIDE §2.1) also makes the name.

The type is the GUIDE's: a modifier whose form with a province-level name the strategy inventory
of GUIDE §6 lists (数字重庆, ``strategies.jsonl``) makes a Strategy (数字X, as the fresh3 gold types
数字河北 "like 数字重庆"); every other modifier a Program (§6 excludes 美丽重庆 and 平安重庆 from the
strategies; the conventions make 平安X a Program).

At run time ``modifier + province`` (a province-level division of the gazetteer, full or short
name) where a name may end is a Program; the resolver's maximal-name rule then drops the
province inside it.
"""

from __future__ import annotations

import functools
import re
from collections import Counter, defaultdict
from collections.abc import Sequence

from spacy.tokens import Doc

from extract.pipeline import grammar as g
from extract.pipeline.candidates import add_candidate

MODIFIER_TAGS = frozenset({"a", "an", "n", "nz"})
MIN_DOCS = 2
MIN_PLACES = 2
WINDOW = 6  # characters before the modifier given to the segmenter


@functools.cache
def province_names() -> tuple[str, ...]:
    """Full and short names (two or more characters) of the province-level divisions."""
    from extract.regions import all_regions

    names = {n for r in all_regions() if str(r.code).endswith("0000") for n in r.names if len(n) >= 2}
    return tuple(sorted(names, key=lambda n: (-len(n), n)))


@functools.cache
def _pattern(modifiers: frozenset[str]) -> re.Pattern[str] | None:
    if not modifiers:
        return None
    mods = "|".join(sorted(map(re.escape, modifiers), key=lambda w: (-len(w), w)))
    provs = "|".join(map(re.escape, province_names()))
    return re.compile("(" + mods + ")(?:" + provs + ")")


@functools.cache
def strategy_modifiers() -> frozenset[str]:
    """Modifiers that the strategy gazetteer (GUIDE §6's inventory, ``strategies.jsonl``) writes
    before a province-level name as one strategy: 数字 of 数字重庆. ``modifier + province`` is then
    a Strategy, not a Program (module docstring)."""
    from extract.pipeline.closed_class import strategy_rows

    provs = province_names()
    found: set[str] = set()
    for row in strategy_rows():
        for name in (row["canonical"], *row.get("aliases", ())):
            found.update(name[: -len(p)] for p in provs if name.endswith(p) and len(name) > len(p))
    return frozenset(found)


def mine_buildup_modifiers(docs: Sequence[tuple[str, str]]) -> list[dict]:
    """Dictionary nouns and adjectives quoted right before a province's name (module docstring)."""
    from extract.pipeline.mining import dictionary

    words = dictionary()
    provs = "|".join(map(re.escape, province_names()))
    quoted = re.compile(r"“([\u4e00-\u9fff]{2})(" + provs + r")”")
    count: Counter[str] = Counter()
    docs_of: dict[str, set[str]] = defaultdict(set)
    places: dict[str, set[str]] = defaultdict(set)
    for name, text in docs:
        for m in quoted.finditer(text):
            w = m.group(1)
            if words.get(w, (0, ""))[1] not in MODIFIER_TAGS:
                continue
            count[w] += 1
            docs_of[w].add(name)
            places[w].add(m.group(2))
    out = [
        {
            "word": w,
            "source": "mined",
            "counts": {"quoted_before_province": n, "provinces": len(places[w])},
            "docs": len(docs_of[w]),
            "pos": words[w][1],
        }
        for w, n in count.items()
        if len(docs_of[w]) >= MIN_DOCS and len(places[w]) >= MIN_PLACES
    ]
    return sorted(out, key=lambda e: e["word"])


def _clause_word_ends(before: str, grammar: g.Grammar) -> bool:
    """Does a clause word (hard or soft stop word) end right before the modifier (建设|平安…)?"""
    return any(before[-k:] in grammar.hard_stops or before[-k:] in grammar.soft_stops for k in (1, 2, 3, 4))


def _modifier_is_word(text: str, start: int, end: int) -> bool:
    """Is the modifier ``text[start:end]`` a word of its own in jieba's reading of the few
    characters before it? A degree phrase (更高水平|平安X), another slogan (平安X|法治X) or a verb
    that is no stop word (描绘|美丽X) may stand right before a name; a modifier that jieba reads
    as the end of a longer word (壮美|丽…, 水平|安…) starts none. The same test as the slogan
    frame's place (``place_slogans.after_slogan_modifier``)."""
    from extract.pipeline.lexicon import _segment  # here: most matches never reach this test

    lo = start
    while lo > max(0, start - WINDOW) and "\u4e00" <= text[lo - 1] <= "\u9fff":
        lo -= 1
    words = _segment(text[lo:end])
    return bool(words) and words[-1] == text[start:end]


def modifiers(grammar: g.Grammar) -> frozenset[str]:
    """Quoted-name modifiers, GUIDE-rule modifiers and mined slogan modifiers (module docstring)."""
    from extract.pipeline.place_slogans import slogan_modifiers

    mined = {e["word"] for e in grammar.lexicon.get("buildup_modifiers.jsonl", ())}
    guide = {r["head"] for r in grammar.lexicon["head_rules.jsonl"] if r.get("rule_kind") == "buildup"}
    return frozenset(mined | guide | slogan_modifiers(grammar))


def find_buildup_programmes(doc: Doc, text: str, grammar: g.Grammar) -> None:
    """Add ``modifier + province`` Program (or Strategy) candidates where a name may end, outside
    《》 titles (a title is one name, GUIDE §2.1, §2.3: the show 《美丽X》 is no programme)."""
    from extract.pipeline.embedded import in_title

    pattern = _pattern(modifiers(grammar))
    if pattern is None:
        return
    for m in pattern.finditer(text):
        before = text[max(0, m.start() - 4) : m.start()]
        if (
            before
            and "\u4e00" <= before[-1] <= "\u9fff"
            and not _clause_word_ends(before, grammar)
            and not _modifier_is_word(text, m.start(), m.start() + len(m.group(1)))
        ):
            continue  # the modifier ends another word (水平|安…): no name starts inside a word
        if grammar.follows_ok(text, m.end()) and not in_title(text, m.start(), m.end()):
            label = "Strategy" if m.group(1) in strategy_modifiers() else "Program"
            add_candidate(doc, m.start(), m.end(), label, "quote")
