"""Failure class: a programme name the reports quote (“揭榜挂帅”) written bare, with no quotes and
no head word (健全完善揭榜挂帅等机制), so neither the grammar nor the quoted finders read it.

The evidence is the mined quoted programme lexicon (``extract/data/quoted_programmes.jsonl``,
counts over unannotated reports); ``extract.pipeline.bare_known_programmes`` tags a bare use only
when the name has four Han characters or more and clause edges (a non-Han character or a hard
stop word) stand on both sides. Sentences are invented; the names are invented too and passed in
as the mined set, so the test does not depend on the shipped lexicon.
"""

from __future__ import annotations

import pytest
import spacy

from extract.pipeline.bare_known_programmes import bare_names, find_bare_known_programmes
from extract.pipeline.candidates import add_candidate, candidates, register_extensions
from extract.pipeline.grammar import default_grammar

NAMES = frozenset({"青苗护航", "百店焕新", "两甲"})


def run_finder(text: str, held: tuple[int, int] | None = None) -> list[tuple[str, str]]:
    register_extensions()
    doc = spacy.blank("zh")(text)
    if held is not None:
        add_candidate(doc, held[0], held[1], "Program", "suffix")
    find_bare_known_programmes(doc, text, default_grammar(), NAMES)
    return [(c.text, c.label_) for c in candidates(doc) if c.id_ == "quote"]


@pytest.mark.parametrize(
    "text",
    [
        "健全完善青苗护航等机制，提升攻关效率。",  # hard stop words on both sides
        "今年，青苗护航全面铺开。",  # punctuation before the name, a hard stop word after
        "全面推进百店焕新和青苗护航，扩大消费。",  # a conjunction between two names
    ],
)
def test_a_bare_clause_edged_name_is_a_programme(text):
    found = run_finder(text)
    assert found and all(label == "Program" for _, label in found)
    assert {name for name, _ in found} <= {"青苗护航", "百店焕新"}
    assert ("青苗护航", "Program") in found


@pytest.mark.parametrize(
    "text",
    [
        "推进“青苗护航”，成效明显。",  # quoted: the quoted finder's
        "加快建设全域青苗护航体系。",  # inside a longer Han word on both sides
        "累计建成青苗护航细胞120个。",  # the front of a longer word
        "推进两甲建设，扩大投资。",  # a short name is only read in quotes
    ],
)
def test_untouched(text):
    assert run_finder(text) == []


def test_a_name_another_finder_holds_is_left_alone():
    text = "完善青苗护航机制，提升效率。"
    assert run_finder(text, held=(2, 8)) == []


def test_only_long_han_names_are_read_bare():
    assert bare_names({"两新", "人工智能+", "高效办成一件事", "揭榜挂帅"}) == ("高效办成一件事", "揭榜挂帅")
