"""Failure class: a document kind mined from the 《》 titles of one report sits on the floor.

Few reports bracket titles at all, so a kind whose bracketed titles stand in one report rests on
that one title, and masking one gold passage drops it (round 20's mask dropped 意见, and the
untitled …改革意见 of a readable report was lost). The dictionary splits the compound where
reports write the kind bare after a modifier of kinds (市政府实施|意见), so the miner
(``policy_mining.bare_compounds``) counts the reports where a word some bracket closes ends a
bare run after a word that compounds two kinds in titles (实施方案, 实施办法): they are title
reports of that kind too, when that frame alone reaches the floor of reports. A word compounded
with one kind only (行动计划) is the title's topic and marks nothing; one report's bare wording
admits nothing. Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.policy_mining import bare_compounds, kind_modifiers, mine_policy_frames

# two kinds compounded with 实施 in brackets make 实施 a modifier of kinds
MODIFIER_REPORTS = [
    ("丙.txt", "出台《澄州城市更新实施方案》。"),
    ("丁.txt", "制定《澄州物业管理实施办法》。"),
]


def kinds(docs: list[tuple[str, str]]) -> dict[str, dict]:
    return {r["word"]: r for r in mine_policy_frames(docs) if r["role"] == "kind"}


def test_bare_compounds_after_a_modifier_of_kinds_count_as_title_reports():
    docs = [
        ("甲.txt", "落实《关于澄州招商引资工作的意见》。"),
        ("乙.txt", "贯彻澄州规划纲要和市政府实施意见，加强协作。"),
        ("戊.txt", "对照澄江流域保护实施意见，开展巡查。"),
        *MODIFIER_REPORTS,
    ]
    row = kinds(docs)["意见"]
    assert row["counts"]["closes_title"] == 1 and row["counts"]["bare_compound"] == 2
    assert row["docs"] == 3


def test_one_report_of_bare_compounds_admits_nothing():
    docs = [
        ("甲.txt", "落实《关于澄州招商引资工作的意见》。"),
        ("乙.txt", "贯彻澄州规划纲要和市政府实施意见，加强协作。"),
        *MODIFIER_REPORTS,
    ]
    assert "意见" not in kinds(docs)


def test_a_word_compounded_with_one_kind_is_no_modifier():
    # 行动 compounds 计划 only: 澄州行动|体系 is a topic, not a document
    docs = [
        ("甲.txt", "出台《澄州制造业行动计划》。"),
        ("乙.txt", "落实《澄州数字经济行动计划》。"),
        ("丙.txt", "出台《澄州现代产业体系》。"),
        ("丁.txt", "完善澄州服务行动体系。"),
        ("戊.txt", "构建澄江安全行动体系。"),
    ]
    assert "体系" not in kinds(docs)
    modifiers = kind_modifiers(docs)  # the miner's own modifier set: 行动 compounds one kind only
    assert "行动" not in modifiers
    assert bare_compounds(docs, modifiers, {"体系"}) == {}
    assert kind_modifiers(MODIFIER_REPORTS) == {"实施"}  # two kinds compounded: a modifier


def ents(text: str, region: str | None = "430000") -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, region).ents]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("落实好深化供水价格机制改革意见，理顺价格关系。", "深化供水价格机制改革意见"),
        ("制定深化燃气价格改革意见。", "深化燃气价格改革意见"),
    ],
)
def test_a_governed_title_closed_by_opinions_is_a_policy(text, title):
    assert (title, "Policy") in ents(text)


@pytest.mark.parametrize(
    "text",
    [
        "请各位委员提出意见。",  # a request for comments: no body, no title
        "广泛听取群众意见，改进工作。",
        "落实巡视反馈意见整改。",  # feedback to act on, no document
        "完善价格改革意见征集机制。",  # 意见 inside a longer name
    ],
)
def test_opinions_asked_for_are_no_policy(text):
    assert not any(label == "Policy" for _, label in ents(text))
