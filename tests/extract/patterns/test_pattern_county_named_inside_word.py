"""Failure class: a county's short form let in because its full name occurs inside another word.

Short forms of counties outside the author's province are read only when the document names the
county in full (``closed_class``). A full name read as characters inside a longer word (南山区 in
大南山|区域, a mountain's area) names no county, so the mountain 南山 elsewhere stays untagged; a
full name written as a word still licenses the short form. Sentences are invented.
"""

from __future__ import annotations

from extract.entities import load_pipeline, run_pipeline


def districts(text: str, author: str) -> list[tuple[str, str]]:
    doc = run_pipeline(load_pipeline(), text, author)
    return [(e.text, e.kb_id_) for e in doc.ents if e.label_ == "District"]


def test_a_full_name_inside_a_longer_word_licenses_no_short_form():
    text = "完成大南山区域步道提升。整治南山违建，保护南山生态屏障。"
    assert not any(canonical == "南山区" for _, canonical in districts(text, "500108"))


def test_a_full_name_written_as_a_word_still_licenses_the_short_form():
    text = "与深圳市南山区签署合作协议。南山企业来渝投资达到新水平。"
    found = districts(text, "500108")
    assert ("南山区", "南山区") in found or ("深圳市南山区", "深圳市南山区") in found
    assert any(t == "南山" for t, _ in found)
