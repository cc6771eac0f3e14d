"""Failure class: a short quote coordinated by 和/与/及 with a quoted programme was left untagged.

GUIDE §2.2: coordinated names are one kind, each with its own span; ``NameFinder._quote_chains``
gave a short quote chained to a quoted programme the programme's type, but only when the quotes
were written back to back or with the list mark 、 between them, so ``推动“八项行动”和“青禾”、
“三稳”工作`` found 八项行动 and nothing after 和. The conjunctions 和, 与 and 及 (closed class) now
join a chain too; a chain with no programme in it stays untagged, and a place in quotes is no
programme. Sentences are invented; none is from a report.
"""

from __future__ import annotations

from extract.entities import load_pipeline, run_pipeline


def programmes(text: str) -> list[str]:
    doc = run_pipeline(load_pipeline(), text, "140000")
    return [e.text for e in doc.ents if e.label_ == "Program"]


def test_quotes_joined_by_a_conjunction_to_a_quoted_programme_are_programmes():
    assert programmes("扎实推动“八项行动”和“青禾”、“三稳”工作聚势增效。") == ["八项行动", "青禾", "三稳"]
    assert programmes("扎实推进“九项行动”与“三通”工作。") == ["九项行动", "三通"]


def test_a_chain_without_a_programme_stays_untagged():
    assert programmes("坚持“稳中求进”和“以进促稳”，推动发展。") == []
