"""Failure class: the first of two listed works whose sibling is a recognised Project (branch
project40, session 27).

A list of two items with no tail, one recognised Project and one unrecognised item before it,
typed only an abbreviation (烟威、海阳…工程) or a pair a stage verb governs; two works named side by
side whose head the lexicon lacks for the first (dev-provincial 新疆: 大红柳滩锂铍矿、火烧云铅锌矿加快
建设) lost the first. Two conjuncts that end in the same character are of one kind (GUIDE §2.2),
so the first is a work of the sibling's kind: ``list_items._same_kernel``, no lexicon entry.
Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline


def typed(text: str) -> dict[str, str]:
    return {e.text: e.label_ for e in run_pipeline(load_pipeline(), text, "500000").ents}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("推进绿色矿业发展，白石滩锂矿、火石岭铅锌矿加快建设。", "白石滩锂矿"),
        ("加快推进矿产开发，青松岗锂铍矿、火石岭铅锌矿建成投产。", "青松岗锂铍矿"),
    ],
)
def test_the_first_of_two_works_of_one_kernel_is_a_project(text, name):
    assert typed(text).get(name) == "Project"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("推进绿色矿业发展，煤矿、火石岭铅锌矿加快建设。", "煤矿"),  # a dictionary word: a kind
        ("推进绿色矿业发展，矿山修复、火石岭铅锌矿加快建设。", "矿山修复"),  # another ending
    ],
)
def test_a_kind_or_another_ending_stays_untyped(text, kind):
    found = typed(text)
    assert kind not in found
    assert found.get("火石岭铅锌矿") == "Project"
