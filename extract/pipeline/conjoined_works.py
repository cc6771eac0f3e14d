"""One works named by two parts joined with 及: 甲立交及配套道路工程 is one Project, not 甲立交 + a tail.

GUIDE §2.4 keeps a project's suffixes and its own example is such a name (群慧立交及配套道路…);
the readable gold holds fourteen Project names with 及 inside (…片区道路及配套设施建设工程,
地铁8号线一期及延伸线, …铁路及胶新铁路扩能改造) and never two Projects split at a 及 between them.
The name finders read a name from its kernel leftwards and 及 is a function word of the stop
lexicon, so they stop there: the first part comes out alone (甲立交, a Project by its own kernel)
and the second either as a fragment of its own (深度处理工程 of 甲水厂扩建及深度处理工程) or not at
all (配套道路工程). precision25's readable draw read three such cuts wrong.

Read from the spans, not from a list of works: a Project that ends right before 及 takes

- the Project that starts right after the 及 (甲水厂扩建 + 及 + 深度处理工程), or
- a run of Han characters right after the 及 that ends in a GUIDE §2.4 suffix (工程, 项目) and
  holds no list word (等, 的, 各) and no other name (甲立交 + 及配套道路工程),

unless the first part is already closed by such a suffix itself (甲工程及乙工程: two works). 以及
joins clauses, not parts of a name: the first part never ends right before it (it ends before 以).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Doc

from extract.pipeline.chosen import Chosen, char_span

JOINER = "及"  # closed class: the conjunction inside a works name (GUIDE §2.4's example)
SUFFIXES = ("工程", "项目")  # GUIDE §2.4: the suffixes a project name keeps
# the run after 及 up to a suffix: Han characters without a list word (等, 的, 各类: a kind follows)
RUN_RE = re.compile(r"(?:(?![等的各])[\u4e00-\u9fff]){1,8}?(?:工程|项目)")


def _closed(span: Chosen, text: str) -> bool:
    """Does ``span`` already end in a project suffix (a whole works of its own)?"""
    return text.endswith(SUFFIXES, span.start_char, span.end_char)


def _tail_end(first: Chosen, after: Chosen | None, text: str) -> int | None:
    """Where the works that ``first`` opens ends, or None when nothing is joined to it."""
    ji = first.end_char
    if first.label_ != "Project" or not text.startswith(JOINER, ji) or _closed(first, text):
        return None
    if first.start_char > 0 and text[first.start_char - 1] == "、":
        return None  # 甲、乙及丙铁路: 及 closes a list of conjuncts sharing a head (GUIDE §2.2)
    if after is not None and after.start_char == ji + 1:
        return after.end_char if after.label_ == "Project" else None
    m = RUN_RE.match(text, ji + 1)
    if m is None or (after is not None and after.start_char < m.end()):
        return None  # no suffix, or another name inside the run
    return m.end()


def join_conjoined_works(doc: Doc, chosen: Sequence[Chosen], text: str) -> list[Chosen]:
    """``chosen`` (sorted by start) with every works named by two parts joined with 及 made one
    Project (module docstring); read from the right so a joined span can join again on its left."""
    out: list[Chosen] = []
    for first in reversed(chosen):
        after = out[-1] if out else None
        end = _tail_end(first, after, text)
        if end is not None:
            span = char_span(doc, first.start_char, end, label="Project", span_id=first.id_)
            if span is not None:
                if after is not None and after.end_char == end:
                    out.pop()  # the second part is inside the joined name now
                out.append(span)
                continue
        out.append(first)
    out.reverse()
    return out


__all__ = ["join_conjoined_works"]
