"""A research base guessed as a Platform: 冷湖天文观测研究|基地 is an institute, like 研究中心.

The head miner types a mined head whose modifier ends in the stem of an Organization kernel as an
Organization (``mining._institution_stem``: 研究 of 研究所 makes 研究中心 an institute; GUIDE §3
types institutes and laboratories as institutions, and the tune conventions read
高原医学研究中心 so). A head is mined only when many reports write it, so the rarer forms of the
same reading (…研究基地, …研究平台) keep the Platform type of their bare kernel. This applies the
miner's own test to each guess: a Platform guess whose words before its GUIDE kernel end in such
a stem is an Organization. The stems come from ``head_kernels.jsonl`` as the miner derives them,
never from a list.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable

from spacy.tokens import Doc

from extract.pipeline.chosen import Chosen, retyped
from extract.pipeline.grammar import Grammar

RETYPED_FROM = "Platform"
KEPT_SOURCES = frozenset({"table", "title", "zone"})


_kernels_cache: weakref.WeakKeyDictionary[Grammar, tuple[dict[str, str], tuple[str, ...]]] = (
    weakref.WeakKeyDictionary()
)


def _kernel_types(grammar: Grammar) -> tuple[dict[str, str], tuple[str, ...]]:
    """kernel -> type of ``head_kernels.jsonl`` and the institution stems
    ``mining._institution_stem`` derives from it, sorted as it sorts them: built once per grammar
    (every Platform guess asks, and rebuilding the map per guess was most of the cost)."""
    found = _kernels_cache.get(grammar)
    if found is None:
        kernel_type = {k["head"]: k["type"] for k in grammar.lexicon.get("head_kernels.jsonl", ())}
        stems = {k[:-1] for k, t in kernel_type.items() if t == "Organization" and len(k) >= 3}
        found = _kernels_cache[grammar] = (kernel_type, tuple(sorted(stems)))
    return found


def institution_stem(name: str, grammar: Grammar) -> str | None:
    """The Organization kernel stem (研究) right before the guess's GUIDE Platform kernel, if any:
    ``mining._institution_stem``'s answer, with its stems derived once per grammar."""
    from extract.pipeline.genericity import _kernel_of

    kernel = _kernel_of(name, grammar)
    if kernel is None or len(name) <= len(kernel):
        return None
    kernel_type, stems = _kernel_types(grammar)
    if kernel_type.get(kernel) != RETYPED_FROM:
        return None
    prefix = name[: -len(kernel)]
    return next((st for st in stems if prefix.endswith(st)), None)


def retype_stemmed_guesses(
    chosen: list[Chosen],
    text: str,
    grammar: Grammar,
    stem_of: Callable[[str, Grammar], str | None],
    label: str,
) -> list[Chosen]:
    """Platform guesses (not read off a table, a title or a zone) for whose text ``stem_of`` finds
    a stem, typed ``label``: the one loop of the stem retypings (institutes here, venues in
    ``venue_centres``)."""
    out = []
    for s in chosen:
        if (
            s.label_ == RETYPED_FROM
            and s.id_ not in KEPT_SOURCES
            and stem_of(text[s.start_char : s.end_char], grammar) is not None
        ):
            s = retyped(s, label)
        out.append(s)
    return out


def retype_research_bases(doc: Doc, chosen: list[Chosen], text: str, grammar: Grammar) -> list[Chosen]:
    """Platform guesses whose modifier ends in an institution's stem, typed Organization."""
    return retype_stemmed_guesses(chosen, text, grammar, institution_stem, "Organization")
