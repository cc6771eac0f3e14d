"""Failure class: people's organisations written short in a list of bodies (issue 12, mass21).

Round 10's readable gold tags the bare short forms of a list the text closes with 群团组织
(``残联、红十字会、贸促会、关工委等群团组织`` → 江西省残疾人联合会 …: the author's own bodies), while
every earlier round leaves the same words untagged as fields of work (``工会、共青团…等事业``). The
people's organisations are a closed class in ``organizations.jsonl`` (each row citing the body's
charter or law); a bare form counts only in a list labelled 群团(组织) or 人民团体
(``extract/pipeline/peoples_bodies.py``), a level-led form (省残联, 团市委) wherever it is a word.
A collective abbreviation (工青妇) stays untagged (GUIDE §3). Sentences and places are invented.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.linking import Context, canonical_name

DATA = Path(__file__).resolve().parents[3] / "extract" / "data"


def orgs(text: str, region: str = "360000") -> list[str]:
    return [e.text for e in run_pipeline(load_pipeline(), text, region).ents if e.label_ == "Organization"]


@pytest.mark.parametrize(
    ("text", "bodies"),
    [
        ("支持工青妇、残联、红十字会、贸促会等群团组织更好发挥作用。", ["残联", "红十字会", "贸促会"]),
        ("发挥工会、共青团、妇联等人民团体的桥梁作用。", ["工会", "共青团", "妇联"]),
        ("科协、侨联、关工委等群团和社会组织积极参与。", ["科协", "侨联", "关工委"]),
        ("调动无党派人士和文联、社科联等群团组织的积极性。", ["文联", "社科联"]),
    ],
)
def test_a_bare_body_in_a_list_of_bodies_is_an_organization(text, bodies):
    assert orgs(text) == bodies


@pytest.mark.parametrize(
    "text",
    [
        "工会、青少年、妇女儿童、科协、红十字会等事业持续进步。",
        "残联和红十字会共同开展助残活动。",  # no label: the bare forms are not read as bodies
        "建成12338妇联维权服务热线。",
        "支持工青妇等群团组织发挥作用。",  # a collective abbreviation (GUIDE §3)
    ],
)
def test_a_bare_form_elsewhere_stays_untagged(text):
    assert orgs(text) == []


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("省残联开展助残就业专项行动。", "省残联"),
        ("团市委联合高校举办青年创业大赛。", "团市委"),
        ("与中国贸促会共同举办投资推介会。", "中国贸促会"),
    ],
)
def test_a_level_led_or_national_form_is_an_organization(text, body):
    assert body in orgs(text)


@pytest.mark.parametrize(
    ("surface", "region", "canonical"),
    [
        ("贸促会", "360000", "中国国际贸易促进委员会江西省委员会"),
        ("残联", "360000", "江西省残疾人联合会"),
        ("省妇联", "360000", "江西省妇女联合会"),
        ("工会", "120000", "天津市总工会"),
    ],
)
def test_the_canonical_is_the_authors_own_body(surface, region, canonical):
    hint = next(
        json.loads(line)["canonical"]
        for line in (DATA / "organizations.jsonl").read_text(encoding="utf-8").splitlines()
        if json.loads(line)["surface"] == surface
    )
    name, _ = canonical_name(surface, "Organization", hint, "organization", Context.for_region(region))
    assert name == canonical


def test_each_new_row_cites_its_charter_and_is_bounded():
    lines = (DATA / "organizations.jsonl").read_text(encoding="utf-8").splitlines()
    listed = [r for r in map(json.loads, lines) if r.get("scope") == "listed"]
    expected = {"残联", "红十字会", "贸促会", "关工委", "工会", "共青团", "妇联"}
    assert {r["surface"] for r in listed} >= expected
    for r in listed:
        assert r["bounded"] and "GUIDE §3" in r["source"] and "{author}" in r["canonical"], r
