"""Failure class: items of a coordinated list that carry no head of their own are missed.

Invented sentences (the firms, lines, reservoirs and villages are made up; the places are real
divisions, so the gazetteer would tag them). A list types its items once: its tail
(``等…建设``, ``等N个项目``, a Project head after 等) or its recognised items decide, and the
unrecognised items that look like names take that type (``extract.pipeline.list_items``). The
tail also keeps category lists (``等产业``, ``等新型基础设施建设``) untagged.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline


def _ents(text: str, region: str = "510000") -> list[tuple[str, str, str]]:
    return [(e.text, e.label_, e.kb_id_) for e in run_pipeline(load_pipeline(), text, region).ents]


def _typed(text: str) -> list[tuple[str, str]]:
    return [(t, label) for t, label, _ in _ents(text)]


def test_items_before_a_build_tail_are_projects():
    ents = _typed("推动青禾新材料、白鹭智能装备、云杉创新药、金湾冷链交易中心等建设。")
    for name in ("青禾新材料", "白鹭智能装备", "云杉创新药"):
        assert (name, "Project") in ents


def test_line_codes_before_a_metro_tail_are_projects():
    ents = _typed("加快推进5号线二期、9号线延伸线、K3、M7等地铁建设。")
    assert ("K3", "Project") in ents
    assert ("M7", "Project") in ents


def test_counted_heads_type_short_route_names():
    ents = _ents("岚鹤、柏溪等11条国省干线公路建成通车。")
    # the shared head goes into each canonical (GUIDE §2.2), the modifier 国省干线 does not
    assert ents == [("岚鹤", "Project", "岚鹤公路"), ("柏溪", "Project", "柏溪公路")]


@pytest.mark.parametrize(
    ("text", "route"),
    [
        ("公路方面，提速南充至广安等高速公路建设。", "南充至广安"),
        ("新开工宜宾至泸州等2个项目。", "宜宾至泸州"),
    ],
)
def test_a_route_in_a_project_list_is_one_project_and_no_places(text, route):
    ents = _typed(text)
    assert ents == [(route, "Project")]


def test_elliptic_phase_shares_its_siblings_name():
    ents = _ents("推进滨江水资源配置一期、二期和青石水库扩建等工程建设。")
    assert ("二期", "Project", "滨江水资源配置二期") in ents
    assert ("滨江水资源配置一期", "Project", "") in ents


def test_abbreviation_before_a_shared_suffix_is_a_project():
    ents = _typed("投运岚鹤、云溪核电送出特高压工程。")
    assert ents == [("岚鹤", "Project"), ("云溪核电送出特高压工程", "Project")]


def test_recognised_siblings_type_the_rest_of_a_tailless_list():
    ents = _typed("加快青禾高铁、白鹭高铁、云杉城际、金湾城际，提升通达能力。")
    assert ("云杉城际", "Project") in ents
    # the last item's end is unknown without 等 or a recognised name: left alone
    assert not any(t.startswith("金湾城际") for t, _ in ents)


@pytest.mark.parametrize(
    "text",
    [
        "推动新能源、新材料、生物医药等产业发展。",  # the tail names sectors
        "加快网络、算力、数据中心等新型基础设施建设。",  # kinds of infrastructure, none recognised
        "推进青枫村、柳溪村等建设市级示范村。",  # 建设 is the verb of a clause here
        "全省普通高等学校达66所。",  # 等 inside 高等学校 closes no list
    ],
)
def test_category_lists_stay_untagged(text):
    assert not [e for e in _typed(text) if e[1] in ("Project", "Platform")]


def test_a_programme_among_the_items_stops_a_head_tail():
    ents = _typed("推动中欧班列、沿江黄金水道等枢纽通道联运量增长。")
    assert not any(label == "Project" for _, label in ents)


def test_counted_words_split_by_the_list_mark_are_no_list():
    # 4、5 lists numbers: the item 鲁湾小区4 is no name
    assert not [e for e in _typed("有效解决鲁湾小区4、5街区与城市天地等区域出行问题。") if e[0].endswith("4")]


def test_a_firm_list_keeps_names_with_de_inside_a_word():
    # 美的 is one word: the items are firms, not a relative clause (enumerations._relative)
    ents = _typed("助力美的电器、美的楼宇等企业扩大产能。")
    assert ents == [("美的电器", "Enterprise"), ("美的楼宇", "Enterprise")]


@pytest.mark.parametrize(
    "text", ["推动新型的智能装备、高端的新材料等企业发展。", "支持青禾的智能装备、白鹭的新材料等企业发展。"]
)
def test_items_holding_de_as_a_word_are_no_firm_list(text):
    assert not [e for e in _typed(text) if e[1] == "Enterprise"]


def test_a_platform_guess_in_a_project_list_is_a_project():
    # GUIDE §3: every item of a list the text labels as projects is a Project
    ents = _typed("推动青禾新材料、云杉创新药、金湾冷链交易中心等建设。")
    assert ("金湾冷链交易中心", "Project") in ents
    # zones keep their designation, belts their Area type
    assert ("自贸试验区", "Platform") in _typed("推进自贸试验区、综合保税区等建设。")
    assert ("翠湖生态旅游带", "Area") in _typed("推动翠湖生态旅游带、金湾冷链交易中心等建设。")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("完工投用岚泰气体净化与材料研究生产基地等项目。", "岚泰气体净化与材料研究生产基地"),
        ("推进青禾科技园、岚泰医药加工和冷链分拨中心、白鹭服务中心等项目。", "岚泰医药加工和冷链分拨中心"),
        ("建成岚和一号核电示范工程、海上风电白鹭一期等重大工程。", "岚和一号核电示范工程"),
    ],
)
def test_a_list_item_cut_at_a_conjunction_inside_it_is_one_name(text, name):
    assert (name, "Project") in _typed(text)


def test_two_kinds_joined_by_a_conjunction_stay_apart():
    ents = _typed("建成特色装备和先进制造基地、优质农业基地。")
    assert not any(t.startswith("特色装备") for t, _ in ents)
    # inside a list labelled as projects too: everyday words alone name kinds (GUIDE §3)
    ents = _typed("推进青禾科技园、特色装备和先进制造基地、白鹭服务中心等项目。")
    assert not any(t.startswith("特色装备") for t, _ in ents)


def test_an_everyday_conjunct_joins_a_middle_item_of_a_project_list():
    # 国家种子 is everyday words, yet the list marks bound the item and 等一批项目 labels it
    # one Project (GUIDE §3; §2.1 the maximal name): one centre that checks seeds and seedlings
    ents = _typed("建成青禾应急中心、国家种子和种苗检验检测西南分中心等一批项目。")
    assert ("国家种子和种苗检验检测西南分中心", "Project") in ents
    assert not any(t == "种苗检验检测西南分中心" for t, _ in ents)


@pytest.mark.parametrize(
    "text",
    [
        "建成青禾应急中心、国家种子和种苗检验检测西南分中心。",  # no project label
        "推进青禾科技园、国家种子和种苗检验检测西南分中心等平台建设。",  # a platform label
    ],
)
def test_an_everyday_conjunct_stays_cut_without_a_project_label(text):
    assert not any(t.startswith("国家种子") for t, _ in _typed(text))


def test_place_led_items_before_a_build_phrase_are_projects():
    # the place the gazetteer finds opens an unrecognised name of a thing that was built
    ents = _typed("江门粒子实验站、肇庆强流质子装置建成运行。")
    assert ents == [("江门粒子实验站", "Project"), ("肇庆强流质子装置", "Project")]
    # a phrase of running alone (运营) or firms that open for business are no list of works
    # (they are firms: test_pattern_business_openings)
    assert not any(t == "Project" for _, t in _typed("鑫泓金投、瑞堃金投开业运营。"))
