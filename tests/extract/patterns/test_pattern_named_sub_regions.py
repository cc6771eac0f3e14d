"""Failure class: named sub-regions whose kind no head table held (issue 12, branch zones9).

Named sub-regions are Area (GUIDE §3 as the provincial-2026 conventions apply it). Their kinds
(地区, 山区, 库区 …) are GUIDE-rule candidates in ``head_rules.jsonl`` that the mining keeps only
where the unannotated reports write them after several different places
(``sub_region_kinds.jsonl``). A name is the run of places right before the kind; the same kind
after a direction, a common word, a count or a slogan names nothing. Where GUIDE §3 is explicit
it wins (branch zones11): rivers and river sections (流域, 沿线) are no kinds, and before 地区
only a province's own sub-region (abbreviation + compass point) names an Area — macro-regions
(东北地区), pair abbreviations (川渝地区) and landforms across provinces stay untagged.
Sentences are invented.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.grammar import default_grammar
from extract.pipeline.sub_region_mining import candidates, mine_sub_regions, spread
from extract.pipeline.sub_regions import sub_region_kinds

ROOT = Path(__file__).resolve().parents[3]


def ents(text: str, region: str | None = "440000") -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, region).ents]


def test_the_kinds_are_guide_candidates_confirmed_by_mined_counts():
    grammar = default_grammar()
    rules = {r["head"]: r for r in candidates(grammar)}
    kinds = sub_region_kinds(grammar)
    assert kinds and set(kinds) <= set(rules)
    for row in kinds.values():
        assert row["source"] == "mined" and row["rule"].startswith("GUIDE §3")
        assert spread(row["counts"]["bodies"], row["docs"])
    assert all(r["rule"].startswith("GUIDE §3") for r in rules.values())


def test_the_miner_keeps_a_kind_written_after_many_places_only():
    grammar = default_grammar()
    docs = [
        ("a.txt", "支持桂北地区发展。推动皖南地区转型。加强汀江流域治理。"),
        ("b.txt", "推进苏北地区振兴。支持桂北地区发展。推进闽江流域保护。"),
        ("c.txt", "推进东北地区振兴，西部地区同步发展，深化川渝地区合作。推进东江流域治理。"),
    ]
    mined = {r["head"]: r for r in mine_sub_regions(docs, grammar)}
    assert mined["地区"]["counts"] == {"occurrences": 4, "bodies": 3}  # 桂北 ×2, 皖南, 苏北
    assert mined["地区"]["docs"] == 2  # 东北, 西部 (macro-regions), 川渝 (a pair) not counted
    assert "流域" not in mined  # a river basin is a river, no kind (GUIDE §3)
    docs = [("a.txt", "支持桂北地区发展。"), ("b.txt", "支持桂北地区发展，西部地区同步发展。")]
    assert not mine_sub_regions(docs, grammar)  # one body only (桂北)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("支持桂北地区加快振兴。", ["桂北地区"]),
        ("推动渝东北地区和渝东南地区协同发展。", ["渝东北地区", "渝东南地区"]),
        ("引导人才到浙东浙西地区就业。", ["浙东浙西地区"]),
    ],
)
def test_places_before_a_sub_region_kind_name_an_area(text, names):
    found = ents(text)
    for name in names:
        assert (name, "Area") in found


@pytest.mark.parametrize(
    "text",
    [
        "支持西部地区、民族地区和偏远地区同步发展。",
        "推动重点流域水环境治理。",
        "全区人均地区生产总值增长5%。",
        "深化与“一带一路”沿线国家合作。",
        "打造成渝地区合作样板。",  # 打造成|渝: one character left of a verb's word
        "推动乐东至陵水沿线旅游发展。",  # 乐|东至: the dictionary's place is the tail of 乐东
        "加强汀江流域和闽江流域水环境治理。",  # river basins: rivers (GUIDE §3)
        "推动北江沿线、西江沿线产业布局。",  # river sections
        "推进东北地区全面振兴，加快华中地区协同。",  # national macro-regions
        "深化川渝地区大气污染联防联控。",  # a pair abbreviation (GUIDE §3: 川渝)
        "加强珠三角地区产业合作。",  # a collective of cities, no compass sub-region
    ],
)
def test_a_sub_region_kind_without_places_before_it_is_no_name(text):
    assert not [e for e in ents(text) if e[1] == "Area"]


def test_a_division_before_a_kind_that_names_it_stays_the_division():
    found = ents("加强与湘西地区的协作。", "430000")
    assert ("湘西", "District") in found
    assert not [e for e in found if e[1] == "Area"]


def test_a_strategy_holding_a_region_stays_the_strategy():
    found = ents("推进黄河流域生态保护和高质量发展。", "370000")
    assert ("黄河流域生态保护和高质量发展", "Strategy") in found
    assert not [e for e in found if e[1] == "Area"]


@pytest.mark.slow
def test_shipped_sub_region_kinds_are_in_sync_with_the_mining_script(extra_dir, eval_dir):
    run = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "mine_sub_regions.py"), "--check"],
        capture_output=True,
        text=True,
    )
    assert run.returncode == 0, run.stderr
