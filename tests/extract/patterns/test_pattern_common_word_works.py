"""Failure class: a kind of works written with one or two everyday words the miner missed
(县域连接高速公路, 港口通道, 前期项目) typed as a Project (issue 12, Project precision; round 7's
readable gold and branch project17's readable audit).

``proper_parts.lacks_proper_part`` reads three or more mined widespread terms; ``common_body``
also reads a body before the GUIDE head kernel whose every word is a frequent non-proper word of
jieba's dictionary (连接, 前期). GUIDE §3 leaves generic unnamed items untagged. Sentences are
invented, in forms not read in any gold passage.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.grammar import default_grammar
from extract.pipeline.mining import dictionary
from extract.pipeline.proper_parts import MIN_COMMON_FREQ, common_body, common_word, lacks_proper_part


def ents(text: str, region: str | None = "530000") -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, region).ents]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("提升县域连接高速公路通行能力，服务群众出行。", "县域连接高速公路"),
        ("着力改善港口通道条件，降低物流成本。", "港口通道"),
        ("加快推动前期项目开工，加大项目谋划储备。", "前期项目"),
    ],
)
def test_everyday_body_is_no_name(text: str, kind: str) -> None:
    grammar = default_grammar()
    assert common_body(kind, grammar)
    assert not lacks_proper_part(kind, grammar)  # the older test alone kept it
    assert kind not in [t for t, _ in ents(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("加快建设沿江连接高速公路，方便群众出行。", "沿江连接高速公路"),  # a rarer word (沿江)
        ("建成G15连接高速公路，方便群众出行。", "G15连接高速公路"),  # a route code
        ("开工建设县域连接高速公路二期，方便群众出行。", "县域连接高速公路二期"),  # a phase
    ],
)
def test_a_part_of_its_own_keeps_the_name(text: str, name: str) -> None:
    assert not common_body(name, default_grammar())
    assert (name, "Project") in ents(text)


def test_items_of_a_project_list_stay() -> None:
    """GUIDE §3: every item of a list labelled as projects is a Project, everyday words or not."""
    assert ("县域连接高速公路", "Project") in ents("推进县域连接高速公路、澄江大桥等重点项目建设。")


def test_the_floor_is_the_dictionary_count() -> None:
    """The everyday words come from jieba's dictionary counts, not from a list in code: a word
    at the floor is everyday, a rarer one (沿江) a part of the name's own, a proper noun never."""
    grammar = default_grammar()
    terms = frozenset[str]()
    counts = dictionary()
    assert counts["连接"][0] >= MIN_COMMON_FREQ and common_word("连接", terms)
    assert counts["沿江"][0] < MIN_COMMON_FREQ and not common_word("沿江", terms)
    assert not common_word("昆明", terms)  # a division
    assert not common_body("项目", grammar)  # a bare kernel is the author's own reference
