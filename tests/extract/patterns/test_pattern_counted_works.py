"""Failure class: a kind of works typed as a Project where its own sentence holds no count
(``推动中职学校办学条件达标``: issue 12, Project precision, branch precision24's readable sample).

A works is never counted; a kind is (``新建3所寄宿制学校``, ``职业学校由30所整合为20所``). The miner
collects phrases ending in a GUIDE Project kernel written right after or right before a count
(``counted_works.jsonl``), and a head-word guess that is such a phrase, or everyday words before
one, is a kind (GUIDE §3 leaves generic unnamed items untagged). A place, a proper syllable, a code
or a phase keeps the name. Sentences are invented, in forms not read in the tuning passages.
"""

from __future__ import annotations

import pytest

from extract.pipeline import counted_works
from extract.pipeline.counted_works import counted_kind, mine_counted_works, project_kernels
from extract.pipeline.grammar import default_grammar

KERNELS = ("学校", "枢纽", "电站")


def phrases(docs: list[tuple[str, str]]) -> dict[str, int]:
    return {r["phrase"]: r["docs"] for r in mine_counted_works(docs, KERNELS)}


def test_a_phrase_after_a_count_is_mined_at_word_boundaries() -> None:
    found = phrases([("甲", "今年新建12所寄宿制学校，改造乡村校舍。")])
    assert "寄宿制学校" in found
    assert "制学校" not in found  # only jieba's word boundaries


def test_a_phrase_before_its_count_is_mined_through_a_linking_verb() -> None:
    found = phrases([("乙", "全省职业学校由30所整合为20所。")])
    assert "职业学校" in found


def test_authors_are_counted_once_each() -> None:
    docs = [("甲", "建成2个物流枢纽。再建3个物流枢纽。"), ("乙", "布局5个物流枢纽。")]
    assert phrases(docs)["物流枢纽"] == 2


def test_a_works_never_counted_is_not_mined() -> None:
    found = phrases([("丙", "加快澄川抽水蓄能电站建设，年内并网。")])
    assert not any(p.endswith("电站") for p in found)


def test_the_kernels_are_the_guide_project_kernels_without_phases() -> None:
    kernels = project_kernels(default_grammar().lexicon.get("head_kernels.jsonl", ()))
    assert kernels and "学校" in kernels
    assert not any(k.endswith("期") and k[0] in "一二三" for k in kernels)


def test_every_shipped_row_has_provenance() -> None:
    rows = default_grammar().lexicon.get(counted_works.LEXICON_FILE, ())
    assert rows
    assert all(r["source"] == "mined" and r["docs"] >= 1 and r["counts"]["total"] >= 1 for r in rows)


@pytest.fixture
def counted(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(
        counted_works, "counted_phrases", lambda grammar: frozenset({"寄宿制学校", "中职学校"})
    )


@pytest.mark.parametrize("name", ["中职学校", "寄宿制学校", "乡镇寄宿制学校"])
def test_a_counted_phrase_or_everyday_words_before_one_is_a_kind(counted: None, name: str) -> None:
    assert counted_kind(name, default_grammar())


@pytest.mark.parametrize(
    "name",
    [
        "澄川寄宿制学校",  # a coined place part
        "长江寄宿制学校",  # a proper noun
        "中职学校二期",  # a phase of one works
        "第3中职学校",  # a number
        "职业学校",  # never counted
    ],
)
def test_a_part_of_its_own_keeps_the_name(counted: None, name: str) -> None:
    assert not counted_kind(name, default_grammar())


@pytest.mark.parametrize(
    "text",
    [
        "建成澄川学校、鹿鸣学校2所学校。",  # the count enumerates the listed names
        "澄川学校和鹿鸣学校2所完成改造。",
    ],
)
def test_a_count_of_listed_names_mines_no_kind(text: str) -> None:
    found = phrases([("丁", text)])
    assert "鹿鸣学校" not in found
    assert "澄川学校" not in found


@pytest.mark.parametrize(
    ("text", "name", "share"),
    [
        ("推动85%乡村公办幼儿园纳入集团化管理。", "乡村公办幼儿园", True),
        ("力争百分之六十县城学校达标。", "县城学校", True),
        ("形象进度完成92%，澄川大桥加快建设。", "澄川大桥", False),  # a clause mark between
        ("加快澄川大桥建设。", "澄川大桥", False),
    ],
)
def test_a_share_before_the_guess_makes_it_a_kind(text: str, name: str, share: bool) -> None:
    assert counted_works.share_before(text, text.index(name)) is share


def ents(text: str, region: str | None = "530000") -> list[tuple[str, str]]:
    from extract.entities import load_pipeline, run_pipeline

    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, region).ents]


def test_the_extractor_drops_a_shared_kind_and_keeps_the_works() -> None:
    assert not any(label == "Project" for _, label in ents("推动60%澄川寄宿制学校纳入集团化管理。"))
    assert ("澄川寄宿制学校", "Project") in ents("加快澄川寄宿制学校建设，年内投用。")
