"""The kind of works a list shares before its 工程: 大同至天津南等特高压工程 (issue 12; branch coord19).

GUIDE §2.2: coordinated names that share one suffix each get a span, and each canonical carries
the shared suffix (§9: [义甬舟]、金丽温开放大通道 -> 义甬舟开放大通道); GUIDE §2.4: project
names keep their suffixes (工程). In ``A、B等KIND工程`` (or a one-item ``A等KIND工程``) the words
between the list closer and the classifier 工程 say what kind of works each item is, so an item
that names no kind of its own — a route (大同至天津南), a short name (藏粤直流) — is that kind of
works: the readable golds give 大同至天津南特高压工程 (round 12) and 藏粤直流输电工程 (tune), where
the extractor gave the bare item.

Not a kind: a description (等重大工程, 等一批重点民生工程: ``grammar.DESCRIPTIVE_RE``, the
grammar's closed class of degree and scope words) or generic words only (``grammar.is_generic``),
a count or a unit of measure (等110千伏输变电工程: ``enumerations`` reads the measure), a field
label (等重点领域工程: ``field_labels``, mined), a phrase with a conjunction in it, a word the
dictionary tags as a name (a place or firm before 工程 names one works, not a kind), an object
and the verb closing it (等品质提升工程: jieba's tags; what is done to each named place, not the
kind of works it is; a one-word kind may be a verb, 输电), or anything longer than ``KIND_MAX``
characters; and a label that opens with a description before the kind (等一批节点性道路工程).
Items that end in a head word of their own (太平水库、…等骨干工程, 深中通道、…等互联互通工程)
are named already and keep their text.
"""

from __future__ import annotations

import re

from extract.pipeline import grammar as g
from extract.pipeline.field_labels import labels_fields
from extract.pipeline.mining import dictionary, segment_cached
from extract.pipeline.trade_labels import NAMING_TAGS

CLASSIFIER = "工程"  # GUIDE §2.4: the works suffix the list's items share
KIND_MIN, KIND_MAX = 2, 6  # characters of the kind (特高压, 输电, 引调水)
LABEL_RE = re.compile(rf"([\u4e00-\u9fff]{{{KIND_MIN},{KIND_MAX}}}?){CLASSIFIER}")  # 特高压|工程
VERB_TAGS = frozenset({"v", "vn"})  # jieba's verb tags
PHRASE_RE = re.compile(r"[^\u4e00-\u9fff]|[和与及、的]")  # a count, a measure, a conjunction: no kind


def works_kind(kind: str, grammar: g.Grammar) -> bool:
    """Is ``kind`` (the words between 等 and 工程) a kind of works each item of the list is?"""
    if not KIND_MIN <= len(kind) <= KIND_MAX or PHRASE_RE.search(kind):
        return False
    if g.DESCRIPTIVE_RE.search(kind) or g.is_generic(kind, strict=False) or labels_fields(kind, grammar):
        return False
    words = dictionary()
    parts = segment_cached(kind)
    if len(parts) > 1 and words.get(parts[-1], (0, ""))[1] in VERB_TAGS:
        return False  # 品质|提升: an action done to each named item, not the kind of works it is
    return all(w in words and words[w][1] not in NAMING_TAGS for w in parts)


def works_suffix(text: str, pos: int, end: int, grammar: g.Grammar) -> str:
    """The kind and its 工程 when the label read from ``pos`` (after 等 and a count) is a kind of
    works closed by the classifier (等|特高压工程 -> 特高压工程), else ''."""
    m = LABEL_RE.match(text, pos, end)
    return m.group() if m is not None and works_kind(m.group(1), grammar) else ""


def named_kind(item: str, grammar: g.Grammar) -> bool:
    """Does ``item`` end in a head word of the grammar of its own (太平水库, 深中通道)?"""
    return item[-1:] in grammar.single_kernels or any(item[i:] in grammar.heads for i in range(len(item)))


__all__ = ["CLASSIFIER", "named_kind", "works_kind", "works_suffix"]
