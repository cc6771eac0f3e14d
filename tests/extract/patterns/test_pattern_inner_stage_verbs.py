"""Failure class: a name cut at a stage verb inside it, the verbal noun of a carried noun phrase.

推进城镇排水管网建设质量整治专项行动 came out as 质量整治专项行动 and 8个整县推进农文旅融合发展试点
as 农文旅融合发展试点: 建设 and 推进 are stage verbs, hard stop words, so the name grammar cut
after them. Right after a noun phrase that a carrying verb or a count governs, or in a list item
whose stage verb closes a widespread term (基础设施建设), the stage verb opens no clause: it is the
phrase's verbal noun, inside the name (``extract.pipeline.inner_stage_verbs``). After a co-verb
(依托), at a clause start (a subject), in a list of subjects or after a verb in the phrase the
stage verb still cuts. Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.grammar import default_grammar
from extract.pipeline.inner_stage_verbs import carried_phrase_at, inner_stage_verb


def names(text: str) -> list[str]:
    return [e.text for e in run_pipeline(load_pipeline(), text, "140000").ents]


def start_of(text: str, head: str) -> str:
    """The name ``name_start`` reads before ``head`` (its first occurrence), head included."""
    at = text.index(head)
    return text[default_grammar().name_start(text, at) : at + len(head)]


@pytest.mark.parametrize(
    ("text", "head", "name"),
    [
        (
            "柳湾县推进城镇供水管网建设质量提升专项行动，改善水质。",
            "专项行动",
            "城镇供水管网建设质量提升专项行动",
        ),
        ("去年新增5个整乡推进文旅融合发展试点，带动增收。", "试点", "整乡推进文旅融合发展试点"),
        ("深化乡村道路建设养护改革试点，提升通行条件。", "试点", "乡村道路建设养护改革试点"),
        # a list item closing in a widespread term (基础设施建设)
        ("建好滨河物流基地、区域基础设施建设协同试点，", "试点", "区域基础设施建设协同试点"),
    ],
)
def test_a_stage_verb_after_a_carried_noun_phrase_stays_in_the_name(text, head, name):
    assert start_of(text, head) == name


def test_the_whole_name_comes_out_of_the_pipeline():
    assert "城镇供水管网建设质量提升专项行动" in names(
        "柳湾县推进城镇供水管网建设质量提升专项行动，改善水质。"
    )


@pytest.mark.parametrize(
    "text",
    [
        "依托龙头企业建设技术创新中心，集聚人才。",  # a co-verb: 建设 is the clause's own verb
        "今年，园区建设智慧物流中心，降低成本。",  # a clause start: 园区 is the subject
        "推进优化布局建设产业协作示范区。",  # a verb inside the phrase: two clauses (优化|布局, 建设)
        "支持临江、河口建设物流枢纽。",  # a list of subjects: 河口建设 is no widespread term
    ],
)
def test_a_stage_verb_after_a_co_verb_a_subject_or_a_verb_is_no_verbal_noun(text):
    assert inner_stage_verb(text, text.rindex("建设"), default_grammar()) == -1


def test_the_cut_after_a_verb_inside_the_phrase_stands():
    assert start_of("推进优化布局建设产业协作示范区。", "示范区") == "产业协作示范区"


def test_the_phrase_start_is_kept_from_the_front_loop():
    gr = default_grammar()
    text = "推进城镇供水管网建设质量提升专项行动"
    assert inner_stage_verb(text, text.index("建设"), gr) == 2
    assert carried_phrase_at(text, 2, text.index("专项行动"), gr)  # 城镇: a noun, no lead word
    assert inner_stage_verb("依托龙头企业建设技术创新中心", 6, gr) == -1


def test_the_list_item_evidence_is_mined_with_its_counts():
    rows = {e["term"]: e for e in default_grammar().lexicon["widespread_terms.jsonl"]}
    assert rows["基础设施建设"]["source"] == "mined" and rows["基础设施建设"]["docs"] >= 3
