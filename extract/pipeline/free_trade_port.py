"""The free trade port the State Council set up is a Platform (海南自由贸易港, 海南自贸港).

GUIDE §3 types the pilot free trade zones (自贸试验区) and the other national zones Platform, and
the readable provincial gold types the one free trade port alike (round 6: 深化与海南自贸港联动创新 →
海南自由贸易港, Platform). No park head closes it (港 is a head only after a division, and 海南自贸
is none), so the name grammar never proposed it: the Hainan report names it 46 times and the
extractor gave nothing, or a bare District 海南 before it. The free trade ports are a closed class
of the State Council's designations (``closed_classes.jsonl``, ``zone_designation``: 《海南自由贸易港
建设总体方案》 2020, 《中华人民共和国海南自由贸易港法》 2021) that holds one zone, written with its
province or short (自贸港). Its province leads it in any report; written bare it is the author's own
only in Hainan's report (推进自由贸易港建设), as a bare 自贸试验区 is the author's zone, and only after
a clause edge or a clause word (``names._zones``' test): 中国特色|自由贸易港 is a kind and 千兆|自贸港 a
slogan. A law or title that holds it (海南自由贸易港法, 《…条例》) is the longer name: the port's law is
left to the title finders, while its regulations (…港法规) are a kind of legislation, which names the port.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from extract.pipeline.candidates import add_candidate
from extract.pipeline.grammar import Grammar

STANDARD_NAME = "海南自由贸易港"
PROVINCE_CODE = "460000"  # GB/T 2260: the author for whom the bare form is the own port
PORT_RE = re.compile("(海南省?)?(?:自由贸易港|自贸港)(?!法(?!规))")  # …港法 is the port's law, a title
SOURCE = "zone"  # a zone of the closed class, as names._zones proposes them


def find_free_trade_port(doc: Doc, text: str, grammar: Grammar) -> None:
    """Add a Platform candidate for each mention of the free trade port in ``text``."""
    if "贸易港" not in text and "自贸港" not in text:
        return
    own = doc._.policykg_region == PROVINCE_CODE
    for m in PORT_RE.finditer(text):
        if m.group(1) is None and not (own and _opens_phrase(text, m.start(), grammar)):
            continue
        add_candidate(doc, m.start(), m.end(), "Platform", SOURCE, STANDARD_NAME)


def _opens_phrase(text: str, start: int, grammar: Grammar) -> bool:
    """Does a bare mention stand at a clause edge or right after a clause word (推进|自由贸易港建设),
    rather than after name material (中国特色|自由贸易港, 千兆|自贸港)?"""
    return (
        start == 0
        or not ("\u4e00" <= text[start - 1] <= "\u9fff")
        or grammar.stop_re.search(text[max(0, start - 2) : start]) is not None
    )
