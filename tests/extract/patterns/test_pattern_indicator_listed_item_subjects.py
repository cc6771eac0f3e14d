"""Failure class: an item of a counted list taken for the count's subject (issue 12, platform17).

``甲走廊等30余个合作事项扎实落地`` counts the author's cooperation items, of which the corridor is
one (the readable gold: the author province is the subject); so does ``乙地等5个集聚区…`` and
``丙中心等2项成果入选…``. A Platform or District opening the sentence or the phrase is its
figure's subject only when no list mark (等, 、) follows it. Sentences are invented.
"""

from __future__ import annotations

import pytest

from tests.extract.patterns.indicator_text import indicators


@pytest.mark.parametrize(
    ("body", "name", "type_"),
    [
        ("甲乙丙丁流通走廊等30余个合作事项扎实落地。", "甲乙丙丁流通走廊", "Platform"),
        ("松岭湾转移中心等3项成果入选省级成果清单。", "松岭湾转移中心", "Platform"),
    ],
)
def test_a_listed_item_is_not_the_subject_of_the_count(body, name, type_):
    got = indicators(body, names=[(name, type_, name)])
    assert got and all(r.subject == "青禾区" for r in got)


def test_a_platform_opening_its_own_figure_stays_its_subject():
    got = indicators("松岭湾产业园实现产值120亿元。", names=[("松岭湾产业园", "Platform", "松岭湾产业园")])
    assert got and all(r.subject == "松岭湾产业园" for r in got)
