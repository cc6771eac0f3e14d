"""Failure class: a named national campaign whose head the lexicon lacked (…攻坚战, …学习教育).

GUIDE §3 types named campaigns as Program, and the provincial-2026 conventions keep them even when
descriptive. Battle campaigns (打好|污染防治攻坚战) and study campaigns (开展|党纪学习教育) recur in
almost every report (攻坚战 in 21, 学习教育 in 25 of the 29 reports), yet neither head was a
kernel, so the readable-text audit (eval/precision/recall-audit-2026-12-05-program12.tsv) found
them missed. The kernels now come from ``head_kernels.jsonl`` (GUIDE rule) and the heads are mined
with their counts into ``heads.jsonl``. Sentences are invented; none is from a report.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline


def programmes(text: str) -> list[str]:
    doc = run_pipeline(load_pipeline(), text, "140000")
    return [e.text for e in doc.ents if e.label_ == "Program"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("全力打好城乡环境整治攻坚战，人居环境明显改善。", "城乡环境整治攻坚战"),
        ("坚决打赢农村饮水安全攻坚战。", "农村饮水安全攻坚战"),
        ("扎实开展廉洁文化学习教育，干部作风持续转变。", "廉洁文化学习教育"),
        ("深入开展作风纪律学习教育和警示教育。", "作风纪律学习教育"),
    ],
)
def test_a_named_battle_or_study_campaign_is_a_programme(text, name):
    assert programmes(text) == [name]


def test_the_bare_head_names_no_campaign():
    assert programmes("打好攻坚战，确保完成任务。") == []
