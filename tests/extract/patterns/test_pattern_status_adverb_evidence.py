"""Failure class: the status-adverb miner hinged on single occurrences.

``status_modifiers.jsonl`` holds the adverbs that may open a status phrase (有序推进, 扎实推进,
全面建成). It was mined with "an adverb seen before two different stage verbs", so an entry hung
on the one sighting of its second verb (round 15's mask removed 有序), and adverbs that only
ever precede 推进 were never kept. The miner now asks for adverb evidence (jieba's adverb tags,
or a word written before many different verbs) plus repeated sightings before a stage verb in
several reports. Invented report text (no corpus passage).
"""

from __future__ import annotations

import json

import pytest

from extract.pipeline.lexicon_files import DATA
from extract.pipeline.status_mining import StatusSettings, mine_status_modifiers

KERNELS = [json.loads(line) for line in (DATA / "status_kernels.jsonl").read_text("utf-8").splitlines()]

# 有序 (jieba: n) only ever precedes 推进 here, but modifies many verbs; 作风 (n) precedes
# 建设 often, always in the one compound 作风建设.
REPORT = (
    "有序推进城市更新，有序推进老旧小区改造。"
    "有序开展文明创建，有序引导人口流动，有序发展新兴产业，有序实施乡村振兴，"
    "有序扩大对外开放，有序促进消费升级，有序提高服务水平，有序完善基础设施。"
    "加强作风建设，深化作风建设，推动作风建设，抓好作风建设。"
    "顺利推进东湖大桥，顺利推进西岭隧道。"
)
DOCS = [(f"{i}.txt", REPORT) for i in range(3)]


@pytest.fixture(scope="module")
def mined() -> dict[str, dict]:
    return {e["word"]: e for e in mine_status_modifiers(DOCS, KERNELS)}


def test_an_adverb_before_one_stage_verb_is_kept(mined):
    assert "有序" in mined
    assert mined["有序"]["stage_verbs"] == 1 and mined["有序"]["verbs"] >= 8


def test_a_dictionary_adverb_needs_no_verb_spread(mined):
    # 顺利 is tagged ad by jieba: the closed class stands in for the corpus evidence
    assert mined["顺利"]["tag"] == "ad"


def test_a_noun_in_one_verb_compound_is_not_an_adverb(mined):
    assert "作风" not in mined


def test_a_word_seen_in_too_few_reports_is_not_kept():
    rows = mine_status_modifiers(DOCS[:2], KERNELS)
    assert all(e["word"] != "有序" for e in rows)


def test_the_verb_spread_is_a_setting():
    rows = mine_status_modifiers(DOCS, KERNELS, StatusSettings(modifier_min_verbs=50))
    assert "有序" not in {e["word"] for e in rows}


def test_shipped_modifiers_carry_their_provenance():
    rows = [json.loads(line) for line in (DATA / "status_modifiers.jsonl").read_text("utf-8").splitlines()]
    assert rows
    for row in rows:
        assert row["source"] == "mined" and row["docs"] >= 3 and row["counts"]["before_stage_verb"] >= 2
        assert row["tag"] in ("d", "ad", "vd") or row["verbs"] >= StatusSettings().modifier_min_verbs
