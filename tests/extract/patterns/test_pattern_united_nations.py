"""Failure class: the United Nations itself, named inside an award or a title.

GUIDE §9 tags an international organization that is not a bloc; the UN system's agencies were in
the closed-class gazetteer (``organizations.jsonl``, each row citing the UN Charter) but the UN
itself was not, so 联合国 inside an award name (GUIDE §2.1: bodies inside untagged award or event
names are tagged) was missed. Sentences are invented.
"""

from __future__ import annotations

import json
from pathlib import Path

from extract.entities import load_pipeline, run_pipeline

DATA = Path(__file__).resolve().parents[3] / "extract" / "data"


def ents(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, "130000").ents]


def test_the_un_inside_an_award_name_is_an_organization():
    assert ("联合国", "Organization") in ents("东岭林场荣获联合国“绿色星球奖”。")


def test_the_un_row_cites_the_charter():
    lines = (DATA / "organizations.jsonl").read_text(encoding="utf-8").splitlines()
    rows = {r["surface"]: r for r in map(json.loads, lines)}
    assert "UN Charter" in rows["联合国"]["source"]


def test_a_un_agency_keeps_its_longer_entry():
    assert ents("深化与联合国粮农组织合作。") == [("联合国粮农组织", "Organization")]
