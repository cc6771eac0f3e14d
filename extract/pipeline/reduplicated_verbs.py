"""Programme, project and platform guesses whose left edge falls inside a reduplicated verb pair
(落实|落细民生工程, 做精做靓|特色农旅项目).

Chinese reports stack two verbs that share their first character (落实落细, 抓实抓细, 做深做实:
the ABAC pattern, one verb with two complements) before the object they govern. The name scan
stops at the first verb when it is a clause word (落实) and keeps the second (落细) as the front
of the name, or runs over the whole pair when neither is one: ``落细民生工程``,
``抓实抓细惠民工程``. The pair is a verb phrase, never part of a programme's name, so the name
starts after it (民生工程). Whether the shared character is a verb is read off jieba's general
dictionary (tags ``v``/``vn``), and a guess that opens with a longer word of its own
(开展|开发区…: 开发区 is a word, not the verb 开发) is no cut; numeral pairs that do open names
(一村一品, 一县一策: ``m``) and noun pairs (村村通) are left alone; no list of this corpus's
verbs is involved.

The pair governs works and platforms as it governs programmes (做精做靓|甲地农旅项目, branch
``verbs21``): a Project or Platform guess that opens with the whole pair loses it. A works name
often opens with a word sharing its first character with the verb before it (建设|建筑垃圾…项目
reads as the pair 建设建筑), so outside programmes the second verb goes only where it is no noun
or name of jieba's dictionary (opener29): 落细, 走实, 做强, 抓实 are unknown to it or verbs, 建筑 a
noun. Readable fresh8 (河北省-m03) read ``落实落细民生工程`` as the Project ``落细民生工程``.
A guess that opens with the pair's last character (走深走|实乡村…, an earlier trim cut the
second verb's first one) is not cut: over the 29 reports the only such reading was straddled
(新|建扩建|老岚水库, a gold Project). Nor is the 2nd-and-4th pattern (应保尽保) read: over the
readable reports' blanked text most such runs are straddled words (品药品安 of 食品药品安全,
果转移转 of 成果转移转化), not paired verbs.

Sources read off the layout (tables, 《》 titles, quotes, the closed classes) are exempt: their
edges are the document's, not the scan's.
"""

from __future__ import annotations

import re

from extract.pipeline.chosen import Chosen
from extract.pipeline.lexicon import _segment
from extract.pipeline.mining import PROPER_TAGS, dictionary
from extract.pipeline.word_edges import WINDOW, trim_fronts

VERB_TAGS = frozenset({"v", "vn"})
TYPES = frozenset({"Program", "Project", "Platform"})  # what a verb pair may govern
PAIR = 4  # characters of a whole ABAC pair
_HAN = re.compile(r"[\u4e00-\u9fff]")


def _pair_at(text: str, i: int) -> bool:
    """Is ``text[i:i+4]`` an ABAC pair of Han characters whose shared A is a dictionary verb?"""
    quad = text[i : i + 4]
    if len(quad) < 4:
        return False
    a, b, a2, c = quad[0], quad[1], quad[2], quad[3]
    # the character tests first (a pure conjunction, so the same answer): almost no position
    # repeats its first character two later, and the Han test costs four regex matches
    if a != a2 or b in (a, c) or c == a:
        return False
    if not all(_HAN.match(ch) for ch in quad):
        return False
    return dictionary().get(a, (0, ""))[1] in VERB_TAGS


def reduplicated_pair_cut(text: str, start: int) -> int:
    """Characters to cut from the front of a guess at ``start``: 2 when it opens with the second
    verb of a pair (落实|落细…), 4 when it opens with the whole pair (抓实抓细…), else 0."""
    if start >= 2 and _pair_at(text, start - 2):
        # 开展|开发区: the guess opens with a longer word of its own, not with the second verb
        own = _segment(text[start : start + 2 * WINDOW])
        return 2 if own and len(own[0]) <= 2 else 0
    if _pair_at(text, start):
        return PAIR
    return 0


def nominal_second(text: str, start: int) -> bool:
    """Is the pair's second half at ``start`` (建筑 of 建设|建筑垃圾…) a noun or name of jieba's
    general dictionary? A verb with its complement (落细, 走实, 做强) is unknown to it or a verb."""
    tag = dictionary().get(text[start : start + 2], (0, ""))[1]
    return tag.startswith("n") or tag in PROPER_TAGS


def trim_reduplicated_verbs(chosen: list[Chosen], text: str) -> list[Chosen]:
    """``chosen`` with each Program, Project or Platform guess that opens inside a reduplicated
    verb pair starting after the pair; dropped when fewer than ``MIN_REST`` characters (a modifier
    and a head) are left."""

    def cut_of(s: Chosen) -> int:
        cut = reduplicated_pair_cut(text, s.start_char)
        if s.label_ == "Program" or cut == PAIR:
            return cut
        # 建设|建筑垃圾…: outside programmes the second verb goes only when it is no noun
        return cut if cut and not nominal_second(text, s.start_char) else 0

    return trim_fronts(chosen, text, TYPES, cut_of)
