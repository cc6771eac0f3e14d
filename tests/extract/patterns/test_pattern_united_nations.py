"""Failure class: the UN system's funds and programmes (issue 12: Organization recall).

GUIDE §9 tags an international organization that is not a bloc; the UN system's specialized
agencies were in the closed-class gazetteer (``organizations.jsonl``, each row citing the UN
Charter), its funds and programmes (subsidiary organs of the General Assembly, UN Charter Art. 22:
UNDP, UNICEF, UNEP, UNFPA, UN-Habitat, WFP) were not. The UN itself (branch mass21): the readable
gold of rounds 3 and 10 tags a bare 联合国 (inside an award's name, before 总部), but a bare 联合国
also opens the names of its own centres, which are one longer name (GUIDE §2.1); so it is a body
only where the words after it do not close an Organization or Platform name
(``extract/pipeline/international_bodies.py``). Sentences are invented.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from extract.document import from_text
from extract.entities import find_mentions, load_pipeline, run_pipeline

DATA = Path(__file__).resolve().parents[3] / "extract" / "data"


def ents(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, "130000").ents]


FUNDS = ["联合国开发计划署", "联合国儿童基金会", "联合国环境规划署", "世界粮食计划署"]


@pytest.mark.parametrize("name", FUNDS)
def test_a_un_fund_or_programme_is_an_organization(name):
    assert (name, "Organization") in ents(f"深化与{name}合作，共建示范项目。")


def test_the_short_form_takes_the_full_canonical():
    mentions = find_mentions(from_text("与联合国人居署签署合作备忘录。"), load_pipeline())
    assert [m.canonical for m in mentions if m.type == "Organization"] == ["联合国人类住区规划署"]


def test_each_fund_row_cites_the_charter():
    lines = (DATA / "organizations.jsonl").read_text(encoding="utf-8").splitlines()
    rows = {r["surface"]: r for r in map(json.loads, lines)}
    for surface in ("联合国开发计划署", "联合国人居署", "世界粮食计划署"):
        assert "UN Charter" in rows[surface]["source"], surface


@pytest.mark.parametrize("text", ["澄州林场荣获联合国“青山奖”。", "入选联合国生态修复十年优秀案例。"])
def test_the_un_itself_is_an_organization(text):
    assert ("联合国", "Organization") in ents(text)


@pytest.mark.parametrize("text", ["联合国澄州地理信息与创新中心落户甲市。", "联合国澄州研究院挂牌运行。"])
def test_the_un_opening_a_longer_name_is_no_mention_of_its_own(text):
    assert ("联合国", "Organization") not in ents(text)
