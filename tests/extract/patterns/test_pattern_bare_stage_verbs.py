"""Failure class (branch ``relation25``): a status no mined phrase spells is not read.

Invented text and names. The mined status phrases need two sightings in two reports, so a stage
verb that is a status alone by its kernel rule (投运, 达产: ``alone: true`` in
``status_kernels.jsonl``) but that the masked reports wrote once after a project head gave no
status (``某工程投运。`` in two rounds of the provincial gold), nor did a verb that is a status
with an adverb (推进, GUIDE §9 加快推进) after an adverb no mined phrase holds (``顺利推进``, three
times in fresh6). Where the stage verbs close the clause right after the project or its list,
they are its status, with the one two-character word before them as its adverb (GUIDE §5, §9:
verbatim). A noun before a verb that needs an adverb (``前期推进``), the work named alone
(``某工程建设``) and other words between name and verb give no such reading; where the two
characters before the verb end a longer word (``实质性|落地``), that whole word is the adverb.
"""

from __future__ import annotations

import pytest

from tests.extract.patterns.relation_text import relation_pairs

HEAD = "一、2024年工作回顾\n"
NAMES = [
    ("澄湾大桥", "Project"),
    ("临江特高压工程", "Project"),
    ("云湖石化一期", "Project"),
    ("北岭公路", "Project"),
]


def _status(body: str) -> set[tuple[str, str]]:
    return relation_pairs(HEAD + body + "\n", NAMES, "hasStatus")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("临江特高压工程投运。", {("临江特高压工程", "投运")}),
        ("云湖石化一期稳产达产。", {("云湖石化一期", "稳产达产")}),
        ("澄湾大桥、北岭公路顺利推进，交通条件改善。", {("澄湾大桥", "顺利推进"), ("北岭公路", "顺利推进")}),
        ("澄湾大桥、北岭公路等项目相继投运。", {("澄湾大桥", "相继投运"), ("北岭公路", "相继投运")}),
        ("北岭公路项目投运。", {("北岭公路", "投运")}),
    ],
)
def test_stage_verbs_closing_the_clause_are_the_status(body, expected):
    assert _status(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        "澄湾大桥前期推进。",  # a noun before a verb that needs an adverb
        "澄湾大桥建设，带动片区发展。",  # the work named, not its state
        "澄湾大桥通行能力提升后投运。",  # other words between the name and the verb
    ],
)
def test_no_status_from_other_frames(body):
    assert _status(body) == set()


def test_a_longer_word_is_read_whole():
    # 实质性|落地: 质性 is the end of a word, so the adverb is the whole word, not its last two
    # characters (branch status10: fresh6's gold copies 实质性落地 verbatim three times)
    assert _status("澄湾大桥等项目实质性落地。") == {("澄湾大桥", "实质性落地")}


def test_a_plan_gives_no_status():
    body = "二、2025年工作安排\n临江特高压工程投运。"
    assert _status(body) == set()


def test_a_long_run_of_stage_verbs_that_does_not_close_the_clause_is_read_once():
    """Hostile input: the closing-run pattern is bounded (MAX_STAGE_RUN verbs), so a search over a
    run of thousands of stage verbs followed by something else fails at each start after a few
    verbs instead of reading the run to its end (16,000 verbs: 10 s); a short closing run is read."""
    from extract.relations.status import MAX_STAGE_RUN, bare_status, status_lexicon

    lexicon = status_lexicon()
    assert bare_status("等项目稳产达产", lexicon) == "稳产达产"
    assert lexicon.kernel_run_re.search("投运" * (MAX_STAGE_RUN + 3)).start() == 6
    assert bare_status("投运" * 16_000 + "甲", lexicon) is None
