"""Failure class: headed programme names after a carrying verb lost whole (issue 12, program35).

Two ways a name written in common words after 实施/深化实施 was lost:

- the head the grammar read was a mined composite head (升级工程: modifier 升级 + kernel 工程,
  ``heads.jsonl``), so the body left before it (企业技改) was generic and the carried-kind reader
  (``carried_kinds``), which asks for a programme kernel, never saw 工程: the modifier is now the
  body's last word (企业技改升级|工程, a verbal noun, as 产业|创新 is);
- a hard stop word cut the left context so that only a soft one was left before the head (…建设|
  提升|工程): the front loop drops that soft word and no body remained; such a cut is no cut,
  unless a stop word left of it cuts nothing either (顺利完成|…深化|提升行动: the old cut stands).

A description or a verb that is no carrying verb still names no programme. Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline


def ents(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, "360000").ents]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("深化实施企业技改升级工程，提高效益。", "企业技改升级工程"),
        ("全面实施城乡社区升级工程。", "城乡社区升级工程"),
        ("实施森林防火建设提升工程，加强管护。", "森林防火建设提升工程"),
        ("实施乡村道路建设提升工程，加强管护。", "乡村道路建设提升工程"),
        ("国有林场改革深化提升行动平稳收官。", "国有林场改革深化提升行动"),
    ],
)
def test_a_carried_headed_name_is_found_whole(text, name):
    assert (name, "Program") in ents(text)


@pytest.mark.parametrize(
    "text",
    [
        "实施重点升级工程，扩大消费。",
        "推进企业技改升级工程建设。",
        "加快道路建设提升通行能力。",
        "推动城市建设提升品质。",
    ],
)
def test_a_description_or_a_clause_stays_untagged(text):
    assert not [e for e in ents(text) if e[1] == "Program"]


def test_a_completed_clause_before_the_name_stays_out():
    assert not [e for e in ents("顺利完成农垦改革深化提升行动。") if e[0].startswith("顺利")]
