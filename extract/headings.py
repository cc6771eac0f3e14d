"""Recognise one heading at the start of a line: numbering kind, number, title span.

Chinese planning documents number their levels in a handful of ways (第一篇/第一章/第一节,
一、, （一）, 1., 一是) and often run a heading into its paragraph: ``12.全力稳定房地产市场。
成功举办…`` has the heading ``全力稳定房地产市场`` followed by body text on the same line.
Such *inline* headings end at the first sentence terminator. Patterns run on the
normalised view (``extract.normalize``), so ``(一)`` and ``（一）`` are the same; offsets
are shared with the original text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extract.numerals import cn_to_int

_CN = "一二三四五六七八九十百零〇两"

# kind, pattern for the numbering (group 1 = the number), longest title allowed
KINDS: tuple[tuple[str, re.Pattern[str], int], ...] = (
    ("part", re.compile(rf"第([{_CN}]+)篇"), 80),
    ("chapter", re.compile(rf"第([{_CN}]+)章"), 80),
    ("section", re.compile(rf"第([{_CN}]+)节"), 80),
    ("cn_num", re.compile(r"([一二三四五六七八九十]{1,3})、"), 70),
    ("paren_cn", re.compile(r"（([一二三四五六七八九十]{1,3})）"), 70),
    ("paren_arabic", re.compile(r"（(\d{1,2})）"), 60),
    ("arabic", re.compile(r"(\d{1,2})[.．、](?![\d.．%])"), 60),
    ("ordinal", re.compile(r"([一二三四五六七八九十]{1,3})是(?![否的])"), 45),
)
TERMINATORS = "。！？；"
RUN_ON_ORDINAL = re.compile(r"[。；][一二三四五六七八九十]{1,3}是")
ARTIFACT = re.compile(r"(?:\[(?:bookmark|footnoteRef|footnote)[^\]]*\]\s*)+")
APPENDIX = re.compile(r"附\s*[件表]\s*\d*\s*")
# titles are sometimes letter-spaced for layout (名 词 解 释 in 004)
GLOSSARY = re.compile(
    r"(?:《[^》]{1,20}》)?[^，。：；]{0,12}(?:名\s*词\s*解\s*释|名\s*词\s*注\s*释|注\s*释|名\s*词\s*说\s*明)\s*"
)
COLUMN = re.compile(
    r"(?:专栏\s*[\d一二三四五六七八九十]+(?:\s*[-－—–]\s*\d+)?|附?表\s*[\d一二三四五六七八九十]+(?:\s*[-－]\s*\d+)?)"
)


@dataclass(frozen=True, slots=True)
class HeadingMatch:
    kind: str
    number: str  # as written, e.g. 第三章, （一）, 12.
    value: int  # the number as an integer, for sequence checks
    start: int  # numbering start
    title_start: int
    title_end: int
    inline: bool  # body text follows on the same line

    @property
    def end(self) -> int:
        return self.title_end


def content_start(norm: str, start: int, end: int) -> int:
    """Skip conversion artifacts such as ``[bookmark: OLE_LINK1]`` at the start of a line."""
    m = ARTIFACT.match(norm, start, end)
    return m.end() if m else start


def match_heading(norm: str, start: int, end: int) -> HeadingMatch | None:
    """The heading at ``norm[start:end]`` (a line's visible content), or None."""
    start = content_start(norm, start, end)
    for kind, pattern, limit in KINDS:
        m = pattern.match(norm, start, end)
        if not m:
            continue
        ts = m.end()
        while ts < end and norm[ts] in " \t":
            ts += 1
        if ts >= end:
            return None
        te = end
        inline = False
        for i in range(ts, end):
            if norm[i] in TERMINATORS:
                te = i
                rest = norm[i + 1 : end].strip(" ”’」』）")
                inline = bool(rest)
                break
        if te - ts > limit or te <= ts or norm[ts] in "，、。：）%":
            return None
        if kind == "ordinal" and not inline and te - ts > 30:
            return None  # a long 一是… line without a run-in body is prose, not a heading
        if kind == "ordinal" and RUN_ON_ORDINAL.search(norm, te, end):
            return None  # 一是…。二是…。三是… in one paragraph: an enumeration, not a heading
        return HeadingMatch(kind, norm[start : m.end()], cn_to_int(m.group(1)), start, ts, te, inline)
    return None


def is_appendix(norm: str, start: int, end: int) -> bool:
    return APPENDIX.fullmatch(norm, start, end) is not None


def is_glossary_title(norm: str, start: int, end: int) -> bool:
    return end - start <= 30 and GLOSSARY.fullmatch(norm, start, end) is not None


def match_column(norm: str, start: int, end: int) -> re.Match[str] | None:
    """``专栏3：…`` / ``表1：…`` / ``专栏1-1 …`` title lines (short, not a sentence)."""
    start = content_start(norm, start, end)
    if end - start > 70 or norm[end - 1] == "。":
        return None
    return COLUMN.match(norm, start, end)
