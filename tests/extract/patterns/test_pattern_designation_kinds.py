"""Failure class: designations closed by a kind of division no GUIDE kernel names (示范城市, 试点省).

GUIDE §3 types pilot designations by their head (试点, 试点城市, 示范区, 先行区 …) and §9 the
designations a city seeks or gets. A head is a designation stem closed by a kind of division, and
the stems close with the other kinds a province, city or county is (…示范城市, …试点省,
…示范地区); which stems and kinds combine is mined from the national frame (国家/全国 + name
words + stem + kind) over unannotated reports (``extract/data/designation_kinds.jsonl``). Villages
and towns never take a national designation there, so 示范村 stays untagged. Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.designation_kinds import (
    MIN_DOCS,
    designation_composites,
    designation_stems,
    mine_designation_kinds,
)
from extract.pipeline.grammar import default_grammar


def programmes(text: str) -> list[str]:
    return [e.text for e in run_pipeline(load_pipeline(), text, "140000").ents if e.label_ == "Program"]


def test_the_shipped_stems_and_kinds_are_mined_with_their_counts():
    rows = default_grammar().lexicon["designation_kinds.jsonl"]
    assert {e["role"] for e in rows} == {"stem", "kind"}
    for e in rows:
        assert e["source"] == "mined" and e["docs"] >= MIN_DOCS and e["counts"]["frames"] >= e["docs"]
    assert "村" not in {e["word"] for e in rows if e["role"] == "kind"}


def test_composites_are_program_designations_of_the_grammar():
    gr = default_grammar()
    composites = designation_composites(gr.lexicon["designation_kinds.jsonl"])
    assert {"示范城市", "试点省"} <= composites.keys()
    assert "试点地区" not in gr.heads  # 试点|地区 stays with programme_frames.pilot_place
    for head in composites:
        if gr.heads.get(head) == "Program":
            assert head in gr.program_designations
    assert gr.composite_stems["试点省"] == "试点"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("支持柳湾建设数字康养融合发展示范城市，推动产业升级。", "数字康养融合发展示范城市"),
        ("新创建全国乡村治理现代化示范地区3个、示范项目5个。", "全国乡村治理现代化示范地区"),
        ("深化山地茶叶品牌培育试点省建设，擦亮生态名片。", "山地茶叶品牌培育试点省"),
    ],
)
def test_a_designation_closed_by_a_mined_kind_is_a_programme(text, name):
    assert name in programmes(text)


@pytest.mark.parametrize(
    "text",
    [
        "建成300个美丽庭院示范村，村容村貌明显改善。",  # a kind villages get: never national, untagged
        "规范示范市场秩序，推进商户诚信经营。",  # 示范|市场: the kind would cut a word
    ],
)
def test_village_kinds_and_cut_words_stay_untagged(text):
    assert programmes(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "成为全国河湖长制唯一试点省份，经验全国推广。",
            "河湖长制唯一试点省份",
        ),  # 试点|省份: the stem's kind
        ("成为全国首批数据跨境服务试点省市，成效明显。", "数据跨境服务试点"),  # 试点|省市: two kinds
    ],
)
def test_a_stem_that_is_a_head_reads_a_longer_kind_as_before(text, name):
    assert name in programmes(text)


def test_mining_counts_stems_and_kinds_in_the_national_frame():
    assert designation_stems(["试点", "试点城市", "示范区", "重点城区"]) == ("示范", "试点", "重点")
    docs = [
        ("a.txt", "入选国家青禾示范县，创建全国绿洲试点省。建设乡村示范村。"),
        ("b.txt", "争创全国山水示范县。建成全国林下试点省，全国河湖试点省份。"),
    ]
    rows = {(e["role"], e["word"]): e for e in mine_designation_kinds(docs, ["示范区", "试点"])}
    assert set(rows) == {("stem", "示范"), ("stem", "试点"), ("kind", "县"), ("kind", "省")}
    assert rows[("kind", "县")]["counts"] == {"frames": 2, "frames_示范县": 2}
    assert rows[("kind", "省")]["docs"] == 2  # 省份 (one report) is a kind of its own, not kept
    assert designation_composites(rows.values()) == {
        "示范县": "示范",
        "示范省": "示范",
        "试点县": "试点",
        "试点省": "试点",
    }
