"""Failure class: the first item of a project list cut at a stop word inside its name, down to
a generic word that is then dropped (巴斯夫核心|装置 → 装置: issue 12, Project recall).

The left scan of a list's first item cuts at the last stop word that leaves a body; a mined
stop word can be name material (核心, a noun). When the cut leaves a generic word, the item
reaches back to the last clause word (a verb, adverb or function word by jieba's tags) or to
the clause mark (GUIDE §3: every item of a list labelled as projects is a Project). Sentences
are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline


def ents(text: str, region: str | None = "530000") -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, region).ents]


@pytest.mark.parametrize(
    "text",
    [
        "全年产值增长8%，澄湾核心装置、鹤溪二期等一批重大项目建成投产。",  # after a clause mark
        "有力推进澄湾核心装置、鹤溪二期等项目建设。",  # after the clause's verb
    ],
)
def test_the_first_item_keeps_its_name(text: str) -> None:
    found = ents(text)
    assert ("澄湾核心装置", "Project") in found and ("鹤溪二期", "Project") in found


def test_a_verb_and_a_generic_word_stay_out() -> None:
    """加快|核心装置: what is left after the verb is no name, and nothing is added."""
    found = ents("加快核心装置、鹤溪二期等项目建设。")
    assert ("鹤溪二期", "Project") in found
    assert not any("核心" in t for t, _ in found)


def test_lists_of_firms_are_not_widened() -> None:
    """Only project lists (项目, 工程) are read so; a brand list keeps its trimmed first item."""
    assert not any(t.startswith("实") for t, _ in ents("做实“澄湾好风光”“智汇澄湾”等品牌。"))
