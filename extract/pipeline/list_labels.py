"""A guess that ran over a list's closing particle into the list's label (…中心等项目).

GUIDE §3: every item of a list the text labels as projects is a Project, and the label itself
(``A、B等项目``, ``…等平台``) is no name. When the last item and its label are read as one name
(国家区域公共卫生中心等项目, 国家级健康大数据产业园等平台), the name grammar has found the label's
head and scanned left over the particle. The particle is found by jieba's tag (``u``, the
particle that closes a list: ``genericity.LIST_CLOSER_TAGS``), the label by the grammar's heads,
so no word list is involved:

- what follows the particle is a head word, perhaps after one generic character (等|项目,
  等|新项目, 等|平台);
- the item before the particle is kept when it ends in a head of its own (…公共卫生中心) or when
  the label is the bare project suffix (…智能制造等新项目: every item of a project list is a
  Project), typed as the list says; otherwise (数字信息等大通道) the guess names no item and is
  dropped. A particle inside a name (二级甲等中医医院: 甲等 is one word) is no list's end, and
  the dictionary reading of the guess decides that.
"""

from __future__ import annotations

from extract.pipeline.chosen import Chosen, char_span
from extract.pipeline.grammar import Grammar
from extract.pipeline.lexicon import GENERIC_CHARS, _segment
from extract.pipeline.mining import dictionary

LABEL_TYPES = frozenset({"Platform", "Project"})
EXEMPT_SOURCES = frozenset({"table", "title", "organization", "zone"})
CLOSER_TAGS = frozenset({"u"})
MIN_ITEM = 2  # characters of the item left before the particle


def _label(name: str, cut: int, grammar: Grammar) -> str:
    label = name[cut + 1 :]
    return label[1:] if label[:1] in GENERIC_CHARS and label[1:] in grammar.heads else label


def label_cut(name: str, grammar: Grammar) -> int | None:
    """Offset of the list-closing particle in ``name`` when the rest is a bare list label, else
    None. The item before it is ``name[:offset]``."""
    tags = dictionary()
    for i in range(len(name) - 2, MIN_ITEM - 1, -1):
        if tags.get(name[i], (0, ""))[1] not in CLOSER_TAGS:
            continue
        if _label(name, i, grammar) not in grammar.heads:
            return None
        pos = 0
        for word in _segment(name):
            if pos == i:
                return i if word == name[i] else None  # the particle is a word of its own
            pos += len(word)
            if pos > i:
                return None  # 甲等: the character is part of a word
        return None
    return None


def _ends_in_head(item: str, grammar: Grammar) -> bool:
    return any(item.endswith(h) and len(item) > len(h) for h in grammar.heads)


def trim_list_labels(chosen: list[Chosen], text: str, grammar: Grammar) -> list[Chosen]:
    """``chosen`` with each guess that ran into a list's label cut back to its item, or dropped
    when the item has no head of its own."""
    from extract.pipeline.names import GENERIC_PROJECT_HEADS  # names imports this module's importer

    out: list[Chosen] = []
    for s in chosen:
        if s.label_ not in LABEL_TYPES or s.id_ in EXEMPT_SOURCES:
            out.append(s)
            continue
        name = text[s.start_char : s.end_char]
        cut = label_cut(name, grammar)
        if cut is None:
            out.append(s)
            continue
        listed = _label(name, cut, grammar) in GENERIC_PROJECT_HEADS
        if not listed and not _ends_in_head(name[:cut], grammar):
            continue  # 数字信息等大通道: no item is named
        end = s.start_char + cut
        item = char_span(s.doc, s.start_char, end, label=s.label_, kb_id=s.kb_id_, span_id=s.id_)
        if item is not None:
            out.append(item)
    return out
