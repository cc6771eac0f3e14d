"""Failure class: a zone lost with the verb the name scan ran into (issue 12, Platform recall).

The resolver keeps the longest guess, so when the scan runs over a verb into a zone's name
(优化|自贸试验区) and the genericity veto drops the whole, the zone goes with it. A vetoed
Platform that opens with a verb (jieba ``v``/``vn``) keeps what follows when that is a zone's
official short form alone (zone_designation closed class) or opens with a division name; a
generic rest or a rated kind (国家级经开区) stays vetoed. Sentences are invented.
"""

from __future__ import annotations

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.genericity import named_after_verb
from extract.pipeline.grammar import default_grammar


def platforms(text: str) -> list[str]:
    return [e.text for e in run_pipeline(load_pipeline(), text, "530000").ents if e.label_ == "Platform"]


def test_the_zone_after_the_verb_is_kept():
    assert platforms("积极探索优化自贸试验区管理范围，推动改革。") == ["自贸试验区"]


def test_a_rated_kind_after_the_verb_stays_vetoed():
    assert platforms("优化国家级经开区布局。") == []


def test_only_zones_and_named_rests_are_kept():
    nlp = load_pipeline()
    g = default_grammar()
    doc = nlp.make_doc("优化自贸试验区搭建综合服务平台")
    zone = doc.char_span(0, 7, label="Platform")
    generic = doc.char_span(7, 15, label="Platform")
    kept = named_after_verb(zone, "优化自贸试验区", g)
    assert kept is not None and kept.text == "自贸试验区"
    assert named_after_verb(generic, "搭建综合服务平台", g) is None  # a generic rest
