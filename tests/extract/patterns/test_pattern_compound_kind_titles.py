"""Failure class: a bare title whose last word is a known compound of its document kind.

Issue 12 lists policy titles without 《》. A governed title (governing verb + name material +
document kind, ``extract.pipeline.untitled_policies.find_governed_titles``) was refused when the
dictionary's segmentation ran the kind into a longer word it knows (评价|考核办法, 登记|暂行办法,
城乡规划|管理条例): that guard is meant for a kind's character inside a word of the language (依法,
执法). A noun of the dictionary that ends in a kind of two characters or more is the kind
compounded with name material, so it closes the title; it is then the kind word, and a name must
stand before it (制定|考核办法 alone is a bare kind, GUIDE §5), and not a phrase many authors write
(``widespread_phrases.jsonl``, ``widespread_terms.jsonl``: 国有企业|改革方案 is a kind of document every
province has). Set phrases ending in a kind are verbs or idioms there (征求意见, 想尽办法) and close
nothing. Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.document import from_text
from extract.entities import load_pipeline, run_pipeline
from extract.extractor import extract_document
from extract.pipeline.untitled_policies import widespread_body
from extract.records import Relation


def ents(text: str, region: str | None = "140000") -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, region).ents]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("制定“双碳”评价考核办法，完善考核机制。", "“双碳”评价考核办法"),  # quotes inside are kept (GUIDE §2)
        ("出台数据资产登记暂行办法，规范登记行为。", "数据资产登记暂行办法"),
        ("修订澄州城乡规划管理条例，严格用途管制。", "澄州城乡规划管理条例"),
    ],
)
def test_a_title_closed_by_a_compound_of_its_kind_is_a_policy(text, title):
    assert (title, "Policy") in ents(text)


@pytest.mark.parametrize(
    "text",
    [
        "制定考核办法，完善考核机制。",  # the compound kind alone: a bare kind, no name
        "研究出台暂行办法。",
        "广泛征求意见，想尽办法解决难题。",  # set phrases ending in a kind (v, l)
        "严格规范公正文明执法，全面落实依法行政。",  # one-character kind inside a word
    ],
)
def test_a_bare_compound_kind_or_a_set_phrase_is_no_title(text):
    assert not any(label == "Policy" for _, label in ents(text))


def test_a_widespread_body_before_a_compound_kind_is_no_title():
    grammar = next(c.grammar for _, c in load_pipeline().pipeline if hasattr(c, "grammar"))
    assert widespread_body("国有企业", grammar)  # mined: many authors write it
    assert not any(label == "Policy" for _, label in ents("出台国有企业改革方案，激发经营活力。"))
    # the same compound kind after a name stays a title
    assert ("澄州国有林场改革方案", "Policy") in ents("出台澄州国有林场改革方案，激发经营活力。")


def test_the_author_issues_the_title_it_makes():
    # GUIDE §5 issuedBy: the author 制定 a policy
    text = "山西省2026年政府工作报告\n\n一、重点工作\n制定“双碳”评价考核办法。深化低碳试点建设。\n"
    records = extract_document(from_text(text, doc_id="山西省.txt"))
    issued = {(r.head, r.tail) for r in records if isinstance(r, Relation) and r.relation == "issuedBy"}
    assert ("“双碳”评价考核办法", "山西省") in issued, issued
