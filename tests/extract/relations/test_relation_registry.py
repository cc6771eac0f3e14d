"""Relation rules register themselves (extract.relations.rules); find_relations runs them all.

A new relation is its rule module: these tests check that every module of the package is
discovered, that the order the output (and so the de-duplication) depends on is the one the
rules declare, that a rule registered by a module nobody imports by name is run, and that two
rules claiming one order are refused with a message naming both.
"""

from __future__ import annotations

import pkgutil

import pytest

import extract.relations as relations_package
from extract.records import Relation
from extract.relations import annotated_relation_types, find_relations, unannotated_relation_types
from extract.relations import rules as rule_registry
from extract.relations.common import party, relation
from tests.extract.relations.oracle import document_from_text, mentions_for

TEXT = "一、2024年国民经济和社会发展计划执行情况\n推动青禾大学和云台研究院共建联合实验室。\n"
NAMES = [("青禾大学", "Organization", "青禾大学"), ("云台研究院", "Organization", "云台研究院")]


def test_every_rule_module_is_discovered_and_rules_run_in_their_order():
    document = rule_registry.registered("document")
    sentence = rule_registry.registered("sentence")
    modules = {r.module.rsplit(".", 1)[1] for r in (*document, *sentence)}
    package = {m.name for m in pkgutil.iter_modules(relations_package.__path__)}
    assert modules == package - {"common", "rules"}  # every module but the shared helpers has a rule
    # the order find_relations used to spell out call by call (issue 13: identical output); a
    # rule added later may go anywhere, these keep their places relative to one another
    shipped_document = ["table_located", "find_name_links", "table_status"]
    shipped_sentence = [
        "find_engages",
        "find_issued",
        "find_cooperation",
        "contributes_in_sentence",
        "find_located",
        "status_outside_tables",
        "find_investments",
    ]
    assert [r.name for r in document if r.name in shipped_document] == shipped_document
    assert [r.name for r in sentence if r.name in shipped_sentence] == shipped_sentence
    assert "find_investments" in [r.name for r in sentence if r.without_mentions]


def test_a_registered_rule_is_run_without_being_named_anywhere(monkeypatch):
    monkeypatch.setattr(rule_registry, "_RULES", dict(rule_registry._RULES))
    rule_registry.discover()

    @rule_registry.sentence_rule(order=999)
    def find_made_up(s):
        a, b = s.mentions[:2]
        return [relation(s.doc, "madeUpRelation", party(a), party(b), (s.start, s.end), path=s.path)]

    doc = document_from_text(TEXT, "test_rule_registry.txt", "青禾区")
    found = find_relations(doc, mentions_for(doc, NAMES))
    made_up = [r for r in found if isinstance(r, Relation) and r.relation == "madeUpRelation"]
    assert [(r.head, r.tail) for r in made_up] == [("青禾大学", "云台研究院")]
    # and the rules that were there still ran: the co-building is a cooperation
    assert any(isinstance(r, Relation) and r.relation == "cooperatesWith" for r in found)


def test_two_rules_with_one_order_are_refused(monkeypatch):
    monkeypatch.setattr(rule_registry, "_RULES", dict(rule_registry._RULES))
    rule_registry.discover()
    with pytest.raises(rule_registry.RuleError, match="find_engages and find_clash share sentence order 10"):

        @rule_registry.sentence_rule(order=10)
        def find_clash(s):
            return []


def test_unscored_relations_come_from_the_ontology():
    """pkg:plannedStatus is marked pkg:goldAnnotated false (GUIDE §5, §9): extracted, not scored."""
    assert unannotated_relation_types() == ("plannedStatus",)
    assert "plannedStatus" not in annotated_relation_types() and "hasStatus" in annotated_relation_types()
