"""Failure class: programme vs project for a quoted …工程 (GUIDE §3).

A quoted 工程 name is a programme carried out (深入实施“千项万亿”工程) unless the report says it
is being built or was completed: a mined status phrase right before it (加快推进) or right after
it past at most two characters (如期|完工). Then it is a construction item, a Project.
Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline


def ents(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, "140000").ents]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("“一湾碧水入城”生态修复工程如期完工，水质提升。", "“一湾碧水入城”生态修复工程"),
        ("加快推进青禾地区清洁供暖“一张网”工程。", "青禾地区清洁供暖“一张网”工程"),
        ("青禾山区“千塘连通”工程建成投用。", "青禾山区“千塘连通”工程"),
    ],
)
def test_a_quoted_works_reported_built_is_a_project(text, name):
    assert (name, "Project") in ents(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("深入实施扩大青禾投资“千村万户”工程，加大投入。", "扩大青禾投资“千村万户”工程"),
        ("实施“青山绿水”工程，成效明显。", "“青山绿水”工程"),
    ],
)
def test_a_quoted_works_carried_out_is_a_programme(text, name):
    assert (name, "Program") in ents(text)
