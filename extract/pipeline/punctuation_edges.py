"""Works names whose span starts at a dash or cuts a quotation (issue 12, Project boundaries).

The readable-text audit of branch ``project11`` found Project guesses of the head-word scan that
begin with the dash of an apposition (世界最长高速公路隧道——天山胜利隧道: the dash introduces the
name, it is no part of it) or that hold a closing quote without its opening one (…联动“一张网”二期
read from 网 on; …三步”加强项目). GUIDE §2 spans a name, not the punctuation around it, and keeps
quote marks only when they are *inside* the name (§2.2: both marks). So a leading dash is
trimmed, a description before the doubled dash of an apposition is cut off with it, and a guess
with an unpaired quote mark is dropped: its left edge lies inside a quotation, and which wider
span the name has is not decidable from the guess.
"""

from __future__ import annotations

from extract.pipeline.chosen import Chosen, char_span

EDGE_TYPES = frozenset({"Project", "Enterprise"})
DASHES = "—－-"  # the em dash of an apposition (——), full- and half-width hyphens
APPOSITION = "——"  # a doubled em dash; a single one joins a route's ends (赤峰道—中心花园) and stays
QUOTE_PAIRS = (("“", "”"), ("‘", "’"))
QUOTE_MARKS = frozenset(mark for pair in QUOTE_PAIRS for mark in pair)
# the pairs that may wrap a whole mention (GUIDE §2.2 leaves them out of its span), corner
# brackets included (「西部粮仓」)
WRAPPING_QUOTES = frozenset({*QUOTE_PAIRS, ("「", "」")})


def quoted(text: str, start: int, end: int) -> bool:
    """Does one pair of quote marks wrap ``text[start:end]`` exactly (“西部粮仓”)?"""
    return start > 0 and (text[start - 1], text[end : end + 1]) in WRAPPING_QUOTES


def unpaired_quote(name: str) -> bool:
    """Does ``name`` hold a quote mark whose partner is not in it (in text order)?"""
    if QUOTE_MARKS.isdisjoint(name):
        return False  # no quote mark at all (the common case): nothing to pair
    for opening, closing in QUOTE_PAIRS:
        depth = 0
        for c in name:
            if c == opening:
                depth += 1
            elif c == closing:
                depth -= 1
                if depth < 0:
                    return True
        if depth != 0:
            return True
    return False


def fix_edges(s: Chosen, text: str) -> Chosen | None:
    """``s`` without a leading dash, None when it cuts a quotation; ``s`` itself otherwise
    (and for types other than ``EDGE_TYPES``)."""
    if s.label_ not in EDGE_TYPES:
        return s
    name = text[s.start_char : s.end_char]
    if unpaired_quote(name):
        return None
    apposition = name.rfind(APPOSITION)
    cut = apposition + len(APPOSITION) if apposition >= 0 else 0  # 跨江通道——金沙湾大桥
    cut += len(name[cut:]) - len(name[cut:].lstrip(DASHES))
    if cut == 0:
        return s
    if len(name) - cut < 2:
        return None
    return char_span(s.doc, s.start_char + cut, s.end_char, label=s.label_, kb_id=s.kb_id_, span_id=s.id_)
