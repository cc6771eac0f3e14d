"""Failure class: a national designation naming two fields joined by 与/和 came out as its tail.

GUIDE §3 types pilot designations as Program and §2.5 keeps their level word; a level opening
the first field with one designation head after the second scopes over both fields
(``extract.pipeline.conjoined_designations``). Sentences are invented.
"""

from __future__ import annotations

import time

import pytest

from extract.entities import load_pipeline, run_pipeline


def mentions(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, "140000").ents]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("推动全国新型农业化与产城统筹示范区建设迈上新台阶。", "全国新型农业化与产城统筹示范区"),
        ("推进国家城市与乡村融合发展试验区建设，扩面提质。", "国家城市与乡村融合发展试验区"),
    ],
)
def test_a_level_before_two_fields_opens_one_designation(text, name):
    found = mentions(text)
    assert (name, "Program") in found
    assert all(t == name or t not in name for t, _ in found)  # no field left as its own mention


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a head after the first field: two designations listed
        ("建设国家青禾试点和花溪示范区。", ["国家青禾试点", "花溪示范区"]),
    ],
)
def test_two_designations_stay_two(text, names):
    found = [t for t, label in mentions(text) if label == "Program"]
    assert found == names


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("获批全国第四批居家和社区医疗服务改革试点。", "全国第四批居家和社区医疗服务改革试点"),  # a rank
        ("打造国家级农业和生态示范区，提升能级。", "国家级农业和生态示范区"),  # 国家级: a level form
        ("推进全国高质量发展和宜居城镇建设试点。", "全国高质量发展和宜居城镇建设试点"),  # a clause word
    ],
)
def test_ranks_levels_and_clauses_are_no_fields(text, absent):
    assert absent not in [t for t, _ in mentions(text)]


def test_a_long_run_of_levels_and_conjunctions_stays_linear():
    from extract.pipeline.conjoined_designations import _conjoined_re
    from extract.pipeline.grammar import default_grammar

    pattern = _conjoined_re(default_grammar().program_designations)
    assert pattern is not None
    timings = []
    for n in (2000, 8000):
        text = "国家青禾与花溪" * n
        t0 = time.perf_counter()
        list(pattern.finditer(text))
        timings.append(time.perf_counter() - t0)
    assert timings[1] < 8 * timings[0] + 0.05
