"""Program guesses that name a kind of service, not one service (国际|航线, 集装箱班轮|航线).

GUIDE §9 types services (freight trains, shipping routes) as Program, and every example it gives
is one service with a name of its own: a place or partner pair (中欧班列, 中欧北极集装箱航线), a
route qualifier in brackets (中亚班列（澜湄快线）) or a quoted coinage (“郑和号”). GUIDE §3 leaves
generic unnamed items untagged. The head finder reads any phrase ending in a service kernel
(航线, 班列) as a name, so a category of routes counted in a figure (国际集装箱班轮航线增至496条,
全省集装箱班轮航线达80条) or in a plan (加密国际航线) became a Program: the readable round-3 gold
leaves ``新开辟外贸航线20条`` untagged, and in the readable-text Program sample of branch program40
(``scripts/sample_readable_mentions.py`` over the start dump, 1046 mentions) the bare-category routes
were the service guesses with nothing specific before the kernel.

The test is the lexicon's own: the service kernels are those whose GUIDE rule in
``head_kernels.jsonl`` is §9 Services (no word is listed here), and a guess is a kind when the body
before the kernel is nothing but everyday words (``lexicon.is_common_phrase``: no place, person or
other proper noun, no unknown word, no quote, digit or bracket). A body with a partner or place
(中欧, 杜伊斯堡, 渝穗) or a quoted name (“舟山—重庆”…航线) keeps the guess.
"""

from __future__ import annotations

from extract.pipeline.chosen import Chosen
from extract.pipeline.grammar import Grammar
from extract.pipeline.lexicon import is_common_phrase

SERVICE_RULE = "GUIDE §9 Services"  # the rule of the service kernels in head_kernels.jsonl
CHECKED_TYPES = frozenset({"Program"})


def service_kernels(grammar: Grammar) -> tuple[str, ...]:
    """The GUIDE §9 service kernels of the grammar's lexicon (班列, 航线), longest first."""
    heads = {k["head"] for k in grammar.lexicon["head_kernels.jsonl"] if k["rule"].startswith(SERVICE_RULE)}
    return tuple(sorted(heads, key=lambda h: (-len(h), h)))


def service_kind(name: str, kernels: tuple[str, ...]) -> bool:
    """Is ``name`` a service kernel after a body of everyday words only (国际货运|班列)?"""
    for kernel in kernels:
        if name.endswith(kernel) and len(name) > len(kernel):
            return is_common_phrase(name[: -len(kernel)])
    return False


def drop_service_kinds(chosen: list[Chosen], text: str, grammar: Grammar) -> list[Chosen]:
    """``chosen`` without the Program guesses that name a kind of service (module docstring)."""
    kernels = service_kernels(grammar)
    return [
        s
        for s in chosen
        if s.label_ not in CHECKED_TYPES or not service_kind(text[s.start_char : s.end_char], kernels)
    ]
