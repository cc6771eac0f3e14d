"""Failure class: a document cited by its kind alone after its full title (《建议》, 《纲要草案》).

A report names a document in full once and cites it by its kind in 《》 afterwards. GUIDE §3
types a named document as Policy; the short form names the same document, so it is that Policy
with the full title as canonical (GUIDE §4). A bracketed kind with no full title of that kind
before it names nothing and stays untagged. Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.document import from_text
from extract.entities import find_mentions, load_pipeline, run_pipeline


def ents(text: str, region: str | None = "530000") -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, region).ents]


FULL_PLAN = "《甲省国民经济和社会发展第十五个五年规划纲要（草案）》"
FULL_ADVICE = "《中共甲省委关于制定甲省国民经济和社会发展第十五个五年规划的建议》"


@pytest.mark.parametrize(
    ("text", "short"),
    [
        (f"会议审查了{FULL_PLAN}。各位代表对《纲要草案》提出了意见。", "《纲要草案》"),
        (f"受省政府委托，提请审查{FULL_PLAN}。《纲要（草案）》提出了主要目标。", "《纲要（草案）》"),
        (f"请一并审查{FULL_PLAN}。我们将按照《纲要》确定的目标推进工作。", "《纲要》"),
        (f"全会通过了{FULL_ADVICE}。规划编制与省委《建议》保持一致。", "《建议》"),
        ("省政府印发《乙市促进民营经济发展实施办法（试行）》。各地对照《实施办法》落实。", "《实施办法》"),
    ],
)
def test_a_kind_in_brackets_after_its_full_title_is_that_policy(text, short):
    assert (short, "Policy") in ents(text)


def test_the_short_form_takes_the_full_title_as_canonical():
    text = f"全会通过了{FULL_ADVICE}，会议审查了{FULL_PLAN}。《纲要草案》与《建议》保持一致。"
    mentions = find_mentions(from_text(text), load_pipeline())
    canon = {m.text: m.canonical for m in mentions if m.type == "Policy"}
    assert canon["《纲要草案》"] == FULL_PLAN
    assert canon["《建议》"] == FULL_ADVICE


@pytest.mark.parametrize(
    "text",
    [
        "各位代表对《纲要草案》提出了意见。",  # no full title at all
        "《建议》提出了主要目标。全会通过了" + FULL_ADVICE + "。",  # the full title comes later
        f"会议审查了{FULL_PLAN}。我们认真落实《建议》。",  # a full title of another kind only
    ],
)
def test_a_kind_without_a_full_title_before_it_stays_untagged(text):
    assert not [e for e in ents(text) if e[0] in ("《纲要草案》", "《建议》")]


def test_many_short_forms_read_the_document_titles_once(monkeypatch):
    # an attacker's file of thousands of short forms: one pass over the titles, then a binary
    # search per short form (no pass over the document per short form)
    from extract.pipeline import title_back_references as tbr

    passes = []
    full_titles = tbr._full_titles
    monkeypatch.setattr(tbr, "_full_titles", lambda *args: passes.append(1) or full_titles(*args))
    text = FULL_ADVICE + "。" + "落实《建议》，" * 3000
    found = ents(text)
    assert found.count(("《建议》", "Policy")) == 3000
    assert len(passes) == 1
