"""Failure class: institutions named by an abbreviation (issue 12: abbreviations of institutions).

A report writes an academy by its short form (社科院, 农科院, 石科院) as often as by its full name.
The mined institution words (``extract/data/institution_forms.jsonl``) hold both 中国科学院 and its
abbreviation 中科院; the abbreviated head that pair attests (科院 for 科学院) is derived from them
(``institution_forms.abbreviated_heads``), so another institution abbreviated the same way is an
Organization (GUIDE §3 institutes) where it stands on its own, and a division level joined to it
stays in the span (省社科院, like 区中医院 in GUIDE §4). Inside a longer name (…地科院物探所) or a
word of the language (科研院所) nothing is added. Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.institution_forms import _is_abbreviation, abbreviated_heads


def ents(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, "430000").ents]


def test_the_abbreviated_head_is_derived_from_a_mined_pair():
    grammar = next(c.grammar for _, c in load_pipeline().pipeline if hasattr(c, "grammar"))
    assert "科院" in abbreviated_heads(grammar)  # 中科院 abbreviates 中国科学院, both mined
    assert _is_abbreviation("中科院", "中国科学院")
    assert not _is_abbreviation("科学院", "中国科学院")  # keeps no first character
    assert not _is_abbreviation("中国院", "中国")


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("深化与社科院、农科院合作。", ["社科院", "农科院"]),
        ("鼓励镁科院、钒科院参与技术攻关。", ["镁科院", "钒科院"]),  # stems the segmentation splits off
        ("支持省社科院开展研究。", ["省社科院"]),  # a level joined to the short form
        ("澄州大学与省农科院签署合作协议。", ["省农科院"]),  # a partner, not a firm
    ],
)
def test_an_abbreviated_institution_is_an_organization(text, names):
    found = ents(text)
    for name in names:
        assert (name, "Organization") in found, found


@pytest.mark.parametrize(
    "text",
    [
        "推进高校科研院所改革。",  # 科研院所: a word of the language
        "澄州地科院物探所整体迁入。",  # inside a longer name, not on its own
    ],
)
def test_no_abbreviation_inside_words_or_longer_names(text):
    assert not any(label == "Organization" and name.endswith("科院") for name, label in ents(text))
