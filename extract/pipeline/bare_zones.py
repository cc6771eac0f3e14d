"""A bare zone short form that names no zone of the author's: 支持高新区… in a province's report.

GUIDE §4 expands a bare 经开区/高新区 to the zone the document means (`经开区` in 南岸 texts →
重庆经济技术开发区), and the linker does the same from what the document itself says: an
abbreviation it defines (（以下简称经开区）, a place + 经开区 form of the author's own area) or the
author's city (a municipality's or a prefecture's own zone). A province has dozens of zones of
each kind; when its report defines none and has no city of its own, the bare form refers to the
kind (建立高新区和高校联动发展机制: every high-tech zone), and GUIDE §3 leaves generic unnamed
items untagged. The zone finder's bare forms are the zone_designation closed class of
``names.BARE_ZONE_RE``; the free-trade zone (自贸试验区) is one per province and always the
province's own (GUIDE §9 Zones: 中国（云南）自由贸易试验区), so only the kinds the linker expands
by place (``linking.BARE_ZONES``) are read here, and only unrated: a rated form (国家级经开区) is
``genericity.rated_kind``'s, which keeps it where a named park gets it (``designated_to``).
"""

from __future__ import annotations

from spacy.tokens import Doc

from extract.pipeline.chosen import Chosen

ZONE_SOURCE = "zone"  # the zone finder's candidates (extract/pipeline/names.py)


def owns_zone(doc: Doc, bare: str) -> bool:
    """Does the document tie ``bare`` (经开区, 高新区) to one zone, as the linker reads it: a zone
    abbreviation the whole document defines, or a city of the author's (``Context.city``)?"""
    from extract.linking import Context, document_zones

    region = doc._.policykg_region
    ctx = Context.for_region(region)
    if ctx.city is not None or region is None:
        return True  # a city's own zone, or no author known: leave the reading to the linker
    document = doc._.policykg_document
    text = document.text if document is not None else doc.text
    return any(abbr == bare for abbr, _ in document_zones(text, region))


def drop_unowned_zones(doc: Doc, chosen: list[Chosen], text: str) -> list[Chosen]:
    """``chosen`` without the bare zone short forms that name no zone of the author's."""
    from extract.linking import BARE_ZONES
    from extract.pipeline.genericity import LEVEL_RE

    unrated = {z for z in BARE_ZONES if not LEVEL_RE.match(z)}  # 国家级经开区: genericity.rated_kind
    out = []
    owned: dict[str, bool] = {}
    for s in chosen:
        name = text[s.start_char : s.end_char]
        if s.label_ == "Platform" and s.id_ == ZONE_SOURCE and name in unrated:
            if name not in owned:
                owned[name] = owns_zone(doc, name)
            if not owned[name]:
                continue
        out.append(s)
    return out
