"""Failure class: a place right before a recognised strategy dropped as the modifier of an
unrecognised name (甲市|乙西崛起: the place lost, the strategy kept).

The tail tests of ``extract.pipeline.embedded`` read the words after a place to decide that it
opens a longer name nobody recognised (a coined word, a kernel, a built thing). When those words
are a strategy the gazetteer or the grammar recognised on its own, they are no such name: the
dictionary reads a province abbreviation and a compass point (滇|中) as a coined word, and the
place was dropped. GUIDE §2.7 tags adjacent units side by side (the tuning and round-5 gold tag a
city and the regional rise strategy after it separately), so the place stays. The enclosing tests
still apply. Sentences are invented (real division names, made-up strategies); none is a corpus
passage.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.embedded import adjacent_unit


def ents(text: str, region: str = "530000") -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, region).ents]


@pytest.mark.parametrize(
    ("text", "place", "strategy"),
    [
        ("支持玉溪滇中崛起。", "玉溪", "滇中崛起"),  # 滇|中 read as a coined word before the change
        ("推进昭通滇北崛起。", "昭通", "滇北崛起"),
    ],
)
def test_a_place_before_a_strategy_stays_a_district(text, place, strategy):
    found = ents(text)
    assert (place, "District") in found, found
    assert (strategy, "Strategy") in found, found


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("推动玉溪戊己板块新增企业。", "玉溪"),  # a coined word, no strategy: still a name's modifier
        ("昭通辛壬法务区揭牌运行。", "昭通"),
    ],
)
def test_a_place_before_an_unrecognised_name_is_still_dropped(text, place):
    assert place not in [t for t, label in ents(text) if label == "District"]


class _Span:
    """The two attributes ``adjacent_unit`` reads, for a plain unit test."""

    def __init__(self, start: int, end: int, label: str):
        self.start_char, self.end_char, self.label_ = start, end, label


@pytest.mark.parametrize(
    ("nxt", "beside"),
    [
        (_Span(2, 6, "Strategy"), True),
        (_Span(3, 7, "Strategy"), False),  # a gap: not adjacent
        (_Span(2, 6, "Program"), False),  # a programme after a place may be the place's own name
        (None, False),
    ],
)
def test_adjacent_unit(nxt, beside):
    place = _Span(0, 2, "District")
    assert adjacent_unit(place, nxt) is beside  # type: ignore[arg-type]
