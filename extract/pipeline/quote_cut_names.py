"""A Project name cut off before a quote that goes on: 甲地站“乙丙”商务区 names no station.

GUIDE §2 keeps quote marks that sit inside a name (“两江四岸”核心区, “满天星”行动计划) and
GUIDE §2.1 tags the maximal name. A head-word finder that reads a name up to its kernel (站,
港, 大道) stops there, and when the text goes on with a quote and more name characters
(甲地站“乙丙”商务区), the kernel it stopped at only modifies the longer name: the span it
gives is a cut piece of that name, not a project built (project21's readable precision draws:
cut spans). The longer name's own head is often no lexicon head (商务区), so its type is not
known here; the cut piece is dropped (the longer name is missed either way).

The test reads the shape: a Project whose span is followed at once by an opening quote, a
closing quote within ``QUOTE_MAX`` characters (``names.QUOTE_RE``'s bound) with no line break
or quote between, and right after the closing quote a Han character that opens no clause word
or function word of the mined stop lexicon (甲地站“乙丙”的… stays: the quote is a description
after it). A name that ends in a GUIDE §3 project suffix (工程, 项目, a phase: the
``head_kernels.jsonl`` rows of that rule) is whole before a quote (甲桥施工项目“8·20”事故 names the
works and then an event). No readable gold Project or Platform is followed at once by a quote.
"""

from __future__ import annotations

from collections.abc import Sequence

from extract.pipeline import grammar as g
from extract.pipeline.chosen import Chosen

OPEN, CLOSE = "“", "”"  # closed class: the full-width quote marks (names.QUOTE_RE)
QUOTE_MAX = 16  # characters inside one quote (names.QUOTE_RE)
CUT_TYPES = frozenset({"Project"})
WHOLE_RULE = "GUIDE §3 Project: anything with a 工程/项目/phase suffix"  # head_kernels.jsonl


def _whole_suffixes(grammar: g.Grammar) -> tuple[str, ...]:
    """The project suffixes that close a name whole (GUIDE §3: 工程, 项目, 一期 …)."""
    rows = grammar.lexicon.get("head_kernels.jsonl", ())
    return tuple(r["head"] for r in rows if r.get("rule") == WHOLE_RULE)


def _name_goes_on(text: str, end: int, grammar: g.Grammar) -> bool:
    """Does a quote open at ``end`` and the name go on after its closing mark?"""
    if not text.startswith(OPEN, end):
        return False
    close = text.find(CLOSE, end + 1, end + 2 + QUOTE_MAX)
    if close <= end + 1 or any(c in "\n“" for c in text[end + 1 : close]):
        return False
    after = close + 1
    if after >= len(text) or not "\u4e00" <= text[after] <= "\u9fff":
        return False
    return not grammar.stop_at(text, after)


def drop_quote_cut_names(chosen: Sequence[Chosen], text: str, grammar: g.Grammar) -> list[Chosen]:
    """``chosen`` without the Projects cut off before a quote inside a longer name (module
    docstring)."""
    whole = _whole_suffixes(grammar)
    return [
        s
        for s in chosen
        if s.label_ not in CUT_TYPES or s.text.endswith(whole) or not _name_goes_on(text, s.end_char, grammar)
    ]


__all__ = ["drop_quote_cut_names"]
