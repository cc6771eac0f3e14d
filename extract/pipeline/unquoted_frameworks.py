"""Programme guesses that end in an industrial-system framework head with no formula in them
(现代化产业体系, 甲地特色现代化产业体系): a description of the economy, not a framework's name
(branch program24).

GUIDE §3 types industrial-system frameworks as Programs and names them by their formula: the
code in quotes or digits (“33618”现代制造业集群体系, “四大一新”现代产业体系, “8+4”经济政策体系) is
what tells one province's framework from another's. The same head after words alone is the aim
every report writes (构建现代化产业体系, 具有比较优势的现代化产业体系, 支撑整个产业体系): the readable
gold never tags one and leaves 现代化产业体系 untagged in six passages, while the head-word finder
takes it because 产业体系 is a GUIDE kernel. In readable unannotated reports it found six such
phrases in five reports (壮大现代产业体系, 大健康产业体系, 完整产业体系, …), none a name.

The framework heads are the grammar's (``Grammar.program_systems``: the Program heads ending in
体系, GUIDE kernels and mined heads); what counts as a formula is a closed class of characters
(quote marks, digits, Latin letters), no word of this corpus. Only the head-word finder's guesses
are read: quotes, tables and titles have their own finders and edges.
"""

from __future__ import annotations

import re

from extract.pipeline.chosen import Chosen
from extract.pipeline.grammar import Grammar

CHECKED_SOURCES = frozenset({"suffix"})  # the head-word finder
# a framework's formula: a quote, a digit or a Latin letter (“8+4”, 1246, 415X)
FORMULA_RE = re.compile(r"[“”\"0-9０-９A-Za-zＡ-Ｚａ-ｚ]")


def unquoted_framework(name: str, grammar: Grammar) -> bool:
    """Does ``name`` end in a framework head of the grammar with no formula anywhere in it?"""
    return name.endswith(grammar.program_systems) and not FORMULA_RE.search(name)


def drop_unquoted_frameworks(chosen: list[Chosen], text: str, grammar: Grammar) -> list[Chosen]:
    """``chosen`` without the head-word finder's Program guesses that end in a framework head and
    hold no formula (module docstring)."""
    if not grammar.program_systems:
        return chosen
    return [
        s
        for s in chosen
        if not (
            s.label_ == "Program"
            and s.id_ in CHECKED_SOURCES
            and unquoted_framework(text[s.start_char : s.end_char], grammar)
        )
    ]
