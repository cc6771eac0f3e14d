"""A kind of firm or facility standing where a firm's name should be: 煤矿 in ``煤矿等企业``.

GUIDE §3 leaves enterprise titles and categories untagged (独角兽企业, 双百企业). A list before a
firm classifier (``A、B等企业``) types every item Enterprise (``enumerations``); when an item is
nothing but a head word of the name lexicon — a kind of works or facility (煤矿, 电厂, 产业园), a
GUIDE kernel or a mined head (``heads.jsonl``, each with its counts) — it has no name part at all:
it says what kind of firm is meant, not which one. A head word with a name before it (魏桥电厂)
is a name and stays.
"""

from __future__ import annotations

from extract.pipeline.grammar import Grammar


def bare_kind(name: str, grammar: Grammar) -> bool:
    """Is the Enterprise ``name`` a head word of the lexicon with no name part before it?"""
    return name in grammar.heads or name in grammar.single_kernels
