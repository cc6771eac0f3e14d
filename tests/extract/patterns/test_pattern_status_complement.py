"""Failure class: a status read short of the two-character word that closes its clause.

Invented text and names. GUIDE §5, §9 copy a project's status verbatim; ``A、B等投产增效`` was
read as 投产, ``某馆建成开放`` as 建成. A word that closes the clause right after the status is
the rest of its predicate; a longer tail, a list word, a year or a generic head is not.
"""

from __future__ import annotations

import pytest

from extract.document import from_text
from extract.ids import entity_id
from extract.records import Mention, Relation
from extract.relations import find_relations

HEAD = "某某区2025年国民经济和社会发展计划执行情况\n\n一、2025年计划执行情况\n"


def _statuses(body: str, names: list[str]) -> dict[str, str]:
    doc = from_text(HEAD + body, doc_id="invented_status.txt")
    ms = []
    for n in names:
        start = doc.text.index(n)
        end = start + len(n)
        ms.append(Mention(doc.doc_id, start, end, n, "Project", n, entity_id("Project", n), start, end))
    found = [r for r in find_relations(doc, ms) if isinstance(r, Relation) and r.relation == "hasStatus"]
    return {r.head: r.tail for r in found}


@pytest.mark.parametrize(
    ("body", "names", "status"),
    [
        (
            "一批新项目深耕拓展，禾川二线、鹿鸣电源等投产增效，产值增长超50%。",
            ["禾川二线", "鹿鸣电源"],
            "投产增效",
        ),
        ("禾川博物馆建成开放，游客明显增多。", ["禾川博物馆"], "建成开放"),
    ],
)
def test_the_word_that_closes_the_clause_belongs_to_the_status(body, names, status):
    assert _statuses(body, names) == {n: status for n in names}


@pytest.mark.parametrize(
    ("body", "status"),
    [
        ("禾川博物馆建成，游客明显增多。", "建成"),  # nothing after it
        ("禾川博物馆建成投用后的首月，游客明显增多。", None),  # a longer tail: no complement
        ("禾川博物馆建成项目，游客明显增多。", "建成"),  # a generic head
    ],
)
def test_no_complement_where_none_closes_the_clause(body, status):
    found = _statuses(body, ["禾川博物馆"])
    if status is None:
        assert all(len(v) <= 4 for v in found.values())
    else:
        assert found == {"禾川博物馆": status}
