"""Failure class: a name cut at a conjunction that joins two modifiers of one noun inside it.

居家和社区养老服务改革试点区 came out as 社区养老服务改革试点区: 和 is a hard stop word, so the
name grammar cut after it. Where both modifiers are written with the noun after the second as a
widespread term (居家养老, 社区养老 in the mined ``widespread_phrases.jsonl``), the conjunction
joins them inside one name (``extract.pipeline.conjoined_modifiers``). Two names under their own
heads, or a clause before the conjunction, are still cut. The front of a name drops a conjunction
only where the segmentation makes it a word of its own, as it does a stop word (和|谐劳动关系…
lost its 和). Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.conjoined_modifiers import LEXICON_FILE, joins_modifiers
from extract.pipeline.grammar import default_grammar


def names(text: str) -> list[str]:
    return [e.text for e in run_pipeline(load_pipeline(), text, "140000").ents]


def test_the_evidence_is_mined_with_its_counts():
    rows = {e["phrase"]: e for e in default_grammar().lexicon[LEXICON_FILE]}
    for term in ("居家养老", "社区养老"):
        assert rows[term]["source"] == "mined" and rows[term]["docs"] >= 3


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("今年柳湾持续推进居家和社区养老服务改革试点，扩大普惠床位。", "居家和社区养老服务改革试点"),
        ("获批居家和社区养老服务提升试点区，兜牢民生底线。", "居家和社区养老服务提升试点区"),
    ],
)
def test_two_modifiers_of_one_noun_stay_in_the_name(text, name):
    assert name in names(text)


def test_a_conjunction_character_inside_a_word_is_no_lead_to_drop():
    # 和谐: the front of a name drops a conjunction only where it is a word of its own
    assert "和谐社区示范区" in names("柳湾今年推进和谐社区示范区建设，稳步提升。")


def test_the_conjunction_test_reads_the_shared_noun():
    gr = default_grammar()
    text = "居家和社区养老服务"
    assert joins_modifiers(text, 2, 3, gr)
    assert not joins_modifiers("推进和完善养老服务", 2, 3, gr)  # a clause's verbs, no shared term


def test_two_names_under_their_own_heads_stay_apart():
    found = names("建设国家数字经济创新发展试验区和社区养老服务示范区。")
    assert "社区养老服务示范区" in found
    assert not any("试验区和" in n for n in found)
