"""``genericity._tagged_characters`` answers the guards' per-character tag lookups exactly.

``holds_relative_clause`` and ``pronoun_and_kind`` first ask whether any character of a guess is
a one-character dictionary word with a given tag (the attributive particle, a pronoun); they now
ask whether the guess shares a character with the set of such words. The set must hold exactly
the characters the lookup accepts, Han or not.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from extract.pipeline.genericity import PRONOUN_TAGS, RELATIVE_TAGS, _tagged_characters
from extract.pipeline.mining import dictionary

# the particle and pronouns, common characters of names, a digit, Latin letters and punctuation
ALPHABET = [*"的之这该其各此甲乙中心园区建设a1，“”", "\U00020000"]


def _lookup(name: str, tags: frozenset[str]) -> bool:
    """The guard as it was written: the dictionary's tag of each character."""
    return any(dictionary().get(c, (0, ""))[1] in tags for c in name)


def test_the_sets_are_the_one_character_words_of_their_tags() -> None:
    for tags in (RELATIVE_TAGS, PRONOUN_TAGS):
        expected = {w for w, (_, tag) in dictionary().items() if len(w) == 1 and tag in tags}
        assert _tagged_characters(tags) == expected
    assert "的" in _tagged_characters(RELATIVE_TAGS)
    assert "这" in _tagged_characters(PRONOUN_TAGS)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=12))
def test_shared_character_equals_the_lookup(name: str) -> None:
    for tags in (RELATIVE_TAGS, PRONOUN_TAGS):
        assert (not _tagged_characters(tags).isdisjoint(name)) == _lookup(name, tags)
