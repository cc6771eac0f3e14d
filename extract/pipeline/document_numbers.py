"""Names that swallow an official document's number and the formula that abbreviates its title.

GB/T 9704 (党政机关公文格式) gives every official document a number — issuer, year in 〔〕,
serial 号 — written in brackets after its title, and legal drafting introduces the short name
with (以下)简称. Both are document markup, never part of a name. A head-word scan that runs left
from 行动计划 over brackets (allowed inside names: 中欧（亚）班列) takes them in and yields
``（甲府办〔2022〕21号）简称“乙”行动计划``; the name is what follows the markup (“乙”行动计划).
"""

from __future__ import annotations

import re

from extract.pipeline.chosen import Chosen, char_span

# a bracketed document number, then the abbreviation formula if any
DOCUMENT_NUMBER = re.compile(r"[（(][^（）()]{0,20}〔\d{4}〕\d+号[）)](?:以下)?(?:简称)?")


def cut_document_numbers(chosen: list[Chosen], text: str) -> list[Chosen]:
    """``chosen`` with every span that holds a document number cut to what follows it; a span
    with nothing after the number is dropped, and a cut span equal to another is kept once.
    ``text`` is the Doc's text (``candidates.doc_text``)."""
    if "〔" not in text:
        return chosen  # no document number anywhere (the common case)
    out: list[Chosen] = []
    seen = {
        (s.start_char, s.end_char, s.label_)
        for s in chosen
        if DOCUMENT_NUMBER.search(text, s.start_char, s.end_char) is None
    }
    for s in chosen:
        found = DOCUMENT_NUMBER.finditer(text[s.start_char : s.end_char])
        last = max(found, key=lambda m: m.end(), default=None)
        if last is None:
            out.append(s)
            continue
        start = s.start_char + last.end()
        if start >= s.end_char or (start, s.end_char, s.label_) in seen:
            continue
        name = text[start : s.end_char]
        cut = char_span(s.doc, start, s.end_char, label=s.label_, kb_id=name, span_id=s.id_)
        if cut is not None:
            seen.add((start, s.end_char, s.label_))
            out.append(cut)
    return out
