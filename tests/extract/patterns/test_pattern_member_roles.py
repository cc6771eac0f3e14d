"""Failure class: a legislature or CPPCC short form inside a role or item (issue org18).

省人大 and 省政协 are bodies of the gazetteer (GUIDE §3 government bodies), but before 代表 or
委员 they name people (GUIDE §3 tags no people) and before 提案 the items those people file:
人大代表建议 and 政协提案 are left untagged (``extract.pipeline.member_roles``). The body on its
own, or before its standing committee or a verb, stays. Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.member_roles import opens_role


def orgs(text: str) -> list[str]:
    return [e.text for e in run_pipeline(load_pipeline(), text, "430000").ents if e.label_ == "Organization"]


@pytest.mark.parametrize(
    ("surface", "text", "end"),
    [
        ("省人大", "办理省人大代表建议30件", 5),
        ("市政协", "办理市政协提案12件", 5),
        ("区政协", "请区政协委员提出意见", 4),
    ],
)
def test_a_short_form_before_a_role_opens_it(surface, text, end):
    assert opens_role(surface, text, end)


@pytest.mark.parametrize(
    ("surface", "text", "end"),
    [("省人大", "接受省人大监督", 5), ("省政府", "省政府代表团访问澄州", 3)],
)
def test_a_body_or_another_body_is_no_role(surface, text, end):
    assert not opens_role(surface, text, end)


@pytest.mark.parametrize(
    "text",
    ["全年办理省人大代表建议30件、省政协提案12件。", "请市政协委员提出意见。"],
)
def test_the_body_inside_a_role_is_untagged(text):
    found = orgs(text)
    assert not any(name.endswith(("人大", "政协")) for name in found), found


def test_the_body_on_its_own_stays():
    found = orgs("自觉接受省人大及其常委会监督、省政协民主监督。")
    assert "省人大" in found and "省政协" in found, found
