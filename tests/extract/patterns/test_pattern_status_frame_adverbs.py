"""Failure class: the adverbs of the status frames hung on one mined phrase.

完成 (and 建设, 推进) is a project's state only with an adverb of the status frames (GUIDE §5 via
``status_kernels.jsonl``: 全面完成 a project, 累计完成投资 nothing). Those adverbs were read off the
kept status phrases alone (全面 from 全面建成), so when round 16's mask left 全面建成 in one report,
全面 stopped making 改造全面完成 a status although the frames show it opening eight different
statuses next to project names. The modifier miner now pools a modifier's sightings in the frames
over all its stage verbs (``frame_docs`` in ``status_modifiers.jsonl``) and the reader takes a
modifier seen so in ``frame_min_docs`` reports. Invented report text (no corpus passage).
"""

from __future__ import annotations

import json

import pytest

from extract.pipeline.lexicon_files import DATA, read_lexicon
from extract.pipeline.status_mining import StatusSettings, mine_status_modifiers, status_frames
from extract.relations.status import StatusLexicon

KERNELS = [json.loads(line) for line in (DATA / "status_kernels.jsonl").read_text("utf-8").splitlines()]
HEADS = ["大桥", "隧道", "工程"]

# 全面 opens a different status next to a project name in each report (全面竣工, 全面投用), never
# the same phrase twice; 累计 precedes stage verbs as often, but only in 累计完成投资, never in a frame.
ONE = "东湖大桥全面竣工。累计完成投资八亿元，累计完成投资九亿元，全面推进城市更新。"
TWO = "西岭隧道全面投用。累计完成投资五亿元，累计完成投资六亿元，全面推进乡村振兴。"
THREE = "累计完成投资七亿元，全面推进老旧小区改造，全面推进城市更新。"
DOCS = [("a.txt", ONE), ("b.txt", TWO), ("c.txt", THREE)]


def _mined(docs: list[tuple[str, str]]) -> dict[str, dict]:
    # three short reports show too few verbs after 全面 (jieba: n) to call it an adverb; the
    # verb spread is tested in test_pattern_status_adverb_evidence.py, the frames here
    s = StatusSettings(modifier_min_verbs=1)
    frames = status_frames(docs, KERNELS, HEADS, s)
    return {e["word"]: e for e in mine_status_modifiers(docs, KERNELS, s, frames=frames)}


@pytest.fixture(scope="module")
def mined() -> dict[str, dict]:
    return _mined(DOCS)


def test_a_modifier_opening_different_statuses_is_counted_over_all_of_them(mined):
    assert mined["全面"]["frame_docs"] == 2 and mined["全面"]["counts"]["in_frames"] == 2


def test_a_modifier_never_seen_next_to_a_project_has_no_frame_evidence(mined):
    assert mined["累计"]["frame_docs"] == 0


def test_without_the_frames_the_rows_are_as_before():
    rows = mine_status_modifiers(DOCS, KERNELS, StatusSettings(modifier_min_verbs=1))
    assert rows and all("frame_docs" not in e and "in_frames" not in e["counts"] for e in rows)


def _reader(modifiers: list[dict]) -> StatusLexicon:
    """The shipped reader with no mined phrase opening on an adverb of 完成 and these modifiers."""
    lexicon = dict(read_lexicon())
    lexicon["status_phrases.jsonl"] = [
        e for e in lexicon["status_phrases.jsonl"] if not e["phrase"].startswith(("全面", "累计"))
    ]
    lexicon["status_modifiers.jsonl"] = modifiers
    return StatusLexicon.from_lexicon(lexicon)


def test_a_modifier_of_the_frames_makes_a_work_verb_a_status(mined):
    reader = _reader(list(mined.values()))
    assert "全面" in reader.frame_modifiers
    assert reader.phrase_re.search("青松铁路扩能改造全面完成，").group() == "全面完成"


def test_a_modifier_outside_the_frames_stays_no_status(mined):
    reader = _reader(list(mined.values()))
    assert "累计" not in reader.frame_modifiers
    assert reader.phrase_re.search("白鹭大桥累计完成投资8亿元。") is None  # untouched


def test_one_report_is_too_few():
    one = _mined([DOCS[0], DOCS[2], ("d.txt", THREE)])
    assert one["全面"]["frame_docs"] == 1 < StatusSettings().frame_min_docs
    reader = _reader(list(one.values()))
    assert reader.phrase_re.search("青松铁路扩能改造全面完成，") is None


def test_shipped_frame_evidence_is_provenance():
    rows = read_lexicon()["status_modifiers.jsonl"]
    assert all(isinstance(e["frame_docs"], int) and e["counts"]["in_frames"] >= e["frame_docs"] for e in rows)
    framed = StatusLexicon.from_lexicon(read_lexicon()).framed_modifiers
    assert framed == {e["word"] for e in rows if e["frame_docs"] >= StatusSettings().frame_min_docs}
