"""Failure class: a recognised name at the front of a longer name tagged alone (issue 12, compose16).

GUIDE §2.1 tags the maximal name. A body, platform or programme the grammar recognised (甲中心,
乙示范区) that opens a longer name (甲中心|西部中心, 乙示范区|…实施方案) was left standing alone,
because only gazetteer places had the run of name words after them read
(``place_led_names``). ``entity_led_names`` reads it after an Organization, Platform or Programme
too and types the whole by its head (a 中心 after an institution is one: GUIDE §3); Policy titles
without 《》 now open with a programme as with a strategy or platform (``untitled_policies``).
What must not grow: a designation after a complete name (甲大学|国家级…), a coordinated second
name (甲联盟和乙联盟), a bare head after a name. Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.entity_led_names import name_after_entity
from extract.pipeline.grammar import default_grammar


def ents(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, "430000").ents]


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("提速建设国家青禾材料创新中心西部中心。", "国家青禾材料创新中心西部中心", "Organization"),
        ("争取青禾示范区绿色发展实施方案获批。", "青禾示范区绿色发展实施方案", "Policy"),
        ("实施澄水节水控水行动禾山方案，发展节水技术。", "澄水节水控水行动禾山方案", "Policy"),
    ],
)
def test_a_recognised_name_opens_the_longer_name(text, name, label):
    assert (name, label) in ents(text), ents(text)


@pytest.mark.parametrize(
    ("text", "starter", "expected"),
    [
        # an institution's centre is an institution (GUIDE §3)
        ("澄州研究院禾山生物医学中心建设", "澄州研究院", ("澄州研究院禾山生物医学中心", "Organization")),
        # a platform's park is a platform, typed by the head
        ("澄州综保区数字贸易产业园建设", "澄州综保区", ("澄州综保区数字贸易产业园", "Platform")),
        # a level word after a complete name: a designation it holds, not more of its name
        ("澄州研究院国家级重点实验室获批", "澄州研究院", None),
        # a conjunction after a complete name coordinates a second name (GUIDE §2.2)
        ("澄州产业联盟和禾山技术中心联盟成立", "澄州产业联盟", None),
        # one bare head after a name: a kind of the named thing's
        ("澄州研究院项目开工", "澄州研究院", None),
        # a verb right after the name: no name goes on
        ("澄州研究院牵头组建实验室", "澄州研究院", None),
    ],
)
def test_name_after_entity(text, starter, expected):
    grammar = default_grammar()
    end = len(starter)
    label = "Platform" if starter.endswith("综保区") else "Organization"
    found = name_after_entity(text, 0, end, label, [], grammar)
    assert (None if found is None else (text[: found[0]], found[1])) == expected
