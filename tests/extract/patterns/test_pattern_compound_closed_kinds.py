"""Failure class: policy titles closed by a kind the miner counted only inside compounds (规划).

Issue 12 lists policy titles without 《》 (…青年发展规划, …海岸带综合保护与利用规划). The governed
title finder (``extract.pipeline.untitled_policies.find_governed_titles``) takes its document kinds
from the words that close 《》 titles (``scripts/mine_policy_frames.py``). Counted by the title's
last word alone, a kind the dictionary also knows inside compounds (总体规划, 实施细则, 实施方案)
had its evidence split: 《…总体规划》 counted 总体规划, not 规划. The miner now also counts the
kind a compound noun of two words ends in (``policy_mining.compound_kind``), never the last two
characters of a word that only happen to spell one (保护法: 保|护法). As a kind, 规划 still never
closes a phrase where it is the verb or governs an object (规划建设, 规划布局, 规划体系), and
no kind closes a name when it is a word of the clause (``untitled_policies.kind_in_clause``): after
a clause word never seen before a head (…相关规划), in a title cut after a joining word
(…保护与|利用规划), or opening a series of activities (规划、设计、建设). Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.policy_mining import compound_kind, mine_policy_frames


def ents(text: str, region: str | None = "430000") -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, region).ents]


def test_a_compound_noun_of_two_words_gives_its_last_word_as_the_kind():
    assert compound_kind("总体规划") == "规划"
    assert compound_kind("实施细则") == "细则"
    assert compound_kind("保护法") is None  # 保|护法: too short, and 保 no two-character word
    assert compound_kind("规划") is None


def test_titles_closed_by_compounds_count_for_the_kind_in_the_miner():
    # one report closes a title with 规划 as a word of its own, another with a compound of it:
    # the kind closes titles in two reports (the floor), where each spelling alone had one
    docs = [
        ("甲.txt", "出台《澄州城市更新规划》。"),
        ("乙.txt", "落实《澄江流域总体规划》。"),
    ]
    rows = {(r["role"], r["word"]): r for r in mine_policy_frames(docs)}
    kind = rows[("kind", "规划")]
    assert kind["counts"]["closes_title"] == 1 and kind["counts"]["closes_compound"] == 1
    assert kind["docs"] == 2


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("落实澄州青年发展规划和配套措施。", "澄州青年发展规划"),
        ("制定澄江流域生态保护总体规划，严守生态红线。", "澄江流域生态保护总体规划"),
        ("落实澄州法治建设规划。", "澄州法治建设规划"),
        ("落实澄州青年发展规划、澄州城市更新规划。", "澄州城市更新规划"),  # a list-mate title
        # a clause verb seen before heads stays name material (促进: before_head 25)
        ("制定澄区“澄州双倍增促进方案”贯彻措施。", "澄州双倍增促进方案"),
        # a two-character preposition governs the title, it joins nothing
        ("提请市人大常委会审议通过澄州城市更新条例，启动改造。", "澄州城市更新条例"),
    ],
)
def test_a_governed_title_closed_by_a_plan_is_a_policy(text, title):
    assert (title, "Policy") in ents(text)


@pytest.mark.parametrize(
    "text",
    [
        "科学规划建设澄州新城，完善城市功能。",  # 规划 the verb before a stage verb
        "统筹规划布局重大基础设施。",  # 规划 the verb before its object
        "落实国土空间规划体系，优化城市布局。",  # 规划 inside a longer name of no document
        "加强规划引领，完善规划体系。",
        "制定发展规划。",  # a bare kind of plan, no name
        "实施好澄州食品药品安全相关规划，完善全过程监管。",  # related plans (相关: before_head 0)
        "出台澄州海岸带综合保护与利用规划，统筹陆海空间。",  # cut after 与: no part is taken
        "推动澄州站城一体化规划、设计、开发、建设。",  # a series of activities
        "出台澄州海岸带综合保护与利用方案，统筹陆海空间。",  # the same guards for every kind
    ],
)
def test_plan_as_a_verb_or_a_bare_kind_is_no_title(text):
    assert not any(label == "Policy" for _, label in ents(text))
