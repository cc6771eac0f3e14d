"""Places that fill a bracket inside a longer name (丙—中国（甲）国际合作园区, 中国智谷（甲）科技园).

Official names write a site in brackets inside the name: 中国智谷（重庆）科技园, 成渝（重庆）农业
转移人口公共服务基地, 金华（义乌）中欧班列集结中心, 北方（沧州）跨境电商物流基地 and 省职教城（清远）
in the readable gold are one Platform or Project each, with no District in the bracket (GUIDE
§2.1 maximal name, never nest; the canonical 中国（云南）自由贸易试验区 of the provincial
conventions). When the name grammar misses such a name, the bracketed place was left standing
alone (重庆 of 东盟—中国（重庆）国际合作园区 on readable text outside gold).

The test is a shape, not a list: the place fills a short bracket with name characters right
before it, and the characters right after the closing bracket run on, with no delimiter and before
any hard stop word of the mined lexicon (建设, 对接: a clause edge), into a head word of the mined
lexicon (``Grammar.heads``) at a word boundary. Meetings and expos keep their places (GUIDE §2.1
`2024[重庆]跨境电商产业发展大会`; readable gold 中国（[太原]）国际能源产业博览会,
中国([重庆])—东盟物流行业合作会议): their kinds are no head, so the tail reads no name. A bracket
followed by a delimiter (成都经开区（[龙泉驿区]）、…: two divisions side by side) or by a verb
(节点（重庆）接入…) is no name either, and the place stays.

A place *before* the bracket is not asked: the readable gold tags [北京]（京津冀）国际科技创新中心
twice (fresh8, fresh14) but writes 金华（义乌）中欧班列集结中心 whole, so the words after the bracket
do not settle whether the place opens a name.
"""

from __future__ import annotations

from extract.pipeline.grammar import Grammar
from extract.pipeline.lexicon import _segment
from extract.pipeline.place_runs import HAN_RE, MIN_NAME, ends_in_head, name_run

OPEN, CLOSE = "（(", "）)"
MIN_TAIL = MIN_NAME  # characters of the name after the bracket: a modifier and a head


def tail_ends_in_head(text: str, pos: int, grammar: Grammar) -> bool:
    """Do the name characters from ``pos`` run, before any hard stop word, into a head word of
    the lexicon at a word boundary where a name may end (``Grammar.follows_ok``)?"""
    run = name_run(text, pos)
    if len(run) < MIN_TAIL:
        return False
    return ends_in_head(text, pos, _segment(run), grammar, stop_at_hard=True, single_kernels=False)


def in_bracketed_name(text: str, start: int, end: int, grammar: Grammar) -> bool:
    """Does the place ``text[start:end]`` fill a bracket inside a longer name (module docstring)?"""
    if not (
        start >= 2
        and end < len(text)
        and text[start - 1] in OPEN
        and text[end] in CLOSE
        and HAN_RE.match(text[start - 2])
    ):
        return False  # the place fills no bracket glued to name characters (the common case)
    return tail_ends_in_head(text, end + 1, grammar)


__all__ = ["in_bracketed_name", "tail_ends_in_head"]
