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
    # 深化 governs 21 headed programmes in 13 reports (min 10 and 10); with its pilot zones and
    # actions followed by 建设 read as programmes, not builds (governing_verbs.CARRIED_OUT_TYPES),
    # 0.62 of its named objects are programmes (0.49 when they counted as builds, under the
    # majority after round 12's mask), though its programme-verb share (0.356) sits at that
    # list's threshold (scripts/mining_stability.py)
    words = {e["word"] for e in default_grammar().lexicon["governing_verbs.jsonl"]}
    assert {"实施", "开展", "深化"} <= words
    assert "推进" not in words  # 27 headed programmes, but 0.36 of its named objects: it builds
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


def test_a_governing_verb_needs_many_headed_names_in_many_reports_whatever_its_share():
    # invented reports: 深化 governs one headed programme per report among four slogans (quote
    # share 0.2, under the programme-verb threshold 0.35); 巩固 governs as many headed programmes
    # but builds twice as often (巩固X项目): its named objects are mostly no programmes
    import re

    from extract.pipeline.governing_verbs import mine_governing_verbs
    from extract.pipeline.mining import segment

    headed = re.compile("工程")
    types = {"工程": "Program", "项目": "Project"}
    names = "甲乙丙丁戊己庚辛壬癸子丑寅卯"
    slogans = "深化“甲乙共治”，深化“丙丁联办”，深化“戊己通办”，深化“庚辛同创”。"
    builds = "巩固{c}村供水项目。巩固{c}乡道路项目。"
    docs = [
        (f"{i}.txt", f"深化“青苗护航{c}”工程。{slogans}巩固“银龄互助{c}”工程。" + builds.format(c=c))
        for i, c in enumerate(names[:12])
    ]
    mined = mine_governing_verbs(docs, headed, ["深化", "巩固"], segment, head_types=types)
    rows = {r["word"]: r for r in mined}
    assert set(rows) == {"深化"}
    assert rows["深化"]["counts"]["headed_programmes"] == 12 and rows["深化"]["share"] == 0.2
    assert rows["深化"]["programme_object_share"] == 1.0
    few = mine_governing_verbs(docs[:9], headed, ["深化"], segment, head_types=types)  # 9 reports
    assert few == []
