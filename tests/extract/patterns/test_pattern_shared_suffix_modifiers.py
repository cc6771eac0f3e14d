"""Failure class: a division coordinated with a name whose shared suffix opens with a level word
or a sector word (西宁、格尔木|国家物流枢纽), left a District instead of a shared-suffix conjunct
(issue 12, District precision; GUIDE §2.2, §9: 杭州、宁波、温州机场; the district13 sample).

The resolver's shared-suffix step shares a suffix that is head words, optionally after the
level of an official designation (GUIDE §2.5: 国家, 省级) and one two-character word of the
dictionary or the mined widespread terms. A clause (a verb) or a longer modifier between the
division and the heads is no shared suffix, and the division stays a District. Sentences are
invented (places and heads other than those of the sample).
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline


def ents(text: str, region: str) -> dict[str, tuple[str, str]]:
    return {e.text: (e.label_, e.kb_id_) for e in run_pipeline(load_pipeline(), text, region).ents}


@pytest.mark.parametrize(
    ("text", "region", "place", "canonical"),
    [
        ("布局建设柳州、钦州国家物流枢纽。", "450000", "柳州", "柳州国家物流枢纽"),
        ("支持日照、烟台临港经济区提质增效。", "370000", "日照", "日照临港经济区"),
        ("建好宜昌、襄阳、荆门算力枢纽。", "420000", "襄阳", "襄阳算力枢纽"),
    ],
)
def test_a_division_before_a_modified_head_shares_the_suffix(
    text: str, region: str, place: str, canonical: str
) -> None:
    label, kb = ents(text, region)[place]
    assert label != "District" and kb == canonical


@pytest.mark.parametrize(
    ("text", "region", "place"),
    [
        # a verb opens the words after the last division: a clause, not a suffix
        ("支持柳州、钦州加快建设物流枢纽。", "450000", "柳州"),
        # a modifier longer than one word: one place's own project
        ("推进宜昌、荆门市地质灾害避险搬迁工程二期。", "420000", "宜昌"),
    ],
)
def test_a_division_before_a_clause_or_a_long_modifier_stays(text: str, region: str, place: str) -> None:
    assert ents(text, region).get(place, ("", ""))[0] == "District"
