"""Failure class: build-up programmes written as works typed Project (issue 12, fifth sample).

GUIDE §3: 工程 names are Projects when something is built, Programs when they name an action
done to a kind of thing (企业梯度培育工程). A …工程 whose body is a kind (no place, proper noun
or digit; no head of a built thing) and a verb (提升, 建设, 培育) is a Program
(``extract.pipeline.programme_works``). Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline


def ents(text: str, region: str | None = "530000") -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, region).ents]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("推进生态农场示范基地建设工程和滇湖大道建设。", "生态农场示范基地建设工程"),
        ("加快滇湖大道建设和星级民宿提升工程。", "星级民宿提升工程"),
    ],
)
def test_a_verb_done_to_a_kind_is_a_programme(text, name):
    assert (name, "Program") in ents(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("推进澄江产业园建设工程和滇湖大道建设。", "澄江产业园建设工程"),  # a place names one park
        ("推进国省干道提质升级工程和滇湖大道建设。", "国省干道提质升级工程"),  # works on roads (干道)
        ("推进澄江中学建设工程和滇湖大道建设。", "澄江中学建设工程"),
        ("完成滇湖隧道扩建工程。", "滇湖隧道扩建工程"),  # GUIDE §2.4 works
    ],
)
def test_works_on_one_thing_stay_projects(text, name):
    assert (name, "Project") in ents(text)


def test_the_rule_reads_the_name_not_a_list():
    from extract.pipeline.grammar import Grammar
    from extract.pipeline.lexicon_files import read_lexicon
    from extract.pipeline.programme_works import programme_works

    g = Grammar(read_lexicon())
    assert programme_works("星级民宿提升工程", g)
    assert not programme_works("星级民宿二期工程", g)  # no verb: a phase of one works
    assert not programme_works("滇湖星级民宿提升项目", g)  # 项目 is a project's own head
