"""The normalised view is one character per character, so offsets never need a map."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from extract.headings import match_heading
from extract.normalize import norm_char, normalize


@settings(deadline=None)  # a shared 2-core machine: time is not what this test checks
@given(st.text())
def test_same_length_for_any_text(text: str):
    assert len(normalize(text)) == len(text)


@settings(deadline=None)
@given(st.text(alphabet=st.characters(min_codepoint=0x20, max_codepoint=0xFFEF)))
def test_idempotent_and_newlines_untouched(text: str):
    once = normalize(text)
    assert normalize(once) == once
    assert [i for i, c in enumerate(text) if c == "\n"] == [i for i, c in enumerate(once) if c == "\n"]


def test_ascii_and_fullwidth_forms_unify():
    assert normalize("(一)全力,推进:") == "（一）全力，推进："
    assert normalize("（一）全力，推进：") == "（一）全力，推进："
    assert normalize("１２３ＡＢ") == "123AB"
    assert normalize("6.5%") == "6.5%"  # the decimal point stays
    assert normalize("0.4∶0.6∶1") == "0.4∶0.6∶1"


def test_ascii_headings_of_003_match_like_fullwidth(corpus_files):
    text = corpus_files[3].read_text(encoding="utf-8")
    norm = normalize(text)
    start = text.index("(一)")
    end = text.index("\n", start)
    h = match_heading(norm, start, end)
    assert h is not None and h.kind == "paren_cn" and h.value == 1
    assert text[h.title_start : h.title_end].startswith("推动成渝地区双城经济圈建设走深走实")


@settings(deadline=None)
@given(st.text(alphabet=st.characters(min_codepoint=0x20, max_codepoint=0xFFEF)))
def test_each_character_maps_on_its_own(text: str):
    assert normalize(text) == "".join(norm_char(c) for c in text)
