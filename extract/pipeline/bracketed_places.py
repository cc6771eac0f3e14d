"""Places bound to a bracketed qualifier inside a longer name (甲（乙）…中心, 甲—乙（丙）…园区).

Official names write a site or a partner in brackets inside the name: 中国智谷（重庆）科技园,
金华（义乌）中欧班列集结中心, 北方（沧州）跨境电商物流基地 and 省职教城（清远） in the readable
gold are one Platform or Project each, with no District inside (GUIDE §2.1 maximal name, never
nest; the canonical 中国（云南）自由贸易试验区 of the provincial conventions). When the name
grammar misses such a name (its words after the bracket hold a verb such as 创新 that cuts the
usual tail readers), the place is left standing alone: 北京（京津冀）国际科技创新中心 is
untagged in two readable gold passages and was a District on readable text outside gold, and
so was 重庆 of …中国（重庆）国际合作园区.

The test is a shape, not a list: the place is glued to a short bracket — either it opens the
bracket's name (甲|（乙）) or it fills the bracket and name characters stand right before it
(…乙（甲）) — and the characters right after the closing bracket run on, with no delimiter and
before any hard stop word of the mined lexicon (建设, 对接: a clause edge), into a head word of
the mined lexicon (``Grammar.heads``) at a word boundary. Meetings and expos keep their places
(GUIDE §2.1 `2024[重庆]跨境电商产业发展大会`; readable gold 中国（[太原]）国际能源产业博览会,
中国([重庆])—东盟物流行业合作会议): their kinds are no head, so the tail reads no name. A
bracket followed by a delimiter (成都经开区（[龙泉驿区]）、…: two divisions side by side) or by
a verb (节点（重庆）接入…) is no name either, and the place stays.
"""

from __future__ import annotations

from extract.pipeline.grammar import Grammar
from extract.pipeline.lexicon import _segment
from extract.pipeline.place_runs import HAN_RE, name_run

OPEN, CLOSE = "（(", "）)"
MAX_INNER = 10  # characters inside a bracketed qualifier of a name: a site or partner, no passage
MIN_TAIL = 3  # characters of the name after the bracket: a modifier and a head


def _close_after(text: str, pos: int) -> int | None:
    """The offset right after the closing bracket of the bracket opened at ``pos``, when the
    bracket is short and holds name characters only (no nested bracket, no delimiter)."""
    for k in range(pos + 1, min(len(text), pos + 2 + MAX_INNER)):
        if text[k] in CLOSE:
            return k + 1 if k > pos + 1 else None
        if not HAN_RE.match(text[k]):
            return None
    return None


def tail_ends_in_head(text: str, pos: int, grammar: Grammar) -> bool:
    """Do the name characters from ``pos`` run, before any hard stop word, into a head word of
    the lexicon at a word boundary where a name may end (``Grammar.follows_ok``)?"""
    run = name_run(text, pos)
    if len(run) < MIN_TAIL:
        return False
    heads = grammar.heads
    end = pos
    for w in _segment(run):
        if w in grammar.hard_stops:
            return False
        end += len(w)
        body = text[pos:end]
        if len(body) < MIN_TAIL or not grammar.follows_ok(text, end):
            continue
        if any(body[-n:] in heads for n in range(min(len(body), 7), 1, -1)):
            return True
    return False


def in_bracketed_name(text: str, start: int, end: int, grammar: Grammar) -> bool:
    """Is the place ``text[start:end]`` bound to a bracketed qualifier inside a longer name
    (module docstring)?"""
    if end < len(text) and text[end] in OPEN:
        after = _close_after(text, end)  # 甲|（乙）…: the place opens the name
    elif (
        start >= 2
        and text[start - 1] in OPEN
        and end < len(text)
        and text[end] in CLOSE
        and HAN_RE.match(text[start - 2])
    ):
        after = end + 1  # …乙（甲）…: the place fills the bracket of a name
    else:
        return False  # no bracket touches the place (the common case)
    return after is not None and tail_ends_in_head(text, after, grammar)


__all__ = ["in_bracketed_name", "tail_ends_in_head"]
