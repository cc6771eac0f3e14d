"""Failure class: a …工程 programme carried out by a verb other than 实施 typed as a Project
(深化|新时代X协作工程, 开展|X工程).

GUIDE §3 names 工程 among programme heads (行动/计划/工程/清单) and among project suffixes; the
verb decides: a 工程 that a mined programme-carrying verb governs (``frame_verbs.jsonl``,
``programme_verbs.jsonl``, ``governing_verbs.jsonl``: 实施, 开展, 深化 …) and that names
nothing built (no Project or Platform head in it) is a programme; one naming a built thing
stays a Project. The verbs are read from the mined files, no longer typed as the one literal
实施. Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.grammar import default_grammar


def ents(text: str, region: str | None = "140000") -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, region).ents]


def test_the_carrying_verbs_are_the_mined_ones():
    gr = default_grammar()
    files = ("programme_verbs.jsonl", "frame_verbs.jsonl", "governing_verbs.jsonl")
    mined = {e["word"] for f in files for e in gr.lexicon[f]}
    assert set(gr.carrying_verbs) == mined


def test_the_shipped_governing_verbs_hold_the_robust_cases():
    # 深化 governs 24 headed programmes in 15 reports (min 10 and 10): no extra mask removes it,
    # though its programme-verb share (0.338) sits at that list's threshold
    words = {e["word"] for e in default_grammar().lexicon["governing_verbs.jsonl"]}
    assert {"实施", "开展", "深化"} <= words
    assert "打造" not in words  # 3 headed programmes in 74 quotes: positionings and slogans


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("持续深化城乡互助共富工程，结对村增收明显。", "城乡互助共富工程"),
        ("全面实施银发助学圆梦工程，资助学生三千名。", "银发助学圆梦工程"),
    ],
)
def test_a_works_name_carried_out_that_builds_nothing_is_a_programme(text, name):
    assert (name, "Program") in ents(text)


def test_a_works_name_of_a_built_thing_stays_a_project():
    found = ents("深化汾河水库除险加固工程，年内完工。")
    assert not [e for e in found if e[1] == "Program"]
