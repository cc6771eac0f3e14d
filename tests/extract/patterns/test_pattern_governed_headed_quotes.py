"""Failure class: a coined programme name in quotes with no head after it (打造“X”。), written once
in the report, after a verb that introduces slogans as often as programmes.

Two independent signals make it a Program (``extract.pipeline.governed_headed_quotes``): another
report heads the quoted words with a programme head (“X”行动计划: mined over unannotated reports
into ``extract/data/headed_quotes.jsonl`` with counts), and this report governs the bare quote
as the object of a verb with punctuation closing it. A quote after a noun, a quote modifying a
noun and a quote no report heads stay untouched. Sentences are invented; the names are invented
too and passed in as the mined set, so the test does not depend on the shipped lexicon.
"""

from __future__ import annotations

import pytest
import spacy

from extract.pipeline.candidates import add_candidate, candidates, register_extensions
from extract.pipeline.governed_headed_quotes import find_governed_headed_quotes, mine_headed_quotes
from extract.pipeline.grammar import default_grammar
from extract.pipeline.mining import segment

NAMES = frozenset({"邻里半径", "稻田织锦", "青苗护航"})


def run_finder(text: str, held: tuple[int, int] | None = None) -> list[tuple[str, str]]:
    register_extensions()
    doc = spacy.blank("zh")(text)
    if held is not None:
        add_candidate(doc, held[0], held[1], "Program", "suffix")
    find_governed_headed_quotes(doc, text, default_grammar(), NAMES, segment)
    return [(c.text, c.label_) for c in candidates(doc) if c.id_ == "quote"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("新建快递网点30个，打造“邻里半径”。举办消费节。", {"邻里半径"}),
        ("务实推进“稻田织锦”，农民增收。", {"稻田织锦"}),
        ("全面推进“稻田织锦”“青苗护航”。", {"稻田织锦", "青苗护航"}),  # a chain of quotes
    ],
)
def test_a_verb_governed_bare_quote_headed_elsewhere_is_a_programme(text, names):
    found = run_finder(text)
    assert {name for name, _ in found} == names
    assert all(label == "Program" for _, label in found)


@pytest.mark.parametrize(
    "text",
    [
        "“邻里半径”软件企业：规模以上的软件企业。",  # the quote modifies a noun: a category
        "推进“邻里半径”整体提升，改善风貌。",  # no punctuation closes it: the topic of a longer name
        "完善国土空间规划“稻田织锦”，推进改革。",  # a noun before the quote, no verb governs it
        "打造“云上花园”。举办消费节。",  # no report heads these words
    ],
)
def test_untouched(text):
    assert run_finder(text) == []


def test_a_quote_the_document_heads_itself_is_left_alone():
    # the mined head may be this report's own: the two signals would be one report's
    assert run_finder("启动“邻里半径”行动计划。打造“邻里半径”。") == []
    assert run_finder("开展“稻田织锦”“青苗护航”试点。深入推进“青苗护航”，成效明显。") == []


def test_a_name_another_finder_holds_is_left_alone():
    text = "打造“邻里半径”。"
    assert run_finder(text, held=(2, 8)) == []


def test_mining_needs_a_programme_head_and_drops_the_genre_formulas():
    grammar = default_grammar()
    docs = [
        ("a.txt", "启动“邻里半径”行动计划，贯彻“共同口号”。"),
        ("b.txt", "打造“邻里半径”。贯彻“共同口号”。"),
        ("c.txt", "贯彻“共同口号”，推进“稻田织锦”。"),
        *((f"plain{i}.txt", "全年新建公园三个。") for i in range(3)),
    ]
    mined = mine_headed_quotes(docs, grammar.after_quote_re, grammar.program_tails, ())
    by_name = {e["name"]: e for e in mined}
    assert set(by_name) == {"邻里半径"}  # “稻田织锦” is never headed
    assert by_name["邻里半径"]["counts"] == {"quotes": 2, "headed": 1, "quoted_docs": 2}
    assert by_name["邻里半径"]["source"] == "mined" and by_name["邻里半径"]["docs"] == 1
    # quoted in more than half the reports and headed once: a formula of the genre, not a name
    docs.append(("d.txt", "“共同口号”行动计划全面启动。"))
    docs.append(("e.txt", "贯彻“共同口号”。"))
    mined = mine_headed_quotes(docs, grammar.after_quote_re, grammar.program_tails, ())
    assert "共同口号" not in {e["name"] for e in mined}
    # a name the quoted-programme lexicon holds is found anywhere already
    mined = mine_headed_quotes(docs, grammar.after_quote_re, grammar.program_tails, ("邻里半径",))
    assert "邻里半径" not in {e["name"] for e in mined}
