"""One figure that holds for each of several measures: ``游客人数、旅游收入均增长10%``.

Why: a distributive adverb between a list of names and one figure (均 "each", 双双 "both": a
closed class of function words, like 分别 "respectively") says the figure is every member's.
GUIDE §7 wants one record per measure and figure, and the readable gold records both members of
``金融机构本外币存、贷款余额双双突破6万亿元`` (存款余额 6, 贷款余额 6); the extractor wrote one
record whose name joined the list (``游客人数、旅游收入增速``), a name no reader looks for. The
members are read as :func:`prose._distribute` reads those of ``A、B、C分别增加2个`` (the
indicator17 convention: each item gets the one figure), with the list's shared tail.

A pair contracted across the comma (``存、贷款余额``, ``进、出口额``: the first member is one
character that stands for the word the second opens with) is expanded before the tail is shared:
the first member's character with the rest of the second's first word must be a nominal word of
jieba's dictionary (存款), and the words before it scope over both (金融机构本外币).
"""

from __future__ import annotations

from extract.indicators.deferred import dictionary_fn, segment_fn

# distributive adverbs (function words): 均 "each", 双双 "both"; a word of their own in jieba's
# segmentation (人均, 年均, 平均 are other words). A tuple, longest first: the reader takes the
# first one a word opens with, which must not hang on a set's hash-seeded order
EACH_ADVERBS = ("双双", "均")
# the distributive pronoun 各 "each" right before a figure (``A、B、C各20家``, jieba tag r): only as a
# word of its own, never the opening of one (各地, 各类, 各级 are other words; 均达 is 均 + a verb, but
# 各 + a character is such a word)
EACH_PRONOUN = "各"
_NOMINAL_TAGS = ("n", "vn", "nz", "j")
_PAIR_MAX = 2  # members: a contracted pair has two
_FUSED_VERB = 1  # characters of a verb jieba joins to the adverb (均达, 均为); the caller checks it
_OPENER = (2, 3)  # characters of the second member's first word (贷款, 出口额)


def each_split(seg: str) -> tuple[str, str] | None:
    """``游客人数、旅游收入均增长`` -> (``游客人数、旅游收入``, ``增长``): the list before a
    distributive adverb and the words after it, when the adverb is a word of ``seg``'s
    segmentation and a 、 stands before it; ``A、B、C各`` -> (``A、B、C``, ""): the list before the
    pronoun 各 when it is ``seg``'s last word (right before the figure); None otherwise."""
    if "、" not in seg or not any(a in seg for a in (*EACH_ADVERBS, EACH_PRONOUN)):
        return None
    _segment = segment_fn()

    words = _segment(seg)
    if words and words[-1] == EACH_PRONOUN:  # A、B、C各|20家: the figure right after 各 is each one's
        before = seg[: -len(EACH_PRONOUN)]
        return (before, "") if "、" in before else None
    at = 0
    for w in words:
        adverb = w if w in EACH_ADVERBS else next((a for a in EACH_ADVERBS if w.startswith(a)), "")
        if adverb and len(w) - len(adverb) <= _FUSED_VERB:  # 均|达, or 均达 as jieba joins them
            before, after = seg[:at], seg[at + len(adverb) :]
            return (before, after) if "、" in before else None
        at += len(w)
    return None


def expand_contracted(names: list[str]) -> list[str]:
    """``[金融机构本外币存, 贷款余额]`` -> ``[金融机构本外币存款余额, 金融机构本外币贷款余额]``
    (module docstring); the names unchanged when they are no such pair."""
    if len(names) != _PAIR_MAX:
        return names
    _segment = segment_fn()
    dictionary = dictionary_fn()

    first, last = names
    head_words, last_words = _segment(first), _segment(last)
    if not head_words or len(head_words[-1]) != 1 or not last_words:
        return names
    opener = last_words[0]  # 贷款 of 贷款|余额, 出口额 of 进、出口额
    if not _OPENER[0] <= len(opener) <= _OPENER[1]:
        return names
    tags = dictionary()
    member = head_words[-1] + opener[1:]  # 存 + 款
    if not all(tags.get(w, (0, ""))[1].startswith(_NOMINAL_TAGS) for w in (member, opener)):
        return names
    scope, rest = first[:-1], last[len(opener) :]
    return [scope + member + rest, scope + last]


__all__ = ["EACH_ADVERBS", "EACH_PRONOUN", "each_split", "expand_contracted"]
