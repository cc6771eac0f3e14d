"""Failure class: a firm label read across a verb (等18个产业集群入选国家级中小企业: issue 12).

The enumeration finder reads ``等 [count] modifier 企业`` as a list of firms, with a modifier of up
to twelve characters. When the modifier holds a verb with words of its own after it, the clause
goes on past the items (the clusters *entered* a category of firms): 企业 is the verb's object and
says nothing of the items, which here are sector clusters (GUIDE §3: untagged). A verb right before
the classifier (装备制造企业, 知名企业) or a preposition (在区龙头企业) still types the items.
Sentences and names are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.enumerations import _verb_with_object


def ents(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, "420000").ents]


def test_a_verb_with_its_object_ends_the_label():
    assert _verb_with_object("个产业集群入选国家级中小")
    assert not _verb_with_object("装备制造")
    assert not _verb_with_object("在区龙头")
    assert not _verb_with_object("")


def test_clusters_that_entered_a_firm_category_are_no_firms():
    found = ents("青川智能装备、澜沣精密铸件等6个产业集群入选国家级中小企业特色产业集群。")
    assert not any(label == "Enterprise" for _, label in found), found


@pytest.mark.parametrize("label", ["装备制造企业", "知名企业", "在区龙头企业"])
def test_a_verb_or_preposition_inside_the_kind_still_types_the_firms(label):
    found = ents(f"支持青翎、澜沣等{label}发展。")
    assert {("青翎", "Enterprise"), ("澜沣", "Enterprise")} <= set(found), found
