"""A nationwide designation keeps its scope word: 全国|高校区域技术转移转化中心.

GUIDE §2.5 keeps 国家… in the span when it is part of an official designation, and names.py
restores the scope word before the GUIDE designation heads (示范区, 示范基地). A Platform found by
another head (中心, 平台, 基地) loses the scope word to the left-boundary scan, which drops scope
words (全市, 全国) from a name's front. What is left is then a kind: a centre named by nothing but
everyday words (``lexicon.is_common_phrase``: no place, no proper noun, no quote) denotes every
centre of its kind, and only the national scope makes it the one nationwide designation the text
means. So a Platform of everyday words right after 国家/全国 takes the scope word back; a
Platform with a name part of its own (澄湾数据中心, “X”实践创新基地) is named already and stays as
it is.
"""

from __future__ import annotations

from extract.pipeline.chosen import Chosen, char_span
from extract.pipeline.function_names import function_only
from extract.pipeline.grammar import Grammar
from extract.pipeline.lexicon import is_common_phrase
from extract.pipeline.mining import NATIONAL

SCOPED_TYPES = frozenset({"Platform"})
EXEMPT_SOURCES = frozenset({"table", "title", "organization", "zone"})


def restore_national_scope(chosen: list[Chosen], text: str, grammar: Grammar | None = None) -> list[Chosen]:
    """``chosen`` with each Platform of everyday words right after 国家/全国 widened over it; with
    ``grammar``, also a Platform named by function only (``function_names``: 菌草技术|转移转化中心),
    which without its scope word is a kind the genericity veto drops."""
    out: list[Chosen] = []
    for i, s in enumerate(chosen):
        start = s.start_char
        if (
            s.label_ in SCOPED_TYPES
            and s.id_ not in EXEMPT_SOURCES
            and start >= 2
            and text[start - 2 : start] in NATIONAL
            and (i == 0 or chosen[i - 1].end_char <= start - 2)  # the scope word is no other guess's
            and (
                is_common_phrase(text[start : s.end_char])
                or (grammar is not None and function_only(text[start : s.end_char], grammar))
            )
        ):
            wider = char_span(s.doc, start - 2, s.end_char, label=s.label_, kb_id=s.kb_id_, span_id=s.id_)
            if wider is not None:
                s = wider
        out.append(s)
    return out
