"""Failure class: a campaign written with one word of its compound kernel (…治本攻坚, …系统整治).

GUIDE §3 and the provincial-2026 conventions type named campaigns as Program whatever their head
(…攻坚战, “两不一欠”专项整治). Reports often drop the rest of the compound and write only the word
that says what is done, after the verb that carries the campaign out (深化|X治本攻坚,
开展|X专项整治); the name grammar knew only the whole compounds, so these names were missed whole
(round 8's readable half). The short kernels are mined (``campaign_kernels.jsonl``) from the words
of the GUIDE kernels, kept when they close names after a carrying verb in enough reports.
Sentences are invented; none is from a report.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.campaign_kernels import candidate_words, mine_campaign_kernels
from extract.pipeline.lexicon_files import read_lexicon


def programmes(text: str) -> list[str]:
    doc = run_pipeline(load_pipeline(), text, "140000")
    return [e.text for e in doc.ents if e.label_ == "Program"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("深化燃气管网安全治本攻坚。加强重点行业安全监管。", "燃气管网安全治本攻坚"),
        ("持续开展农村自建房安全隐患专项整治，消除风险。", "农村自建房安全隐患专项整治"),
        ("持续开展渔港码头专项排查整治、海洋垃圾治理。", "渔港码头专项排查整治"),  # no head after 、
    ],
)
def test_a_campaign_named_with_a_short_kernel_is_a_programme(text, name):
    assert programmes(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "深化国有企业改革攻坚，提升国资监管效能。",  # a reform described by a verb phrase
        "实施攻坚，整治到位。",  # the bare kernel names nothing
        "常态化开展风险排查整治，守牢安全底线。",  # routine work: no 专项 campaign
    ],
)
def test_no_campaign_without_a_name(text):
    assert programmes(text) == []


def test_the_first_conjunct_of_names_sharing_a_later_head_is_no_campaign_of_its_own():
    names = programmes("深入实施燃气管网治本攻坚、防灾减灾固本强基三年行动，加强安全监管。")
    assert "燃气管网治本攻坚" not in names


def test_the_works_on_a_named_place_leave_the_place_its_name():
    doc = run_pipeline(load_pipeline(), "巩固深化滨江片区综合整治，整体推进城市更新。", "140000")
    assert [(e.text, e.label_) for e in doc.ents] == [("滨江片区", "Area")]


def test_an_item_of_a_list_closed_by_its_kind_is_left_to_the_list_reader():
    assert not any("等" in p for p in programmes("开展城乡环境、河道等专项整治。"))


def test_the_shipped_kernels_are_mined_words_of_the_guide_kernels():
    lexicon = read_lexicon()
    rows = lexicon["campaign_kernels.jsonl"]
    assert rows, "no short campaign kernel mined"
    assert all(r["source"] == "mined" and r["docs"] >= 3 for r in rows)
    assert {r["head"] for r in rows} <= {"攻坚", "整治", "专项", "学习"}


def test_candidates_are_the_words_of_a_compound_kernel_less_a_sibling_ending():
    words = {"攻坚": (1, "vn"), "专项": (1, "n"), "整治": (1, "n"), "学习": (1, "v"), "教育": (1, "vn")}
    assert candidate_words(["专项整治", "学习教育", "攻坚战"], words) == {
        "专项": "整治",
        "学习": "教育",
        "攻坚": "战",
        "整治": "专项",
    }


def test_a_candidate_needs_names_after_a_carrying_verb_in_several_reports():
    docs = [
        ("a", "深化甲乙丙攻坚。开展丁戊整治。"),
        ("b", "深化庚辛治本攻坚，开展壬癸整治。"),
        ("c", "实施子丑寅攻坚；开展卯辰攻坚。"),
    ]
    mined = mine_campaign_kernels(docs, ["深化", "开展", "实施"], {"攻坚": "战", "整治": "专项"})
    assert [r["head"] for r in mined] == ["攻坚"]  # 整治: two reports only
    assert mined[0]["docs"] == 3 and mined[0]["counts"]["frames"] == 4
