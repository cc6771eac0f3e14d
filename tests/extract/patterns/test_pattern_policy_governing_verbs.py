"""Failure class: the governing verb and the title's own first verb at a Policy's left edge.

The words mined before 《》 titles (``policy_frames.jsonl``: 落实, 出台, 制定 …) govern a document
and never open its name, but the dictionary tags some of them as no verb (落实: an adjective),
so a bare title kept them (落实|…规划纲要). And the other way round: right after a governing verb
the title begins at once, as a 《》 would, so a single verb the name grammar cut off there is the
title's own first word (制定|促进…条例, 出台|优化…条例). Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline


def ents(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, "520000").ents]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("认真落实黔中城市群发展规划纲要，推动协同发展。", "黔中城市群发展规划纲要"),
        ("全面落实北部湾城市群建设规划纲要和配套措施。", "北部湾城市群建设规划纲要"),
        ("出台实施乡村全面振兴规划，推进和美乡村建设。", "乡村全面振兴规划"),
    ],
)
def test_a_governing_verb_is_no_part_of_the_title(text, name):
    found = ents(text)
    assert (name, "Policy") in found
    assert not any(t == "Policy" and s != name and s.endswith(name) for s, t in found)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("制定优化营商环境条例，健全涉企服务机制。", "优化营商环境条例"),
        ("推动出台促进公平竞争条例，清理妨碍统一市场的规定。", "促进公平竞争条例"),
    ],
)
def test_a_verb_right_after_the_governing_verb_opens_the_title(text, name):
    assert (name, "Policy") in ents(text)


@pytest.mark.parametrize(
    "text",
    [
        "落实好各项规划，确保任务完成。",
        "制定完善工作方案，推动落地见效。",
    ],
)
def test_no_title_is_left_after_the_verb(text):
    assert not any(t == "Policy" for _, t in ents(text))
