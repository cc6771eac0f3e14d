"""Failure class: a count written in figures read into the front of a name guess.

The head-word scan took ``16处`` into ``16处大宗工业固废回填试点`` (处 is no measure word of
``grammar.AMOUNT_RE``): GUIDE §2 spans the name, and the readable gold leaves every count before
a Program outside its span. ``extract.pipeline.count_fronts`` cuts the count; a counted Project
is then a kind (``genericity.is_counted``), and counts in Chinese numerals stay (numbered
formulas such as 十项行动). Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline


def found(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, "370000").ents]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("实施16处青禾源网一体化试点，加强噪声污染防治。", "青禾源网一体化试点"),
        ("推进16处青禾源网一体化试点建设。", "青禾源网一体化试点"),
    ],
)
def test_a_count_in_figures_is_cut_off_the_programme(text: str, name: str) -> None:
    got = found(text)
    assert (name, "Program") in got, got
    assert not any(t[0].isdigit() for t, _ in got), got


def test_a_counted_kind_of_works_is_no_project() -> None:
    assert found("改造7000多所青禾义务教育学校。") == []


def test_a_name_without_a_count_is_untouched() -> None:
    assert ("青禾源网一体化试点", "Program") in found("实施青禾源网一体化试点，加强噪声污染防治。")
