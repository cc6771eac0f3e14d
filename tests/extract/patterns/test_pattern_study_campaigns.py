"""Failure class: a study campaign with a long object, carried out (开展|深入贯彻…精神学习教育).

GUIDE §3 types named campaigns as Program and the provincial-2026 conventions ("Campaigns") tag
party study campaigns (…学习教育). The head-word scan stopped inside such a name at the study verb
that opens it (深入|贯彻…), or read a count inside the studied text (…八项规定…) as an amount and
gave nothing; a sibling headed 主题教育 in the same list had no head at all. The name now starts
right after the verb that carries the campaign out (the mined carrying verbs: 开展), each item of
the list it opens is its own campaign (GUIDE §2.2), and an item that ends in the kernel's last word
(教育) with a body of its own is a campaign of the same kind. Sentences are invented; none is from
a report.
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
        # the study verb opens the name; the left scan stopped after 深入
        ("认真开展深入贯彻青山绿水精神学习教育，作风持续好转。", ["深入贯彻青山绿水精神学习教育"]),
        # a count inside the studied text (五条守则) is no amount of things
        ("扎实开展深入落实五条守则精神学习教育。", ["深入落实五条守则精神学习教育"]),
        # the coverb 为 closes the object of 以…为
        ("以开展深入贯彻青山绿水精神学习教育为契机，改进作风。", ["深入贯彻青山绿水精神学习教育"]),
        # one verb, a list: each item its own campaign; a 主题教育 sibling with a long object
        (
            "我们扎实开展学习贯彻甲乙丙丁思想主题教育和红旗渠精神学习教育、深入贯彻青山绿水精神学习教育，机关作风明显转变。",
            ["学习贯彻甲乙丙丁思想主题教育", "红旗渠精神学习教育", "深入贯彻青山绿水精神学习教育"],
        ),
    ],
)
def test_a_study_campaign_carried_out_is_named_from_its_verb(text, names):
    assert programmes(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "深入开展家风家训学习教育和警示教育。",  # 警示教育: a kind of education beside the campaign
        "开展法治宣传教育和安全教育，群众满意度提升。",  # no campaign kernel in the list
        "巩固深入贯彻青山绿水精神学习教育成果。",  # no carrying verb: left to the head-word scan
    ],
)
def test_no_study_campaign_is_read_without_a_kernel_item_or_a_carrying_verb(text):
    found = programmes(text)
    assert "警示教育" not in found
    assert "法治宣传教育" not in found and "安全教育" not in found
    assert "深入贯彻青山绿水精神学习教育" not in found


def test_a_campaign_the_report_carries_out_is_named_again_without_its_verb():
    """GUIDE §4: one name, one entity; the plan names the campaign again to consolidate it."""
    text = "扎实开展深入贯彻青山绿水精神学习教育。今年，巩固拓展深入贯彻青山绿水精神学习教育成果。"
    assert programmes(text) == ["深入贯彻青山绿水精神学习教育"] * 2


def test_a_repeat_needs_the_campaign_read_after_a_carrying_verb():
    assert "深入贯彻青山绿水精神学习教育" not in programmes("巩固拓展深入贯彻青山绿水精神学习教育成果。")
