"""Failure class: items of a list closed by a count label without 等 (A、B、C“三项行动”).

A report lists the actions of one plan and counts them right after the last item: 推进甲乙、丙丁
“两项行动”, 实施甲乙、丙丁四大专项行动. The count closes the list as 等 does, each item is a Program
whose canonical takes the head (GUIDE §2.2 shared suffixes), and the count label itself only counts
them. A label with a modifier, a list of places or everyday words, or a count label with no list
before it is left alone. Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline


def programmes(text: str) -> dict[str, str]:
    doc = run_pipeline(load_pipeline(), text, "130000")
    return {e.text: e.kb_id_ for e in doc.ents if e.label_ == "Program"}


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "推进牧道畅通提速、草场轮牧增效、林下菌菇扩面“三项行动”，全年任务完成。",
            {
                "牧道畅通提速": "牧道畅通提速行动",
                "草场轮牧增效": "草场轮牧增效行动",
                "林下菌菇扩面": "林下菌菇扩面行动",
            },
        ),
        (
            "水运方面，实施航道疏浚提级、码头岸电覆盖两大专项行动，推动港口转型。",
            {"航道疏浚提级": "航道疏浚提级专项行动", "码头岸电覆盖": "码头岸电覆盖专项行动"},
        ),
    ],
)
def test_the_items_before_a_count_label_are_programmes(text, names):
    found = programmes(text)
    assert {n: found.get(n) for n in names} == names, found


def test_the_count_label_itself_is_no_programme():
    found = programmes("推进牧道畅通提速、草场轮牧增效、林下菌菇扩面“三项行动”，全年任务完成。")
    assert not any("三项行动" in n for n in found), found


@pytest.mark.parametrize(
    "text",
    [
        # a modifier between the count and the head: the items may be fields of one action
        "实施牧区供水、草场修复、林下经济五大提升行动，推动增收。",
        # places, not actions
        "在赣州市、吉安市、抚州市“三项行动”中率先完成任务。",
        # the count is no count of the items: a name of its own after a name of its own
        "推进牧道畅通提速“十大工程”、草场轮牧增效“八大行动”。",
        # a list closed by 等 is read by programme_lists, never cut before 等 here
        "实施牧道畅通提速、草场轮牧增效等“两大行动”。",
        # the label runs on into a longer noun
        "健全牧道畅通提速、草场轮牧增效两大行动体系。",
    ],
)
def test_fields_places_and_longer_nouns_are_no_counted_list(text):
    found = programmes(text)
    items = ("牧区供水", "草场修复", "林下经济", "赣州市", "吉安市", "抚州市", "牧道畅通提速", "草场轮牧增效")
    assert not any(x in found for x in items), found
    assert not any(n.endswith("等") for n in found), found


def test_a_count_label_without_a_list_is_untouched():
    found = programmes("深入实施“六项行动”，成效明显。")
    assert "六项行动" in found, found  # a named set of actions (GUIDE §3: 十项行动)
