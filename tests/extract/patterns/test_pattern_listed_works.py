"""Failure class: a park, base or airport listed among works, or reported opened with a complement,
typed a Platform (GUIDE §3 Project: every item of a list the text labels as projects; §9 a hub
listed among transport projects; issue 12, branch platform16).

The name grammar types a name by its head, so a facility whose head is a park word (基地, 产业园,
机场) splits a list of works. A ``、``-run with as many Projects as Platforms lists works; zones and
exchanges stay Platforms whatever they are listed with. A completion word keeps its two-character
complement (投运增效), as the status reader reads it. Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.relations.status import is_complement


def ents(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, "120000").ents]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("甲乙公司总部、丙丁集团总部、戊己科学试验基地等央企资源实质性落地。", "戊己科学试验基地"),
        ("某某零碳机场、某某混合储能调频电站成为国家示范项目。", "某某零碳机场"),
    ],
)
def test_a_park_word_listed_among_works_is_a_project(text, name):
    assert (name, "Project") in ents(text)


def test_a_list_of_platforms_stays_platforms():
    found = ents("提升青禾数字科技园、青禾智造产业园能级。")
    assert ("青禾数字科技园", "Platform") in found and ("青禾智造产业园", "Platform") in found


def test_a_zone_listed_among_works_stays_a_platform():
    found = ents("甲乙新材料产业园二期工程、丁戊高新区等加快发展。")
    assert not any(name.endswith("高新区") and label == "Project" for name, label in found)


def test_a_park_opened_with_a_complement_is_a_project():
    assert ("丙丁智慧产业园", "Project") in ents("推动甲乙风电整机、丙丁智慧产业园等投运增效。")


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("增效", True),
        ("开放", True),
        ("项目", False),  # a generic head the name left outside
        ("建设", False),  # a stage verb the phrase would have chained
        ("等和", False),  # list words
    ],
)
def test_a_complement_is_tested_as_the_status_reader_tests_it(word, expected):
    assert is_complement(word) is expected
