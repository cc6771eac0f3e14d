"""Failure class: a 工程 carried out as a programme, typed Project because something stood between
the carrying verb and the name (branch project19).

GUIDE §3: 行动/计划/工程 names are Programs, things built are Projects; ``实施|X工程`` naming nothing
built is a programme (``names.py``). The verb also governs the later conjuncts of its list
(GUIDE §2.2), a mined frame opener (新一轮) and an alias in brackets (GUIDE §4). A list holding a
works item (a route code, a works word, a lexicon head) or a second verb keeps its Projects.
Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.carried_conjuncts import carried_out
from extract.pipeline.names import WORKS_RE


def typed(text: str) -> dict[str, str]:
    return {e.text: e.label_ for e in run_pipeline(load_pipeline(), text, "440000").ents}


def grammar():
    nlp = load_pipeline()
    return next(c.grammar for _, c in nlp.pipeline if hasattr(c, "grammar"))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("深入实施甲乙稳岗扩容、丙丁质量提升、戊己服务优化工程，关心困难群体。", "戊己服务优化工程"),
        ("实施甲乙排放企业、丙丁企业深度治理工程，推动转型退出。", "丙丁企业深度治理工程"),
        ("实施甲地特色“青山工程”［3］、乙地湿地保育工程，岸线保有率提升。", "乙地湿地保育工程"),
        ("深入实施丙丁土地整理（甲乙套合工程），推进农田一体化。", "甲乙套合工程"),
    ],
)
def test_a_conjunct_the_carrying_verb_governs_is_a_programme(text, name):
    assert typed(text).get(name) == "Program"


def test_an_edition_opener_leaves_the_verb_carrying_the_name():
    found = typed("实施新一轮甲乙文化传承发展工程，加快建设博物馆。")
    assert "Program" in {t for n, t in found.items() if n.endswith("甲乙文化传承发展工程")}
    assert "Project" not in {t for n, t in found.items() if n.endswith("工程")}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("实施G98甲乙高速提档扩容工程和丙丁干道提质升级工程，加快机场建设。", "丙丁干道提质升级工程"),
        ("建设甲乙水库和丙丁引水工程，完成投资。", "丙丁引水工程"),
    ],
)
def test_works_lists_keep_their_projects(text, name):
    assert typed(text).get(name) == "Project"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("实施甲乙扩容、丙丁提升工程", True),
        ("实施甲乙扩容工程和丙丁提升工程", True),
        ("实施新一轮丙丁提升工程", True),
        ("实施甲乙路改造、丙丁提升工程", False),  # a works word in an earlier conjunct
        ("实施G15扩容、丙丁提升工程", False),  # a route code
        ("实施甲乙扩容，丙丁提升工程", False),  # a clause mark ends the list
        ("实施甲乙扩容、建设丙丁提升工程", False),  # a second verb governs the last item
        ("推动甲乙扩容、丙丁提升工程", False),  # no carrying verb
        ("实施甲乙、丙丁（戊己提升工程", False),  # an alias renames one name only
    ],
)
def test_the_list_between_verb_and_name(text, expected):
    start = text.rindex("丙丁提升工程") if "丙丁提升工程" in text else text.rindex("戊己提升工程")
    assert carried_out(text, start, "工程", grammar(), WORKS_RE) is expected


def test_items_of_a_quoted_programme_label_are_programmes():
    found = typed("聚力实施甲乙能级跃升、丙丁能力攀登、戊己扩容增效等“三大工程”，确保目标实现。")
    assert [n for n, t in found.items() if t == "Project"] == []
    assert found.get("丙丁能力攀登") == "Program"


@pytest.mark.parametrize(
    "text",
    [
        "实施甲乙水厂、丙丁水厂等“两大工程”。",  # the items are works (a lexicon head)
        "实施甲乙古道、丙丁步道等品质提升工程。",  # an unquoted label may list works
        "加快甲乙高速、丙丁铁路等重大工程建设。",  # no carrying verb
    ],
)
def test_works_lists_labelled_工程_keep_their_projects(text):
    assert "Program" not in {t for n, t in typed(text).items() if n.startswith(("甲乙", "丙丁"))}
