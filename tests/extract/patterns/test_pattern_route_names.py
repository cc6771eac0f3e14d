"""Failure class: coordinated names and routes (`A至B等…项目`) whose ends become Districts.

A one-character function word (至) cuts a name's left context only where it stands as a word
of its own; between two division names it joins a route, which is one name. Sentences are
invented.
"""

from __future__ import annotations

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.grammar import default_grammar


def ents(text: str, region: str | None = "410000") -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, region).ents]


def test_route_between_two_places_is_one_project():
    found = ents("新开工洛阳至三门峡等2个项目，提速南阳至信阳等续建项目。")
    assert ("洛阳至三门峡", "Project") in found
    assert ("南阳至信阳", "Project") in found
    assert ("三门峡", "District") not in found and ("信阳", "District") not in found


def test_the_function_word_still_cuts_elsewhere():
    g = default_grammar()
    text = "从规划至建设青禾产业园"
    head = text.index("产业园")
    assert text[g.name_start(text, head) : head] == "青禾"
