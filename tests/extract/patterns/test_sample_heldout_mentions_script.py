"""scripts/sample_heldout_mentions.py: the stable ranked draw, and the old draw of samples a–o."""

from __future__ import annotations

import csv
import random
from pathlib import Path

import pytest

from tests.script_loader import load_script

TEXT = "本市推进示范园区建设，实施蓝天行动，建设滨河大道项目。"


@pytest.fixture(scope="module")
def script():
    return load_script("sample_heldout_mentions")


def _pool(script, type_: str, count: int, doc: str = "甲省.txt") -> list:
    return [script.Candidate(type_, doc, 10 * i, 10 * i + 4, f"名{i}", f"名{i}", f"…[名{i}]…")
            for i in range(count)]


def _keys(rows) -> list[tuple]:
    return [(c.doc, c.start, c.end, c.type) for c in rows]


def test_ranked_draw_changes_one_row_when_one_mention_is_added_or_removed(script) -> None:
    pools = {"Program": _pool(script, "Program", 60), "Project": _pool(script, "Project", 50)}
    before = script.draw_ranked(pools, 2034, 30)
    assert all(len(rows) == 30 for rows in before.values())
    # one Program more: at most one Program row changes, and no Project row
    extra = script.Candidate("Program", "乙省.txt", 5, 9, "新", "新", "")
    grown = {**pools, "Program": [*pools["Program"], extra]}
    after = script.draw_ranked(grown, 2034, 30)
    assert len(set(_keys(before["Program"])) - set(_keys(after["Program"]))) <= 1
    assert after["Project"] == before["Project"]
    # a drawn Program removed: it is replaced by the next in rank, the other 29 stay
    gone = before["Program"][3]
    shrunk = {**pools, "Program": [c for c in pools["Program"] if c != gone]}
    kept = script.draw_ranked(shrunk, 2034, 30)["Program"]
    assert set(_keys(before["Program"])) - set(_keys(kept)) == {_keys([gone])[0]}
    assert len(kept) == 30


def test_ranked_draw_depends_on_the_seed_and_a_smaller_n_is_a_prefix(script) -> None:
    pools = {"Area": _pool(script, "Area", 40)}
    assert script.draw_ranked(pools, 1, 10)["Area"] == script.draw_ranked(pools, 1, 30)["Area"][:10]
    assert script.draw_ranked(pools, 1, 10) == script.draw_ranked({"Area": pools["Area"][::-1]}, 1, 10)
    assert _keys(script.draw_ranked(pools, 1, 10)["Area"]) != _keys(script.draw_ranked(pools, 2, 10)["Area"])
    # the key is a fixed hash, not Python's salted hash(): the same in every process
    c = pools["Area"][0]
    same = script.Candidate("Area", "甲省.txt", 0, 4, "x", "y", "z")  # same place, other text
    assert script.rank_key(1, c) == script.rank_key(1, same)
    assert len(script.rank_key(1, c)) == 64


def test_sampled_draw_reproduces_the_random_sample_of_samples_a_to_o(script) -> None:
    pools = {"Program": _pool(script, "Program", 40)[::-1], "Area": _pool(script, "Area", 3)}
    rng = random.Random(12)
    want = {"Area": rng.sample(_pool(script, "Area", 3), 3)}
    want["Program"] = rng.sample(_pool(script, "Program", 40), 30)  # one generator, types in name order
    assert script.draw_sampled(pools, 12, 30) == want


def test_candidates_carry_context_on_one_line(script) -> None:
    start = TEXT.index("蓝天行动")
    mention = ("Program", start, start + 4, "蓝天行动", "蓝天行动")
    (c,) = script.candidates("丙省.txt", TEXT + "\n第二段", [mention])
    assert (c.doc, c.start, c.end, c.type) == ("丙省.txt", start, start + 4, "Program")
    assert "[蓝天行动]" in c.context and "\n" not in c.context and "⏎" in c.context


@pytest.mark.parametrize("draw", ["rank", "sample"])
def test_main_writes_the_judging_sheet_with_either_draw(script, monkeypatch, tmp_path: Path, draw) -> None:
    pools = {"Project": _pool(script, "Project", 5), "Area": _pool(script, "Area", 2)}
    monkeypatch.setattr(script, "held_out_pools", lambda: pools)
    out = tmp_path / "s.tsv"
    script.main(["7", "3", str(out), "--draw", draw])
    with out.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    assert [r["type"] for r in rows] == ["Area"] * 2 + ["Project"] * 3
    assert all(r["judgement"] == "" and r["note"] == "" for r in rows)
    drawn = (script.draw_ranked if draw == "rank" else script.draw_sampled)(pools, 7, 3)
    assert [int(r["start"]) for r in rows] == [c.start for t in ("Area", "Project") for c in drawn[t]]
