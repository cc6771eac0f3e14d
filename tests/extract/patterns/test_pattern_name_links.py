"""Failure class: one place or work split into many near-duplicate entities (20 重庆东站*).

Invented text. Spans whose names nest are merged only when the text says they are one thing
(``X建设项目`` is the building of X); a section or phase qualifier makes a ``partOf`` link; any
other name that opens with another, or has it as a route end, is ``relatedTo`` it; a
coordination (``A及B``) is no link. The links reach the graph under the ontology's
pkg:partOf / pkg:relatedTo and the SHACL shapes hold them.
"""

from __future__ import annotations

from rdflib import Graph

from extract.document import from_text
from extract.ids import entity_id
from extract.linking import AliasIndex
from extract.records import Mention, Relation
from extract.relations import find_relations
from extract.relations.name_links import PART_TAIL
from kg.rdf.build import build_document
from kg.rdf.namespace import PKG
from kg.rdf.validate import union, validate

TEXT = (
    "某某区2025年国民经济和社会发展计划执行情况\n\n一、2025年计划执行情况\n"
    "加快青山站综合枢纽建设，推进青山站TOD项目，北湖大道（东段）开工建设，"
    "北湖大道建成通车，金沙快速路（青山站至白塔段）加快建设，启动北湖大道及南湖路改造。\n"
)
NAMES = (
    "青山站综合枢纽",
    "青山站TOD项目",
    "北湖大道（东段）",
    "北湖大道",
    "金沙快速路（青山站至白塔段）",
    "金沙快速路",
)


def _doc_and_mentions(station: str = "青山站"):
    """The invented text with ``station`` for 青山站, and a Project mention of every name."""
    doc = from_text(TEXT.replace("青山站", station), doc_id="invented.txt")
    ms = []
    for name in (*(n.replace("青山站", station) for n in NAMES), "北湖大道及南湖路", station):
        start = doc.text.index(name)  # the station: its first occurrence, as the pipeline may give it
        end = start + len(name)
        ms.append(
            Mention(doc.doc_id, start, end, name, "Project", name, entity_id("Project", name), start, end)
        )
    return doc, ms


def _links(doc, ms) -> set[tuple[str, str, str]]:
    return {
        (r.relation, r.head, r.tail)
        for r in find_relations(doc, ms)
        if isinstance(r, Relation) and r.relation in ("partOf", "relatedTo")
    }


def test_qualified_sections_are_parts_and_named_after_is_related():
    doc, ms = _doc_and_mentions()
    links = _links(doc, ms)
    assert ("partOf", "北湖大道（东段）", "北湖大道") in links
    assert ("partOf", "金沙快速路（青山站至白塔段）", "金沙快速路") in links
    assert ("relatedTo", "北湖大道及南湖路", "北湖大道") not in links  # a coordination, not one name


def test_short_names_do_not_anchor_links():
    """青山站 has three characters: too common a shape to link every name it opens."""
    doc, ms = _doc_and_mentions()
    assert not any(tail == "青山站" for _, _, tail in _links(doc, ms))


def test_longer_station_names_link_to_the_station():
    doc, ms = _doc_and_mentions("青山东站")
    links = _links(doc, ms)
    assert ("relatedTo", "青山东站综合枢纽", "青山东站") in links
    assert ("relatedTo", "青山东站TOD项目", "青山东站") in links
    assert ("relatedTo", "金沙快速路（青山东站至白塔段）", "青山东站") in links  # a route end


def test_the_building_of_a_project_is_merged_into_it():
    index = AliasIndex([("Project", "青山东站")])
    assert index.resolve("Project", "青山东站建设项目") == "青山东站"
    assert index.resolve("Project", "青山东站扩建工程") == "青山东站扩建工程"  # an extension: a new part


def test_part_qualifiers_are_a_closed_grammar():
    for tail in ("（东段）", "二期", "四期扩建工程", "一标段", "延伸段", "（甲站至乙站）"):
        assert PART_TAIL.fullmatch(tail), tail
    for tail in ("综合枢纽", "TOD项目", "及南湖路改造段"):
        assert not PART_TAIL.fullmatch(tail), tail


def test_links_reach_the_graph_and_conform_to_the_shapes():
    doc, ms = _doc_and_mentions("青山东站")
    records = [*ms, *find_relations(doc, ms)]
    g, _ = build_document(doc, records)
    assert any(g.triples((None, PKG.partOf, None)))
    related = set(g.subject_objects(PKG.relatedTo))
    assert related and all((o, s) in related for s, o in related)  # symmetric, both ways written
    report = validate(union([g]))
    assert report.conforms, report.messages
    one_way = Graph()
    for t in g:
        one_way.add(t)
    s, o = next(iter(related))
    one_way.remove((o, PKG.relatedTo, s))
    broken = validate(union([one_way]))
    assert not broken.conforms
    assert any("inverse" in m for m in broken.messages)


def test_a_link_needs_a_mention_that_spells_both_names():
    """东湖片区, linked by the alias index to 青山东湖片区, does not spell 青山东湖: no link; the
    full name written out does."""
    head = "某某区2025年国民经济和社会发展计划执行情况\n\n一、2025年计划执行情况\n"

    def links(sentence: str, surface: str) -> set[tuple[str, str, str]]:
        doc = from_text(head + sentence, doc_id="invented.txt")
        a, b = doc.text.index("青山东湖"), doc.text.index(surface)
        ms = [
            Mention(
                doc.doc_id, a, a + 4, "青山东湖", "Area", "青山东湖", entity_id("Area", "青山东湖"), a, a + 4
            ),
            Mention(
                doc.doc_id,
                b,
                b + len(surface),
                surface,
                "Area",
                "青山东湖片区",
                entity_id("Area", "青山东湖片区"),
                b,
                b + len(surface),
            ),
        ]
        return _links(doc, ms)

    assert links("推进青山东湖建设，东湖片区加快发展。", "东湖片区") == set()
    assert links("推进青山东湖建设，青山东湖片区加快发展。", "青山东湖片区") == {
        ("relatedTo", "青山东湖片区", "青山东湖")
    }


def test_names_of_another_report_are_linked_across_the_corpus():
    """青山大桥TOD项目 in one report, 青山大桥 only in another: a link with this report's evidence."""
    from extract.extractor import extract_documents
    from extract.relations.name_links import corpus_name_links, link_targets

    head = "某某区2025年国民经济和社会发展计划执行情况\n\n一、2025年计划执行情况\n"
    one = from_text(head + "加快青山大桥建设。\n", doc_id="one.txt")
    two = from_text(head + "推进青山大桥TOD项目。\n", doc_id="two.txt")

    def project(doc, name):
        a = doc.text.index(name)
        return Mention(
            doc.doc_id, a, a + len(name), name, "Project", name, entity_id("Project", name), a, a + len(name)
        )

    ms_one, ms_two = [project(one, "青山大桥")], [project(two, "青山大桥TOD项目")]
    assert _links(two, ms_two) == set()  # inside its own report 青山大桥TOD项目 has no partner
    got = corpus_name_links(two, ms_two, link_targets([*ms_one, *ms_two]))
    assert [(r.relation, r.head, r.tail, r.doc) for r in got] == [
        ("relatedTo", "青山大桥TOD项目", "青山大桥", "two.txt")
    ]
    assert two.text[got[0].start : got[0].end].count("青山大桥TOD项目") == 1  # evidence in two.txt
    # the corpus extractor wires it in
    records = [r for _, rs in extract_documents([one, two]) for r in rs]
    links = {(r.doc, r.relation, r.head, r.tail) for r in records if isinstance(r, Relation)}
    assert ("two.txt", "relatedTo", "青山大桥TOD项目", "青山大桥") in links
