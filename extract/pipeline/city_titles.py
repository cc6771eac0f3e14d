"""National titles a city gets or seeks (全国文明城市, 国际消费中心城市) are Program.

GUIDE §9 types the designations a city seeks or gets as Program (国际消费中心城市) and the
provincial-2026 conventions extend it to civilised-city, forest-city and similar national
titles. Such a title ends in the word for a city, which also ends positioning goals the gold
leaves untagged (建设国家中心城市, 打造…城市: GUIDE §9 positionings); what tells them apart is the
verb that gets or seeks the title. Those verbs are counted, never listed:

- **Mining** (:func:`mine_title_verbs`, run by ``scripts/mine_lexicon.py`` into
  ``extract/data/title_verbs.jsonl``): for every clause word (a mined hard stop word of two or
  more characters), how often a national pilot designation follows it (a level word, name
  words, a GUIDE §3 designation head of the grammar: 入选|国家…试点, 争创|全国…示范区). A word
  followed by one in ``MIN_DOCS`` reports and in ``MIN_SHARE`` of its uses gets or seeks
  designations (入选, 争创, 创建); a verb that mostly takes other objects (建设) does not.
- **Run time** (:func:`find_city_titles`): such a verb, a level word and name words ending in
  the city word, closed by a clause edge (not …城市|先行区, a longer name), is a Program, its
  span from the level word (GUIDE §2.5: 国家… stays in an official designation).
- **Designations** (:func:`find_designation_titles`): the frame the miner counts — such a verb,
  a level word, name words and a GUIDE §3 designation head at a clause edge
  (入选|国家生态产品价值实现机制试点，) — is itself a Program from the level word. The name grammar
  scans left from the head and stops at a clause word inside the designation (…价值实现|机制试点
  leaves a kind); the verb that got it marks where the name starts. A list label (…等试点) or
  a count of designations (…试点城市之一 stays with the head scan) is no name of its own.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence

from spacy.tokens import Doc

from extract.pipeline import grammar as g
from extract.pipeline.candidates import add_candidate
from extract.pipeline.mining import NATIONAL
from extract.pipeline.programme_frames import EDGE, count_frames
from extract.pipeline.quoted_frames import _closed_by_edge

# the levels of a national title: the state (GUIDE §2.5) and the international titles of §9
LEVELS = (*NATIONAL, "国际")
LIST_CLOSER = "等"  # closes a list before its label (GUIDE §2.2)
CITY = "城市"  # provincial-2026 conventions: civilised-city, forest-city and similar titles
MIN_DOCS = 5
MIN_SHARE = 0.05


def _designation_re(heads: Iterable[str]) -> re.Pattern[str]:
    levels = "|".join(LEVELS)
    body = r"[\u4e00-\u9fff]{1,14}?"
    return re.compile(r"(?:" + levels + ")" + body + "(?:" + g._alternation(heads).pattern + ")" + EDGE)


def mine_title_verbs(
    docs: Sequence[tuple[str, str]], clause_words: Iterable[str], designation_heads: Iterable[str]
) -> list[dict]:
    """Clause words that get or seek national designations (module docstring)."""
    words = [w for w in clause_words if len(w) >= 2]
    heads = list(designation_heads)
    if not words or not heads:
        return []
    uses, frames, frame_docs = count_frames(docs, words, _designation_re(heads))
    out = [
        {
            "word": w,
            "source": "mined",
            "counts": {"uses": uses[w], "designations": n},
            "docs": len(frame_docs[w]),
            "share": round(n / uses[w], 3),
        }
        for w, n in frames.items()
        if len(frame_docs[w]) >= MIN_DOCS and n >= MIN_SHARE * uses[w]
    ]
    return sorted(out, key=lambda e: e["word"])


def mine_with_grammar(docs: Sequence[tuple[str, str]], heads: list[dict], stops: list[dict]) -> list[dict]:
    """:func:`mine_title_verbs` over the freshly mined hard stop words and the grammar's GUIDE §3
    designation heads."""
    from extract.pipeline.lexicon_files import read_lexicon

    grammar = g.Grammar({**read_lexicon(), "heads.jsonl": heads, "stop_words.jsonl": stops})
    hard = [w["word"] for w in stops if w["kind"] == "hard"]
    return mine_title_verbs(docs, hard, grammar.program_designations)


@functools.cache
def _title_re(verbs: frozenset[str]) -> re.Pattern[str] | None:
    if not verbs:
        return None
    # the longest title in the Han run: 全国首批城市更新示范城市, not 全国首批城市
    title = "(?P<title>(?:" + "|".join(LEVELS) + r")[\u4e00-\u9fff]{1,12}" + CITY + ")"
    return re.compile("(?:" + g._alternation(verbs).pattern + ")" + title)


def find_city_titles(doc: Doc, text: str, grammar: g.Grammar) -> None:
    """Add the national titles a mined verb gets or seeks as Program candidates."""
    verbs = frozenset(e["word"] for e in grammar.lexicon.get("title_verbs.jsonl", ()))
    pattern = _title_re(verbs)
    if pattern is None:
        return
    for m in pattern.finditer(text):
        if _closed_by_edge(text, m.end(), grammar.stop_at):  # not …城市|先行区: a longer name goes on
            add_candidate(doc, m.start("title"), m.end("title"), "Program", "suffix")


@functools.cache
def _designation_title_re(verbs: frozenset[str], heads: tuple[str, ...]) -> re.Pattern[str] | None:
    if not verbs or not heads:
        return None
    levels = "|".join(NATIONAL)
    title = "(?P<title>(?:" + levels + r")[\u4e00-\u9fff]{2,14}?(?:" + g._alternation(heads).pattern + "))"
    return re.compile("(?:" + g._alternation(verbs).pattern + ")" + title + EDGE)


def find_designation_titles(doc: Doc, text: str, grammar: g.Grammar) -> None:
    """Add the national pilot designations a mined title verb gets or seeks (入选|国家…试点，)
    as Program candidates (module docstring)."""
    verbs = frozenset(e["word"] for e in grammar.lexicon.get("title_verbs.jsonl", ()))
    pattern = _designation_title_re(verbs, tuple(sorted(grammar.program_designations)))
    if pattern is None:
        return
    for m in pattern.finditer(text):
        name = m.group("title")
        if LIST_CLOSER in name:
            continue  # 入选国家A、B等试点: the label of a list of designations
        if g.LEAD_RE.match(text, m.start("title") + 2):
            continue  # 全国首批|…先行区: a rank the name leaves out (GUIDE §2.5); the head scan's
        add_candidate(doc, m.start("title"), m.end("title"), "Program", "suffix")
