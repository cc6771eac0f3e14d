"""Failure class: a gazetteer place name in a project list typed Enterprise (issue 12).

In ``推进南山、明月山生态修复等工程`` the first item is a place (南山: a division short form of
regions.tsv), the first conjunct of a shared suffix (GUIDE §3: [天池准东]、国能准东…项目) — the
place's works, which GUIDE §3 types Project with every item of a list labelled as projects.
The bare-firm guess (a short proper name in a project list is a company) typed it Enterprise.
A list the text labels as firms (等企业) keeps its items Enterprise, place-named or not, and a
short name that is no place keeps the firm reading (GUIDE §3: 仲恩药业等项目). Sentences are
invented, of forms not seen in the tune reports.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.list_kinds import place_item


def ents(text: str) -> dict[str, str]:
    return {e.text: e.label_ for e in run_pipeline(load_pipeline(), text, "530000").ents}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("谋划实施南山、青螺湾湿地修复等工程。", "南山"),
        ("启动大田、枫溪等项目前期工作。", "大田"),
    ],
)
def test_a_place_item_of_a_project_list_is_no_firm(text, place):
    found = ents(text)
    assert found.get(place) != "Enterprise", found
    assert found.get(place) == "Project", found


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("培育大田、晨星等科技企业。", ("大田", "晨星")),  # a firm classifier: firms, place-named or not
        ("支持盛达、明越等项目建设。", ("盛达", "明越")),  # no place: the bare-firm reading stays
    ],
)
def test_firms_stay_enterprises(text, names):
    found = ents(text)
    for name in names:
        assert found.get(name) == "Enterprise", (name, found)


def test_place_item_reads_the_gazetteer():
    assert place_item("南山") and place_item("巴南")
    assert not place_item("盛达") and not place_item("明月山")
