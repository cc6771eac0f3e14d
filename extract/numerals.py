"""Chinese numerals, read once for every layer that meets them (heading numbers, dates, figures).

Why not cn2an (PyPI, 0.5.24; checked against every numeral the indicator tests use): its
``strict`` mode rejects forms the corpus writes (二〇四〇, 两万 raise ValueError) and its
``normal``/``smart`` modes accept them but also read 三四 as 34, where the documents mean
"three or four" (三四个) and a figure must not be invented; it also brings proces and PyYAML
for what is forty lines here.
"""

from __future__ import annotations

_CN_DIGITS = {
    "〇": 0,
    "零": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_CN_UNITS = {"十": 10, "百": 100, "千": 1000}
_CN_BIG = {"万": 10_000, "亿": 100_000_000}


def cn_to_number(s: str) -> float | None:
    """Chinese numerals to a number: 三千 -> 3000, 二〇三五 -> 2035, 十二 -> 12, 两万 -> 20000.

    Returns None when ``s`` is not a well-formed numeral. Digit strings without unit
    characters (二〇三五) are read positionally, as years are written.
    """
    if not s:
        return None
    if all(c in _CN_DIGITS for c in s):
        if len(s) == 1:
            return float(_CN_DIGITS[s])
        return float("".join(str(_CN_DIGITS[c]) for c in s))
    total, section, digit = 0, 0, None
    for c in s:
        if c in _CN_DIGITS:
            if digit and _CN_DIGITS[c] != 0:
                return None  # 三四 without a unit between is not a numeral we read
            digit = _CN_DIGITS[c]
        elif c in _CN_UNITS:
            section += (1 if digit is None else digit) * _CN_UNITS[c]
            digit = None
        elif c in _CN_BIG:
            section += digit or 0
            total += section * _CN_BIG[c]
            section, digit = 0, None
        else:
            return None
    return float(total + section + (digit or 0))


def cn_to_int(s: str) -> int:
    """Heading and date numbers: 一 → 1, 十二 → 12, 一百零五 → 105; digits pass through; 0 if unreadable."""
    if s.isdigit():
        return int(s)
    value = cn_to_number(s)
    return int(value) if value is not None else 0
