"""A programme guess that is a plan document with an edition (…行动方案（2026版）) is a Policy.

The programme heads 行动方案 and 行动计划 end both named actions (GUIDE §3 Program) and the
documents that set them out (GUIDE §3 Policy: a named document, law or plan, named plans without
brackets included). An edition in brackets right after the name — （2026版）, （2025年版） — is
the mark of a document: documents are revised and reissued, an action is carried out. So a
Program guess that ends in a document kind and is followed by an edition is the Policy, its
span running over the edition (the bracket belongs to the title, as GUIDE §2.4 keeps a name's
attached parenthetical). The document kinds are the GUIDE ones of ``head_rules.jsonl`` (rule
kind ``document_kind``: 方案, 实施方案, 规划 …), the Policy kernels of ``head_kernels.jsonl``
and the kinds mined where 《》 brackets mark titles (``policy_frames.jsonl``, role ``kind``:
意见, 办法 …); none is typed here.
"""

from __future__ import annotations

import re

from extract.pipeline import grammar as g
from extract.pipeline.chosen import Chosen, char_span, make_span

# an edition of a document: a year and 版 in brackets (document markup, not a name word)
EDITION_RE = re.compile(r"[（(](?:19|20)\d{2}年?版[）)]")


def document_kinds(grammar: g.Grammar) -> tuple[str, ...]:
    """The document kinds the lexicon files name, longest first."""
    lexicon = grammar.lexicon
    kinds = {r["head"] for r in lexicon.get("head_rules.jsonl", ()) if r.get("rule_kind") == "document_kind"}
    kinds |= {k["head"] for k in lexicon.get("head_kernels.jsonl", ()) if k.get("type") == "Policy"}
    kinds |= {e["word"] for e in lexicon.get("policy_frames.jsonl", ()) if e.get("role") == "kind"}
    return tuple(sorted(kinds, key=lambda w: (-len(w), w)))


def retype_edition_titles(chosen: list[Chosen], text: str, grammar: g.Grammar) -> list[Chosen]:
    """``chosen`` with each Program guess that ends in a document kind and is followed by an
    edition made a Policy over the name and the edition (module docstring). The edition must be
    free: a name found inside it keeps it."""
    kinds: tuple[str, ...] | None = None
    out: list[Chosen] = []
    starts = {s.start_char for s in chosen}
    for s in chosen:
        edition = EDITION_RE.match(text, s.end_char) if s.label_ == "Program" else None
        if edition is None or any(edition.start() <= a < edition.end() for a in starts):
            out.append(s)
            continue
        kinds = kinds if kinds is not None else document_kinds(grammar)
        title = char_span(s.doc, s.start_char, edition.end())
        if title is None or not text[s.start_char : s.end_char].endswith(kinds):
            out.append(s)
            continue
        # the title's own words, edition included, are its canonical name
        out.append(make_span(s.doc, title.start, title.end, label="Policy", kb_id=title.text, span_id=s.id_))
    return out
