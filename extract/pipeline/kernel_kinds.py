"""Items of a list labelled by a kind that ends in the items' own last character: 复康路等道路80条.

A list closed by 等 and a kind word names what each item is (GUIDE §3: "every item in a list the
text labels as projects"); ``enumerations`` reads the labels 项目 and 工程, and ``list_kinds`` a
lexicon head before them. A road or a line is often labelled by a common word of its kind
instead (复康路等道路80条, 友谊路等58条重要道路): the kind's last character is the item's (路 of
复康路 and of 道路), the shared kernel GUIDE §2.2 reads in ``A、B等…`` suffixes. Such an item
names one works of that kind, a Project (GUIDE §9: roads and rail lines are Project).

Only a character of ``enumerations.FACILITY_ENDS`` (the closed set of facilities' last
characters) counts as the kernel, the kind must be a word of the general dictionary, and only
items with no head word of the grammar are typed here (柳林公园, 甲博物馆: the name finder types
those by their own head). Generic and everyday items (国道、省道等道路; 城市道路等基础设施) stay
untyped. The kind is the shortest run after 等 (and a count) that a mark, a count, a stage verb of
``status_kernels.jsonl`` or a head word closes. Nothing here names a word of its own.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from extract.pipeline import grammar as g
from extract.pipeline.candidates import add_candidate
from extract.pipeline.lexicon import is_common_phrase, is_dictionary_word

HAN_RE = re.compile(r"[\u4e00-\u9fff]+")
SOURCE = "enumeration"  # the same finder: items typed by their list's label
MIN_PROPER = 2  # Han characters before the kernel (复康|路): a one-character front is a kind (国道)
NUMERALS = "一二三四五六七八九十百千余多"  # closed class: numerals of a count
COUNTERS = "条座个处"  # closed class: measure words counting roads, bridges, sites
LABEL_RE = re.compile(r"等(?:[\d" + NUMERALS + r"]+[" + COUNTERS + r"])?")
KIND_LENGTHS = range(2, 7)  # characters of the kind word with its modifier (道路, 重要道路)
STAGE_LENGTHS = (2, 3, 4)  # characters of a stage verb after the kind (建设, 改造提升)


def labelled_kernel_items(
    text: str, facility_ends: frozenset[str], grammar: g.Grammar
) -> list[tuple[int, int]]:
    """Offsets of the items a kind label after 等 types by the kernel they share with it."""
    from extract.pipeline.enumerations import walk_items  # enumerations imports this module

    found: list[tuple[int, int]] = []
    for m in LABEL_RE.finditer(text):
        kind = _kind_at(text, m.end(), grammar)
        if kind is None:
            continue
        kernel = kind[-1]
        # the last item ends right before 等: one that does not end in the kernel types no list
        if kernel not in facility_ends or text[m.start() - 1 : m.start()] != kernel or not _kind_word(kind):
            continue
        for s, e in walk_items(text, m.start(), grammar, projects=True):
            item = text[s:e]
            if (
                item[-1] != kernel
                or e - s - 1 < MIN_PROPER
                or grammar.head_re.search(item)
                or g.is_generic(item, strict=False)
                or is_common_phrase(item)
            ):
                continue
            found.append((s, e))
    return found


def _kind_at(text: str, pos: int, grammar: g.Grammar) -> str | None:
    """The shortest run of Han characters at ``pos`` that the clause closes: a non-Han character
    (a count, a mark) or a stage verb of ``status_kernels.jsonl`` or a head word after it
    (等道路80条, 等干线建设, 等道路工程); None when none closes within ``KIND_LENGTHS``."""
    for n in KIND_LENGTHS:
        end = pos + n
        if end > len(text) or not HAN_RE.fullmatch(text[pos:end]):
            return None
        if end == len(text) or not HAN_RE.match(text[end]) or text[end] in NUMERALS:
            return text[pos:end]
        if any(
            text[end : end + k] in grammar.stage_verbs or text[end : end + k] in grammar.heads
            for k in STAGE_LENGTHS
        ):
            return text[pos:end]
    return None


def _kind_word(kind: str) -> bool:
    """Is ``kind`` (or its last two characters: 重要|道路) a word of the general dictionary?"""
    return is_dictionary_word(kind) or is_dictionary_word(kind[-2:])


def find_kernel_kind_items(doc: Doc, text: str, facility_ends: frozenset[str], grammar: g.Grammar) -> None:
    """Add each item :func:`labelled_kernel_items` finds as a Project."""
    for s, e in labelled_kernel_items(text, facility_ends, grammar):
        add_candidate(doc, s, e, "Project", SOURCE)


__all__ = ["find_kernel_kind_items", "labelled_kernel_items"]
