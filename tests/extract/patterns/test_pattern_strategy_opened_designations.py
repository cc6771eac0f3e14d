"""Failure class: a pilot designation that opens with a strategy's name (美丽中国省域先行区).

The resolver drops a head-word guess that opens with a strategy (西部陆海新通道铁海联运班列: the
strategy plus a generic tail). A GUIDE §3 pilot designation (head kernels whose rule is the
pilot-designation rule: 试点, 示范区, 先行区 …) with a modifier of its own after the strategy
is a programme kept whole, with no Strategy inside it (provincial-2026 conventions, GUIDE
§2.1); a generic word between them (建设) leaves the strategy alone, as in the dev gold.
Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.grammar import default_grammar


def ents(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, "370000").ents]


def test_the_pilot_heads_come_from_the_guide_rule_of_the_kernels():
    gr = default_grammar()
    assert gr.program_designations
    assert all(gr.heads.get(h) == "Program" for h in gr.program_designations)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("本省获批美丽中国省域先行区。", "美丽中国省域先行区"),
        ("获批数字中国县域治理先行区。", "数字中国县域治理先行区"),
    ],
)
def test_a_designation_with_its_own_modifier_after_the_strategy_is_one_programme(text, name):
    found = ents(text)
    assert (name, "Program") in found
    assert not [e for e in found if e[1] == "Strategy"]


@pytest.mark.parametrize(
    ("text", "strategy"),
    [
        ("加力打造美丽中国建设先行区，筑牢屏障。", "美丽中国"),  # 建设: the strategy's generic tail
        ("推进西部陆海新通道铁海联运班列开行。", "西部陆海新通道"),  # no pilot head
    ],
)
def test_a_generic_tail_after_the_strategy_leaves_the_strategy(text, strategy):
    found = ents(text)
    assert (strategy, "Strategy") in found
    assert not [e for e in found if e[1] == "Program"]
