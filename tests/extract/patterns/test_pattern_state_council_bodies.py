"""Failure class: the State Council's ministries and administrations were no bodies at all.

GUIDE §3 types government bodies as Organization (国务院, 区委). The closed class
(``extract/data/organizations.jsonl``, class ``government_body`` in ``closed_classes.jsonl``)
held the Party committees, governments and congresses of each level and 国务院 itself, but none
of the State Council's own bodies, so 商务部, 国家发展改革委 or 国务院安委会 as a partner, an
assessor or a source of a programme was no mention (or lost to the name around it). Their
list is fixed by the State Council's reform plans and published on www.gov.cn/gjjg; each row
carries that source and is ``bounded``: where the segmentation runs the name into a longer
word (财政|部门, 教育部门: the departments of a field, at any level) it is the common noun.
Sentences are invented.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from extract.entities import load_pipeline, run_pipeline

DATA = Path(__file__).resolve().parents[3] / "extract" / "data"


def ents(text: str, region: str | None = "430000") -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, region).ents]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("澄州安全整治工作顺利通过国务院安委会考核。", "国务院安委会"),
        ("岫云县三个案例获商务部通报推广。", "商务部"),
        ("与国家发展改革委共同研究青石港规划。", "国家发展改革委"),
        ("由工信部和财政部联合支持白沙园区。", "工信部"),
        ("据国家统计局数据，东湾市居民收入增长。", "国家统计局"),
    ],
)
def test_a_state_council_body_is_an_organization(text, body):
    assert (body, "Organization") in ents(text)


@pytest.mark.parametrize(
    "text",
    [
        "推动财政部门、教育部门和水利部门协同落实。",
        "农业农村部门牵头，商务部门配合开展行动。",
    ],
)
def test_the_departments_of_a_field_are_no_ministry(text):
    assert not any(label == "Organization" for _, label in ents(text))


def test_every_state_council_row_is_sourced_and_bounded():
    rows = [json.loads(line) for line in (DATA / "organizations.jsonl").read_text("utf-8").splitlines()]
    bounded = [r for r in rows if r.get("bounded") and r["source"].startswith("State Council")]
    assert {"商务部", "国家发展改革委", "国务院安委会"} <= {r["surface"] for r in bounded}
    assert all("www.gov.cn" in r["source"] for r in bounded)
    # every other bounded row (people's organisations, org21) cites its own closed-class source
    assert all(r.get("source") for r in rows if r.get("bounded"))
