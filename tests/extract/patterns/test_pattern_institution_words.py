"""Failure class: institutions named by one word (national academies, their short forms).

The one-character kernel 院 names an institution only after a division of the gazetteer, so a
national academy or its abbreviation was missed, or cut by another head inside it (中国工程|院
read as the project 中国工程). The words that name one institution by themselves are mined
(``scripts/mine_institutions.py`` → ``extract/data/institution_forms.jsonl``): words ending in a
one-character Organization kernel that the dictionary tags as a body's name or does not know,
standing on their own in most of their uses; kinds (乡镇卫生院, 中医医院) and counts (两院) stay
out. Sentences are invented.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.institution_forms import mine_institution_forms
from extract.pipeline.mining import load_kernels

ROOT = Path(__file__).resolve().parents[3]
DATA = ROOT / "extract" / "data"


def ents(text: str, region: str | None = "430000") -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, region).ents]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("深化与中国工程院战略合作，共建澄州产业研究平台。", "中国工程院"),
        ("与中科院合作共建澄湖新材料研究平台。", "中科院"),
    ],
)
def test_an_institution_word_is_an_organization(text, name):
    found = ents(text)
    assert (name, "Organization") in found
    assert not any(label == "Project" and name.startswith(t) for t, label in found), found


def test_kinds_and_counts_of_institutions_stay_untagged():
    found = ents("新建乡镇卫生院5所，县级中医医院全部达到二级甲等水平，新增两院院士2名。")
    assert not any(label == "Organization" for _, label in found), found


def test_the_miner_keeps_words_standing_alone_and_drops_kinds():
    kernels = load_kernels(DATA / "head_kernels.jsonl")
    docs = [
        (p, f"与中科院合作。新建{p}乡镇卫生院。推动中医医院建设，{p}县级中医医院提质。")
        for p in ("澄州", "岫云", "青石")
    ]
    words = {r["word"]: r for r in mine_institution_forms(docs, kernels)}
    assert set(words) == {"中科院"}
    assert words["中科院"]["docs"] == 3 and words["中科院"]["counts"] == {"total": 3, "alone": 3}


def test_shipped_forms_carry_counts():
    rows = [json.loads(line) for line in (DATA / "institution_forms.jsonl").read_text("utf-8").splitlines()]
    assert rows and all(r["source"] == "mined" and r["docs"] >= 2 for r in rows)


@pytest.mark.slow
def test_shipped_institution_forms_are_in_sync_with_the_mining_script(extra_dir, eval_dir):
    run = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "mine_institutions.py"), "--check"],
        capture_output=True,
        text=True,
    )
    assert run.returncode == 0, run.stderr
