"""A normalised view of the text for matching, with offsets identical to the original.

Documents mix full-width and ASCII forms (003 writes ``,`` and ``(一)`` where the others
write ``，`` and ``（一）``; digits and letters appear in both widths). Patterns are easier
to write once against a unified form. The mapping is one character in, one character out,
so an offset in the normalised string *is* the offset in the original: no map to carry,
and no way for a span to drift.

Unification: full-width letters/digits/space → ASCII; ASCII and full-width clause
punctuation → the full-width form Chinese typesetting uses (，：；？！（）). The full stop
``.`` is left alone because it is also the decimal point.
"""

from __future__ import annotations

import functools
import re
import unicodedata

# A report's footnote marker (“五网合一”［20］示范项目, “两新”［15］政策): a source artefact that stays
# in a span where it stands (GUIDE §1, the provincial README's "Spans and canonicals") and leaves
# the canonical.
FOOTNOTE_RE = re.compile(r"[［\[]\d{1,3}[］\]]")

# Clause punctuation written the Chinese way after unification.
_TO_FULLWIDTH = {",": "，", ":": "：", ";": "；", "?": "？", "!": "！", "(": "（", ")": "）"}
_RANGES = (range(0x21, 0x7F), range(0xFF01, 0xFF5F), range(0x2000, 0x2070), (0x3000, 0xA0, 0x2236))


@functools.cache
def _table() -> dict[int, str]:
    table: dict[int, str] = {}
    for rng in _RANGES:
        for cp in rng:
            ch = chr(cp)
            folded = unicodedata.normalize("NFKC", ch)
            if len(folded) != 1:
                continue
            folded = _TO_FULLWIDTH.get(folded, folded)
            if cp == 0x2236:  # ∶ ratio sign, used as a colon in 0.4∶0.6∶1: keep it
                continue
            if folded != ch:
                table[cp] = folded
    return table


@functools.cache
def _pattern() -> re.Pattern[str]:
    return re.compile("[" + "".join(re.escape(chr(cp)) for cp in sorted(_table())) + "]")


def normalize(text: str) -> str:
    """Same-length normalised copy of ``text`` (``len(normalize(t)) == len(t)`` always).

    A regex over the few mappable characters is ten times faster than ``str.translate``,
    which looks up every CJK character in the table.
    """
    table = _table()
    return _pattern().sub(lambda m: table[ord(m.group())], text)


def norm_char(ch: str) -> str:
    return _table().get(ord(ch), ch)
