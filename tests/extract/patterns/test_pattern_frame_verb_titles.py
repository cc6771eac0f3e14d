"""Failure class: a bare title governed by a verb that never stands before a 《 (reform21).

Few reports bracket titles, so a verb that governs documents (修订 a law) may stand before a 《》
title in no more than one report and was no governing verb: 推动修订|优化某环境条例 then lost the
title's own first verb (优化) to the name grammar's verb trimming. The verbs that open a clause
ending in a bare governed title (…条例, …促进法, a numbered package) in two or more reports are
mined as role ``frame_verb`` (``policy_mining.mine_frame_verbs``) and govern titles like the
verbs mined before 《》. Sentences are invented.
"""

from __future__ import annotations

import json
from pathlib import Path

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.policy_mining import mine_frame_verbs

DATA = Path(__file__).resolve().parents[3] / "extract" / "data"


def ents(text: str, region: str | None = "430000") -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, region).ents]


def _best_attested_frame_verb() -> str:
    """The shipped frame verb seen in the most reports: the rule under test, not one verb's count
    (修订 was mined in exactly two reports and left when one of them was blanked in round 7)."""
    rows = [json.loads(line) for line in (DATA / "policy_frames.jsonl").read_text("utf-8").splitlines()]
    frame_verbs = [r for r in rows if r["role"] == "frame_verb"]
    assert frame_verbs, "no frame verb mined"
    return str(max(frame_verbs, key=lambda r: (r["docs"], r["counts"]["before_bare_title"]))["word"])


def test_a_title_after_a_frame_verb_keeps_its_own_first_verb():
    verb = _best_attested_frame_verb()
    found = ents(f"{verb}优化青石湾营商环境条例，健全配套制度。")
    assert ("优化青石湾营商环境条例", "Policy") in found, (verb, found)


def test_the_miner_keeps_verbs_opening_clauses_that_end_in_bare_titles():
    docs = [
        (p, f"修订{p}湿地保护条例。推动修订{p}河湖管理条例。加快建设{p}物流园区。")
        for p in ("澄州", "岫云", "青石")
    ]
    rows = {r["word"]: r for r in mine_frame_verbs(docs, {"条例"}, set(), {"出台"})}
    assert rows["修订"]["docs"] == 3 and rows["修订"]["role"] == "frame_verb", rows
    assert "推动" in rows
    assert "加快" not in rows and "建设" not in rows  # the clause ends in no title
    already = mine_frame_verbs([("a", "出台甲乙条例。"), ("b", "出台丙丁条例。")], {"条例"}, set(), {"出台"})
    assert already == []  # a verb mined before 《》 titles keeps its role


def test_one_report_is_not_enough():
    assert mine_frame_verbs([("a", "修订甲乙湿地条例。修订丙丁湿地条例。")], {"条例"}, set(), set()) == []
