"""Failure class (branch ``relation25``): a body written right before a bracketed title is not read
as its issuer.

Invented text and names. ``省委《建议》``, ``某党委《建议》提出…``: the body's own document, as a title
that names the issuing district is (GUIDE §5 issuedBy; the provincial gold gives the party committee
as the issuer of its 《建议》 in this frame). A body elsewhere in the clause, a district before the
title, and a law (only the national legislature enacts a 法) give no such reading.
"""

from __future__ import annotations

import pytest

from tests.extract.patterns.relation_text import relation_pairs

HEAD = "一、2025年重点工作\n"
NAMES = [
    ("青禾省委", "Organization"),
    ("《建议》", "Policy"),
    ("《云岭保护法》", "Policy"),
    ("澄江市", "District"),
]


def _issued(body: str) -> set[tuple[str, str]]:
    return relation_pairs(HEAD + body + "\n", NAMES, "issuedBy")


def test_a_body_before_a_title_issued_it():
    assert _issued("规划纲要的总体要求与青禾省委《建议》保持一致。") == {("《建议》", "青禾省委")}


@pytest.mark.parametrize(
    "body",
    [
        "青禾省委强调，要落实好《建议》提出的任务。",  # the body is not glued to the title
        "落实澄江市《建议》提出的任务。",  # a district, not a body
        "配合青禾省委《云岭保护法》立法调研。",  # a law
    ],
)
def test_no_issuer_from_other_frames(body):
    assert "青禾省委" not in {t for _, t in _issued(body)}
