"""A works named with its phase (二期, 3期) at the end: where the phase starts, read in bounded work.

``list_items.phase_end`` tells the list reader where a phase item's stem ends (甲水库一期、二期) and
the proper-part test that a phase makes a name proper. Invented names; the hostile case is a long
run of numerals, which the earlier pattern ``[numerals]+期$`` rescanned from each position.
"""

from __future__ import annotations

import pytest

from extract.pipeline.list_items import phase_end
from tests.extract.patterns.op_budget import within_lines


@pytest.mark.parametrize(
    ("name", "start"),
    [
        ("青松湖水厂二期", 5),
        ("青松湖水厂12期", 5),
        ("十期", 0),
        ("青松湖水厂三期\n", 5),
        ("青松湖水厂", None),
        ("青松湖水厂期", None),  # no numeral before 期
        ("青松湖二期水厂", None),  # the phase does not close the name
    ],
)
def test_the_closing_phase_is_found(name: str, start: int | None) -> None:
    assert phase_end(name) == start


def test_a_long_numeral_run_is_read_in_linear_work() -> None:
    assert within_lines(20, phase_end, "1" * 100_000 + "站")[0] is None
    start, _lines = within_lines(400_000, phase_end, "站" + "一" * 100_000 + "期")
    assert start == 1
