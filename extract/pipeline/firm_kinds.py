"""Kinds of firm written as a company name: everyday words before a firm kind many authors write.

A report names the kinds of firm it reforms or builds with the same legal tails a firm's name
has (紧密型城市医疗集团, "close-knit urban medical groups", a health-reform model every province
builds). ``widespread_phrases`` already drops a guess that *is* a phrase three or more provinces
write (城市医疗集团, 上市公司); a kind qualified by a modifier the genre shares (紧密型, 国有) is
no name either: a name identifies one firm with a part of its own (a trade name: 蚂蚁, 正联),
which no widespread word is (GUIDE §3: generic unnamed items and enterprise categories are not
annotated).

So a company-suffix guess (source ``suffix``) is a kind when it ends in a mined widespread phrase
(``widespread_phrases.jsonl``) closed by a GUIDE company kernel (公司, 集团) and every word before
that phrase is a mined widespread term (``proper_parts.everyday_tiles``, which joins jieba's
single characters into the terms the authors write: 紧密|型 is 紧密型), none a division.
"""

from __future__ import annotations

from extract.pipeline.genericity import widespread_terms
from extract.pipeline.grammar import Grammar
from extract.pipeline.lexicon import _segment
from extract.pipeline.proper_parts import MARKED_RE, everyday_tiles
from extract.pipeline.widespread_phrases import widespread_phrases

FIRM_TYPE = "Enterprise"
GUESS_SOURCE = "suffix"  # the head-word finder's company guesses; list items are left to the list rules


def _firm_kernels(grammar: Grammar) -> tuple[str, ...]:
    rows = grammar.lexicon.get("head_kernels.jsonl", ())
    return tuple(r["head"] for r in rows if r.get("type") == FIRM_TYPE)


def widespread_firm_kind(name: str, label: str, source: str, grammar: Grammar) -> bool:
    """Is the company guess ``name`` widespread terms before a widespread firm-kind phrase?"""
    if label != FIRM_TYPE or source != GUESS_SOURCE:
        return False
    kernels = _firm_kernels(grammar)
    if not name.endswith(kernels):
        return False
    if MARKED_RE.search(name):
        return False
    phrases = widespread_phrases(grammar)
    terms = widespread_terms(grammar)
    # the longest phrase the guess ends in, then a shorter one, until the rest is everyday words
    for cut in range(1, len(name) - 1):
        if name[cut:] not in phrases or not name[cut:].endswith(kernels):
            continue
        tiles = everyday_tiles(_segment(name[:cut]), terms)
        if tiles is not None:
            return True
    return False
