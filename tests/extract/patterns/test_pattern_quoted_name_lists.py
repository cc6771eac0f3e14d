"""Failure class: in a list of quoted names, an item's own modifier after the list mark was cut off.

A lead-in after the list mark 、 was never taken into a quoted name, because there it is mostly
one of several coordinated modifiers that a counted quote sums up (医疗、医保、医药“三医”联动改革:
the quote names the three). When the item before the mark is itself a quoted name (…“甲”、乙丙“丁”
行动), the mark separates names, not modifiers, and the words after it open the next name (GUIDE
§2.1 longest name, §2.2 inner quotes, each conjunct its own span). Sentences are invented; none is
from a report.
"""

from __future__ import annotations

from extract.entities import load_pipeline, run_pipeline


def programmes(text: str) -> list[str]:
    doc = run_pipeline(load_pipeline(), text, "140000")
    return [e.text for e in doc.ents if e.label_ == "Program"]


def test_a_modifier_after_a_quoted_list_item_opens_the_next_name():
    text = "扎实开展“排查身边隐患”、客运企业“两上门一加强”行动，成效明显。"
    assert "客运企业“两上门一加强”行动" in programmes(text)


def test_coordinated_modifiers_of_a_counted_quote_stay_out():
    assert programmes("推进医疗、医保、医药“三医”联动改革。") == ["“三医”联动改革"]


def test_a_common_noun_item_after_a_quoted_item_opens_the_next_name():
    # 物流企业 is generic to the hand list, but a common-noun item of its own (subject_leads)
    text = "扎实开展“排查身边隐患”、物流企业“两上门一加强”行动，成效明显。"
    assert "物流企业“两上门一加强”行动" in programmes(text)
