"""Failure class: a national title named with no title verb (推进|…中心城市建设, 跻身|全国文明城市).

``city_titles`` reads a title where a mined title verb gets or seeks it; another sentence or
report names the same title with no such verb. The titles read after a title verb over all
unannotated reports are mined (``known_titles.jsonl``, ``scripts/mine_known_titles.py``) and
tagged wherever a clause edge or clause word closes them. Sentences are invented; the titles
are the mined ones.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.known_titles import mine_known_titles

ROOT = Path(__file__).resolve().parents[3]


def programmes(text: str) -> list[str]:
    return [e.text for e in run_pipeline(load_pipeline(), text, "130000").ents if e.label_ == "Program"]


def shipped() -> set[str]:
    path = ROOT / "extract" / "data" / "known_titles.jsonl"
    return {json.loads(line)["name"] for line in path.read_text("utf-8").splitlines()}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("甲市跻身全国文明城市，乙县紧随其后。", "全国文明城市"),
        ("甲市获评全国文明典范城市，乙县紧随其后。", "全国文明典范城市"),
    ],
)
def test_a_mined_title_is_a_programme_without_a_title_verb(text, name):
    assert name in shipped()
    assert name in programmes(text)


def test_a_title_that_goes_on_into_a_longer_name_is_left_alone():
    assert "全国文明城市" not in programmes("开展全国文明城市测评工作。")  # 测评 continues the name


def test_the_miner_reads_titles_after_title_verbs_only():
    docs = [
        ("甲.txt", "本市入选国家林下经济示范区，乙地争创全国节水城市。"),
        ("乙.txt", "推进国家林下经济示范区建设。建设国家中心城市。"),
    ]
    rows = {r["name"]: r for r in mine_known_titles(docs)}
    assert set(rows) == {"国家林下经济示范区", "全国节水城市"}  # 建设 is no title verb
    assert rows["国家林下经济示范区"]["docs"] == 1


@pytest.mark.slow
def test_shipped_known_titles_are_in_sync_with_the_mining_script(extra_dir, eval_dir):
    run = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "mine_known_titles.py"), "--check"],
        capture_output=True,
        text=True,
    )
    assert run.returncode == 0, run.stderr


def test_every_repeat_of_a_title_on_a_long_page_is_read():
    # review8: the overlap test against every candidate per match was quadratic in the repeats;
    # the character mask that replaced it must still read each free repeat (and only those)
    text = "甲市跻身全国文明城市，乙县紧随其后。" * 300
    assert programmes(text).count("全国文明城市") == 300
