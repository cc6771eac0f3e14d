"""Failure class: national people's organisations named bare (issue 12: Organization recall, org21).

GUIDE §3 types party, government and public bodies as Organization. The people's organisations
that take part in the CPPCC as units (中华全国总工会, 共青团中央, 全国妇联, 全国青联, 全国工商联,
中国科协, 全国台联, 中国侨联; 《中国人民政治协商会议章程》 and the National Committee's list of
participating units) are a closed class like the State Council's bodies, so they join the
gazetteer ``organizations.jsonl``, each row citing that source and ``bounded`` (a word must end
where the name ends). Their bare generic forms (工会、共青团、妇联 as fields of work in a list) are
no single body and stay untagged, as the readable gold leaves them, unless their list is labelled as
bodies (…等群团组织: ``test_pattern_listed_peoples_organisations``). Sentences are invented.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from extract.document import from_text
from extract.entities import find_mentions, load_pipeline, run_pipeline

DATA = Path(__file__).resolve().parents[3] / "extract" / "data"


def ents(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, "370000").ents]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("全国工商联发布民营企业评价报告。", "全国工商联"),
        ("联合中国科协开展青少年科普活动，", "中国科协"),
        ("与共青团中央共建青年创新基地。", "共青团中央"),
        ("中华全国总工会在澄州召开劳模座谈会。", "中华全国总工会"),
        ("承办全国妇联组织的巾帼创业大赛，", "全国妇联"),
    ],
)
def test_a_national_peoples_organisation_is_an_organization(text, name):
    assert (name, "Organization") in ents(text), ents(text)


def test_the_short_form_takes_the_full_canonical():
    mentions = find_mentions(from_text("全国工商联发布民营企业评价报告。"), load_pipeline())
    assert [m.canonical for m in mentions if m.type == "Organization"] == ["中华全国工商业联合会"]


@pytest.mark.parametrize(
    "text",
    [
        "民族宗教、工会、共青团、妇女儿童工作取得新成效。",
        "工会、共青团、妇联、红十字会等事业实现新进步。",  # fields of work; a 群团 list is bodies
        # (test_pattern_listed_peoples_organisations)
    ],
)
def test_bare_fields_of_work_stay_untagged(text):
    assert not [e for e in ents(text) if e[1] == "Organization"], ents(text)


def test_each_row_cites_the_cppcc_source():
    lines = (DATA / "organizations.jsonl").read_text(encoding="utf-8").splitlines()
    rows = {r["surface"]: r for r in map(json.loads, lines)}
    for surface in ("全国工商联", "中国科协", "共青团中央", "中国侨联"):
        assert "CPPCC" in rows[surface]["source"], surface
        assert rows[surface]["bounded"], surface
