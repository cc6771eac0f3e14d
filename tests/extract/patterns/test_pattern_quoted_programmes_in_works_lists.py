"""Failure class: quoted actions and plans listed before a works label (“A计划”“B行动”等重大工程)
typed as Projects (issue 12, Project precision; branch project17's readable audit).

A list of quoted names closed by 等 takes the type of the head after it, but a conjunct that ends
in a Program head of its own (GUIDE §3: named actions and plans, 行动/计划) keeps it. Other own
heads stay with the list's label: every item of a list labelled as projects is a Project (GUIDE
§3). Sentences are invented, in forms not read in any gold passage.
"""

from __future__ import annotations

from extract.coordination import _own_programme
from extract.entities import load_pipeline, run_pipeline


def ents(text: str, region: str | None = "530000") -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, region).ents]


def test_quoted_actions_and_plans_keep_their_programme_head() -> None:
    found = ents("纵深推进“山城快充计划”“光储行动”等重大工程，力争产量突破。")
    assert ("山城快充计划", "Program") in found
    assert ("光储行动", "Program") in found
    assert ("山城快充计划", "Project") not in found


def test_other_own_heads_follow_a_project_label() -> None:
    """GUIDE §3: a park or base listed as a project is a Project."""
    found = ents("推进“澄江产业园”“滇池基地”等重点项目建设。")
    assert ("澄江产业园", "Project") in found
    assert ("滇池基地", "Project") in found


def test_names_without_a_head_take_the_list_head() -> None:
    assert ("郑和号", "Program") in ents("加快“郑和号”“昆明陆港号”等班列开行。")


def test_own_programme_reads_the_head_lexicon() -> None:
    assert _own_programme("光储行动") == "Program"
    assert _own_programme("澄江产业园") is None  # a Platform head: left to the label
    assert _own_programme("郑和号") is None  # no head of two or more characters
