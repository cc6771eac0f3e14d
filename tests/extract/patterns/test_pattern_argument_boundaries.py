"""Failure class: a relation lost because its argument's span is a little different.

Invented text. The entity layer may give a name that runs over a line break (GUIDE §2.4:
``27号线\\n\\n（南岸段）``) or past a clause cut; the relation rules must still take it as an
argument: an argument belongs to the clause, cell or sentence its span starts in.
"""

from __future__ import annotations

from extract.document import from_text
from extract.ids import entity_id
from extract.records import Mention
from extract.relations import find_relations
from extract.relations.common import overlaps, starts_in

HEAD = "某某区2025年国民经济和社会发展计划执行情况\n\n一、2025年计划执行情况\n"


def _mention(doc, surface: str, type_: str, canonical: str | None = None) -> Mention:
    start = doc.text.index(surface)
    end = start + len(surface)
    canonical = canonical or surface.replace("\n", "")
    return Mention(doc.doc_id, start, end, surface, type_, canonical, entity_id(type_, canonical), start, end)


def test_labelled_list_item_broken_across_lines_keeps_its_status():
    text = HEAD + "开工重点项目：青山大道\n（北段）；东湖大桥。\n"
    doc = from_text(text, doc_id="invented.txt")
    ms = [_mention(doc, "青山大道\n（北段）", "Project"), _mention(doc, "东湖大桥", "Project")]
    status = {r.head: r.tail for r in find_relations(doc, ms) if r.relation == "hasStatus"}
    assert status.get("青山大道（北段）") == "开工"


def test_an_argument_belongs_to_exactly_one_clause():
    text = HEAD + "甲，乙。"
    doc = from_text(text, doc_id="invented.txt")
    m = _mention(doc, "甲，乙", "Organization")
    cut = doc.text.index("，") + 1
    assert starts_in(m, m.start, cut) and not starts_in(m, cut, m.end)
    assert overlaps(m, m.start, cut) and overlaps(m, cut, m.end)


def test_quoted_and_unquoted_spellings_are_one_argument():
    """“青山”工程 and 青山工程 in one run are one project: one status, not two facts."""
    text = HEAD + "“青山”工程、青山工程等项目开工建设。\n"
    doc = from_text(text, doc_id="invented.txt")
    a = doc.text.index("“青山”工程")
    b = doc.text.index("、青山工程") + 1
    ms = [
        Mention(
            doc.doc_id,
            a,
            a + 6,
            "“青山”工程",
            "Project",
            "“青山”工程",
            entity_id("Project", "“青山”工程"),
            a,
            a + 6,
        ),
        Mention(
            doc.doc_id,
            b,
            b + 4,
            "青山工程",
            "Project",
            "青山工程",
            entity_id("Project", "青山工程"),
            b,
            b + 4,
        ),
    ]
    statuses = [r for r in find_relations(doc, ms) if r.relation == "hasStatus"]
    assert [(r.head, r.tail) for r in statuses] == [("“青山”工程", "开工建设")]


def test_an_area_is_not_located_in_its_own_other_spelling():
    text = HEAD + "“两湖”核心区位于两湖核心区。\n"
    doc = from_text(text, doc_id="invented.txt")
    a = doc.text.index("“两湖”核心区")
    b = doc.text.index("位于") + 2
    ms = [
        Mention(
            doc.doc_id,
            a,
            a + 7,
            "“两湖”核心区",
            "Area",
            "“两湖”核心区",
            entity_id("Area", "“两湖”核心区"),
            a,
            a + 7,
        ),
        Mention(
            doc.doc_id,
            b,
            b + 5,
            "两湖核心区",
            "Area",
            "两湖核心区",
            entity_id("Area", "两湖核心区"),
            b,
            b + 5,
        ),
    ]
    assert not [r for r in find_relations(doc, ms) if r.relation == "locatedIn"]
