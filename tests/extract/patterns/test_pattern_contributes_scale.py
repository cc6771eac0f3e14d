"""Failure class: contributesTo on a sentence naming many strategies and many projects (hostile input).

Invented names. ``find_contributes`` rebuilt the first clause's leading strategies for every
Project mention and tested membership by comparing dataclasses (cubic in the sentence's mentions),
and looked for 纳入 in a slice of the text per strategy after each project. A sentence opening with
130 strategy names and then 200 invented ``…大桥`` projects, repeated 12 times (the sentence
splitter's cap bounds a sentence), took 28 CPU s at 8 repeats before the fix and under 3 s at 12
after; it must stay within the budget, in the linear-budget pattern of
``test_pattern_session_readers_scale``.
"""

from __future__ import annotations

from tests.child_process import assert_runs_within

SCRIPT = """
from extract.ids import entity_id
from extract.records import Mention, Relation
from extract.relations import find_relations
from tests.extract.relations.oracle import document_from_text

digits = "甲乙丙丁戊己庚辛壬癸"
def word(i):
    return digits[i // 100 % 10] + digits[i // 10 % 10] + digits[i % 10]
strategies = [f"青{word(i)}经济带" for i in range(130)]
projects = [f"澄{word(i)}大桥" for i in range(200)]
unit = "深入推进" + "、".join(strategies) + "，建成" + "、".join(projects) + "，"
head = "一、2024年工作回顾\\n（一）扩大高水平开放\\n"
text = head + unit * 12 + "。\\n"
doc = document_from_text(text, "crafted.txt", "青禾省")
ms, pos = [], len(head) + len("深入推进")
for _ in range(12):
    for kind, names, gap in (("Strategy", strategies, len("建成")), ("Project", projects, len("深入推进"))):
        for n in names:
            end = pos + len(n)
            ms.append(Mention(doc.doc_id, pos, end, n, kind, n, entity_id(kind, n), pos, end))
            pos = end + 1
        pos += gap
assert all(text[m.start : m.end] == m.text for m in ms)
found = [r for r in find_relations(doc, ms) if isinstance(r, Relation) and r.relation == "contributesTo"]
assert len(found) == len(projects)  # each project filed once under the strategy its sentence leads with
"""


def test_many_strategies_and_projects_in_one_sentence_stay_within_budget() -> None:
    assert_runs_within(SCRIPT, 15)
