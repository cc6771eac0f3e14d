"""Failure class: a place's zone of a national zone type typed Area (甲市|临空经济区).

经济区 closes named regions, Area by the provincial-2026 conventions (a region named by its place
or another proper word), and it is also the category name of national zone types (渔港经济区,
临空经济区, 物流枢纽经济区: ``needs_proper`` in ``head_kernels.jsonl``). A division followed by a
rest with no proper word of the dictionary is that place's zone of the type, a territorial zone
where firms gather: Platform by GUIDE §3 (parks, zones) and §9 (a designated park is Platform
with the place in its canonical). ``extract.pipeline.zone_type_areas`` types it so. Sentences
are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline


def ents(text: str, region: str | None = "430000") -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, region).ents]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("加快衡阳临空经济区建设，引进一批物流企业。", "衡阳临空经济区"),
        ("支持岳阳物流枢纽经济区做大做强。", "岳阳物流枢纽经济区"),
    ],
)
def test_a_places_zone_of_a_national_type_is_a_platform(text, name):
    assert (name, "Platform") in ents(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("深度参与海西经济区建设。", "海西经济区"),  # a region named by its place alone
        ("积极融入成渝经济区。", "成渝经济区"),  # a region named by a proper abbreviation
        ("协同推进三江源国家公园保护。", "三江源国家公园"),  # a protected area (the conventions)
    ],
)
def test_a_named_region_stays_an_area(text, name):
    assert (name, "Area") in ents(text)
