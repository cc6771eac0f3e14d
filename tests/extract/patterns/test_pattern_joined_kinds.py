"""Failure class: kinds joined by a plus typed as one Project or Platform (跨境电商+海外仓,
产业大脑+未来工厂, 项目+团队+平台: issue 12, Project and Platform precision).

A plus between words combines kinds into a model or a slogan; it names no one thing (GUIDE §3
leaves slogans untagged, and the dev-provincial gold leaves “跨境电商+海外仓” untagged). Numeric
frameworks keep digits around the plus (“1+10”行动) and are Programs of another rule. Sentences
are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.genericity import joins_kinds


def ents(text: str, region: str | None = "530000") -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, region).ents]


@pytest.mark.parametrize(
    ("text", "combination"),
    [
        ("推广“社区团购+海外仓”模式，带动外贸增长。", "社区团购+海外仓"),
        ("建设产业大脑+未来工厂，推动制造业数字化。", "产业大脑+未来工厂"),
        ("探索项目+团队+平台的引才模式。", "项目+团队+平台"),
    ],
)
def test_kinds_joined_by_a_plus_are_no_name(text: str, combination: str) -> None:
    assert joins_kinds(combination)
    assert combination not in [t for t, _ in ents(text)]


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("加快推进“1+6”行动，稳住经济大盘。", "“1+6”行动", "Program"),  # digits around the plus
        ("建成澄湾港综合保税区。", "澄湾港综合保税区", "Platform"),  # no plus: untouched
    ],
)
def test_names_without_joined_words_stay(text: str, name: str, label: str) -> None:
    assert not joins_kinds(name)
    assert (name, label) in ents(text)
