"""The open-class lexicon is data with provenance, mined by a script that reproduces it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from extract.errors import LoadError
from extract.pipeline.lexicon_files import DATA, FILES, check_provenance, read_lexicon
from extract.pipeline.mining import Settings, load_kernels, mine

ROOT = Path(__file__).resolve().parents[3]


@pytest.mark.parametrize("name", sorted(FILES))
def test_every_lexicon_entry_carries_its_provenance(name):
    rows = [
        json.loads(line) for line in (DATA / name).read_text(encoding="utf-8").splitlines() if line.strip()
    ]
    assert rows, name
    bad = [r for r in rows if check_provenance(r) is not None]
    assert bad == [], bad[:5]


def test_an_entry_without_provenance_is_refused_with_file_and_line(tmp_path):
    for name in FILES:
        (tmp_path / name).write_text((DATA / name).read_text(encoding="utf-8"), encoding="utf-8")
    with (tmp_path / "heads.jsonl").open("a", encoding="utf-8") as f:
        f.write(json.dumps({"head": "邀请赛", "type": "Program"}, ensure_ascii=False) + "\n")
    with pytest.raises(LoadError, match=r"heads\.jsonl: line \d+ \(邀请赛\): no provenance"):
        read_lexicon(tmp_path)


def test_guide_entries_cite_a_section():
    assert all(r["rule"].startswith("GUIDE §") for r in read_lexicon()["head_kernels.jsonl"])


DOCS = [
    (f"r{i}.txt", text)
    for i, text in enumerate(
        [
            "加快推进青山物流园区建设，推动白河物流园区提质。加快建设东湖产业园区。",
            "加快推进南湖物流园区建设，推动北岭物流园区、西岭产业园区扩容。",
            "加快推进红星物流园区建设，推动金沙产业园区发展，加快清溪产业园区建设。",
            "加快推进石门物流园区建设，推动绿洲产业园区项目开工建设，云杉项目开工建设。",
        ]
    )
]


def test_mining_a_small_corpus_is_deterministic_and_finds_the_frame():
    kernels = load_kernels(DATA / "head_kernels.jsonl")
    settings = Settings(head_min_docs=2, head_min_count=2, head_min_entropy=1.0, stop_min_frame=2)
    first, second = mine(DOCS, kernels, settings), mine(DOCS, kernels, settings)
    assert first == second
    heads = {h["head"]: h for h in first["heads"]}
    assert heads["产业园"]["type"] == "Platform" and heads["产业园"]["docs"] == 4
    assert heads["产业园"]["source"] == "mined"
    assert "物流园区" not in heads  # 物流 is a generic modifier: a kind of park, left to the body
    stops = {s["word"] for s in first["stop_words"]}
    assert {"加快", "推动"} <= stops
    assert all(check_provenance(e) is None for rows in first.values() for e in rows)


@pytest.mark.slow
def test_shipped_lexicon_is_in_sync_with_the_mining_script(extra_dir, eval_dir):
    # the fixtures skip without ../shared, and fail in CI (tests/conftest.py)
    run = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "mine_lexicon.py"), "--check"], capture_output=True, text=True
    )
    assert run.returncode == 0, run.stderr


def test_every_data_file_is_covered_by_a_provenance_check():
    """No data file escapes a check: lexicon files carry per-entry provenance (above), the
    section cues theirs (tests/extract/patterns/test_pattern_section_phase.py), the clause cues
    theirs (test_pattern_indicator_clause_phase.py), the literal
    inventory and its classes are checked by tests/extract/test_no_hand_lexicon.py, and each
    gazetteer is named by a closed class of closed_classes.jsonl that says why it is closed."""
    classes = [json.loads(line) for line in (DATA / "closed_classes.jsonl").read_text("utf-8").splitlines()]
    gazetteers = {f for c in classes for f in c.get("files", ())}
    checked_elsewhere = {
        "section_cues.jsonl",
        "clause_cues.jsonl",
        "han_literals.jsonl",
        "closed_classes.jsonl",
    }
    data_files = {p.name for p in DATA.iterdir() if p.is_file() and p.suffix in (".jsonl", ".tsv")}
    uncovered = data_files - set(FILES) - checked_elsewhere - gazetteers
    assert not uncovered, f"data files with no provenance check: {sorted(uncovered)}"
    for c in classes:
        for f in c.get("files", ()):
            assert (DATA / f).is_file(), f"closed class {c['class']} names a missing file {f}"
