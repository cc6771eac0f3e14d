"""Failure class: a list of short route or works names closed by ONE kind head, no 等.

``甲乙、丙丁、X至Y、戊己铁路`` names four railways: the items before the last elide the head the
last one carries (GUIDE §2.2: each conjunct of names sharing one suffix gets its own span, and
its canonical carries the suffix), and the route ends or place initials inside them are no
Districts (§2.1). Invented sentences: the abbreviations, routes and sites are made up, in forms
not taken from any gold passage; the places are real divisions, so the gazetteer would tag them.
"""

from __future__ import annotations

import pytest

from extract.coordination import headed_lists
from extract.entities import load_pipeline, run_pipeline


def _ents(text: str, region: str = "370000") -> list[tuple[str, str, str]]:
    return [(e.text, e.label_, e.kb_id_ or e.text) for e in run_pipeline(load_pipeline(), text, region).ents]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # abbreviations and a route before one head
            "积极推动潍烟、青岛至平度、淄博至莱芜铁路纳规。",
            [("潍烟", "潍烟铁路"), ("青岛至平度", "青岛至平度铁路"), ("淄博至莱芜铁路", "淄博至莱芜铁路")],
        ),
        ("今年建成滨潍、青连高铁。", [("滨潍", "滨潍高铁"), ("青连高铁", "青连高铁")]),
        ("加快雄忻、石雄铁路建设。", [("雄忻", "雄忻铁路"), ("石雄铁路", "石雄铁路")]),
        ("建成滨潍和青连高铁。", [("滨潍", "滨潍高铁"), ("青连高铁", "青连高铁")]),  # 和 joins the last
        (
            "推动潍烟、莱荣及淄莱铁路纳规。",
            [("潍烟", "潍烟铁路"), ("莱荣", "莱荣铁路"), ("淄莱铁路", "淄莱铁路")],
        ),
        (  # the head inside one dictionary word: the word is shared, not 电站
            "青龙滩、白鹭湾水电站投产发电。",
            [("青龙滩", "青龙滩水电站"), ("白鹭湾水电站", "白鹭湾水电站")],
        ),
        (  # a distinguishing adjective opens the shared suffix
            "青峰、白石、车马碧大型水库建成投用。",
            [("青峰", "青峰大型水库"), ("白石", "白石大型水库"), ("车马碧大型水库", "车马碧大型水库")],
        ),
    ],
)
def test_items_take_the_head_of_the_last(text, expected):
    ents = _ents(text)
    assert [(t, kb) for t, label, kb in ents if label == "Project"] == expected
    assert not any(label == "District" for _, label, _ in ents)  # 青岛, 平度… are inside names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("加快潍烟、青莱铁路项目建设。", [("潍烟", "潍烟铁路"), ("青莱铁路项目", "青莱铁路")]),
        ("推进青峰、白石水电站项目前期工作。", [("青峰", "青峰水电站"), ("白石水电站项目", "白石水电站")]),
    ],
)
def test_a_project_label_after_the_shared_kind_stays_out_of_the_canonicals(text, expected):
    """``甲乙、丙丁铁路项目``: 项目 labels the list as projects (GUIDE §3), the items share the
    kind 铁路; the last item's span keeps 项目 (§2.4), no canonical takes it (round 8's gold)."""
    ents = _ents(text)
    assert [(t, kb) for t, label, kb in ents if label == "Project"] == expected


@pytest.mark.parametrize(
    "text",
    [
        "推进华瑞、中泰工程项目建设。",  # nothing but classifiers: the items may be firms (GUIDE §3)
        "加快华瑞、中泰项目建设。",
    ],
)
def test_a_label_alone_shares_no_kind(text):
    assert not list(headed_lists(text))


def test_works_closed_by_gongcheng_keep_it_as_their_kind():
    """工程 ends works names (GUIDE §2.4); a list closed by a kind and 工程 is no list of that kind."""
    assert not list(headed_lists("建成潍烟、青莱高铁工程。"))


def test_routes_listed_before_etc_take_the_kind_head():
    ents = _ents("开工建设济南至聊城、菏泽至兰考等高速铁路。")
    assert [(t, kb) for t, label, kb in ents if label == "Project"] == [
        ("济南至聊城", "济南至聊城高速铁路"),
        ("菏泽至兰考", "菏泽至兰考高速铁路"),
    ]


def test_a_count_after_etc_is_no_part_of_the_shared_suffix():
    ents = _ents("建成青临、临清等4条高速公路，加快济南至青岛、烟台至威海等5条高铁建设。")
    assert [(t, label, kb) for t, label, kb in ents] == [
        ("青临", "Project", "青临高速公路"),
        ("临清", "Project", "临清高速公路"),  # a listed road, not the division 临清市
        ("济南至青岛", "Project", "济南至青岛高铁"),
        ("烟台至威海", "Project", "烟台至威海高铁"),
    ]


def test_a_description_before_the_works_head_leaves_the_kind_alone():
    """``甲乙、丙丁等11条国省干线公路``: the description (国省干线) classes the roads, each item
    elides the kind 公路 alone (tune gold: 加西、沙久等… -> 加西公路)."""
    ents = _ents("青枫、翠溪等11条国省干线公路建成通车。")
    assert [(t, label, kb) for t, label, kb in ents] == [
        ("青枫", "Project", "青枫公路"),
        ("翠溪", "Project", "翠溪公路"),
    ]


def test_a_description_before_a_park_head_still_labels_a_category():
    ents = _ents("建设概念验证、中试熟化等省级成果孵化平台。")
    assert not any(kb.endswith("平台") for _, _, kb in ents)


def test_sections_of_named_lines_before_etc_keep_their_own_names():
    ents = _ents("建成京沪高铁济泰段、京港高铁菏商段等3条高铁。")
    assert not any(kb.endswith("段高铁") for _, _, kb in ents)


def test_named_list_before_etc_shares_the_dictionary_word_of_its_head():
    ents = _ents("加快金沙、白鹤、乌东等水电站建设。")
    assert [kb for _, label, kb in ents if label == "Project"] == ["金沙水电站", "白鹤水电站", "乌东水电站"]


def test_a_count_of_the_items_makes_them_the_scope_of_one_works():
    ents = _ents("全面完成临沂东坝、兰山、沂水3乡大电网延伸工程。")
    assert [(t, label) for t, label, _ in ents] == [("临沂东坝、兰山、沂水3乡大电网延伸工程", "Project")]


def test_a_count_of_works_keeps_one_name_per_item():
    ents = _ents("加快建设青峰、白石、同德、德令哈4个抽水蓄能电站。", "630000")
    assert [(t, label, kb) for t, label, kb in ents] == [
        ("青峰", "Project", "青峰抽水蓄能电站"),
        ("白石", "Project", "白石抽水蓄能电站"),
        ("同德", "Project", "同德抽水蓄能电站"),  # a division's name, here a station's (§2.1)
        ("德令哈", "Project", "德令哈抽水蓄能电站"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("加快建设白山、红岭2座抽水蓄能电站。", ["白山抽水蓄能电站", "红岭抽水蓄能电站"]),  # divisions' names
        ("新建青芙、金岭、翠屏3所学校。", ["青芙学校", "金岭学校", "翠屏学校"]),
        ("推进青兰、银百、京藏3条高速公路建设。", ["青兰高速公路", "银百高速公路", "京藏高速公路"]),
    ],
)
def test_a_count_of_works_says_what_the_items_are(text, expected):
    ents = _ents(text, "220000")
    assert [kb for _, label, kb in ents if label == "Project"] == expected
    assert not any(label == "District" for _, label, _ in ents)


def test_a_count_that_is_not_the_items_count_splits_nothing():
    assert not list(headed_lists("全面完成东坝、兰山、沂水5乡大电网延伸工程。"))


@pytest.mark.parametrize(
    "text",
    [
        "建成青山河湟中学、达日果育英才学校。",  # items with a kind of their own (…中学)
        "完善城市、农村公路网络。",  # everyday words: kinds, not names
        "推进济南、青岛、枣庄算力枢纽建设。",  # nothing but divisions: the cities themselves
        "推进华瑞、中泰项目建设。",  # a generic head: the items may be firms (GUIDE §3)
        "推进德州、聊城机场建设。",  # a head of another type: the resolver's shared-suffix step
        "加快太平水库、中皋水库、黄山水利枢纽建设。",  # every item has its own head
        "实现市市通动车、县县通高速。",  # clauses, not names
        "新建改造供热、供排水、燃气老旧管网。",  # a conjunct that is a kind: a list of kinds
        "加快西宁至成都铁路建设、青藏铁路电气化改造。",  # a route with a head of its own
        "加快华电青峰、白石三期建设。",  # a phase is the stage of one works, not a shared kind
        "推进产业和城市铁路建设。",  # 和 between everyday words
    ],
)
def test_lists_that_are_not_one_kind_of_works(text):
    assert not list(headed_lists(text))


def test_the_last_item_typed_otherwise_is_not_read_as_works():
    ents = _ents("增强义甬舟、金丽温开放大通道辐射带动作用。")
    assert not any(kb.endswith("大通道") and label == "Project" for _, label, kb in ents)


@pytest.mark.parametrize(
    "text",
    [
        "、" * 3000 + "铁路",
        "甲乙、3乡" * 1000 + "工程",
        "甲乙、" * 2000 + "丙丁铁路",
        "甲乙、丙丁铁路和" * 2000,  # one clause of 2,000 lists
        "甲乙、" + "丙" * 20000 + "铁路",  # a last part of 20,000 characters
    ],
)
def test_degenerate_lists_are_bounded(text):
    """Runs of the list's own marks give no list, or one of at most ten items (the parts read):
    the scan stays linear in the text."""
    found = list(headed_lists(text))
    assert len(found) <= 1 and all(len(lst.items) <= 10 for lst in found)


def test_a_list_after_a_list_of_years_starts_at_its_first_name():
    ents = _ents("将于2027年、2028年分别建成滨潍、潍宿高铁。")
    assert [(t, label, kb) for t, label, kb in ents] == [
        ("滨潍", "Project", "滨潍高铁"),
        ("潍宿高铁", "Project", "潍宿高铁"),
    ]
