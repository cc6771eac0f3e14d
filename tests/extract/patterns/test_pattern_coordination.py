"""Failure class: coordinated names sharing one head, not split, with route ends as Districts.

Invented sentences (places are real divisions, so the gazetteer would tag them; the routes,
lines and events are made up). GUIDE §2.2: each conjunct of names that share one suffix gets
its own span; a route's ends are no Districts.
"""

from __future__ import annotations

import pytest
import spacy

from extract.entities import load_pipeline, run_pipeline


def _ents(text: str, region: str = "420000") -> list[tuple[str, str, str]]:
    return [(e.text, e.label_, e.kb_id_) for e in run_pipeline(load_pipeline(), text, region).ents]


@pytest.mark.parametrize(
    ("text", "routes"),
    [
        ("加快建设宜昌至涪陵、安康至重庆等铁路，推进项目前期工作。", ["宜昌至涪陵", "安康至重庆"]),
        ("开工建设沈阳至白河、长春至通化等高速铁路。", ["沈阳至白河", "长春至通化"]),
        ("推动合肥至新沂、阜阳至黄山高铁建成运营。", ["合肥至新沂", "阜阳至黄山"]),
    ],
)
def test_route_lists_split_and_route_ends_are_no_districts(text, routes):
    ents = _ents(text)
    projects = [t for t, label, _ in ents if label == "Project"]
    # one Project per route; the last may keep the head the name grammar reads after it (…高铁)
    assert len(projects) == len(routes)
    assert all(p.startswith(r) for p, r in zip(projects, routes, strict=True))
    assert not any(label == "District" for _, label, _ in ents)  # 宜昌, 涪陵, 重庆… are route ends
    assert "高速铁路" not in projects  # the classifier after 等 names no project


def test_named_list_before_one_head_gets_the_head_in_each_canonical():
    ents = _ents("加快青枫、翠溪、云岭等高速公路建设。")
    assert [(t, label, kb) for t, label, kb in ents] == [
        ("青枫", "Project", "青枫高速公路"),
        ("翠溪", "Project", "翠溪高速公路"),
        ("云岭", "Project", "云岭高速公路"),
    ]


def test_bare_divisions_before_a_category_stay_places():
    ents = _ents("提升武汉、宜昌、襄阳等全国性综合交通枢纽能级。")
    assert [label for _, label, _ in ents] == ["District", "District", "District"]


def test_category_labels_after_a_list_are_no_shared_suffix():
    ents = _ents("建设概念验证、中试熟化、样品试制等成果孵化平台。")
    assert not any(kb.endswith("孵化平台") for _, _, kb in ents)


def test_everyday_words_before_etc_and_a_head_are_kinds_not_names():
    """``甲乙指标、感知资源、高频事件等全上跑道`` lists kinds of data (everyday words), not named
    works sharing 跑道 (GUIDE §3: generic unnamed items are not annotated)."""
    ents = _ents("推进指标数据、感知资源、高频事件、风险隐患等全上跑道，形成闭环。")
    assert not any(label == "Project" for _, label, _ in ents)


def test_chained_quoted_names_before_one_head_split():
    ents = _ents("举办“青山杯”“绿水杯”足球联赛，实施“青山”“绿水”专项行动。")
    assert ("青山杯", "Program", "“青山杯”足球联赛") in ents
    assert any(t == "“绿水杯”足球联赛" and label == "Program" for t, label, _ in ents)
    assert not any(t.startswith("“青山杯”“") for t, _, _ in ents)  # the whole chain is no name
    assert ("青山", "Program", "“青山”专项行动") in ents  # a quoted name, not the District 青山区


def test_quoted_names_listed_before_etc_are_names_of_their_own():
    ents = _ents("成功开行“青鸟号”“白鹭号”等国际多式联运班列。")
    names = [t for t, label, _ in ents if label == "Program"]
    assert names == ["青鸟号", "白鹭号"]


def test_component_is_registered_and_saved_with_the_pipeline(tmp_path):
    nlp = load_pipeline()
    assert "policykg_coordination" in nlp.pipe_names
    assert nlp.pipe_names.index("policykg_coordination") < nlp.pipe_names.index("policykg_resolver")
    nlp.to_disk(tmp_path / "nlp")
    loaded = spacy.load(tmp_path / "nlp")
    text = "加快建设宜昌至涪陵、安康至重庆等铁路。"
    assert [e.text for e in loaded(text).ents] == [e.text for e in nlp(text).ents]


@pytest.mark.parametrize(
    "text", ["至" * 3000, "甲乙丙丁戊己至" * 500, "等高速公路" * 500, "“甲”" * 1000, "、" * 3000 + "等铁路"]
)
def test_degenerate_runs_give_no_names(text):
    """Runs of the coordination grammar's own literals are no lists (and are scanned once)."""
    assert not [e for e in load_pipeline()(text).ents if e.label_ == "Project" and "至" in e.text]
