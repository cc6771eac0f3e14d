"""A programme guess whose last head is a document kind is a plan document: Policy.

GUIDE §3 types a named document, law or plan as Policy, named plans without brackets included
(开发区条例, …工作要点), and the provincial-2026 conventions spell it out: "a named plan
*document* is Policy (…行动方案, a …条例 without 《》); a named action or action plan is Program
(…行动, …行动计划)". A name such as 某市降低物流成本行动方案 holds the programme head 行动 inside,
and the head-word grammar types it by that inner head; but the head that closes a name is the
one that says what it names (GUIDE §2.1: the name's head is its last word), and 方案 names the
document that sets the action out. So a Program guess that ends in a document kind is retyped
Policy, whatever heads it holds inside.

Only a whole name is retyped: the words before the kind must be a name of their own — not a
generic word (工作方案, 实施方案 alone: a kind of document, no title), not a count (3个方案,
一规划两纲要: documents counted, none named). The document kinds are the lexicon's
(:func:`extract.pipeline.edition_titles.document_kinds`: the GUIDE kinds of ``head_rules.jsonl``,
the Policy kernels of ``head_kernels.jsonl`` and the kinds mined where 《》 brackets mark titles in
``policy_frames.jsonl``); none is typed here. 行动计划 ends in no document kind, so it stays a
programme, as the conventions ask.
"""

from __future__ import annotations

from extract.pipeline import grammar as g
from extract.pipeline.area_belts import NUMERAL_OPENING_RE
from extract.pipeline.chosen import Chosen, retyped
from extract.pipeline.edition_titles import document_kinds

MIN_NAME = 2  # characters of name before the kind: one character (省方案) names nothing


def title_body(name: str, kinds: tuple[str, ...]) -> str | None:
    """The words of ``name`` before the longest document kind that closes it, when they are a
    name of their own (module docstring); ``None`` when no kind closes it or the rest names
    nothing (generic, a count, too short)."""
    kind = next((k for k in kinds if name.endswith(k)), None)  # kinds come longest first
    if kind is None:
        return None
    body = name[: len(name) - len(kind)]
    if len(body) < MIN_NAME or NUMERAL_OPENING_RE.match(body) or g.is_generic(body, descriptive_ok=True):
        return None
    return body


def retype_plan_documents(chosen: list[Chosen], text: str, grammar: g.Grammar) -> list[Chosen]:
    """``chosen`` with each Program guess whose last head is a document kind made a Policy
    (module docstring); its span, canonical name and id are kept."""
    kinds: tuple[str, ...] | None = None
    out: list[Chosen] = []
    for s in chosen:
        if s.label_ != "Program":
            out.append(s)
            continue
        kinds = kinds if kinds is not None else document_kinds(grammar)
        if title_body(text[s.start_char : s.end_char], kinds) is None:
            out.append(s)
            continue
        out.append(retyped(s, "Policy"))
    return out
