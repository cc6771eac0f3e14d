"""Failure class: a place opening a name whose head the lexicon lacks, tagged as a District
(庚省中央法务区, 甲市国际通信业务出入口局: issue 12, the sealed District false positives).

GUIDE §2.1 tags the maximal name and never a place inside it on its own. A run of two or more
full words closed by a one-character noun of jieba's dictionary (局, 馆, 区, 城), right before a
delimiter or a clause word, is a name with a bound head; the place before it is its modifier and
no District (``extract.pipeline.place_kernel_tails``). A place before full words (a category),
one word and a kernel (边境县), a count or a verb stays. Sentences are invented (real division
names, made-up names).
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.grammar import default_grammar
from extract.pipeline.place_kernel_tails import kernel_name_run


def districts(text: str) -> list[str]:
    return [e.text for e in run_pipeline(load_pipeline(), text, "530000").ents if e.label_ == "District"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("曲靖中央法务区揭牌运行。", "曲靖"),  # 法务|区 before a verb
        ("玉溪数字贸易检测局揭牌。", "玉溪"),  # 检测|局
        ("推进昭通红色文化记忆馆、保山书院建设。", "昭通"),  # 记忆|馆 before a delimiter
        ("普洱智慧物流科技城加快建设。", "普洱"),  # 科技|城 before an adverb
    ],
)
def test_a_place_before_a_kernel_name_is_no_district(text, place):
    assert place not in districts(text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("推动曲靖经济高质量发展。", "曲靖"),  # a category
        ("玉溪产业转型升级成效明显。", "玉溪"),  # full words, no kernel
        ("昭通年度合作任务51项全部完成。", "昭通"),  # a count closed by 项
        ("支持保山建设物流枢纽。", "保山"),  # a verb
    ],
)
def test_a_place_before_full_words_or_a_count_stays(text, place):
    assert place in districts(text)


def test_the_kernel_must_close_the_run():
    grammar = default_grammar()
    assert kernel_name_run("曲靖中央法务区揭牌运行。", 2, grammar) == ("中央", "法务", "区")
    assert kernel_name_run("曲靖边境县发展。", 2, grammar) is None  # one word before the kernel
    assert kernel_name_run("曲靖数字经济服务局挂牌。", 2, grammar) is None  # jieba reads 服务局 as one word
    assert kernel_name_run("曲靖特色产品碳足迹管理。", 2, grammar) is None  # 碳 inside the run


def test_a_place_at_the_end_of_the_text_or_before_a_long_run_is_read_safely():
    grammar = default_grammar()
    assert kernel_name_run("曲靖", 2, grammar) is None  # nothing after the place
    long = "曲靖" + "数字贸易" * 5000 + "局"  # the run is cut at embedded.RUN_LIMIT characters
    assert kernel_name_run(long, 2, grammar) is None
