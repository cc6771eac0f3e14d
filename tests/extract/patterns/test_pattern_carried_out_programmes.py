"""Failure class: 实施…工程 typed by a hand list of built things (GUIDE §9: a programme carried
out is a Program, a construction a Project; issue 12).

A 工程 carried out (实施…) builds something when its body names what construction works on —
a Project or Platform head of the lexicon (GUIDE kernels and mined heads, one-character
kernels included) — or works on it (改造, 扩建: GUIDE §4); otherwise it is a programme.
Sentences are invented.
"""

from __future__ import annotations

import copy

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.grammar import Grammar
from extract.pipeline.lexicon_files import read_lexicon


def ents(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, "500000").ents]


@pytest.mark.parametrize(
    ("text", "name", "type_"),
    [
        ("全面实施青禾品牌强省工程。", "青禾品牌强省工程", "Program"),
        ("全面实施青禾数字乡村工程。", "青禾数字乡村工程", "Program"),
        ("全面实施青禾水库扩容工程。", "青禾水库扩容工程", "Project"),  # 水库: a Project head
        ("全面实施青禾老旧小区改造工程。", "青禾老旧小区改造工程", "Project"),  # works on something
    ],
)
def test_a_programme_carried_out_builds_only_what_it_names(text, name, type_):
    assert (name, type_) in ents(text)


def test_built_things_are_the_lexicons_project_and_platform_heads():
    lexicon = read_lexicon()
    built = Grammar(lexicon).built_re
    assert built.search("青禾水库扩容") and built.search("青禾产业园") and not built.search("品牌强省")
    more = copy.deepcopy(lexicon)
    more["heads.jsonl"].append(
        {
            "head": "乡村驿道",
            "type": "Project",
            "kernel": "道",
            "source": "mined",
            "counts": {"suffix": 3},
            "docs": 3,
        }
    )
    assert Grammar(more).built_re.search("数字乡村驿道") and not built.search("数字乡村驿道")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("实施企业梯度培育工程，新增规上企业百家。", "企业梯度培育工程"),
        ("实施乡村人才振兴工程，培育人才。", "乡村人才振兴工程"),
    ],
)
def test_a_descriptive_programme_carried_out_is_still_named(text, name):
    """Named actions are Program even when descriptive (provincial-2026 conventions, Types): the
    common-phrase test that drops unnamed kinds of construction (支撑调节性煤电项目) does not
    apply once 实施 makes the 工程 a programme."""
    assert (name, "Program") in ents(text)


@pytest.mark.parametrize("text", ["实施一批重大工程，加快建设。", "实施重点工程，加快建设。"])
def test_a_generic_programme_body_stays_untagged(text):
    assert not [e for e in ents(text) if e[1] == "Program"]
