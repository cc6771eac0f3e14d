"""Groups of partners the text names as acting together, for ``cooperatesWith``.

Two clause shapes state a joint action without 与 (GUIDE §5: "A、B与C、D开展合作" pairs across
groups; here the group is one side of itself, as in the conventions' ``济南、青岛协同打造…``):

- a **counted group**: a list of places closed by a count of them, ``甲、乙、丙三地…`` or
  ``甲、乙两市…``, where the count equals the list's length. GUIDE §3 names ``成渝两地`` as a
  collective (the pair untagged); with the members written out, the collective is their
  joint subject. The clause must hold a cooperation word (``KEYWORDS``) so that a list that only
  shares a figure (``甲、乙两市GDP…``) pairs nothing.
- a **glued pair before a cooperation word**: ``支持甲乙联动建设…`` — two or more partners with
  nothing but list marks between them, directly in front of a cooperation word, whatever verb
  opens the clause (the joint-action rule of ``cooperation`` asks for a list that opens it).

Both look only at the characters between adjacent mentions and right after a list, so each
clause is read in one pass over its mentions (no backtracking, linear in the list).
"""

from __future__ import annotations

import re

from extract.numerals import cn_to_int
from extract.records import Mention

# list marks between the members of one group (function words, closed class); before a
# cooperation word 与 is left out: ``深化与甲、乙合作`` makes 甲 and 乙 partners of the author,
# not of each other (``cooperation`` reads that shape), and a run right after 与/同 is skipped
_LIST_MARKS = re.compile(r"[、和及与\s]*")
_GLUE_MARKS = re.compile(r"[、和及\s]*")
_PARTNER_OF = "与同"
# a count of places after a list: numeral + 地 (GUIDE §3 names 成渝两地 a collective) or + a
# division kind (省 市 区 县, Constitution Art. 30)
_NUMERAL = "[两二三四五六七八九十]"
_PLACES = "地"
_DIVISION_KINDS = "省|市|区|县"
_COUNT = re.compile(f"({_NUMERAL})(?:{_PLACES}|{_DIVISION_KINDS})")
_MEMBER_TYPES = ("District", "Enterprise", "Organization")


def _runs(text: str, ms: list[Mention], marks: re.Pattern[str]) -> list[list[Mention]]:
    """Maximal runs of partner mentions joined only by ``marks`` (``甲、乙和丙``)."""
    runs: list[list[Mention]] = []
    for m in ms:
        if m.type not in _MEMBER_TYPES:
            runs.append([])
            continue
        if runs and runs[-1]:
            prev = runs[-1][-1]
            gap = text[prev.end : m.start]
            if m.start >= prev.end and marks.fullmatch(gap):
                runs[-1].append(m)
                continue
        runs.append([m])
    return [r for r in runs if len(r) >= 2]


def counted_groups(text: str, ms: list[Mention]) -> list[list[Mention]]:
    """Runs closed by a count of themselves: ``甲、乙、丙三地`` gives [甲, 乙, 丙]."""
    out = []
    for run in _runs(text, ms, _LIST_MARKS):
        hit = _COUNT.match(text, run[-1].end)
        if hit and cn_to_int(hit.group(1)) == len(run):
            out.append(run)
    return out


def glued_before(text: str, ms: list[Mention], kw_pos: int) -> list[Mention]:
    """The run of partners that ends right before the cooperation word at ``kw_pos``, glued or
    joined by list marks (``甲乙联动``, ``甲、乙协同``); [] when something else stands between."""
    for run in _runs(text, ms, _GLUE_MARKS):
        if run[-1].end == kw_pos and text[run[0].start - 1 : run[0].start] not in _PARTNER_OF:
            return run
    return []


__all__ = ["counted_groups", "glued_before"]
