"""Failure class (branch ``relation26``): a regulation adopted by a people's congress body had no issuer.

Invented text and names. ``提请某人大常委会审议通过某条例`` says the standing committee deliberated and
adopted the regulation: the body that adopts a local regulation makes it (the Legislation Law), and
the provincial gold gives the committee as its issuer (GUIDE §5 issuedBy; fresh4). The government that
only submits the draft (提请) issues nothing, and a body that is not right before the adoption verb
(``某委员会召开会议，审议通过…``: another clause, or more words between) is no issuer.
"""

from __future__ import annotations

import pytest

from tests.extract.patterns.relation_text import relation_pairs

HEAD = "一、2025年工作回顾\n"
BODY = ("禾川市人大常委会", "Organization")
TITLE = ("山地生态保护条例", "Policy")


def _issued(body: str) -> set[tuple[str, str]]:
    return relation_pairs(HEAD + body + "\n", [BODY, TITLE], "issuedBy", region="禾川市")


@pytest.mark.parametrize(
    "body",
    [
        "提请禾川市人大常委会审议通过山地生态保护条例，实施优化营商环境升级举措。",
        "禾川市人大常委会通过山地生态保护条例。",
    ],
)
def test_the_body_that_adopts_a_regulation_issued_it(body):
    assert ("山地生态保护条例", "禾川市人大常委会") in _issued(body)


@pytest.mark.parametrize(
    "body",
    [
        "禾川市人大常委会召开会议，审议通过山地生态保护条例。",  # the body opens another clause
        "禾川市人大常委会组织专家论证并审议通过山地生态保护条例。",  # more words between
    ],
)
def test_no_body_issuer_away_from_the_adoption_verb(body):
    assert ("山地生态保护条例", "禾川市人大常委会") not in _issued(body)


def test_the_submitting_government_is_no_issuer():
    found = _issued("提请禾川市人大常委会审议通过山地生态保护条例。")
    assert ("山地生态保护条例", "禾川市") not in found
