"""Failure class: the verb that governs a list of works left at the front of its first item.

A verb before a list (布局甲项目、乙项目等项目) governs every item, and the list reader keeps it
at the front of the first (布局甲项目). The miner counts where a word opens list items: a verb
opens first items only, a word that begins names opens first and later items alike. A guess that
opens with a mined verb starts after it; one opening with a reduplicated verb pair (做精做靓…)
starts after the pair. Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.grammar import default_grammar
from extract.pipeline.object_verbs import mine_object_verbs, object_verb_cut, object_verbs
from extract.pipeline.reduplicated_verbs import reduplicated_pair_cut


def _docs() -> list[tuple[str, str]]:
    """Three authors: 筹建 opens first items only; 骨干 opens first and later items."""
    return [
        (
            f"作者{i}",
            "筹建甲河水库、乙山水厂、丙湾码头等项目。"
            "筹建丁村电站、戊镇园区、己县港区等工程。"
            "骨干水网、骨干管网、城市管网协同推进。",
        )
        for i in range(3)
    ]


def test_a_word_opening_first_items_only_is_a_list_verb():
    words = {r["word"] for r in mine_object_verbs(_docs())}
    assert "筹建" in words
    assert "骨干" not in words  # it opens later items as often as first ones


def test_a_word_seen_in_too_few_reports_is_not_kept():
    assert mine_object_verbs(_docs()[:2]) == []


def test_mined_rows_carry_their_provenance():
    row = next(r for r in mine_object_verbs(_docs()) if r["word"] == "筹建")
    assert row["source"] == "mined"
    assert row["docs"] == 3
    assert row["counts"]["first_item"] == 6


@pytest.mark.parametrize(
    ("text", "cut"),
    [
        ("筹建甲河水库", 2),  # the verb opens the guess
        ("甲河水库", 0),  # a name of its own
        ("筹建", 0),  # nothing left after the verb
    ],
)
def test_the_cut_is_the_verb_only(text, cut):
    assert object_verb_cut(text, 0, len(text), frozenset({"筹建"})) == cut


def test_the_shipped_verbs_are_mined_entries():
    rows = default_grammar().lexicon["object_verbs.jsonl"]
    assert rows and all(r["source"] == "mined" and r["docs"] >= 3 for r in rows)


def _works(text: str) -> list[str]:
    doc = run_pipeline(load_pipeline(), text, "140000")
    return [e.text for e in doc.ents if e.label_ in ("Project", "Platform")]


def test_a_reduplicated_pair_before_a_project_is_cut():
    assert reduplicated_pair_cut("做精做靓甲山湖农旅项目", 0) == 4
    assert all(not t.startswith("做精做靓") for t in _works("做精做靓甲山湖农旅项目，带动乡村旅游。"))


def test_a_list_verb_before_a_named_plant_leaves_the_name():
    verbs = object_verbs(default_grammar())
    verb = "布局" if "布局" in verbs else None
    if verb is None:
        pytest.skip("布局 not mined in this lexicon")
    found = _works(f"{verb}甲乙石化、丙丁化工、戊己新材料等重大项目。")
    assert all(not t.startswith(verb) for t in found)


def test_a_hard_stop_word_is_left_to_the_scan():
    assert "筹建" not in {r["word"] for r in mine_object_verbs(_docs(), hard_stops={"筹建"})}


def test_a_works_name_sharing_a_character_with_the_verb_before_it_keeps_it():
    # 建设|建筑废料处置中心项目 reads as the pair 建设建筑: a works guess loses only a whole pair
    found = _works("加快建设建筑废料处置中心项目，年内建成。")
    assert not any(t.startswith("筑") or t.startswith("废料") for t in found)
