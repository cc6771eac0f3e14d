"""Failure class: a county-level district named …新区 taken for a development zone (滨海新区).

The resolver types a name ending in a zone tail (经开区, 高新区, 新区) Platform unless the sentence
treats it as an administrative partner (GUIDE §3 District rule). Some 新区 are divisions of GB/T
2260 themselves (滨海新区, 浦东新区: county-level districts in ``regions.tsv``, which leaves economic
zones such as 两江新区 and 雄安新区 out), and the provincial-2026 conventions type such an urban
district District (``滨海新区``), a state-level new area that is no division Platform
(``雄安新区``). ``resolver._zones`` now keeps a gazetteer division District. Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline


def typed(text: str, region: str | None = "120000") -> dict[str, str]:
    return {e.text: e.label_ for e in run_pipeline(load_pipeline(), text, region).ents}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("支持滨海新区打造产业高地。", "滨海新区"),
        ("浦东新区率先开展改革探索。", "浦东新区"),
    ],
)
def test_a_division_named_new_area_is_a_district(text, name):
    assert typed(text).get(name) == "District"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("雄安新区加快承接疏解。", "雄安新区"),
        ("推动两江新区扩大开放。", "两江新区"),
    ],
)
def test_a_new_area_that_is_no_division_stays_a_platform(text, name):
    assert typed(text).get(name) == "Platform"
