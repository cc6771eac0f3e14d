"""Failure class: a metro line named by its letter code keeps no system in its canonical (project17).

The provincial-2026 conventions give metro lines listed without their system the city's metro
prefix (``B1`` -> 天津地铁B1线), as ``linking.metro_line`` did for numbered lines only (7号线一期北段
-> 天津地铁7号线一期北段): a line written by its letter code (K7线二期西段, or the bare code K7 in a
list of lines) stayed bare. A road's code is no line: GB/T 917 numbers national, provincial,
county and township roads G, S, X, Y. Line names are invented.
"""

from __future__ import annotations

import pytest

from extract.linking import metro_line

KNOWN = {"天津地铁8号线", "天津地铁3号线北段"}


@pytest.mark.parametrize(
    ("name", "full"),
    [
        ("K7线二期西段", "天津地铁K7线二期西段"),
        ("K7", "天津地铁K7线"),  # the bare code takes the line word
        ("M3线", "天津地铁M3线"),
        ("9号线一期南段", "天津地铁9号线一期南段"),  # numbered lines as before
    ],
)
def test_a_lettered_line_takes_the_one_system(name, full):
    assert metro_line(name, KNOWN, "120000") == full


@pytest.mark.parametrize("name", ["G15", "S1", "X208", "AB1", "K7大道"])
def test_road_codes_and_other_words_take_none(name):
    assert metro_line(name, KNOWN, "120000") is None


def test_no_system_no_prefix():
    assert metro_line("K7线", {"甲乙高速"}, "120000") is None
