"""A venue guessed as a Platform: 甲地体育|中心 and 乙市文化|中心 are buildings, like 体育|公园.

The name grammar types every name whose longest GUIDE kernel is the bare 中心 as a Platform
(GUIDE §3: designations whose head is 园/基地/中心, places where firms gather). A centre whose
modifier is what the reports put before a building kernel (体育 of the mined head 体育公园, 文化
of 文化公园: ``heads.jsonl``, kernels of the GUIDE §3 Project rule "infrastructure, buildings")
names the same kind of public building — a sports centre, a culture centre — which GUIDE §3 types
Project (construction items: infrastructure, buildings). The readable gold does so
(湛江文化中心, 广州南沙大湾区文化体育中心 are Projects in lists of cultural facilities). This is the
``institution_stems`` test turned to the other side: there a modifier of an Organization kernel
(研究 of 研究所) makes the centre an institute; here a modifier of a building head makes it a
building. The stems come from the mined heads, never from a list; a modifier that also opens a
mined Platform head of another kernel (国际 of 国际机场) says nothing about buildings and is left
out. Exchanges and hubs (交易中心, 航运中心) have a longer kernel and are never read here.
"""

from __future__ import annotations

import weakref

from spacy.tokens import Doc

from extract.pipeline.chosen import Chosen
from extract.pipeline.grammar import Grammar
from extract.pipeline.institution_stems import RETYPED_FROM, retype_stemmed_guesses
from extract.pipeline.kernel_compounds import FRAME as COMPOUND_FRAME
from extract.pipeline.lexicon import _segment
from extract.pipeline.public_centres import CENTRE  # the bare GUIDE §3 Platform kernel

BUILDING_RULE = "buildings"  # the GUIDE §3 Project rule of head_kernels.jsonl: infrastructure, buildings

_stems_cache: weakref.WeakKeyDictionary[Grammar, frozenset[str]] = weakref.WeakKeyDictionary()
_sorted_cache: weakref.WeakKeyDictionary[Grammar, tuple[str, ...]] = weakref.WeakKeyDictionary()


def venue_stems(grammar: Grammar) -> frozenset[str]:
    """Modifiers of mined heads with a building kernel (体育 of 体育公园), less those that also open
    a mined Platform head of another kernel (国际 of 国际机场): built once per grammar."""
    found = _stems_cache.get(grammar)
    if found is None:
        kernels = grammar.lexicon.get("head_kernels.jsonl", ())
        rules = {k["head"]: (k["type"], k.get("rule", "")) for k in kernels}
        building, platform = set(), set()
        for h in grammar.lexicon.get("heads.jsonl", ()):
            kernel, head = h["kernel"], h["head"]
            if head == kernel or h.get("frame") == COMPOUND_FRAME:
                continue  # kernel_compounds' dictionary words (医疗|站), mostly never written: no evidence
            prefix = head[: -len(kernel)]
            kind, rule = rules.get(kernel, ("", ""))
            if kind == "Project" and BUILDING_RULE in rule and h["type"] == "Project":
                building.add(prefix)
            elif h["type"] == RETYPED_FROM and kernel != CENTRE:
                platform.add(prefix)
        found = _stems_cache[grammar] = frozenset(building - platform)
    return found


def _sorted_stems(grammar: Grammar) -> tuple[str, ...]:
    """``venue_stems`` in a fixed order, sorted once per grammar (not once per guess)."""
    found = _sorted_cache.get(grammar)
    if found is None:
        found = _sorted_cache[grammar] = tuple(sorted(venue_stems(grammar)))
    return found


def venue_stem(name: str, grammar: Grammar) -> str | None:
    """The building modifier (体育) that ends ``name``'s words right before its bare 中心, if any."""
    if len(name) <= len(CENTRE) + 1 or not name.endswith(CENTRE):
        return None
    from extract.pipeline.genericity import _kernel_of

    if _kernel_of(name, grammar) != CENTRE:
        return None  # 交易中心, 航运中心, 集结中心: exchanges and hubs (GUIDE §3, §9)
    body = name[: -len(CENTRE)]
    cuts, pos = {0}, 0
    for word in _segment(body):
        pos += len(word)
        cuts.add(pos)  # the stem must be whole words of jieba's reading (不|文化 yes, 化|中心 no)
    return next(
        (st for st in _sorted_stems(grammar) if body.endswith(st) and len(body) - len(st) in cuts),
        None,
    )


def retype_venue_centres(doc: Doc, chosen: list[Chosen], text: str, grammar: Grammar) -> list[Chosen]:
    """Platform guesses whose bare 中心 follows a building head's modifier, typed Project."""
    return retype_stemmed_guesses(chosen, text, grammar, venue_stem, "Project")
