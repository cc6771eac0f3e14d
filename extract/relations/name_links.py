"""partOf / relatedTo: entities whose names nest, linked instead of left as near-duplicates.

A report names one place or work in many spans: 重庆东站, 重庆东站枢纽, 重庆东站TOD项目,
重庆东站高铁枢纽商务区, 重庆轨道交通6号线重庆东站延伸段. Only when the text says two spans are
the same thing are they merged, and that is the linker's job (``extract.linking``: 项目/建设项目
variants, （简称…）, alias parentheticals). Every other pair whose names nest is linked here,
with the longer name's mention as evidence (the longer name itself says the shorter one):

- ``partOf`` when the longer name is the shorter one plus a section or phase qualifier
  (GUIDE §2.4/§4: ``（南岸段）``, ``二期``, ``一标段``, ``延伸段``; a closed class of
  qualifiers): ``重庆轨道交通27号线（南岸段）`` partOf ``重庆轨道交通27号线``;
- ``relatedTo`` otherwise (symmetric): ``重庆东站TOD项目`` relatedTo ``重庆东站``, and a route
  with the shorter name as one end (``渝湘高铁（重庆东站至黔江段）``).

Only named works and places take part (Project, Platform, Area): a district or strategy inside
a name is a different relation (locatedIn, contributesTo) and is left to those rules.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from extract.linking import clean
from extract.model import Document
from extract.records import Mention, Relation
from extract.relations.common import party, relation
from extract.relations.rules import document_rule

LINK_TYPES = ("partOf", "relatedTo")
NAMED = ("Project", "Platform", "Area")
CONJUNCTIONS = "及和与、"  # closed class: a name followed by one of these starts a coordination
MIN_INNER = 4  # a shorter name under four characters (南坪, 东站) is too common to anchor a link
_CN = "一二三四五六七八九十"
PART_TAIL = re.compile(
    rf"(?:[（(][^（）()]*(?:段|期|标段|站)[)）]"  # （南岸段） （竹园村站至广阳湾站）
    rf"|[{_CN}\d]+期(?:扩建|续建)?(?:工程|项目)?"  # 二期, 四期扩建工程
    rf"|[{_CN}\d]+标段"  # 一标段
    r"|[^及和与、]{0,8}(?:延伸段|延伸线|段)(?:工程|项目)?)"  # 重庆东站延伸段, 北段工程
)


def _anchored(inner: str, outer: str) -> bool:
    """The shorter name opens the longer one (重庆东站TOD项目: a thing *of* 重庆东站) or ends a
    route in it (渝湘高铁（重庆东站至黔江段）, 6号线重庆东站延伸段). A name merely ending in
    another (紧盯国家工业版本馆, 重庆东站高铁枢纽 over 高铁枢纽) is a kind of it or a bad span:
    no link."""
    if outer.startswith(inner):
        return outer[len(inner)] not in CONJUNCTIONS  # 郭家沱大桥及六纵线南延段: two names, not one
    # ``re.search(f"{re.escape(inner)}(?:至|延伸)|至{re.escape(inner)}", outer)`` as substring
    # tests: the same answer without compiling a pattern per inner name
    return inner + "至" in outer or inner + "延伸" in outer or "至" + inner in outer


def _inner_names(outer: str, known: dict[str, Mention]) -> list[str]:
    """Known names that ``outer`` opens with or has as a route end, by dictionary lookups of
    its prefixes and of the pieces around 至/延伸 (no scan over every known name)."""
    found = [outer[:k] for k in range(MIN_INNER, len(outer)) if outer[:k] in known]
    for cue in re.finditer("至|延伸", outer):
        i, j = cue.start(), cue.end()
        found += [outer[a:i] for a in range(0, i - MIN_INNER + 1) if outer[a:i] in known]
        if cue.group() == "至":
            found += [outer[j:z] for z in range(j + MIN_INNER, len(outer) + 1) if outer[j:z] in known]
    return [n for n in dict.fromkeys(found) if n != outer and _anchored(n, outer)]


def _by_name(doc: Document, mentions: Iterable[Mention]) -> dict[str, list[Mention]]:
    by_name: dict[str, list[Mention]] = {}
    for m in sorted(mentions, key=lambda m: m.start):
        if m.doc == doc.doc_id and m.type in NAMED:
            by_name.setdefault(m.canonical, []).append(m)
    return by_name


def _links(doc: Document, by_name: dict[str, list[Mention]], known: dict[str, Mention]) -> list[Relation]:
    out: list[Relation] = []
    for outer, ms in by_name.items():
        for inner in _inner_names(outer, known):
            m = next((x for x in ms if inner in clean(x.text)), None)
            if m is None:
                continue  # no mention of the longer name spells the shorter one
            part = outer.startswith(inner) and PART_TAIL.fullmatch(outer[len(inner) :])
            rel = "partOf" if part else "relatedTo"
            span = (m.sentence_start, m.sentence_end)
            out.append(relation(doc, rel, party(m), party(known[inner]), span, path=m.path))
    return out


@document_rule(order=20)
def find_name_links(doc: Document, mentions: Sequence[Mention]) -> list[Relation]:
    """One link per pair of nested names of the document; the evidence is the first mention of
    the longer name whose own text holds the shorter one (东站片区, linked to 重庆东站片区 by
    the alias index, does not spell 重庆东站 and evidences no link to it)."""
    by_name = _by_name(doc, mentions)
    known = {name: ms[0] for name, ms in by_name.items() if len(name) >= MIN_INNER}
    return _links(doc, by_name, known)


def link_targets(mentions: Iterable[Mention]) -> dict[str, Mention]:
    """Names of a corpus a longer name may link to: the first mention of each named canonical."""
    known: dict[str, Mention] = {}
    for m in mentions:
        if m.type in NAMED and len(m.canonical) >= MIN_INNER:
            known.setdefault(m.canonical, m)
    return known


def corpus_name_links(
    doc: Document, mentions: Sequence[Mention], known: dict[str, Mention]
) -> list[Relation]:
    """Links from this document's names to names only other documents of the corpus mention
    (重庆东站TOD项目 in one report, 重庆东站 in another); the evidence is still this document's
    mention spelling both. Links inside the document come from :func:`find_name_links`."""
    by_name = _by_name(doc, mentions)
    own = set(by_name)
    return _links(doc, by_name, {n: m for n, m in known.items() if n not in own})


__all__ = ["LINK_TYPES", "PART_TAIL", "corpus_name_links", "find_name_links", "link_targets"]
