"""Failure class: a place that qualifies a section of a river, road or park read as a District.

GUIDE §2.4 keeps section qualifiers (（南岸段）) inside the name they qualify and GUIDE §3 leaves
river sections untagged (长江干流重庆段): a division right before the section word 段 is no
District of its own (``extract/pipeline/section_places.py``). Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.section_places import qualifies_section


def ents(text: str, region: str = "430000") -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, region).ents]


@pytest.mark.parametrize(
    "text",
    [
        "沅江干流湖南段水质稳定保持Ⅱ类，沿岸生态改善。",
        "推进长征国家文化公园（湖南段）有序建设。",
        "加快大运河（湖南段）综合治理，岸线整治完成。",
    ],
)
def test_place_before_the_section_word_is_no_district(text):
    assert not any(t == "District" and n.startswith("湖南") for n, t in ents(text))


def test_place_before_other_words_stays_a_district():
    assert ("湖南", "District") in ents("湖南经济稳步增长，湖南企业加快出海。")


def test_a_dictionary_word_opening_with_the_section_word_is_no_section():
    text = "湖南段落分明"
    assert qualifies_section("湖南段保持", 2)
    assert not qualifies_section(text, 2)  # 段落: a word of its own
    assert not qualifies_section("湖南经济", 2)
