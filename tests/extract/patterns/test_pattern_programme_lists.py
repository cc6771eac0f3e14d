"""Failure class: items of a list labelled as programmes (A、B等行动, A、B等六大行动).

A report lists the actions, campaigns or pilots it ran and names their kind once after 等. The
label must be a Program head of the grammar (a level and a count allowed), closing the clause;
each item must look like a name of its own, and one item that does not (a field, a place, a
dictionary word) leaves the list alone. Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.document import from_text
from extract.entities import load_pipeline, run_pipeline
from extract.extractor import extract_document
from extract.records import Mention


def programmes(text: str) -> list[str]:
    return [e.text for e in run_pipeline(load_pipeline(), text, "130000").ents if e.label_ == "Program"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("接续开展春耕保供、秋收护粮等行动，粮食产量稳定。", ["春耕保供", "秋收护粮"]),
        (
            "实施牧区水源涵养提升、草场轮牧增效、林下产业扩面等五大行动。",
            ["牧区水源涵养提升", "草场轮牧增效", "林下产业扩面"],
        ),
        ("深入开展黑臭河道清淤、餐饮油烟整治等专项行动，空气质量改善。", ["黑臭河道清淤", "餐饮油烟整治"]),
        ("办好第九届州运会、“草原杯”篮球赛、环湖骑行等体育赛事。", ["州运会", "“草原杯”篮球赛", "环湖骑行"]),
        ("举办“乡超”、村跳等全民健身赛事活动。", ["乡超", "村跳"]),  # a contest label may carry a kind
        ("组织“春风送岗”、“金秋助学”等行动。", ["春风送岗", "金秋助学"]),  # quote readers agree
    ],
)
def test_the_items_of_a_programme_list_are_programmes(text, names):
    found = programmes(text)
    assert all(n in found for n in names), found


@pytest.mark.parametrize(
    "text",
    [
        # the label has its own modifier that is no trade word: the items are fields of one action
        # (a trade word, 等产业提质升级行动, makes one programme per sector: sector_programmes)
        "推进汽车、钢铁等领域提质升级行动。",
        "推进纺织服装、食品加工等环节升级行动。",
        "在甲市、乙县等地开展试点。",  # no programme label closing the clause
        "支持宜昌、襄阳等开展试点行动。",  # places, and the label is a clause
        "实施春耕保供、秋收护粮等行动方案的修订。",  # the label does not close the clause
    ],
)
def test_fields_places_and_clauses_are_no_programme_list(text):
    found = programmes(text)
    items = ("汽车", "钢铁", "纺织服装", "食品加工", "甲市", "宜昌", "春耕保供")
    assert not any(x in found for x in items), found


def test_lists_after_many_other_names_are_still_read():
    # review8: each item was tested against every candidate (quadratic on a long page); the
    # character mask that replaced the scan must still read every list among many other names
    text = "创建全国文明城市。接续开展春耕保供、秋收护粮等行动。" * 200
    found = programmes(text)
    assert found.count("春耕保供") == 200 and found.count("秋收护粮") == 200
    assert found.count("全国文明城市") == 200


# scheme31: one item before a bare head right after 等 is that action (the grammar read the whole
# phrase 甲乙出海等行动 as one name); round 10's readable gold names it with the head in its canonical
def test_one_item_before_a_bare_head_is_the_action():
    text = "甲省2026年政府工作报告\n\n一、2025年工作回顾\n深入实施晋味出山等行动，建好物流园。\n"
    records = extract_document(from_text(text, doc_id="p.txt"))
    names = {m.text: m.canonical for m in records if isinstance(m, Mention) and m.type == "Program"}
    assert names == {"晋味出山": "晋味出山行动"}, names


def test_a_name_with_words_after_its_list_closer_stays_whole():
    # words of its own between 等 and the head: the conventions keep such a name whole
    assert programmes("开展打击食品安全等违法犯罪专项行动。") == ["打击食品安全等违法犯罪专项行动"]


@pytest.mark.parametrize(
    "text",
    [
        "实施消费等行动。",  # one everyday word: a field, no action
        "实施晋味出山等行动方案。",  # a plan document's title, no action of its own
    ],
)
def test_no_single_item_action_from_fields_or_documents(text):
    assert "晋味出山" not in programmes(text) and "消费" not in programmes(text)


# scheme31: a list labelled as mechanisms (等机制) names its coined, quoted items only
def test_the_quoted_items_of_a_mechanism_list_are_programmes():
    found = programmes("完善政企座谈、“12345”接诉即办、“8890”民呼必应等机制，开展走访。")
    assert "“12345”接诉即办" in found and "“8890”民呼必应" in found, found
    assert "政企座谈" not in found


@pytest.mark.parametrize(
    "text",
    [
        "建立健全招商引资、要素保障等机制。",  # descriptive fields of work
        "完善项目谋划、储备等长效机制。",  # a modifier before the head: no bare label
    ],
)
def test_unquoted_mechanism_list_items_stay_untagged(text):
    found = programmes(text)
    assert not any(x in found for x in ("招商引资", "要素保障", "项目谋划", "储备")), found
