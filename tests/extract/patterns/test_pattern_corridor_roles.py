"""Failure class: a corridor or hub described by its role typed as a Project (过江穿山对外通道,
高铁双通道, 国家商贸型物流枢纽: issue 12, Project precision on readable text, branch project39).

GUIDE §9 leaves positionings untagged (亚欧黄金通道) and §3 generic unnamed items. The head-word
finder reads 通道 as a Project kernel; a corridor is named only by a part of its own before the
kernel (a place, a place abbreviation, a coined word), while a role is spelled with everyday words
around counts, directions and one-character verbs (``extract.pipeline.corridor_roles``). Sentences
are invented.
"""

from __future__ import annotations

import pytest

import extract.pipeline.resolver as resolver
from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.corridor_roles import role_body
from extract.pipeline.grammar import default_grammar


def ents(text: str, region: str | None = "500000") -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, region).ents]


ROLES = [
    ("澄湾县将加快形成多向出县铁路通道，提升对外联通水平。", "多向出县铁路通道"),
    ("全力打通过江穿岭对外通道，构建快速路网。", "过江穿岭对外通道"),
    ("形成与长三角联系的高铁双通道。", "高铁双通道"),
    ("澄湾市加快打造国家商贸型物流枢纽。", "国家商贸型物流枢纽"),
]


@pytest.mark.parametrize(("text", "role"), ROLES)
def test_corridor_role_is_no_project(text: str, role: str) -> None:
    assert role_body(role[:-2], default_grammar())
    assert role not in [t for t, _ in ents(text)]


@pytest.mark.parametrize(("text", "role"), ROLES)
def test_the_head_word_finder_guesses_the_role(text: str, role: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Without the veto the role is a Project guess: the test above exercises the veto."""
    monkeypatch.setattr(resolver, "drop_corridor_roles", lambda chosen, text, grammar: chosen)
    assert (role, "Project") in ents(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a one-character place abbreviation (渝) before a route: the route's own name
        ("开工建设渝澄高速复线进城通道，年内完成征地。", "渝澄高速复线进城通道"),
        # a coined body jieba does not read as everyday words: a crossing's name
        ("加快建设澄江洋通道，推动两岸交通一体化。", "澄江洋通道"),
        ("加快推进伶仃洋通道建设。", "伶仃洋通道"),
        # two place abbreviations before a rail kernel
        ("推进川澄铁路通道前期工作。", "川澄铁路通道"),
        # a hub named by its river or its station
        ("开工建设澄江水利枢纽，保障灌区用水。", "澄江水利枢纽"),
        ("推进澄湾北站综合客运枢纽建设。", "澄湾北站综合客运枢纽"),
    ],
)
def test_named_corridors_stay(text: str, name: str) -> None:
    assert not role_body(name[:-2], default_grammar())
    assert (name, "Project") in ents(text)


def test_a_macro_region_is_no_part_of_its_own() -> None:
    """面向南亚…: a corridor facing a macro-region is a positioning (GUIDE §3, §9)."""
    assert role_body("面向南亚开放重要", default_grammar())


def test_compass_points_are_no_place() -> None:
    """东西南北 (jieba's ``ns``) gives directions: no part of a corridor's own."""
    assert role_body("东西南北对外开放大", default_grammar())
    assert not role_body("东西南北", default_grammar())  # nothing everyday either: left alone


def test_project_lists_and_quotes_are_left_alone() -> None:
    """GUIDE §3: an item of a list labelled as projects is a Project; a quoted coinage is the
    quote readers'."""
    assert ("多向出县铁路通道", "Project") in ents("推进澄江大桥、多向出县铁路通道等重大项目建设。")
    assert ("多向出县铁路通道", "Project") in ents("依托“多向出县铁路通道”拓展市场。")
