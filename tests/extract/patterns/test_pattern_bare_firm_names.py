"""Failure class: bare firm names without a list cue typed as projects.

GUIDE §3: every item of a project list is a Project, but a bare company name stays an
Enterprise. A short proper name with no head word and no company tail (three Han characters
or fewer, letters aside) is a firm. Sentences and names are invented.
"""

from __future__ import annotations

from extract.entities import load_pipeline, run_pipeline


def ents(text: str, region: str | None = "530000") -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, region).ents]


def test_short_proper_names_in_a_project_list_are_firms():
    found = ents("引进科沃德、美国QTS等项目，凯瑞、汇嘉等项目投运。")
    assert {
        ("科沃德", "Enterprise"),
        ("美国QTS", "Enterprise"),
        ("凯瑞", "Enterprise"),
        ("汇嘉", "Enterprise"),
    } <= set(found)


def test_items_with_a_head_word_stay_projects():
    found = ents("推进青禾污水处理厂、云杉大桥等项目建设。")
    assert ("青禾污水处理厂", "Project") in found
    assert ("云杉大桥", "Project") in found
