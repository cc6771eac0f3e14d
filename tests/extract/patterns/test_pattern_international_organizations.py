"""Failure class: an international organization named in a report (issue 12: Organization recall).

GUIDE §9 tags an international organization that is not a bloc (世卫组织 → 世界卫生组织) and
leaves blocs, summits and forums untagged (东盟, 上海合作组织). The organizations of the UN system
(its specialized agencies under UN Charter Art. 57 and 63, and the World Bank Group) are a closed
list fixed by treaty; they sit with the government bodies in the closed-class gazetteer
(``extract/data/organizations.jsonl``, class government_body in ``closed_classes.jsonl``), each
row citing that source, with the official full name as canonical. Sentences are invented.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from extract.document import from_text
from extract.entities import find_mentions, load_pipeline, run_pipeline

DATA = Path(__file__).resolve().parents[3] / "extract" / "data"


def ents(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, "430000").ents]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("全面对照世界银行营商环境评估标准，持续优化服务。", "世界银行"),
        ("澄湖织锦技艺列入联合国教科文组织非遗名录。", "联合国教科文组织"),
        ("深化与联合国粮农组织合作，推广稻渔种养。", "联合国粮农组织"),
        ("积极参与世贸组织改革。", "世贸组织"),
    ],
)
def test_an_organization_of_the_un_system_is_an_organization(text, name):
    found = ents(text)
    assert (name, "Organization") in found, found


def test_the_canonical_is_the_official_full_name():
    mentions = find_mentions(from_text("深化与联合国粮农组织合作。"), load_pipeline())
    assert [m.canonical for m in mentions if m.type == "Organization"] == ["联合国粮食及农业组织"]


@pytest.mark.parametrize("text", ["深化与东盟合作。", "服务上海合作组织峰会。"])
def test_blocs_and_forums_stay_untagged(text):
    assert not any(label == "Organization" for _, label in ents(text))


def test_each_international_row_cites_its_source():
    lines = (DATA / "organizations.jsonl").read_text(encoding="utf-8").splitlines()
    rows = {r["surface"]: r for r in map(json.loads, lines)}
    for surface in ("世界银行", "联合国教科文组织", "联合国粮农组织", "世贸组织"):
        assert "UN Charter" in rows[surface].get("source", ""), surface
