"""Places before a noun run closed by a one-character noun: a name with a head nobody listed.

GUIDE §2.1 tags the maximal name and never a place inside it on its own. ``place_led_names``
builds the name when the place's tail ends in a head of the lexicon; the heads the lexicon lacks
(甲市|乙丙出入口局, 庚省|中央法务区, 甲市|国家版本馆) left the place a District (issue 12).

Chinese writes the head of such a name as a bound one-character noun (局, 馆, 区, 城, 线) glued
to a compound of full words, and the run of name words ends with it: the place, two or more
words of two or more characters each (a modifier with a part of its own), and the one-character
noun of jieba's dictionary (tags ``n``/``ng``) as the *last* word before a delimiter or a clause
word (``place_led_names.run_words``: 实现, 揭牌, 加快). A place modifying a category is written
before full words (湖北经济, 南岸经济腹地, 温江年度合作事项) and stays a District; a count or a
date in the run (温江年度合作任务51项) makes it a description, as ``place_led_names`` reads it.
The type of the name is unknown, so nothing is built: the place is only no longer a District.

``python scripts/place_tail_stats.py --gold FILE DIR`` counts the ``kernel`` class of tail for
gold Districts and for places opening gold names (readable gold only).
"""

from __future__ import annotations

from extract.pipeline.grammar import Grammar
from extract.pipeline.mining import dictionary
from extract.pipeline.place_runs import name_run

KERNEL_TAGS = frozenset({"n", "ng"})  # jieba's tags of a noun (局 n, 馆 ng)
MIN_MODIFIER_WORDS = 2  # full words before the kernel: one word and a kernel is a common noun (边境县)
MIN_WORD = 2  # characters of each modifier word


def kernel_name_run(text: str, end: int, grammar: Grammar) -> tuple[str, ...] | None:
    """The words of the run after the place ending at ``end`` when they form a modifier of full
    words closed by a one-character noun (module docstring), or None."""
    run = name_run(text, end)
    if len(run) < MIN_MODIFIER_WORDS * MIN_WORD + 1:
        return None  # before the import below: an import statement costs its lookups on every call
    from extract.pipeline.place_led_names import describes_only, run_words

    words = run_words(run, grammar)
    if len(words) <= MIN_MODIFIER_WORDS or any(len(w) < MIN_WORD for w in words[:-1]):
        return None
    kernel = words[-1]
    if len(kernel) != 1 or dictionary().get(kernel, (0, ""))[1] not in KERNEL_TAGS:
        return None
    if describes_only("".join(words)):
        return None  # a count or a date: a description (温江年度合作任务51项)
    return tuple(words)


def opens_kernel_name(text: str, end: int, grammar: Grammar) -> bool:
    """Is the place ending at ``end`` the modifier of a name closed by a one-character noun?"""
    return kernel_name_run(text, end, grammar) is not None
