"""Failure class: an Area inside a guess the resolver drops is lost with it.

The resolver takes the longest guess first (GUIDE §2.1) and then drops the guesses it judges no
name (a generic facility kind counted, 甲片区学校3所); GUIDE §2.1 annotates the names inside a
span that is no entity, so the functional area (GUIDE §3) inside comes back
(``freed_areas.area_hosts``: the resolver reads again without the dropped guess). A guess that
stands keeps its Area inside it untagged. Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline


def ents(text: str, region: str | None = "500000") -> list[tuple[str, str]]:
    doc = run_pipeline(load_pipeline(), text, region)
    return [(e.text, e.label_) for e in doc.ents]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("新建白鹭洲片区学校3所。", [("白鹭洲片区", "Area")]),
        (
            "优化布局青溪湾、金沙湾片区城市社区卫生服务中心3个。",
            [("青溪湾", "Area"), ("金沙湾片区", "Area")],
        ),
    ],
)
def test_an_area_inside_a_dropped_guess_comes_back(text, expected):
    assert ents(text) == expected


def test_an_area_inside_a_standing_name_stays_inside():
    assert ents("推进金沙湾片区城市更新项目建设。") == [("金沙湾片区城市更新项目", "Project")]
