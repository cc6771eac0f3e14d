"""The full name a document's short form of a programme stands for (issue 12, branch ``canon8``).

GUIDE §5: relation heads and tails use canonical names, and the scorer matches relations on
them, so a short form with its own canonical loses the relation the full name would carry.
GUIDE §4 (variants are merged, 家电以旧换新 -> 消费品以旧换新) and eval/provincial-2026/README.md
(扩大有效投资“千项万亿”工程: "short form 千项万亿 has the same canonical") give a short form the
full name's canonical. Which full name is decided from the document's own mentions, never from a
list: a report that writes 扩大有效投资“千项万亿”工程 once and “千项万亿”工程 or “千项万亿” elsewhere
means one programme by all three. A short form is

- **the name without its modifier**: the full form ends with it (扩大有效投资“千项万亿”工程 ends
  with “千项万亿”工程; 兜底解忧精准保障行动 with “精准保障”行动), quotes ignored, one of the
  two a coined (quoted) name, the modifier of Han characters only, two to
  :data:`MAX_MODIFIER` characters (one character is part of another coined name: 千万工程 in
  百千万工程);
- **a quoted core without its head**: the full form holds it in quotes followed by a programme
  head (“千项万亿” in 扩大有效投资“千项万亿”工程), not a pilot designation (“X”试点). Not when
  the short form ends in a programme head itself
  (百县千镇万村高质量发展工程 in “百县千镇万村高质量发展工程”行动 is a programme of its own, the
  行动 being another one named after it);
- **an abbreviation keeping the first character and the head**: 百千万工程 of
  百县千镇万村高质量发展工程 — the short form's characters before the head in order in the full
  one, no two adjacent (one per word), at least :data:`MIN_ABBREVIATED_WORDS` of them, both
  ending in the same programme head, the short one at most :data:`MAX_ABBREVIATION` characters.

Only when no other full form competes: the candidates must nest in one longest name (“千项万亿”工程
and 扩大有效投资“千项万亿”工程 are one chain; 住房以旧换新 beside 消费品以旧换新 leaves 以旧换新
alone). Across documents nothing is borrowed (the caller passes one document's names): a report
that never writes the full name keeps the short one, whatever other reports write.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from extract.ids import name_key

if TYPE_CHECKING:
    from extract.pipeline.grammar import Grammar

HAN_RE = re.compile(r"[\u4e00-\u9fff]+")

MAX_MODIFIER = 8  # 扩大有效投资 (6): a modifier longer than this is a clause, not part of a name
# one character before a name is no modifier but part of another coined name (千万工程 inside
# 百千万工程, a numeral abbreviation of a different programme)
MIN_MODIFIER = 2
MIN_SUFFIX_CORE = 4  # 以旧换新: a shorter unquoted tail (改革, 试点工程) is a kind, not a name
MIN_QUOTED_CORE = 2  # “两重”: a quote is coined, so two characters name a programme
MAX_ABBREVIATION = 5  # 百千万工程: longer names are written out, not abbreviated
MIN_ABBREVIATED_WORDS = 3


def _kind(short: str, full: str, grammar: Grammar) -> bool:
    """Is ``short`` (a canonical) a short form of ``full`` by one of the three forms above?"""
    heads = grammar.program_tails
    s, f = name_key(short), name_key(full)
    if len(f) <= len(s) or s in ("", f):
        return False
    if f.endswith(s) and len(s) >= MIN_SUFFIX_CORE:
        cut = next((r for r in range(len(full)) if name_key(full[r:]) == s), None)
        if cut is None:  # a normalisation across the cut (NFKC): no modifier to read
            return False
        modifier, rest = full[:cut], full[cut:]  # as written: 扩大有效投资 | “千项万亿”工程
        # a modifier of Han characters only (a quote, bracket or sign is another name's edge:
        # “渝创渝新”创业促进计划 is named by its quote, 创业促进计划 alone is no short form of it),
        # and not X“short”: a modifier before a closing quote names its own programme (住房“以旧换新”,
        # 碳达峰“十大工程” beside 十大工程: two programmes in the gold, AliasIndex.resolve says so too);
        # and the part kept is a coined (quoted) name: an unquoted descriptive tail (投资项目清单,
        # 职业伤害保障试点) is as often the end of another thing or of a left edge cut wrong
        # (向民间资本发布投资项目清单, 新就业形态人员…试点) as a short form of the longer phrase
        return (
            MIN_MODIFIER <= len(modifier) <= MAX_MODIFIER
            and HAN_RE.fullmatch(modifier) is not None
            and not full.endswith("”")
            and ("“" in short or "“" in rest)
        )
    if not s.endswith(heads) and len(s) >= MIN_QUOTED_CORE:
        pos = full.find(f"“{s}”")
        tail = full[pos + len(s) + 2 :] if pos >= 0 else ""
        # the core without its head; a pilot designation after the quote (“X”试点) names the
        # positioning the designation is after, not the quote's programme (quoted_frames does the same)
        return tail.endswith(heads) and not tail.endswith(grammar.program_designations)
    head = next((h for h in heads if s.endswith(h)), None)
    stem = s[: len(s) - len(head)] if head else ""
    return (
        head is not None
        and len(s) <= MAX_ABBREVIATION
        # three words abbreviated at least (百千万); two characters (千万工程 beside “千项万亿”工程,
        # 百千行动) are as often a name of their own written whole
        and len(stem) >= MIN_ABBREVIATED_WORDS
        and f.endswith(head)
        and f[0] == s[0]
        and _one_per_word(stem, f[: len(f) - len(head)])
    )


def _one_per_word(stem: str, full_stem: str) -> bool:
    """Do the characters of ``stem`` occur in order in ``full_stem``, no two of them adjacent?
    An abbreviation keeps one character of each word (百县千镇万村 -> 百千万); two adjacent ones
    are a word kept whole and the rest cut off (国际 of 国际顶尖乒乓球职业: a truncation, not a name)."""
    pos = -2
    for c in stem:
        pos = full_stem.find(c, pos + 2)
        if pos < 0:
            return False
    return True


def _one_chain(found: list[str]) -> str | None:
    """The longest of the full forms found when all of them nest in it (one chain: “千项万亿”工程
    in 扩大有效投资“千项万亿”工程), None when there are none or two compete."""
    if not found:
        return None
    longest = max(found, key=lambda k: (len(name_key(k)), k))
    longest_key = name_key(longest)
    return longest if all(name_key(k) in longest_key for k in found) else None


def document_full_form(short: str, names: Iterable[str], grammar: Grammar) -> str | None:
    """The one full name among ``names`` (one document's canonicals of the type) that
    ``short`` is a short form of, or None when there is none or two compete. A quote that
    reports write as the programme's own name (``Grammar.quoted_programmes``, mined over all
    reports with its evidence: “高效办成一件事”) keeps it: “高效办成一件事”改革 is the reform
    carrying it out, and the name the gold gives the quote is the quote."""
    if name_key(short) in grammar.quoted_programmes:
        return None
    key = name_key(short)
    # every form needs the short key inside the full one (as its tail, as the quoted core) or, for
    # an abbreviation (at most MAX_ABBREVIATION characters), the same first character: a cheap test
    # that spares most pairs _kind
    abbreviation = len(key) <= MAX_ABBREVIATION
    found = [
        k
        for k in set(names)
        if k != short
        and (key in (full := name_key(k)) or (abbreviation and full[:1] == key[:1]))
        and _kind(short, k, grammar)
    ]
    return _one_chain(found)


class FullFormIndex:
    """One document's canonicals of a type, indexed once for :func:`document_full_form`'s cheap
    test (the short key inside the full one, or the same first character): a document asks for
    every short name it holds, and testing each against every name cost a pass over all pairs.
    ``full_form`` gives exactly :func:`document_full_form`'s answer (tests/extract/test_fast_paths.py)."""

    SEP = "\n"  # name_key drops whitespace, so no key holds it

    def __init__(self, names: Iterable[str]) -> None:
        self.names = sorted(set(names))
        self.keys = [name_key(k) for k in self.names]
        # per first character, the indices ordered by key length: a full form is longer than its
        # abbreviation, so only the tail past the short key's length is read
        by_first: dict[str, list[tuple[int, int]]] = {}
        for i, full in enumerate(self.keys):
            by_first.setdefault(full[:1], []).append((len(full), i))
        self.by_first = {c: sorted(rows) for c, rows in by_first.items()}
        # every key in one string: a substring search finds the keys holding the short one
        self.joined = self.SEP.join(self.keys)
        self.starts: list[int] = []
        pos = 0
        for full in self.keys:
            self.starts.append(pos)
            pos += len(full) + len(self.SEP)

    def _holding(self, key: str) -> set[int]:
        """Indices of the keys that hold ``key`` (not empty, without the separator)."""
        found: set[int] = set()
        pos = self.joined.find(key)
        while pos >= 0:
            found.add(bisect.bisect_right(self.starts, pos) - 1)
            pos = self.joined.find(key, pos + 1)
        return found

    def full_form(self, short: str, grammar: Grammar) -> str | None:
        """:func:`document_full_form` of ``short`` over the indexed names."""
        key = name_key(short)
        if key in grammar.quoted_programmes or not key:
            return None  # an empty key is no short form of anything (``_kind``)
        # only an abbreviation is found by its first character: without that gate a document of
        # many names sharing one (产业数字化“N大行动”, 4,000 of them) tested every pair
        first: list[int] = []
        if len(key) <= MAX_ABBREVIATION:
            rows = self.by_first.get(key[:1], [])
            first = [i for _, i in rows[bisect.bisect_right(rows, (len(key), len(self.keys))) :]]
        candidates = self._holding(key).union(first)
        names = (self.names[i] for i in candidates)
        found = [k for k in names if k != short and _kind(short, k, grammar)]
        return _one_chain(found)


__all__ = ["FullFormIndex", "document_full_form"]
