"""Failure class: a named Platform dropped for the count of what it yields after it.

``甲省自贸试验区43项改革创新成果在全国推广``: the count after the zone counts its results, not
zones. ``genericity.is_counted`` read every count after an unlisted guess as counting it (the rule
for ``…产业园14个，``), so the zone was lost. A Platform is one place where firms gather (GUIDE
§3) and holds or yields counted things as an Organization does (甲大学|9个附属医院): a count with a
noun after it counts those. A count that ends the phrase, approximated or not, still counts the
guess (GUIDE §3: generic unnamed items are not annotated). Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.genericity import is_counted


def platforms(text: str, region: str | None = "360000") -> list[str]:
    return [e.text for e in run_pipeline(load_pipeline(), text, region).ents if e.label_ == "Platform"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("江西自贸试验区12项制度创新成果在全国复制推广。", "江西自贸试验区"),
        ("青柳湾科技城5家企业入选名单。", "青柳湾科技城"),
    ],
)
def test_a_count_of_what_a_platform_yields_keeps_it(text, name):
    assert name in platforms(text)


@pytest.mark.parametrize(
    "text",
    [
        "建成跨境电商产业园14个，",
        "培育省级工业设计中心20个以上。",
    ],
)
def test_a_count_that_ends_the_phrase_counts_the_guess(text):
    assert not platforms(text)


def test_count_readings():
    text = "甲自贸试验区43项改革创新成果，乙产业园14个，丙中心20个以上。"
    zone = text.index("甲自贸试验区"), text.index("43")
    park = text.index("乙产业园"), text.index("14")
    centre = text.index("丙中心"), text.index("20")
    assert not is_counted(text, *zone, "Platform")
    assert is_counted(text, *zone, "Project")  # a works' count after it is the label's
    assert is_counted(text, *park, "Platform")
    assert is_counted(text, *centre, "Platform")
