"""Failure class: a name that swallows a document number and the abbreviation formula
(（甲府办〔2022〕21号）简称“乙”行动计划).

GB/T 9704 document numbers (issuer, year in 〔〕, serial 号) and the drafting formula (以下)简称
are document markup, never part of a name; a head-word scan running left over brackets took them
in. The name is what follows them. Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.document_numbers import DOCUMENT_NUMBER


def names(text: str) -> list[str]:
    doc = run_pipeline(load_pipeline(), text, "500000")
    return [e.text for e in doc.ents]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "《某市数字文创“繁星”行动计划（2024—2027年）》（某府办〔2024〕7号）简称“繁星”行动计划，以培育主体为抓手。",
            "“繁星”行动计划",
        ),
        (
            "《某省县域商业提升行动方案》（某商发〔2023〕15号）以下简称“暖城”行动计划，推动流通升级。",
            "“暖城”行动计划",
        ),
    ],
)
def test_the_name_starts_after_the_document_number(text, name):
    found = names(text)
    assert name in found
    assert not any(DOCUMENT_NUMBER.search(n) for n in found)


def test_a_document_number_matches_only_its_bracketed_form():
    assert DOCUMENT_NUMBER.search("（某府办〔2024〕7号）简称") is not None
    assert DOCUMENT_NUMBER.search("某府办〔2024〕7号") is None  # unbracketed: no title follows it
    assert DOCUMENT_NUMBER.search("（2024—2027年）") is None  # a period, not a number
