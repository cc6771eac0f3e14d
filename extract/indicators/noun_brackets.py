"""Brackets inside the counted noun after a count (issue 12, branch indicator31).

The counted-noun reader stopped at every opening bracket, so a noun written with a bracketed
alternative or gloss lost itself: ``新建改造20所师范（教师教育）院校`` was named 新建改造数,
``新增12个乡镇（街道）`` gave nothing. A bracket inside a noun is of two kinds:

* **part of the noun**: an alternative or gloss that is itself a noun phrase (``乡镇（街道）``,
  ``县（市、区）``, ``师范（教师教育）院校``). The readable gold keeps such brackets in the name
  (``获评“两山”实践创新基地的县（区）数``, ``集团化办学县（市）数``), as GUIDE §7 names a count by what
  was counted, as written;
* **an annotation**: a clause about the noun (``学校（含幼儿园）``, ``（其中…）``, ``（筹）``), which opens
  with a verb, a pronoun or a measure; the noun ends before it (GUIDE §7 keeps the source name, not
  its footnotes; the gold drops ``（含艾滋病病毒感染儿童）``).

The two are told apart by jieba's dictionary tags (no typed word list): every word of a noun's
bracket is nominal (n…, j, vn), the enumeration comma aside.
"""

from __future__ import annotations

import re

from extract.indicators.deferred import dictionary_fn, segment_fn

# a bracket group of a few characters, no digit, no clause punctuation
_BRACKET = re.compile(r"[（(]([^（）()\d，,；;。]{1,10})[）)]")
_ITEM_SEP = "、"


def _nominal(tag: str) -> bool:
    return tag[:1] in ("n", "j") or tag == "vn"  # nouns, abbreviations, verbal nouns (教育)


def noun_bracket(text: str, pos: int) -> str:
    """The bracket group at ``pos`` when it belongs to the noun before it (its words are all
    nominal: ``（街道）``, ``（市、区）``, ``（教师教育）``), else "" (an annotation such as ``（含幼儿园）``,
    or no bracket at all)."""
    m = _BRACKET.match(text, pos)
    if m is None:
        return ""
    tags = dictionary_fn()()
    words = [w for w in segment_fn()(m.group(1)) if w != _ITEM_SEP]
    if not words or not all(_nominal(tags.get(w, (0, ""))[1]) for w in words):
        return ""
    return m.group(0)


def without_noun_brackets(tail: str) -> tuple[str, list[tuple[int, str]]]:
    """``tail`` without the nominal brackets that follow a word (``行业（领域）建立起…`` → 行业建立起…),
    and each bracket with its offset in the shortened text: jieba's tags, which decide where a
    count's noun ends and its predicate starts, know no bracket, so the predicate reader reads the
    noun without them and :func:`with_noun_brackets` puts them back into the name."""
    out: list[str] = []
    brackets: list[tuple[int, str]] = []
    k = 0
    while k < len(tail):
        bracket = noun_bracket(tail, k) if k and tail[k] in "（(" else ""
        if bracket:
            brackets.append((len(out), bracket))  # one character a list item: the offset
            k += len(bracket)
            continue
        out.append(tail[k])
        k += 1
    return "".join(out), brackets


def with_noun_brackets(noun: str, brackets: list[tuple[int, str]]) -> str:
    """``noun`` read from :func:`without_noun_brackets`'s text with its brackets back in place."""
    for at, bracket in reversed(brackets):
        noun = noun[:at] + bracket + noun[at:]
    return noun
