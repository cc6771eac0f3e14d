"""Failure class: the items of a bare 等建设 list typed Project where the list names kinds of works
(branch project19).

``list_items`` reads A、B等建设 as a project label and types its unrecognised items Project. GUIDE
§2.2 reads the conjuncts of one list as names of one kind and §3 leaves kinds untagged, so, as for a
list closed by a kind of facility (调峰、储备等基础设施), an item that is a kind — everyday words, or a
kind of works the genericity vetoes read off the mined category phrases (城际铁路, 物流枢纽) — makes
the list a list of kinds, and the label types none of the others. Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline


def projects(text: str) -> set[str]:
    return {e.text for e in run_pipeline(load_pipeline(), text, "440000").ents if e.label_ == "Project"}


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("加快甲乙间高铁、城际铁路、高快速路、跨江跨海通道等建设，推进公交融合。", "高快速路"),
        ("推进甲乙丙丁战略支点城市、国家物流枢纽等建设，建设智慧系统。", "甲乙丙丁战略支点城市"),
    ],
)
def test_a_kind_among_the_items_types_none(text, kind):
    assert kind not in projects(text)


def test_a_list_of_named_works_keeps_its_items():
    found = projects("推动甲乙高铁、丙丁城际、戊己机场三期等建设，完成投资。")
    assert {"甲乙高铁", "丙丁城际", "戊己机场三期"} <= found
