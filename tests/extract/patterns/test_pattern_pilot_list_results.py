"""Failure class: items of a levelled pilot list missed when a result, not a clause word, follows.

GUIDE §3 makes pilot designations Programs and the items of a list labelled by one (甲、乙等国家试点)
take the label's kind (``programme_lists``). The label ended only at the clause edge or before a
clause word; a result reported of the listed pilots (等国家试点|成效明显, |顺利推进) is neither, so
the list was dropped. Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline


def programmes(text: str) -> dict[str, str]:
    ents = run_pipeline(load_pipeline(), text, "140000").ents
    return {e.text: e.kb_id_ for e in ents if e.label_ == "Program"}


@pytest.mark.parametrize(
    "text",
    [
        "甲乙城市、丙丁社区等国家试点成效明显，群众满意度提升。",
        "甲乙城市、丙丁社区等国家试点顺利推进。",
    ],
)
def test_the_items_of_a_levelled_pilot_list_before_a_result_are_programmes(text):
    found = programmes(text)
    assert found.get("甲乙城市") == "甲乙城市试点"
    assert found.get("丙丁社区") == "丙丁社区试点"


@pytest.mark.parametrize(
    "text",
    [
        "甲乙城市、丙丁社区等国家试点方案印发。",  # a plan document: the label goes on into a noun
        "甲乙城市、丙丁社区等试点成效明显。",  # no level word: 试点 alone may label places
    ],
)
def test_no_list_where_the_label_goes_on_or_has_no_level(text):
    found = programmes(text)
    assert "甲乙城市" not in found and "丙丁社区" not in found
