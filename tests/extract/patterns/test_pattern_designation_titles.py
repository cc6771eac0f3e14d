"""Failure class: a national pilot designation got or sought is lost whole when a clause word
stands inside it (issue 12).

GUIDE §3 types pilot designations (…试点, …示范区, …先行区) as Program and §9 the designations a
city gets or seeks. The name grammar scans left from the head and stops at a mined clause word
inside the designation (国家生态产品价值|实现|机制试点 leaves 机制试点, a kind, and nothing is
tagged). The verbs that get or seek national designations are mined (``title_verbs.jsonl``:
入选, 争创, 创建, counted in the frame verb + level word + name words + designation head) and
mark where such a name starts. Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.lexicon_files import read_lexicon


def ents(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, "500000").ents]


def test_the_verbs_are_mined_not_typed():
    verbs = {e["word"] for e in read_lexicon()["title_verbs.jsonl"]}
    assert "入选" in verbs and all(e["source"] == "mined" for e in read_lexicon()["title_verbs.jsonl"])


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("青禾市入选国家农文旅资源价值实现机制试点。", "国家农文旅资源价值实现机制试点"),
        ("绿溪县争创全国林下经济统筹配置改革试点，", "全国林下经济统筹配置改革试点"),
        ("争创国家青禾茶产业融合发展示范区；", "国家青禾茶产业融合发展示范区"),
    ],
)
def test_a_designation_after_a_title_verb_is_a_programme(text, name):
    assert (name, "Program") in ents(text)


@pytest.mark.parametrize(
    "text",
    [
        "青禾市入选国家甲类、乙类等试点。",  # a list's label
    ],
)
def test_list_labels_give_no_designation(text):
    assert not [n for n, t in ents(text) if t == "Program" and n.startswith("国家")]


def test_a_rank_after_the_level_is_left_to_the_head_scan():
    names = ents("青禾市入选全国首批青禾美丽城镇先行区。")
    assert not [n for n, _ in names if n.startswith("全国首批")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a carrying verb, a modifier of its own, a designation head: the verb marks the start
        ("高标准开展甲乙丙要素市场化配置综合改革试点，", "甲乙丙要素市场化配置综合改革试点"),
    ],
)
def test_a_designation_carried_out_is_named_from_the_verb(text, name):
    assert (name, "Program") in ents(text)


@pytest.mark.parametrize(
    "text",
    [
        "开展省级综合改革试点。",  # a kind many authors write (category_phrases)
        "开展10个两业融合省级试点，",  # counted pilots
        "深化青禾企业并购贷款等国家试点，",  # a list's label
    ],
)
def test_kinds_counts_and_labels_carried_out_stay_untagged(text):
    assert not [n for n, t in ents(text) if t == "Program" and n.endswith("试点")]
