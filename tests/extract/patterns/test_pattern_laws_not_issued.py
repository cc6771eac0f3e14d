"""Failure class: a national law is said to be issued by the author district.

Invented text and names. GUIDE §5 gives ``issuedBy`` when the author 制定/出台/印发 a document or
its title names the issuing district. A title ending in 法 is a law, and only the National
People's Congress and its Standing Committee enact laws (立法法 Art. 10): a province or city
makes 条例, 规定 and 办法. So neither a title naming the province (``某自贸港法``) nor a verb in
the clause (``贯彻实施即将出台的某促进法``) makes the district its issuer; the district's own
条例 and 办法 keep their issuer.
"""

from __future__ import annotations

import pytest

from extract.relations.issued import is_law
from tests.extract.patterns.relation_text import relation_pairs

HEAD = "一、2024年工作回顾\n"


def _issued(body: str, title: str) -> set[tuple[str, str]]:
    return relation_pairs(HEAD + body + "\n", [(title, "Policy")], "issuedBy")


@pytest.mark.parametrize(
    ("body", "title"),
    [
        ("深入实施青禾自由贸易港法，稳步扩大制度型开放。", "青禾自由贸易港法"),
        ("贯彻实施即将出台的山地生态保护促进法。", "山地生态保护促进法"),
        ("出台《青禾省湿地保护法（草案）》。", "《青禾省湿地保护法（草案）》"),
    ],
)
def test_no_district_issues_a_law(body, title):
    assert _issued(body, title) == set()


@pytest.mark.parametrize(
    ("body", "title"),
    [
        ("出台青禾省民营经济促进条例。", "青禾省民营经济促进条例"),
        ("制定公平竞争审查制度实施办法。", "公平竞争审查制度实施办法"),
        ("印发《青禾省湿地保护实施办法（试行）》。", "《青禾省湿地保护实施办法（试行）》"),
    ],
)
def test_regulations_and_measures_keep_their_issuer(body, title):
    assert _issued(body, title) == {(title, "青禾省")}


def test_law_titles():
    assert is_law("《中华人民共和国民营经济促进法》")
    assert not is_law("“九五”普法规划")
    assert not is_law("某工作方法")
