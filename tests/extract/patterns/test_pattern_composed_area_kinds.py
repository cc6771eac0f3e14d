"""Failure class: Area kinds other provinces compose from other words (…城市圈, …城镇带).

The region tokens that close the GUIDE Area kernels and no kernel of another type (圈 of 都市圈,
带) are mined with their modifiers from unannotated text (``scripts/mine_area_kinds.py`` →
``extract/data/area_kinds.jsonl``); the belt finder (``extract.pipeline.area_belts``) reads them, so
a *city* circle is an Area as a 都市圈 is, and a belt whose modifier jieba tags as a place noun
(城市, 城镇) is a belt. Words of the language that hold the token (生活圈, 商圈, 带动) and
measured reaches (15分钟…圈) stay untagged. Sentences are invented.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.area_kind_mining import mine_area_kinds
from extract.pipeline.mining import load_kernels

ROOT = Path(__file__).resolve().parents[3]
DATA = ROOT / "extract" / "data"


def ents(text: str, region: str | None = "430000") -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, region).ents]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("加快建设澧溪城市圈，推动同城化发展。", "澧溪城市圈"),
        ("加快沿江城镇带发展，构建开放格局。", "沿江城镇带"),
        ("推进湘澧城市带建设。", "湘澧城市带"),
    ],
)
def test_a_composed_region_kind_is_an_area(text, name):
    assert (name, "Area") in ents(text)


@pytest.mark.parametrize(
    "text",
    [
        "打造“一刻钟便民生活圈”，提升核心商圈品质。",
        "建设15分钟政务服务圈和一小时通勤圈。",
        "培育壮大产业生态圈。",
        "以城市带动乡村，推动重点产业带发展。",
    ],
)
def test_words_and_reaches_holding_a_region_token_are_no_areas(text):
    assert not any(t == "Area" for _, t in ents(text))


def test_the_miner_finds_region_tokens_only_where_no_other_kernel_ends_in_them():
    kernels = load_kernels(DATA / "head_kernels.jsonl")
    places = ["长沙", "株洲", "湘潭", "岳阳", "常德", "衡阳"]
    docs = [
        (f"r{i}", f"加快建设{p}城市圈。推进{q}都市圈建设。打造{p}协同发展区。")
        for i, (p, q) in enumerate(zip(places, reversed(places), strict=True))
    ]
    rows = {r["head"]: r for r in mine_area_kinds(docs, kernels)}
    assert set(rows) == {"圈"}  # 区 also closes 示范区 (Program) and 园区 (Platform): no region token
    assert rows["圈"]["docs"] == len(places) and rows["圈"]["modifiers"] == ["城市", "都市"]
    assert rows["圈"]["source"] == "mined" and rows["圈"]["kernel"] in {k["head"] for k in kernels}


def test_a_token_seen_with_one_modifier_only_is_no_kind():
    kernels = load_kernels(DATA / "head_kernels.jsonl")
    docs = [(f"r{i}", f"加快建设{p}城市圈。") for i, p in enumerate(["长沙", "株洲", "湘潭", "岳阳"])]
    assert mine_area_kinds(docs, kernels) == []


def test_shipped_kinds_carry_counts():
    rows = [json.loads(line) for line in (DATA / "area_kinds.jsonl").read_text("utf-8").splitlines()]
    assert rows and all(r["source"] == "mined" and r["docs"] >= 2 and r["counts"]["frame"] >= 3 for r in rows)


@pytest.mark.slow
def test_shipped_area_kinds_are_in_sync_with_the_mining_script(extra_dir, eval_dir):
    run = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "mine_area_kinds.py"), "--check"],
        capture_output=True,
        text=True,
    )
    assert run.returncode == 0, run.stderr
