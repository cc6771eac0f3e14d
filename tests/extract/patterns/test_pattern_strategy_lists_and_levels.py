"""Failure class: strategies that share one 战略 in a list, and the provincial or municipal form of
a national strategy (issue 12, round 8: ``科教兴省、人才强省、创新驱动发展战略`` lost its first two
items).

A gazetteer row that counts only before 战略 (科教兴国) now counts where a short 、-list it opens
or continues closes with 战略 (GUIDE §2.2 shared suffix, §2.6 the strategy's tail); a national
strategy named as verb/adjective + 国 has forms with the division level instead of 国 (科教兴省,
人才强市), derived from the gazetteer and counted only before 战略 (``strategy_levels``).
Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.strategy_levels import level_forms, shared_head_follows


def strategies(text: str) -> list[tuple[str, str]]:
    doc = run_pipeline(load_pipeline(), text, None)
    return [(e.text, e.kb_id_) for e in doc.ents if e.label_ == "Strategy"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "各县要坚持科教兴国、人才强国、创新驱动发展战略，办好每一所学校。",
            [("科教兴国", "科教兴国"), ("人才强国", "人才强国"), ("创新驱动发展", "创新驱动发展")],
        ),
        ("我们将实施科教兴国和人才强国战略。", [("科教兴国", "科教兴国"), ("人才强国", "人才强国")]),
        (
            "全省上下深入推进科教兴省、人才强省、创新驱动发展战略，壮大新动能。",
            [("科教兴省", "科教兴省"), ("人才强省", "人才强省"), ("创新驱动发展", "创新驱动发展")],
        ),
        ("全市坚持制造强市战略，做强实体经济。", [("制造强市", "制造强市")]),
        ("坚定实施人才强县战略，引进紧缺人才。", [("人才强县", "人才强县")]),
    ],
)
def test_strategies_sharing_one_head_and_level_forms_are_found(
    text: str, expected: list[tuple[str, str]]
) -> None:
    found = strategies(text)
    for item in expected:
        assert item in found


@pytest.mark.parametrize(
    "text",
    [
        "加快建设制造强省、质量强省、网络强省，打造先进制造业基地。",  # things to build, no 战略
        "人才强省建设稳步推进。",
        "发展科教兴国、人才强国等战略性新兴产业的人才梯队。",  # 战略性: no head
        "科教兴国、人才强国是响亮的口号，各地都在讲战略。",  # the list closes with no 战略
    ],
)
def test_without_a_closing_strategy_head_nothing_is_added(text: str) -> None:
    assert not [s for s, _ in strategies(text) if s.endswith(("省", "国"))]


def test_level_forms_come_from_national_names_only() -> None:
    forms = level_forms(["科教兴国", "制造强国", "美丽中国", "数字中国", "乡村振兴"])
    assert {"科教兴省", "科教兴市", "科教兴区", "科教兴县", "制造强省"} <= set(forms)
    assert not [f for f in forms if f.startswith(("美丽", "数字", "乡村"))]


@pytest.mark.parametrize(
    ("text", "end", "expected"),
    [
        ("实施甲乙、丙丁、戊己发展战略，", 4, True),
        ("实施甲乙、丙丁、戊己发展战略，", 7, True),
        ("实施甲乙和丙丁战略，", 4, True),
        ("实施甲乙、丙丁，戊己发展战略，", 4, False),  # a comma ends the list
        ("实施甲乙、丙丁战略性新兴产业", 4, False),
        ("实施甲乙战略", 4, False),  # no list mark: the row's own rule decides
        ("实施甲乙、" + "丙" * 20 + "战略", 4, False),  # an item too long for a name
    ],
)
def test_shared_head_walk(text: str, end: int, expected: bool) -> None:
    assert shared_head_follows(text, end) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # GUIDE §9's own split of a shared name suffix between two gazetteer strategies
        (
            "全力增强义甬舟、金丽温开放大通道的带动作用。",
            [("义甬舟", "义甬舟开放大通道"), ("金丽温开放大通道", "金丽温开放大通道")],
        ),
        # a row whose context rule names the policy orientation (GUIDE §6 就业优先)
        ("各地要强化就业优先导向，稳住重点群体就业。", [("就业优先", "就业优先")]),
    ],
)
def test_shared_name_suffix_and_orientation(text: str, expected: list[tuple[str, str]]) -> None:
    found = strategies(text)
    for item in expected:
        assert item in found


def test_an_item_that_completes_to_no_strategy_is_left_alone() -> None:
    found = strategies("服务西部、长江经济带发展，推进京津冀、长三角一体化。")
    assert [s for s, _ in found] == ["长江经济带"]
