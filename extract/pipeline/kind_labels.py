"""Kind labels after 等: ``甲、乙等产业走廊`` names a kind of corridor by its sector, not the items.

GUIDE §3 types the items of a list the text labels as platforms (``A、B等一批科创平台``) as
Platforms, and ``list_items`` fills an unrecognised item with the label's type. A label whose
body before the Platform head is only a **sector or field word** says what *kind* of thing the
items stand for, and the items are then the sectors themselves, the elided modifiers of a shared
head: ``“甲乙”光电子信息、“丙丁”新能源等产业走廊`` lists sectors of an industrial corridor
(sector clusters are untagged, GUIDE §3: 川渝特色食品产业集群), so no item is a Platform by the
label. Such a label types no item; recognised items keep their own types.

Which words are sector or field words is read off unannotated text, never listed here: the trade
words the reports use as list labels (``trade_labels.jsonl``: 产业, 行业, 服务业 …, mined by
``scripts/mine_categories.py``) and the field words of project-list labels (``field_labels.jsonl``:
领域, 事业 …). Generic words may stand before the word (等重点|产业走廊); a word that names one
field or a place before it (等生物医药|产业园区, 等甲地|产业园) makes the label a kind of place
whose items are its instances, and the label keeps typing them.

A label opening with the scope word ``INTERNATIONAL`` (等国际经济走廊) lists things across borders:
``甲—乙半岛、丙丁戊等国际经济走廊`` names countries and blocs by the corridors between them, which
GUIDE §3 leaves untagged (foreign countries and international blocs); such a label types no item
either. 国际 is a closed-class scope word like the 全国/全市 of GUIDE §2.5.
"""

from __future__ import annotations

from extract.pipeline import grammar as g
from extract.pipeline.mining import segment_cached

# the mined files whose words label lists of sectors or fields, and the field each is keyed by
KIND_WORD_FILES = (("trade_labels.jsonl", "word"), ("field_labels.jsonl", "word"))
INTERNATIONAL = "国际"  # GUIDE §3: foreign countries and international blocs are not annotated


def kind_words(grammar: g.Grammar) -> frozenset[str]:
    """The mined sector and field words of list labels (module docstring)."""
    return frozenset().union(*(grammar.mined_set(f, k) for f, k in KIND_WORD_FILES))


def is_kind_label(body: str, grammar: g.Grammar) -> bool:
    """Is ``body`` (a Platform label's words between 等 and its head: 产业 of 等产业走廊) a sector
    or field word, with only generic words before it, or an international label (等国际…)? Then
    the label names a kind, not the items."""
    if not body:
        return False
    if body.startswith(INTERNATIONAL):
        return True  # 等国际经济走廊: countries and blocs (module docstring)
    words = segment_cached(body)
    if not words or words[-1] not in kind_words(grammar):
        return False
    before = body[: -len(words[-1])]
    return not before or g.is_generic(before, strict=False)


__all__ = ["is_kind_label", "kind_words"]
