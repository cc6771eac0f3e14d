"""Governing verbs: a Program head followed by 建设 is carried out, not built.

深化 governs two dozen headed programmes; whether most of its named objects are programmes decided
its place in ``governing_verbs.jsonl``. Nine of them were pilot zones and actions followed by 建设
(深化X试验区建设), counted as builds, which held its share at 0.506 before round 12's passages
were blanked and 0.493 after. GUIDE §2.6 makes 建设 a generic tail and GUIDE §3 types such
designations as Program, so ``governing_verbs.object_types`` counts them as programmes; a build
is a Project or Platform head followed by 建设. Sentences are invented.
"""

from __future__ import annotations

from extract.pipeline.governing_verbs import object_types

HEADS = {"试验区": "Program", "行动": "Program", "大桥": "Project", "产业园": "Platform"}
DOCS = [
    ("r0.txt", "深化青山改革试验区建设，深化白河清洁行动，深化东湖大桥建设，深化南岭产业园建设。"),
]


def test_a_programme_followed_by_build_is_a_programme_object():
    counts = object_types(DOCS, ["深化"], HEADS)["深化"]
    assert counts["Program"] == 2  # 青山改革试验区(建设), 白河清洁行动
    assert counts["build"] == 2  # 东湖大桥建设, 南岭产业园建设
