"""Failure class: a division coordinated with a zone whose head is one of the longest GUIDE
kernels (重点开发开放试验区: nine characters), left a District instead of a shared-suffix
conjunct (issue 12, District precision; GUIDE §2.2, §9 Zones).

The resolver's shared-suffix step types the bare division like the last conjunct when that is a
division and head words only; the suffix may be as long as the longest kernel (nine characters).
A division before a name that is more than a division and heads stays a District. Sentences are
invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline


def ents(text: str, region: str) -> dict[str, tuple[str, str]]:
    return {e.text: (e.label_, e.kb_id_) for e in run_pipeline(load_pipeline(), text, region).ents}


@pytest.mark.parametrize(
    ("text", "region", "place", "canonical"),
    [
        ("获批建设伊宁、博乐重点开发开放试验区。", "650000", "伊宁", "伊宁重点开发开放试验区"),
        ("支持东兴和凭祥重点开发开放试验区扩容。", "450000", "东兴", "东兴重点开发开放试验区"),
    ],
)
def test_a_division_before_a_long_zone_kernel_shares_its_suffix(
    text: str, region: str, place: str, canonical: str
) -> None:
    found = ents(text, region)
    assert found[place] == ("Platform", canonical)


def test_a_division_before_a_name_with_more_than_heads_stays() -> None:
    found = ents("推动株洲、湘潭老工业基地振兴。", "430000")
    assert found.get("株洲", ("", ""))[0] == "District"
