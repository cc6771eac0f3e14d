"""Failure class: a Project cut off before a quote inside a longer name (branch project22).

``推动甲站“乙丙”商务区建设``: the head-word finder stops at the one-character kernel 站 and gives
甲站, but the name goes on through the quote (GUIDE §2 keeps quotes inside a name, §2.1 the
maximal name): the station only modifies the district's name. The cut piece is dropped. A quote
followed by a function word (甲站“乙丙”的服务) is a description, and a name closed by a GUIDE §3
project suffix (…施工项目“7·15”事故) is whole: both stay. Sentences are invented.
"""

from __future__ import annotations

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.grammar import default_grammar
from extract.pipeline.quote_cut_names import _name_goes_on


def projects(text: str, region: str) -> list[str]:
    return [e.text for e in run_pipeline(load_pipeline(), text, region).ents if e.label_ == "Project"]


def test_a_station_before_a_quoted_district_name_is_cut():
    found = projects("推动东丽站“云帆”商务区建设，建成武清站。", "120000")
    assert "东丽站" not in found and "武清站" in found


def test_a_quote_followed_by_a_function_word_leaves_the_name():
    assert "东丽站" in projects("优化东丽站“云帆”的服务，建成武清站。", "120000")


def test_a_name_closed_by_a_project_suffix_stays():
    assert projects("完成河湾大桥施工项目“7·15”事故调查。", "630000") == ["河湾大桥施工项目"]


def test_the_shape():
    g = default_grammar()
    text = "甲站“乙丙”商务区；甲站“乙丙”。甲站“未闭合"
    assert _name_goes_on(text, 2, g)
    assert not _name_goes_on(text, 12, g)  # a mark after the closing quote
    assert not _name_goes_on(text, 19, g)  # no closing quote
    assert not _name_goes_on("甲站，乙丙", 2, g)
