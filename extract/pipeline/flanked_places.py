"""Places the segmenter isolates between two stray characters: a coined run, not a District.

A division's name can be spelled by characters of a longer coined string that jieba's dictionary
does not hold: a firm's or a building's name (龙湖|南城天街 holds 湖南), a bank's short name
(重点指|重庆|农|商行, the 农商行 of 重庆), a poetic four-character phrase (岱青|海蓝 holds 青海). jieba then
reads the place as the most probable word and leaves the characters on either side as stray
one-character tokens, so the segmentation tests of the gazetteer (``lexicon.is_word_at``: no
dictionary word crosses the edge) and of ``embedded.inside_longer_word`` see a word of its own and
keep it: a District false positive (issue 12, district12's readable-text audit: 龙[湖南]城天街,
岱[青海]蓝, 指[重庆]农商行 were three of the District false positives outside gold passages).

What marks the reading is the segmentation, not a list: when the tokens right before *and* right
after the place are both single Han characters that are no function word, count, pronoun or
division of their own (``place_proper_tails.NON_NAME_TAGS``: 在|重庆|召开 and 与|成都|共建 keep
the place), the place sits inside a run of characters no dictionary word explains, the signature
of a coined name; GUIDE §2.1 tags nothing inside a name and §3 tags only administrative units.
A place with a word of two or more characters on either side, or a delimiter beside it, is
untouched (湖北|经济, 推动|山东|发展). Over all readable gold passages no District mention has
this shape (``python scripts/place_tail_stats.py`` counts other tails; this test is checked by
``tests/extract/patterns/test_pattern_flanked_places.py``).
"""

from __future__ import annotations

import functools

from extract.pipeline.lexicon import han_window, segment
from extract.pipeline.mining import HAN_RUN_RE, dictionary
from extract.pipeline.place_proper_tails import NON_NAME_TAGS
from extract.regions import lookup

WINDOW = 6  # Han characters of context on each side of the place given to the segmenter
# a stray character is no function word, count or pronoun; unlike a coined word's first character
# (``place_proper_tails``) it may be a bound morpheme (``zg``: 农, 行, 园, 厂), which names are made of
STOP_TAGS = NON_NAME_TAGS - {"zg"}


def _stray(token: str) -> bool:
    """A one-character token that may be part of a coined name (no function word, count, pronoun
    or division of its own)."""
    return (
        len(token) == 1
        and HAN_RUN_RE.fullmatch(token) is not None
        and dictionary().get(token, (0, ""))[1] not in STOP_TAGS
        and lookup(token) is None
    )


def between_strays(text: str, start: int, end: int) -> bool:
    """Is the place ``text[start:end]`` read as a word between two stray characters (module doc)?"""
    if start == 0 or end >= len(text) or not (_stray(text[start - 1]) and _stray(text[end])):
        return False  # the characters beside it are no strays, so neither are the tokens holding them
    lo, hi = han_window(text, start, end, WINDOW)
    return _strays_around(text[lo:hi], start - lo, end - lo)


@functools.lru_cache(maxsize=16384)
def _strays_around(window: str, start: int, end: int) -> bool:
    """:func:`between_strays` for the place ``window[start:end]``, remembered per window: are the
    tokens right before and right after it single characters (their tags were tested)?"""
    before = after = None
    pos = 0
    for w in segment(window):
        wstart, pos = pos, pos + len(w)
        if pos == start:
            before = w
        elif wstart == end:
            after = w
            break
        elif wstart < start < pos or wstart < end < pos:
            return False  # a word crosses an edge: ``lexicon.is_word_at`` reads that shape
    return before is not None and after is not None and len(before) == 1 and len(after) == 1
