"""Failure class: short institution names that are whole items of a list (issue 12, Organization recall).

A report lists institutes by their short forms (甲工所、乙化院、丙科院等迁入), which no head-word
rule closes: the kernel 院 names a thing only after a division, and 所 (of 研究所) is no kernel of
its own. ``institution_forms.find_listed_short_institutions`` takes a whole list item of three to
six Han characters ending in 所 or 院 as an Organization (GUIDE §3 institutes, §4 abbreviations)
unless it is a word of the language or a kind (派出所, 司法所, 卫生院), ends in a dictionary kind
(优抚医院: the head-word finder's), or holds a clause word (深化与…院). Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.institution_forms import _short_institution


def ents(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, "430000").ents]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("澄化所、澄材院、星光药业等落户新区。", ["澄化所", "澄材院"]),
        ("推动澄钢集团、北材院、澄能所等向园区集聚。", ["北材院", "澄能所"]),
    ],
)
def test_a_listed_short_institution_is_an_organization(text, names):
    found = ents(text)
    for name in names:
        assert (name, "Organization") in found, found


@pytest.mark.parametrize(
    "item", ["派出所", "司法所", "卫生院", "深化与澄通院", "深化府院", "优抚医院", "澄药交所"]
)
def test_words_kinds_clauses_and_other_heads_are_no_short_institution(item):
    grammar = next(c.grammar for _, c in load_pipeline().pipeline if hasattr(c, "grammar"))
    assert not _short_institution(item, grammar)


def test_a_kind_in_a_list_stays_untagged():
    found = ents("建设派出所、司法所等基层站点。")
    assert not any(label == "Organization" for _, label in found), found
