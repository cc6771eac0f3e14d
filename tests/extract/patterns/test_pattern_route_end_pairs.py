"""Failure class: a route named by its two ends split in two (branch project22).

``甲大道至乙山公路建成通车``: the head-word finder stops at 至 and gives the second end with the
kernel (乙山公路); the first end comes out on its own (a Project where it ends in a kernel, a
place where the gazetteer knows it). GUIDE §2.1/§2.4 and the provincial README (a route named
by its two ends) make the whole route one Project. Sentences are invented.
"""

from __future__ import annotations

from extract.entities import load_pipeline, run_pipeline


def projects(text: str, region: str) -> list[str]:
    return [e.text for e in run_pipeline(load_pipeline(), text, region).ents if e.label_ == "Project"]


def test_a_road_to_a_road_is_one_route():
    found = projects("今年，河湾高速、青石大道至白鹭山公路建成通车。", "460000")
    assert "青石大道至白鹭山公路" in found
    assert "青石大道" not in found and "白鹭山公路" not in found
    assert "河湾高速" in found  # a conjunct before it stays itself


def test_a_chain_of_ends_joins_from_the_right():
    found = projects("开工建设青石大道至东源至连平高速。", "440000")
    assert found == ["青石大道至东源至连平高速"]


def test_a_motorway_end_is_a_first_end_too():
    assert projects("加快建设东源高速至连平公路。", "440000") == ["东源高速至连平公路"]


def test_names_without_a_joiner_stay_apart():
    found = projects("建成河湾高速、青石大道，推进白鹭山公路建设。", "460000")
    assert {"河湾高速", "青石大道", "白鹭山公路"} <= set(found)
