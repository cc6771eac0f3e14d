"""Where a kernel compound (航站楼, 电厂) closes a name: its edges read at run time (issue 12).

The head miner admits a suffix only when most of its uses start and end on a word boundary
(``mining.Settings.head_min_edge_ratio``) and after varied modifiers. A kernel compound
(``extract.pipeline.kernel_compounds``: a dictionary noun ending in a one-character GUIDE kernel,
admitted on its kernel's construction evidence) is mostly never written in the unannotated
reports, so neither was ever counted for it. The two are read where it stands instead:

- its kernel glued to the next character into a dictionary word that the segmenter leaves
  split (办公楼|宇: 楼宇 is the word, so 办公楼宇 is "office buildings", and no name ends at 楼);
- a body that is nothing but a number and a measure word (一层|办公楼, 两座|水厂): a count of a
  kind, no name of one (jieba's tag ``m`` for every word of the body).
"""

from __future__ import annotations

import weakref

from extract.pipeline.grammar import Grammar
from extract.pipeline.kernel_compounds import FRAME
from extract.pipeline.lexicon import pos_tagger, word_spans
from extract.pipeline.mining import dictionary
from extract.pipeline.title_edges import ORDINAL

ORDINAL_MARK = "第"  # 第 + number: an ordinal (第三座), one of a series, no count
NUMBER_MARK = "号"  # number + 号: a number naming one building (3号楼), no count
NUMERAL_TAGS = frozenset({"m", "mq"})  # jieba's numerals and numeral-measure words (一层, 两座)
_HEADS: weakref.WeakKeyDictionary[Grammar, frozenset[str]] = weakref.WeakKeyDictionary()


def kernel_compound_heads(grammar: Grammar) -> frozenset[str]:
    """The mined heads of the kernel-compound frame in ``grammar``'s lexicon (once per grammar)."""
    heads = _HEADS.get(grammar)
    if heads is None:
        rows = grammar.lexicon.get("heads.jsonl", ())
        heads = _HEADS[grammar] = frozenset(r["head"] for r in rows if r.get("frame") == FRAME)
    return heads


def glued_after(text: str, end: int) -> bool:
    """Is the head's last character glued to what follows: a word of the segmenter's reading
    crosses the head's end (航站|楼梯), or the last character makes a dictionary word with the next
    one (楼|宇 of 办公楼宇) that the segmenter splits, leaving that next character a word of one?"""
    if end >= len(text):
        return False
    spans = word_spans(text, max(0, end - 3), min(len(text), end + 3))
    if not any(e == end for _, e in spans):
        return True  # 航站|楼梯: the kernel opens the next word, no name ends at it
    if text[end - 1 : end + 1] not in dictionary():
        return False
    # the next character stands alone in the segmenter's reading: the rest of the glued word
    return (end, end + 1) in spans


def ordinal_body(body: str) -> bool:
    """Does ``body`` number one thing rather than count several: an ordinal (第三, 首座: 第 or
    ``title_edges.ORDINAL`` before the number) or a number before 号 (3号)?"""
    return body.startswith((ORDINAL_MARK, ORDINAL)) or NUMBER_MARK in body


def counted_body(body: str) -> bool:
    """Is ``body`` only a cardinal number and a measure word (一层, 两座): a count, no name? An
    ordinal (第三, 首座, 3号) names one building of several (3号住院楼): no count."""
    if not body or ordinal_body(body):
        return False
    tagged = list(pos_tagger().cut(body))
    return bool(tagged) and all(w.flag in NUMERAL_TAGS for w in tagged)


def closes_name(text: str, start: int, head_start: int, end: int) -> bool:
    """May the kernel compound at ``text[head_start:end]`` close the name ``text[start:end]``?"""
    return not glued_after(text, end) and not counted_body(text[start:head_start])
