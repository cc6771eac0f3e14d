"""Failure class: places listed before a counted area kind (issue 12, branch zones9).

The provincial-2026 conventions split a shared Area suffix over its conjuncts (济南、青岛都市圈 →
济南 as 济南都市圈, 青岛都市圈). With a count between the places and the kind (两大都市圈, 等五个
新城) the last place took the count into its name and the others stayed Districts. Now each
place is an Area whose canonical is the place and the kind. Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline


def ents(text: str, region: str | None = "370000") -> list[tuple[str, str, str]]:
    return [(e.text, e.label_, e.kb_id_) for e in run_pipeline(load_pipeline(), text, region).ents]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("推动淄博、潍坊两大都市圈协同发展。", [("淄博", "淄博都市圈"), ("潍坊", "潍坊都市圈")]),
        (
            "加快推进嘉兴、湖州、绍兴等五个新城建设。",
            [("嘉兴", "嘉兴新城"), ("湖州", "湖州新城"), ("绍兴", "绍兴新城")],
        ),
        ("推动济南、青岛等三大都市圈建设。", [("济南", "济南都市圈"), ("青岛", "青岛都市圈")]),
    ],
)
def test_places_before_a_counted_area_kind_are_areas(text, names):
    found = ents(text)
    for name, canonical in names:
        assert (name, "Area", canonical) in found
    assert not [e for e in found if e[1] == "District"]
    assert not [e for e in found if "大都市圈" in e[0] or "个新城" in e[0]]


def test_a_count_that_is_not_the_lists_size_names_nothing():
    """三 places counted as 两: the count is not the list's."""
    found = ents("推动淄博、潍坊、日照两大都市圈建设。")
    assert not [e for e in found if e[1] == "Area" and e[0] in ("淄博", "潍坊")]


def test_bare_divisions_before_a_kind_of_another_type_stay_places():
    found = ents("提升武汉、宜昌等枢纽能级。", "420000")
    assert ("武汉", "District", "武汉市") in found
    assert not [e for e in found if e[1] == "Area"]


def test_a_counted_kind_alone_names_nothing():
    assert not [e for e in ents("全省三大都市圈加快发展。") if e[1] == "Area"]
