"""Failure class: a change written with a one-character verb (``由A增至B``, ``由A降至B``).

``X由A提高到B`` already gave one record per end; with the short verbs 增至/降至 the far end was
lost and the near end was dated to the report year, so a 2020 level was recorded as 2025's.
Both ends are read now, the near one dated back (five years in a five-year review).
"""

from __future__ import annotations

from tests.extract.patterns.indicator_text import indicators


def _five(body: str):
    return indicators("这五年，" + body, heading="一、“十四五”时期工作回顾", rep=(2025,), plan=(2026,))


def test_a_rise_written_zeng_zhi_gives_both_ends():
    got = sorted((r.indicator, r.year, r.value) for r in _five("城际铁路里程由310公里增至585公里。"))
    assert got == [("城际铁路里程", 2020, 310.0), ("城际铁路里程", 2025, 585.0)]


def test_a_fall_written_jiang_zhi_gives_both_ends():
    got = sorted(
        (r.indicator, r.year, r.value)
        for r in indicators(
            "细颗粒物平均浓度由41微克/立方米降至33微克/立方米，每千人口床位数由5.1张增至6.3张。"
        )
    )
    assert got == [
        ("每千人口床位数", 2023, 5.1),
        ("每千人口床位数", 2024, 6.3),
        ("细颗粒物平均浓度", 2023, 41.0),
        ("细颗粒物平均浓度", 2024, 33.0),
    ]
