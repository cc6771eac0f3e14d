"""Failure class: a route section named by its two ends cut at 至 (issue 12, fifth sample).

GUIDE §2.4 keeps section qualifiers; a route is named by its two ends. The head-word scan stops
at 至 and took only 乙段铁路 of 甲至乙段铁路, with the first end as a District of its own
(``extract.pipeline.route_starts``). Sentences and places are invented or unlisted.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline


def ents(text: str, region: str | None = "530000") -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, region).ents]


@pytest.mark.parametrize(
    ("text", "name", "end"),
    [
        ("开工建设丽江至香格里拉段铁路。", "丽江至香格里拉段铁路", "丽江"),
        ("力争蒙自至河口段高速公路建成通车。", "蒙自至河口段高速公路", "蒙自"),
        ("推进文山至麻栗坡段公路扩容。", "文山至麻栗坡段公路", "文山"),
    ],
)
def test_the_route_takes_its_first_end(text, name, end):
    found = ents(text)
    assert (name, "Project") in found
    assert (end, "District") not in found


def test_a_name_ending_at_the_joiner_is_left_alone():
    from spacy.tokens import Span

    from extract.pipeline.grammar import Grammar
    from extract.pipeline.lexicon_files import read_lexicon
    from extract.pipeline.route_starts import take_route_starts

    nlp = load_pipeline()
    text = "澄湖研究院至甲山段公路"
    doc = nlp.make_doc(text)
    org = Span(doc, 0, 5, label="Organization")
    route = Span(doc, 6, len(text), label="Project")
    out = take_route_starts(doc, [org, route], text, Grammar(read_lexicon()))
    assert [(s.text, s.label_) for s in out] == [("澄湖研究院", "Organization"), ("甲山段公路", "Project")]

