"""Failure class: a one-character function word cuts a name inside a word the dictionary lacks.

The stop-word miner counts how often a one-character function word stands alone on jieba's
reading with its HMM, which glues words the dictionary lacks (律所, "law firm") into one word.
Read at run time without the HMM, the same character stood alone inside such a word and cut the
name before it (…律|所合伙联营试点) as soon as a mask lifted the character over the miner's
standalone floor. Both readings must agree. The stop word is injected (it sits on that floor in
the shipped lexicon, so no test may hang on it). Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.pipeline.grammar import Grammar, default_grammar


def _grammar(hard: list[str]) -> Grammar:
    lexicon = {name: list(rows) for name, rows in default_grammar().lexicon.items()}
    stop = {"source": "mined", "counts": {"frame": 3}, "docs": 3}
    lexicon["stop_words.jsonl"] = [{"word": w, "kind": "hard", **stop} for w in hard]
    lexicon["status_phrases.jsonl"] = []
    return Grammar(lexicon)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("获批深港律所合伙联营试点", "深港律所合伙联营"),
        ("获批琼港澳律所合伙联营试点", "琼港澳律所合伙联营"),
    ],
)
def test_a_function_word_inside_a_word_the_hmm_reads_does_not_cut(text, name):
    head = text.index("试点")
    g = _grammar(["获批", "所"])
    assert text[g.name_start(text, head) : head] == name


def test_a_function_word_standing_alone_still_cuts():
    text = "加快产业所需青山湖产业园建设"
    head = text.index("产业园")
    start = _grammar(["加快", "所"]).name_start(text, head)
    assert start > text.index("所")
