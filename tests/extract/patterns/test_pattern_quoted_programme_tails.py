"""Failure class: a quoted name whose last word is a programme head (“青禾艺术节”, “十大攻坚行动”)
missed or typed by a list in code (issue 12).

What ends a quoted programme is the lexicon's Program heads — the GUIDE kernels of
``head_kernels.jsonl`` and the heads ``scripts/mine_lexicon.py`` mines into ``heads.jsonl`` —
and the quoted-programme rule heads of ``head_rules.jsonl``; no tail list is typed in code.
Sentences are invented.
"""

from __future__ import annotations

import copy

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.grammar import Grammar
from extract.pipeline.lexicon_files import read_lexicon


def ents(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, "140000").ents]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("举办“青禾艺术节”。", "青禾艺术节"),  # 艺术节: a mined head
        ("实施“青禾十大攻坚行动”。", "青禾十大攻坚行动"),
        ("推进“青禾百村示范工程”。", "青禾百村示范工程"),  # 工程: a quoted-programme rule head
    ],
)
def test_a_quoted_name_ending_in_a_programme_head_is_a_programme(text, name):
    assert (name, "Program") in ents(text)


def test_a_quoted_phrase_ending_in_no_head_is_no_programme():
    assert not [e for e in ents("展现“青禾风貌”。") if e[0].startswith("青禾")]


def test_programme_tails_are_the_lexicons_program_heads():
    lexicon = read_lexicon()
    tails = Grammar(lexicon).program_tails
    mined = {h["head"] for h in lexicon["heads.jsonl"] if h["type"] == "Program"}
    assert mined <= set(tails) and "工程" in tails
    more = copy.deepcopy(lexicon)
    more["heads.jsonl"].append(
        {
            "head": "擂台赛季",
            "type": "Program",
            "kernel": "赛",
            "source": "mined",
            "counts": {"suffix": 3},
            "docs": 3,
        }
    )
    assert "擂台赛季" in Grammar(more).program_tails and "擂台赛季" not in tails


def test_a_quoted_list_of_words_is_no_programme_even_if_its_last_word_is_a_head():
    """国企“管理、发展、改革”: the quotes hold a list of words; its last one (改革) heads nothing."""
    assert not [e for e in ents("青禾国企“管理、发展、改革”取得重大进展。") if e[1] == "Program"]
    assert ("青禾艺术节", "Program") in ents("举办“青禾艺术节”，游客众多。")
