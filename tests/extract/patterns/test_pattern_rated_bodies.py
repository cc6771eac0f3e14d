"""Failure class: rated classes of bodies typed Organization and of works typed Project.

A report counts or lists bodies and works by their rating. Bodies (issue org18: generic
institution kinds): 市级优抚医院, 地级公立中医医院, 三甲医院 (the national hospital grades), 国家级商协会,
各级…协会. Works (issue 12, Project precision on unannotated text): 市级步行街 in a list labelled
as projects, 国家级…孵化载体建设项目, 县级…综合楼项目. GUIDE §3 leaves generic unnamed items
untagged (中国特色商业街, 文创社区（街区）建设 even in a ``…等项目`` list); a rating at the opening
of an Organization or Project guess names the class the rating confers
(``extract.pipeline.rated_bodies``). A bare division level joined to a body or a works is the
author's own and stays (区中医院, 省人民医院; 省图书馆二期, 市五院迁建工程). Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.rated_bodies import rated_body


def ents(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, "430000").ents]


@pytest.mark.parametrize(
    ("name", "label"),
    [
        ("市级康复医院", "Organization"),
        ("县级妇幼医院", "Organization"),
        ("三甲医院", "Organization"),
        ("二级甲等中医医院", "Organization"),
        ("“二甲”中医院", "Organization"),
        ("国家级行业协会", "Organization"),
        ("各级志愿者协会", "Organization"),
        ("市级步行街", "Project"),
        ("国家级科技孵化载体建设项目", "Project"),
        ("县级妇幼保健院综合楼项目", "Project"),
        ("省级特色街区", "Project"),
    ],
)
def test_a_rating_opens_a_class_of_bodies_or_works(name, label):
    assert rated_body(name, label)


@pytest.mark.parametrize(
    ("name", "label"),
    [
        ("省人民医院", "Organization"),
        ("区中医院", "Organization"),
        ("澄州大学", "Organization"),
        ("高级人民法院", "Organization"),
        ("省图书馆二期", "Project"),
        ("市五院迁建工程", "Project"),
        ("澄州大道改造工程", "Project"),
        ("区人民医院扩建项目", "Project"),
    ],
)
def test_a_body_or_works_named_by_its_place_or_word_is_no_rating(name, label):
    assert not rated_body(name, label)


@pytest.mark.parametrize("name", ["国家级经开区", "市级步行街"])
def test_other_types_are_not_asked(name):
    assert not rated_body(name, "Platform")  # genericity.rated_kind's own case


@pytest.mark.parametrize(
    ("text", "kind", "label"),
    [
        ("每个县建成1家县级妇幼医院，新增三甲医院2家。", "三甲医院", "Organization"),
        ("推动市级康复医院提质扩容。", "市级康复医院", "Organization"),
        ("优化布局甲乙数字经济街区、市级步行街等项目，推动消费升级。", "市级步行街", "Project"),
        ("新建县级妇幼保健院综合楼项目，开工澄江大桥。", "县级妇幼保健院综合楼项目", "Project"),
    ],
)
def test_a_rated_class_is_untagged(text, kind, label):
    found = ents(text)
    assert not any(kind in t and lab == label for t, lab in found), found


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("支持澄州大学与区中医院共建临床研究中心。", [("澄州大学", "Organization")]),
        ("优化布局甲乙数字经济街区、市级步行街等项目，推动消费升级。", [("甲乙数字经济街区", "Project")]),
        (
            "建成省图书馆二期、市五院迁建工程，推进澄州大道改造工程。",
            [("省图书馆二期", "Project"), ("市五院迁建工程", "Project"), ("澄州大道改造工程", "Project")],
        ),
    ],
)
def test_the_authors_own_or_named_ones_beside_it_stay(text, kept):
    found = ents(text)
    for item in kept:
        assert item in found, found


def test_a_row_of_a_project_table_stays():
    # GUIDE §3: every row of a table the text labels as projects is a Project; the dev gold tags
    # the tables' descriptive rows, so a rated row there is the author's own works
    text = (
        "2025年产业建设重点项目\n现代服务业项目：甲乙西南总部；国家级科技孵化载体建设项目；丙丁工业版本馆。\n"
    )
    assert ("国家级科技孵化载体建设项目", "Project") in ents(text)
