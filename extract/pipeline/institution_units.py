"""A Platform guess that names an institution in its body is the institution's unit, an Organization.

GUIDE §3 types institutes, universities and laboratories as Organization, and the head miner
already applies this to the commonest Platform head: a 中心 head whose body holds an Organization
head is an institution (``mining``; 研究中心). The rarer heads a branch of an institution is named
with (平台, 基地) keep the Platform type of their bare kernel, so a laboratory's regional branch
(甲实验室乙地物种创新平台, 甲实验室乙地基地) came out as a park. The readable gold types such a
branch as the institution it belongs to (崖州湾国家实验室南昌物种创新平台, 太行国家实验室江西创新中心,
北京大学京津冀…创新中心: Organization). This applies the miner's test to each guess: a head-word
Platform guess whose words before its Platform head hold an Organization head of the grammar (a
GUIDE kernel of ``head_kernels.jsonl`` or a mined head, two characters or more: 实验室, 大学,
研究院) is an Organization. The Platform head is the longest one the name ends in, so a park named
after a university by its own head (甲大学科技园: the mined head 大学科技园) stays a Platform. No word
is listed here; the heads come from the lexicon files.
"""

from __future__ import annotations

import weakref

from extract.pipeline.chosen import Chosen, retyped
from extract.pipeline.grammar import Grammar

RETYPED_FROM = "Platform"
RETYPED_TO = "Organization"
CHECKED_SOURCES = frozenset({"suffix"})  # the head-word finder's guesses
MIN_HEAD = 2  # one-character kernels (院) are too often inside other words (院线, 庭院)

_heads_cache: weakref.WeakKeyDictionary[Grammar, tuple[tuple[str, ...], tuple[str, ...]]] = (
    weakref.WeakKeyDictionary()
)


def _heads(grammar: Grammar) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The grammar's Platform heads, longest first, and its Organization heads (once per grammar)."""
    found = _heads_cache.get(grammar)
    if found is None:
        platform = sorted((h for h, t in grammar.heads.items() if t == RETYPED_FROM), key=len, reverse=True)
        org = sorted(h for h, t in grammar.heads.items() if t == RETYPED_TO and len(h) >= MIN_HEAD)
        found = _heads_cache[grammar] = (tuple(platform), tuple(org))
    return found


def institution_in_body(name: str, grammar: Grammar) -> str | None:
    """The Organization head standing before the longest Platform head ``name`` ends in, if any
    (甲实验室乙地基地 → 实验室; 甲大学科技园 → None: 大学科技园 is the head)."""
    platform, org = _heads(grammar)
    head = next((h for h in platform if name.endswith(h)), None)
    if head is None or len(name) <= len(head):
        return None
    body = name[: -len(head)]
    return next((h for h in org if h in body), None)


def retype_institution_units(chosen: list[Chosen], text: str, grammar: Grammar) -> list[Chosen]:
    """``chosen`` with each head-word Platform guess that names an institution in its body typed
    Organization (module docstring)."""
    out = []
    for s in chosen:
        if (
            s.label_ == RETYPED_FROM
            and s.id_ in CHECKED_SOURCES
            and institution_in_body(text[s.start_char : s.end_char], grammar) is not None
        ):
            s = retyped(s, RETYPED_TO)
        out.append(s)
    return out
