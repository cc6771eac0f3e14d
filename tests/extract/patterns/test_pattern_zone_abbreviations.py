"""Failure class: a zone kind written short that no kernel closes (issue 12, branch platform22).

GUIDE §3 types development zones as Platform and names their short forms (经开区, 高新区,
综保区). Reports shorten other national zone kinds the same way (农高区) and write them after the
place or the national level that names the zone; no kernel closed such a word, so the head miner
never counted it and 甲城国家农高区 came out as the District 甲城 alone. The frame miner
(``extract.pipeline.zone_abbreviations``) counts three-character units closing in 区 right after a
division or the national level; a kind written bare (开发区, 居住区) is not one. Sentences and
place names are invented; the corpus of the miner test is invented too.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.lexicon_files import read_lexicon
from extract.pipeline.mining import NATIONAL, place_names, segment
from extract.pipeline.zone_abbreviations import FRAME, ZONE_RULE, mine_zone_abbreviations, zone_shape


def ents(text: str, region: str | None = "370000") -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, region).ents]


def _runs(docs: dict[str, list[str]]):
    return [(doc, run, segment(run), "^") for doc, runs in docs.items() for run in runs]


def test_the_shape_is_read_off_the_guide_short_forms():
    kernels = read_lexicon()["head_kernels.jsonl"]
    assert zone_shape(kernels) == (3, frozenset("区"))


def test_the_shipped_zone_abbreviation_carries_its_frame_counts():
    rows = [r for r in read_lexicon()["heads.jsonl"] if r.get("frame") == FRAME]
    assert rows, "the frame mined no short zone kind"
    for r in rows:
        assert r["type"] == "Platform" and r["rule"] == ZONE_RULE and r["docs"] >= 3
        assert r["counts"]["after_place_or_level"] * 2 >= r["counts"]["total"]


def test_the_miner_keeps_kinds_written_after_places_and_leaves_bare_kinds():
    kernels = read_lexicon()["head_kernels.jsonl"]
    docs = {
        "甲.txt": ["支持济南国家农高区建设", "推进开发区改革", "建设居住区配套"],
        "乙.txt": ["推动临沂农高区发展", "规范开发区管理", "改造老旧居住区"],
        "丙.txt": ["高水平建设国家农高区", "提升开发区能级", "完善居住区设施"],
        "丁.txt": ["做强烟台国家农高区", "深化开发区体制改革"],
    }
    rows = mine_zone_abbreviations(_runs(docs), kernels, [], place_names(), NATIONAL)
    assert [r["head"] for r in rows] == ["农高区"]
    assert rows[0]["counts"] == {"total": 4, "after_place_or_level": 4} and rows[0]["docs"] == 4


def test_known_heads_and_other_types_are_left_out():
    kernels = read_lexicon()["head_kernels.jsonl"]
    docs = {f"{i}.txt": ["建设济南国家农高区", "创建国家示范区"] for i in "甲乙丙丁"}
    assert mine_zone_abbreviations(_runs(docs), kernels, ["农高区"], place_names(), NATIONAL) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("支持甲城国家农高区建设，打造农业科技创新高地。", "甲城国家农高区"),
        ("推动临沂国家农高区提质升级。", "临沂国家农高区"),
        ("深化烟台农高区体制改革。", "烟台农高区"),
    ],
)
def test_a_place_and_its_short_zone_kind_are_one_platform(text, name):
    found = ents(text)
    assert (name, "Platform") in found
    assert not [e for e in found if e[1] == "District"]


@pytest.mark.parametrize("text", ["积极创建国家农高区。", "推进农高区改革。"])
def test_the_bare_kind_names_no_zone(text):
    assert not [e for e in ents(text) if e[1] == "Platform"]
