"""Failure class: a kind counted with 各 ("each") after a list is no name (issue 12, mass21).

The provincial-2026 conventions leave counts of generic items untagged (``29家全国重点实验室``);
``genericity.is_counted`` read a count right after a guess (…实验室12家，) but not one that 各
distributes over every conjunct (``省技术创新中心、省工程研究中心各20家``: twenty of each kind, as
round 10's readable gold leaves it). 各 is a function word, a closed class. A count after 各 that a
noun follows counts what the bodies hold, not the bodies (GUIDE §3). Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.genericity import is_counted


def ents(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, "140000").ents]


def test_a_kind_counted_with_each_is_untagged():
    text = "新增省重点实验室、省工程研究中心各20家。"
    assert not [e for e in ents(text) if e[1] in ("Organization", "Platform")], ents(text)


@pytest.mark.parametrize(
    ("text", "name", "counted"),
    [
        ("省工程研究中心各20家。", "省工程研究中心", True),
        ("省工程研究中心20家。", "省工程研究中心", True),
        ("澄江实验室各3个研究方向。", "澄江实验室", False),  # a noun after: what the body holds
        ("澄江实验室各方面工作。", "澄江实验室", False),  # no count
    ],
)
def test_each_before_a_count_counts_the_guess(text, name, counted):
    assert is_counted(text, 0, len(name), "Organization") is counted
