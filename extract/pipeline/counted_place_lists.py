"""Places listed before a count of named items: 甲、乙、丙3大|机器人产业基地, 甲、乙等5家|市疾控中心.

GUIDE §2.2 gives each conjunct of names that share one suffix its own span, and §9 types the
places of 杭州、宁波、温州机场 as the airports they name, not as Districts. A list of places closed
by a count and a name head says the same by number: in 甲、乙、丙、丁4大机器人产业基地 four bases
are counted, one per place, and each place opens its base's name (GUIDE §2.1: no District inside
a name). The resolver's shared-suffix step (``Resolver._shared_suffix``) only reads a list whose
last conjunct is a name it found; a counted name is dropped as a kind (``counted_kinds``,
``genericity``), so nothing of the list is left but its places, every one a District false
positive on text nobody annotated (the district22 readable sample: 4大…产业基地, 等5家市疾控中心).

The test walks from the place over the later conjuncts of its list (a list mark, then a division
name of the gazetteer) to a count, optionally after 等: a numeral and a measure word, closed
classes. The count must count the list: one item per conjunct, so a list written out in full (no
等) has as many conjuncts as the count says, and a list closed by 等 no more. Where the numbers
differ the places are where the items stand, not their names (甲、乙3座光热电站: three stations in
two places, each place a District). What the count counts must be a name of the mined lexicon:
the words after the measure, cut at the first clause word or list mark, end in a head
(``heads.jsonl``, GUIDE kernels; a one-character kernel only as the last character of a longer
word). A count of divisions keeps its places, as the readable provincial gold does (荆州、孝感、
黄冈3个过三千亿元城市, 仙桃…大冶4个千亿县, …荣昌21个区和万盛经开区): 城市, 县 and 区 alone are
no name heads, and a verb (过) or a conjunction (和) ends the counted words before any head.
"""

from __future__ import annotations

import re

from extract.numerals import cn_to_number
from extract.pipeline.grammar import Grammar
from extract.pipeline.lexicon import segment
from extract.pipeline.place_runs import clause_word, name_run
from extract.regions import lookup

LIST_MARKS = frozenset("、和及与")
# a later conjunct of the list: a list mark and a short run of Han characters (a division name)
CONJUNCT_RE = re.compile(r"[、和及与]([\u4e00-\u9fff]{2,8}?)(?=[、和及与等\d一两二三四五六七八九十])")
# the count closing the list: 等 (optional), a numeral run and a measure word of items
COUNT_RE = re.compile(r"(等?)([\d一两二三四五六七八九十百]+)[余多]?[个家大座所处条]")
# the earlier conjuncts of the list, right before the place: runs of 1 to ``CONJUNCT_MAX`` Han
# characters, each closed by a list mark (``earlier_conjuncts``)
CONJUNCT_MAX = 8
HAN_FIRST, HAN_LAST = 0x4E00, 0x9FFF
MAX_CONJUNCTS = 12  # a list longer than this is a table row, not one counted coordination
TEN, HUNDRED = "十", "百"


def numeral(word: str) -> int | None:
    """The value of a numeral of digits or of Chinese digits below a hundred (4, 五, 十二, 二十);
    None for any other (百, 三百, 二三). The Chinese ones are read by ``extract.numerals``."""
    if word.isdigit():
        return int(word)
    if HUNDRED in word or word.count(TEN) > 1 or (len(word) > 1 and TEN not in word):
        return None
    value = cn_to_number(word)
    return int(value) if value is not None else None


def _han(c: str) -> bool:
    """A CJK unified ideograph, the class ``[\u4e00-\u9fff]`` of this module's patterns."""
    return HAN_FIRST <= ord(c) <= HAN_LAST


def earlier_conjuncts(text: str, start: int) -> int:
    """The conjuncts of the list up to the place at ``start``: one, and one more for each list
    mark in the earliest stretch of the window before it (``MAX_CONJUNCTS`` conjuncts' worth) that
    is wholly a sequence of short Han runs each closed by a list mark (甲、乙、|丙).

    Read right to left in one pass (``closes[i]``: ``text[i:end]`` is such a sequence), never
    by a backtracking pattern: 和, 及 and 与 are Han characters as well as list marks, so a
    pattern ``(?:[Han]{1,8}?[、和及与])+$`` can split a long run of them in exponentially many
    ways before it fails (40 of 和 before a place took seconds). ``end`` stops before a final
    line break, where such a pattern's ``$`` matched too."""
    lo = max(0, start - MAX_CONJUNCTS * (CONJUNCT_MAX + 1))
    end = start - 1 if start > lo and text[start - 1] == "\n" else start
    closes = [False] * (end - lo + 1)
    closes[end - lo] = True
    earliest = None
    for i in range(end - 1, lo - 1, -1):
        for k in range(1, CONJUNCT_MAX + 1):  # k Han characters, then a list mark
            mark = i + k
            if mark >= end or not _han(text[mark - 1]):
                break
            if text[mark] in LIST_MARKS and closes[mark + 1 - lo]:
                closes[i - lo] = True
                earliest = i
                break
    if earliest is None:
        return 1
    return 1 + sum(text[earliest:end].count(m) for m in LIST_MARKS)


def counted_item_place(text: str, start: int, end: int, grammar: Grammar) -> bool:
    """Is the division ``text[start:end]`` a conjunct of a list of divisions closed by a count of
    named items, one per conjunct (see the module doc)?

    The list is read forward to its count first: most divisions are followed by no count, and
    the walk back over the earlier conjuncts (``earlier_conjuncts``) is the costly half."""
    pos = end
    for later in range(MAX_CONJUNCTS):  # later: the conjuncts read after the place so far
        count = COUNT_RE.match(text, pos)
        if count is not None:
            value = numeral(count.group(2))
            if value is None:
                return False
            conjuncts = earlier_conjuncts(text, start) + later
            if value < conjuncts or (not count.group(1) and value != conjuncts):
                return False  # the count does not count the list: places where items stand
            return counts_named_items(text, count.end(), grammar)
        conj = CONJUNCT_RE.match(text, pos)
        if conj is None or lookup(conj.group(1)) is None:
            return False
        pos = conj.end()
    return False


def counts_named_items(text: str, start: int, grammar: Grammar) -> bool:
    """Do the words from ``start`` (right after a count's measure word), cut at the first clause
    word or list mark, end in a name head of the lexicon (机器人产业基地, 市疾控中心)?"""
    run = name_run(text, start)
    body = ""
    for w in segment(run):
        if w in LIST_MARKS or clause_word(w, grammar):
            break
        body += w
    if len(body) < 2 or not grammar.follows_ok(text, start + len(body)):
        return False
    if any(body[-n:] in grammar.heads for n in range(min(len(body), 7), 1, -1)):
        return True
    last = segment(body)[-1]
    return len(last) >= 2 and last[-1] in grammar.single_kernels


__all__ = ["counted_item_place", "counts_named_items", "earlier_conjuncts", "numeral"]
