"""Physical lines of the original text with exact offsets, the unit every layout rule reads.

Line breaks stay in the text (``\\n``, ``\\r\\n``); a line's ``start``/``end`` exclude the
break, and ``lstart``/``rend`` bound its visible content (leading tabs, ideographic and
no-break spaces trimmed), so a span built from them always slices the original text.
"""

from __future__ import annotations

from dataclasses import dataclass

BLANK = " \t\r\u3000\xa0\ufeff\u200b"


@dataclass(frozen=True, slots=True)
class Line:
    index: int
    start: int  # first character of the line
    end: int  # end of the line, line break excluded
    lstart: int  # first visible character
    rend: int  # end of the visible content
    tabbed: bool  # indented with a tab: a table cell in the flattened layout

    @property
    def blank(self) -> bool:
        return self.lstart >= self.rend


def split_lines(text: str, start: int = 0, end: int | None = None) -> list[Line]:
    """Lines of ``text[start:end]`` (offsets into the whole text)."""
    end = len(text) if end is None else end
    out: list[Line] = []
    pos = start
    while pos < end:
        nl = text.find("\n", pos, end)
        stop = end if nl < 0 else nl
        ls, re_ = pos, stop
        while ls < re_ and text[ls] in BLANK:
            ls += 1
        while re_ > ls and text[re_ - 1] in BLANK:
            re_ -= 1
        tabbed = "\t" in text[pos:ls]
        out.append(Line(len(out), pos, stop, ls, re_, tabbed))
        if nl < 0:
            break
        pos = nl + 1
    return out


def strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink ``[start, end)`` to exclude surrounding whitespace (ASCII, ideographic, no-break)."""
    ws = BLANK + "\n"
    while start < end and text[start] in ws:
        start += 1
    while end > start and text[end - 1] in ws:
        end -= 1
    return start, end
