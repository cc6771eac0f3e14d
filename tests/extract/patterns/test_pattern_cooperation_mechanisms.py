"""Failure class: named cooperation mechanisms with no programme head (东西部协作, 山海协作).

GUIDE §3 and the provincial-2026 conventions type national cooperation mechanisms as Program;
their head (协作, ``head_rules.jsonl`` rule kind ``cooperation``) also ends descriptions (产业协作,
部门协作机制), so only a modifier bound to the head — mined with its counts into
``extract/data/cooperation_modifiers.jsonl`` — makes a name. Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.cooperation_programmes import MIN_DOCS, MIN_SHARE, MIN_USES, mine_cooperation_modifiers
from extract.pipeline.grammar import default_grammar
from extract.pipeline.mining import segment


def ents(text: str, region: str | None = "330000") -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, region).ents]


def test_the_shipped_modifiers_are_mined_with_their_counts():
    rows = default_grammar().lexicon["cooperation_modifiers.jsonl"]
    assert rows, "no cooperation modifier mined"
    for e in rows:
        assert e["source"] == "mined" and e["docs"] >= MIN_DOCS
        assert e["counts"]["before_head"] >= MIN_USES
        assert e["counts"]["before_head"] >= MIN_SHARE * e["counts"]["occurrences"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("今年东西部协作资金增长一成，援建学校五所。", "东西部协作"),
        ("持续深化东西部协作，共建产业园区三个。", "东西部协作"),
    ],
)
def test_a_bound_modifier_and_the_cooperation_head_are_a_programme(text, name):
    assert (name, "Program") in ents(text)


@pytest.mark.parametrize("frame", ["“{}”助力山区县增收，成效明显。", "依托{}，推动山区县跨越发展。"])
def test_every_shipped_modifier_makes_a_programme_quoted_or_bare(frame):
    """Every mined modifier, whichever the current mask leaves above the thresholds (山海 fell
    below them when round 5 was masked), makes a name with its head, quoted or not."""
    for row in default_grammar().lexicon["cooperation_modifiers.jsonl"]:
        name = row["word"] + row["head"]
        assert (name, "Program") in ents(frame.format(name)), name


@pytest.mark.parametrize(
    "text",
    [
        "加强产业协作和部门协作，提升效率。",  # modifiers that stand before the head in <1 % of uses
        "完善对口协作机制，形成合力。",
        "推动长江东西部地区协同发展。",  # the modifier without the head
    ],
)
def test_descriptions_ending_in_the_head_stay_untagged(text):
    assert not [e for e in ents(text) if e[1] == "Program"]


def test_mining_keeps_words_bound_to_the_head_and_drops_common_ones():
    docs = [
        ("a.txt", "深化南北部协作。推动产业协作。产业升级。产业发展。"),
        ("b.txt", "巩固南北部协作成果。产业转型。产业集群。产业协作平台。"),
        ("c.txt", "湖海协作成效显著。"),  # one report only
    ]
    rows = mine_cooperation_modifiers(docs, ["协作"], segment)
    words = {e["word"] for e in rows}
    assert "南北部" in words
    assert "产业" not in words  # before the head in 2 of 8 uses
    assert "湖海" not in words
    (row,) = [e for e in rows if e["word"] == "南北部"]
    assert row["counts"] == {"before_head": 2, "occurrences": 2} and row["docs"] == 2
