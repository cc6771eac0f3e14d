"""Named actions are programmes even when descriptive (provincial-2026 conventions, Types:
重点产业链招商行动, 重大项目建设年活动): a body opening with a description word (重大, 重点)
marks a generic project or platform (重大整车项目), never a programme's name. Sentences are
invented.
"""

from __future__ import annotations

from extract.entities import load_pipeline, run_pipeline


def ents(text: str, region: str | None = "370000") -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, region).ents]


def test_a_descriptive_action_name_is_a_programme():
    assert ents("开展重大文旅品牌培育行动。") == [("重大文旅品牌培育行动", "Program")]


def test_a_descriptive_project_is_still_generic():
    assert ents("推进重大整车项目建设。") == []
