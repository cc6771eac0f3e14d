"""Failure class: the items of a pilot list whose label is followed by the clause's verb.

A report lists its pilots and names their kind once after 等 (GUIDE §3: pilot designations are
Program; the list's label says what each item is). The list reader took the label only when it
ran to the clause edge (A、B等国家试点。), so a list that is the object of a verb phrase
(加快A、B等试点城市建设) or the subject of one (A、B等国家试点深入开展) gave nothing. The label
now also ends where a Program head is followed by a clause word of the mined lexicon; any other
continuation may make the head part of a longer noun (等行动方案, 等试点经验) and is left alone,
as is a list of fields before a modified label (等产业提质升级行动). Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline


def programmes(text: str) -> list[str]:
    doc = run_pipeline(load_pipeline(), text, "140000")
    return [e.text for e in doc.ents if e.label_ == "Program"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("智慧停车、老字号焕新等国家试点深入开展。", ["智慧停车", "老字号焕新"]),
        ("加快智慧商圈、夜间经济集聚等试点城市建设。", ["智慧商圈", "夜间经济集聚"]),
        ("智慧停车、老字号焕新等试点扎实推进。", ["智慧停车", "老字号焕新"]),
    ],
)
def test_a_labelled_pilot_list_before_its_predicate_gives_its_items(text, names):
    assert programmes(text) == names


@pytest.mark.parametrize(
    "text",
    [
        # fields before a label with its own modifier that is no trade word (a trade word,
        # 等产业提质升级行动, makes one programme per sector: sector_programmes, round 12's gold)
        "汽车、光伏、钢铁等领域提质升级行动深入开展。",
        "推广老年助餐、社区托育等试点经验。",  # 试点经验: a noun goes on, no label end
    ],
)
def test_fields_and_longer_nouns_give_no_programme_list(text):
    assert programmes(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # a mined field word right after 等 is the list's label, whatever words follow it and
        # whichever head closes them (issue 12: the reading hung on whether 升级行动 was a mined
        # head, which left only generic words before it; round 14's mask took it out)
        "新能源、新材料等领域转型攻坚行动扎实推进。",
        # 群体: a field word mined well clear of its floors (13 reports, 39 of 60 items sectors);
        # the case read 等方面 until round 16's mask left 方面 at 16 of 33 (share floor one half)
        "老年人、残疾人等群体服务提升行动成效明显。",
        "汽车、光伏、钢铁等领域焕新升级行动深入开展。",
    ],
)
def test_a_name_opening_on_a_field_label_after_a_list_is_no_programme(text):
    assert programmes(text) == []


def test_the_field_label_cut_reads_the_list_closer_and_the_mined_field_words():
    from extract.pipeline.field_labels import opens_on_field_label
    from extract.pipeline.grammar import default_grammar

    gr = default_grammar()
    text = "甲、乙等领域转型攻坚行动，丙领域转型攻坚行动，丁等青禾转型攻坚行动"
    head = text.index("攻坚行动")
    assert opens_on_field_label(text, head - 4, head, gr)  # 等|领域转型
    second = text.index("领域", head)
    assert not opens_on_field_label(text, second, second + 4, gr)  # 丙|领域: no list closer
    third = text.index("青禾")
    assert not opens_on_field_label(text, third, third + 4, gr)  # 等|青禾: no field word
