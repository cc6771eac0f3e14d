"""Failure class: firms named by the government that owns them (issue 12, enterprise11).

A level of the administrative hierarchy and 属 ("belonging to": 村属, 区属, 镇属) before a company
kernel says whose firms they are, never which firm: a kind (GUIDE §3: generic unnamed items are
not annotated), whether jieba knows the word (区属) or not (村属), and with everyday words between
(县属|国有|公司). A firm's own name before the kernel, 属 elsewhere in it, or no level before 属
stays a firm (``extract.pipeline.owned_firms``). Sentences are invented.
"""

from __future__ import annotations

from extract.document import from_text
from extract.entities import raw_mentions
from extract.pipeline.genericity import firm_of_kinds
from extract.pipeline.owned_firms import owned_kind, owner_level


def firms(text: str) -> set[str]:
    doc = from_text(text, doc_id="owned-firms.txt")
    return {text[s:e] for s, e, t, _, _ in raw_mentions(doc) if t == "Enterprise"}


def test_an_owner_level_is_read_with_or_without_the_dictionary():
    assert owner_level("村属") and owner_level("区属") and owner_level("镇属国有")
    assert not owner_level("金属") and not owner_level("属地") and not owner_level("村")


def test_a_company_after_an_owner_level_is_a_kind():
    for name in ("村属公司", "镇属集团", "区属集团", "县属国有公司"):
        assert firm_of_kinds(name), name
    assert owned_kind("乡属") and not owned_kind("区属卓朗达")


def test_owned_firms_in_sentences_are_no_firms():
    found = firms("鼓励各地试点组建“镇属公司”，统筹盘活闲置资产。推动区属集团整合重组，提升经营效益。")
    assert not found & {"镇属公司", "区属集团"}, found


def test_a_named_firm_beside_an_owned_kind_stays_a_firm():
    found = firms("推动卓朗达集团、瑞恒通公司等企业与乡属公司开展合作。")
    assert {"卓朗达集团", "瑞恒通公司"} <= found, found
    assert "乡属公司" not in found, found


def test_a_firm_named_with_belonging_inside_stays_a_firm():
    assert not firm_of_kinds("卓朗金属集团") and not firm_of_kinds("区属卓朗达集团")
    found = firms("支持卓朗金属集团扩大产能。")
    assert "卓朗金属集团" in found, found
