"""Hostile input for ``short_forms.FullFormIndex``: many names sharing one first character.

The index offered every name with the short key's first character as a candidate for the
abbreviation form, whatever the key's length. A document whose Programme names all open alike
(``产业数字化“1大行动”``, ``产业数字化“2大行动”`` … as the quoted-list reader of this session builds
them) made every ask test every name: 4,000 names took 28 s where 1,000 took 3 s. Only a key of
at most ``MAX_ABBREVIATION`` characters can be an abbreviation, and its full form is longer than
it, so the first-character candidates are read only for such keys, and only past their length.
The assertion counts the pairs ``_kind`` is asked, not seconds (a test asserts what is read).
"""

from __future__ import annotations

import pytest

from extract import short_forms
from extract.pipeline.grammar import default_grammar


def _asked(names: list[str], monkeypatch: pytest.MonkeyPatch) -> int:
    """How many (short, full) pairs ``_kind`` is asked when every name is looked up once."""
    grammar = default_grammar()
    calls = 0
    real = short_forms._kind

    def counting(short: str, full: str, g: object) -> bool:
        nonlocal calls
        calls += 1
        return real(short, full, g)  # type: ignore[arg-type]

    monkeypatch.setattr(short_forms, "_kind", counting)
    index = short_forms.FullFormIndex(names)
    for name in names:
        index.full_form(name, grammar)
    return calls


@pytest.mark.parametrize(
    "make",
    [
        lambda i: f"产业数字化“{i}大行动”",  # long keys sharing a first character
        # abbreviation-length keys, all of one length
        lambda i: "青" + chr(0x4E00 + 2 * i) + chr(0x4E01 + 2 * i) + "行动",
    ],
)
def test_names_sharing_a_first_character_are_not_tested_pairwise(make, monkeypatch):
    small = _asked([make(i) for i in range(300)], monkeypatch)
    large = _asked([make(i) for i in range(1200)], monkeypatch)
    assert large <= 4 * small + 1200  # linear in the names (pairwise would be 16 times)


def test_an_abbreviation_still_finds_its_longer_full_form():
    """The gate keeps the abbreviation form: a short key of at most MAX_ABBREVIATION characters
    still reaches a longer name with its first character."""
    grammar = default_grammar()
    names = ["百县千镇万村工程", "百千万工程", *(f"百{i}号行动计划" for i in range(50))]
    index = short_forms.FullFormIndex(names)
    plain = short_forms.document_full_form("百千万工程", names, grammar)
    assert index.full_form("百千万工程", grammar) == plain == "百县千镇万村工程"
