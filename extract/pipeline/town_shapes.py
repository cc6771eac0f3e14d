"""A shape of jieba's reading that makes a township guess (two or three characters and 镇/街道) no township.

``names`` guesses a township from its level word (峡口镇, 南山街道) and ``genericity.not_a_township``
drops the guesses that name a kind of town. A township's own name is one proper word; a whole
modifier word before a dictionary word that fuses a stem character with the level word (美丽|圩镇,
"beautiful market towns") is a phrase instead (GUIDE §3: only administrative units are
Districts). It reads jieba's dictionary, no word list.
"""

from __future__ import annotations

from extract.pipeline.lexicon import _segment


def modifies_town_kind(name: str, level: str) -> bool:
    """Does jieba read the guess as a word of two or more characters before a dictionary word that
    fuses a stem character with the level word (美丽|圩镇: an adjective and the noun "market
    town")? That is a modifier and a kind of town, no township's name (GUIDE §3). A single
    character before the fused word is the start of a proper name jieba does not know (涂|山镇),
    so every word before it must be a whole word of two or more characters."""
    words = _segment(name)
    last = words[-1] if words else ""
    return (
        len(words) >= 2
        and len(last) > len(level)
        and last.endswith(level)
        and all(len(w) >= 2 for w in words[:-1])
    )
