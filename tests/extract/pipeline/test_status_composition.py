"""Status mining: a verb + result phrase built of a kept phrase and stage verbs is kept at any count.

建成运行 (a project name before it twice, in two reports) left ``status_phrases.jsonl`` when round
12's 30 gold passages were blanked, while 建成 and the stage verb 运行 stayed: the reader composes
the two anyway (``StatusLexicon.phrase_re`` chains stage verbs after a mined phrase), so the file
should not lose the phrase on one count. ``status_mining.composition`` reads a phrase as a kept
phrase followed by stage verbs; such a phrase, seen in the frames at all, is kept with its parts
as provenance. Sentences are invented.
"""

from __future__ import annotations

import json
from pathlib import Path

from extract.pipeline.status_mining import StatusSettings, composition, kernels_of, mine_status_phrases

DATA = Path(__file__).resolve().parents[3] / "extract" / "data"
KERNEL_ROWS = [json.loads(line) for line in (DATA / "status_kernels.jsonl").read_text("utf-8").splitlines()]
KERNELS = kernels_of(KERNEL_ROWS)
HEADS = ["大桥", "隧道"]
DOCS = [
    ("r0.txt", "今年青山大桥建成，白河隧道建成。"),
    ("r1.txt", "东湖大桥建成，南岭隧道建成。"),
    ("r2.txt", "西岭隧道建成运行，北湖大桥加紧施工。"),
]


def _mined() -> dict[str, dict]:
    return {e["phrase"]: e for e in mine_status_phrases(DOCS, KERNEL_ROWS, HEADS)}


def test_a_kept_phrase_and_a_stage_verb_compose():
    assert composition("建成运行", {"建成"}, KERNELS) == ["建成", "运行"]
    assert composition("开工建设", {"开工"}, KERNELS) == ["开工", "建设"]
    assert composition("建成运行", {"开工"}, KERNELS) is None  # no kept phrase opens it
    assert composition("建成通道", {"建成"}, KERNELS) is None  # 通道 is no stage verb


def test_a_composed_phrase_seen_once_is_kept_with_its_parts():
    mined = _mined()
    assert mined["建成"]["counts"]["after_name"] == 4 and "composed_of" not in mined["建成"]
    assert mined["建成运行"]["composed_of"] == ["建成", "运行"]
    assert mined["建成运行"]["status"] == "completed"


def test_a_free_phrase_seen_once_still_needs_the_floors():
    assert "加紧施工" not in _mined()  # one report, once: no kept phrase opens it
    floorless = StatusSettings(min_count=1, min_docs=1)
    assert "加紧施工" in {e["phrase"] for e in mine_status_phrases(DOCS, KERNEL_ROWS, HEADS, floorless)}
