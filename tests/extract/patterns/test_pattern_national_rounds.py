"""Failure class: national rounds named by their ordinal are missed whole (issue 12, Program
recall; program33).

GUIDE §3 types named actions and campaigns as Program; a national census is one, and the
readable blind rounds tag it with its ordinal (the official name counts the rounds). No lexicon
head closes it and no verb frame reads it. ``national_rounds`` reads the frame 第N次全国 + a
modifier + a mined round kernel (``round_kernels.jsonl``: the word that closes such names in
three reports or more, after two modifiers or more). Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline


def programmes(text: str, region: str = "140000") -> list[str]:
    return [e.text for e in run_pipeline(load_pipeline(), text, region).ents if e.label_ == "Program"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("扎实开展第六次全国林草普查。", "第六次全国林草普查"),  # the object of a carrying verb
        ("第三次全国青禾普查新发现遗存200处。", "第三次全国青禾普查"),  # the subject of a result
        ("做好第七次全国绿溪普查工作。", "第七次全国绿溪普查"),  # the name closes at the kernel
    ],
)
def test_a_national_round_is_a_programme_with_its_ordinal(text, name):
    assert name in programmes(text)


@pytest.mark.parametrize(
    "text",
    [
        "贯彻落实第九次全国青禾工作会议精神。",  # a meeting: no round kernel closes it
        "开展全国林草普查。",  # no round ordinal
        "开展第六次全国普查。",  # no modifier of its own
    ],
)
def test_meetings_and_unnamed_rounds_stay_untagged(text):
    assert programmes(text) == []


def test_the_miner_keeps_a_word_that_closes_varied_names_in_three_reports():
    from extract.pipeline.national_rounds import mine_round_kernels

    docs = [
        ("a.txt", "开展第四次全国农业普查工作。"),
        ("b.txt", "完成第四次全国文物普查工作。"),
        ("c.txt", "做好第五次全国经济普查。贯彻第十次全国对口支援工作会议精神。"),
        ("d.txt", "开展第一次全国风险普查。"),
    ]
    rows = {r["head"]: r for r in mine_round_kernels(docs)}
    assert set(rows) == {"普查"}  # 工作 follows the closed name; 会议 closes one name only
    assert rows["普查"]["docs"] == 4 and rows["普查"]["source"] == "mined"
    assert mine_round_kernels(docs[:2]) == []  # two reports are too few


@pytest.mark.slow
def test_shipped_round_kernels_are_in_sync_with_the_mining_script(extra_dir, eval_dir):
    import subprocess
    import sys
    from pathlib import Path

    script = Path(__file__).resolve().parents[3] / "scripts" / "mine_round_kernels.py"
    run = subprocess.run([sys.executable, str(script), "--check"], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
