"""Failure class: rated classes of works typed Project (issue 12, Project precision on unannotated text).

A report plans works by the rating a kind of works is to get or has: 市级步行街 in a list labelled
as projects, 国家级…孵化载体建设项目, 县级…综合楼项目. GUIDE §3 leaves generic unnamed items
untagged (中国特色商业街, 文创社区（街区）建设 even in a ``…等项目`` list); a rating at the opening
of a Project guess names the class the rating confers (``extract.pipeline.rated_bodies``). A bare
division level joined to a works is the author's own works and stays (省图书馆二期, 市五院迁建工程).
Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.rated_bodies import rated_body


def ents(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, "430000").ents]


@pytest.mark.parametrize(
    "name", ["市级步行街", "国家级科技孵化载体建设项目", "县级妇幼保健院综合楼项目", "省级特色街区"]
)
def test_a_rating_opens_a_class_of_works(name):
    assert rated_body(name, "Project")


@pytest.mark.parametrize("name", ["省图书馆二期", "市五院迁建工程", "澄州大道改造工程", "区人民医院扩建项目"])
def test_works_named_by_their_place_or_word_are_no_rating(name):
    assert not rated_body(name, "Project")


def test_other_types_are_not_asked():
    assert not rated_body("市级步行街", "Platform")  # genericity.rated_kind's own case


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("优化布局甲乙数字经济街区、市级步行街等项目，推动消费升级。", "市级步行街"),
        ("新建县级妇幼保健院综合楼项目，开工澄江大桥。", "县级妇幼保健院综合楼项目"),
    ],
)
def test_a_rated_class_of_works_is_untagged(text, kind):
    found = ents(text)
    assert not any(kind in t and label == "Project" for t, label in found), found


def test_the_named_works_beside_it_stay():
    found = ents("优化布局甲乙数字经济街区、市级步行街等项目，推动消费升级。")
    assert ("甲乙数字经济街区", "Project") in found, found
    found = ents("建成省图书馆二期、市五院迁建工程，推进澄州大道改造工程。")
    for works in ("省图书馆二期", "市五院迁建工程", "澄州大道改造工程"):
        assert (works, "Project") in found, found


def test_a_row_of_a_project_table_stays():
    # GUIDE §3: every row of a table the text labels as projects is a Project; the dev gold tags
    # the tables' descriptive rows, so a rated row there is the author's own works
    text = (
        "2025年产业建设重点项目\n现代服务业项目：甲乙西南总部；国家级科技孵化载体建设项目；丙丁工业版本馆。\n"
    )
    assert ("国家级科技孵化载体建设项目", "Project") in ents(text)
