"""Failure class: a quoted region name before an Area head typed as a programme.

“X”城市群, “X”都市圈, “X”旅游带: a quoted abbreviation of the cities a region joins names the
region (provincial-2026 conventions: city clusters, metropolitan areas and belts are Area), so
a quote followed by any Area head of the name grammar gives an Area; a quote before a
programme head stays a Program. Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline


def ents(text: str, region: str | None = "420000") -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, region).ents]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("带动“青蓝白”城市群协同发展。", "“青蓝白”城市群"),
        ("推进“松柏桥”都市圈同城化。", "“松柏桥”都市圈"),
        ("打造“碧水金沙”旅游带。", "“碧水金沙”旅游带"),
    ],
)
def test_a_quoted_region_name_is_an_area(text, name):
    assert (name, "Area") in ents(text)


def test_a_quoted_programme_stays_a_programme():
    assert ("“千村示范”工程", "Program") in ents("实施“千村示范”工程。")
