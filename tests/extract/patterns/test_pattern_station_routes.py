"""Failure class: the ends of a route named from a station, tagged as Districts (广州东至新塘五六线:
issue 12, District precision).

The first end is a station (a place and a compass point, GUIDE §2.4) and the second may be a
place the gazetteer does not know; what follows 至 runs into a section word (线, 段) or a name
head, so the places are ends of a route's name, not mentions (GUIDE §2.1). A journey between two
places with no section or head after it keeps its places. Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline


def districts(text: str, region: str | None = "530000") -> list[str]:
    return [e.text for e in run_pipeline(load_pipeline(), text, region).ents if e.label_ == "District"]


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("推进澄湾城际、昆明南至新澄塘三四线建设。", ["昆明"]),  # second end unknown to the gazetteer
        ("推进昆明南至玉溪线改造。", ["昆明", "玉溪"]),  # both ends known
    ],
)
def test_station_route_ends_are_no_districts(text: str, places: list[str]) -> None:
    found = districts(text)
    assert not any(p in found for p in places), found


def test_a_journey_keeps_its_places() -> None:
    found = districts("游客从昆明南至玉溪，再到大理。")
    assert "昆明" in found and "玉溪" in found
