"""Failure class: a campaign written with a list of its fronts before one kernel loses the earlier
fronts (issue 12, Program recall; program30).

GUIDE §2.2 gives each conjunct of a shared suffix its own span, the suffix in its canonical, and
the provincial-2026 conventions type campaigns as Program whatever their head (…攻坚战, …保卫战:
GUIDE-rule campaign kernels of ``head_kernels.jsonl``). ``headed_programmes`` refused such lists
because the fronts are everyday words and the last body is longer than them (…净土|提升攻坚战);
for a campaign kernel, fronts each as long as the last body's first word share the rest of it.
Fields before an action or a pilot (甲、乙丙丁治理试点) keep the old reading. Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline


def ents(text: str) -> list[tuple[str, str, str]]:
    return [(e.text, e.label_, e.kb_id_) for e in run_pipeline(load_pipeline(), text, "360000").ents]


@pytest.mark.parametrize(
    ("text", "fronts"),
    [
        ("深入打好青山、绿水、良田保卫战，改善生态质量。", [("青山", "青山保卫战"), ("绿水", "绿水保卫战")]),
        ("统筹推进青山、绿水、良田提升攻坚战。", [("青山", "青山提升攻坚战"), ("绿水", "绿水提升攻坚战")]),
    ],
)
def test_each_front_of_a_campaign_is_a_campaign_of_its_own(text, fronts):
    found = ents(text)
    for name, canonical in fronts:
        assert (name, "Program", canonical) in found


def test_fields_before_an_action_are_not_fronts():
    found = ents("开展危化品、高层建筑安全隐患排查整治专项行动。")
    assert not any(text == "危化品" for text, _, _ in found)


def test_a_bare_campaign_kind_in_quotes_names_no_programme():
    found = ents("统筹打好安全生产、防汛救灾“保卫战”，有效应对强降水。")
    assert not any(label == "Program" for _, label, _ in found)
