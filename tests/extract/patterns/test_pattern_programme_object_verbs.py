"""Failure class: a programme-head guess that swallows the clause acting on the programme
(市打赢|X攻坚战, 定期发布|X清单): issue 12, Program precision on text nobody annotated.

GUIDE §2.1 takes the maximal *name*: a clause's subject, adverb and a mined programme-object verb
before the name are no part of it (``extract.pipeline.programme_objects``); a verb that names the
programme's own act (提升 of 某某提升行动) stays. Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.grammar import default_grammar
from extract.pipeline.programme_objects import FILE, programme_object_start


def programmes(text: str) -> list[str]:
    return [e.text for e in run_pipeline(load_pipeline(), text, None).ents if e.label_ == "Program"]


def test_the_mined_verbs_carry_their_counts() -> None:
    rows = default_grammar().lexicon[FILE]
    assert {r["word"] for r in rows} >= {"打赢", "发布"}
    assert all(r["source"] == "mined" and r["docs"] >= 2 and r["counts"]["object_frames"] for r in rows)
    assert "提升" not in {r["word"] for r in rows}  # 提升行动: the programme's own act


@pytest.mark.parametrize(
    ("text", "swallowed"),
    [
        ("全年新增就业岗位三千个，区打赢星河片区治污攻坚战，群众满意度提高。", "区打赢星河片区治污攻坚战"),
        ("搭建校企对接平台，按季发布青禾产业人才需求清单，服务企业用工。", "按季发布青禾产业人才需求清单"),
    ],
)
def test_the_clause_verb_is_cut_from_the_programme(text: str, swallowed: str) -> None:
    found = programmes(text)
    assert swallowed not in found
    assert not any(v in f for f in found for v in ("打赢", "发布"))


def test_the_programmes_own_act_stays_in_the_name() -> None:
    name = "青禾社区养老服务提升行动"
    assert name in programmes(f"深入实施{name}，新建助餐点二十个。")


@pytest.mark.parametrize(
    ("body", "cut"),
    [
        ("区打赢星河片区治污", 3),
        ("按季发布供需", 0),  # two characters before the head: a field, a kind of list
        ("按季发布青禾产业人才需求", 4),
        ("青禾社区养老服务提升", 0),  # no programme-object verb: the name's own act
        ("发布", 0),  # nothing left before the head
    ],
)
def test_the_cut_needs_a_verb_word_and_a_name_after_it(body: str, cut: int) -> None:
    assert programme_object_start(body, default_grammar()) == cut
