"""Failure class (branch ``relation27``): a document the author makes jointly with others.

Invented text and names. ``联合制定某若干措施`` says the author made the document, with others: GUIDE
§5 gives ``issuedBy`` the author where it 制定/出台/印发 a policy, and round 6's blind gold annotates
the jointly made title so. A verb after the title (the making sought), another body opening the
clause (it, not the author, makes it) and a law (only the national legislature enacts one) still
give the author nothing.
"""

from __future__ import annotations

import pytest

from tests.extract.patterns.relation_text import relation_pairs

HEAD = "一、2025年工作回顾\n"
AUTHOR = "青禾省"
TITLE = ("促进区域成果转化若干措施", "Policy")


def _issued(body: str, names: list[tuple[str, str]]) -> set[str]:
    return {h for h, t in relation_pairs(HEAD + body + "\n", names, "issuedBy") if t == AUTHOR}


@pytest.mark.parametrize(
    "body",
    [
        "协同创新日益紧密，联合制定促进区域成果转化若干措施，产业协作持续深化。",
        "共同出台促进区域成果转化若干措施。",
        "会同有关方面印发促进区域成果转化若干措施。",
    ],
)
def test_a_jointly_made_document_is_issued_by_the_author(body):
    assert _issued(body, [TITLE]) == {TITLE[0]}


@pytest.mark.parametrize(
    ("body", "names"),
    [
        ("共同推动促进区域成果转化若干措施制定出台。", [TITLE]),  # the making is sought
        ("禾川市联合制定促进区域成果转化若干措施。", [TITLE, ("禾川市", "District")]),  # another maker
        ("联合推动《青禾省区域协作促进法》出台。", [("《青禾省区域协作促进法》", "Policy")]),  # a law
    ],
)
def test_no_author_issuer_where_another_body_or_no_making_is_read(body, names):
    assert _issued(body, names) == set()
