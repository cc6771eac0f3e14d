"""The order in which an Aho-Corasick automaton's root learns its characters: commonest first.

Why: pyahocorasick looks a character up among a trie node's children one by one, in the order
they were added. The root of the gazetteer's automaton has about a thousand children (the first
characters of its forms), and a character of the text that opens no form but occurs inside one
(it cannot be mapped to the sentinel, see ``extract.gazetteer``) was compared with every one of
them each time the automaton fell back to the root. Here every character of the automaton's
alphabet becomes a root child, in the order of its frequency as a word of its own in jieba's
dictionary (a proxy for how often the text hands it to the root): a character that opens no
form gets a word of its own, the character and ``\\x01``, which never occurs in a mapped view
and so never reports a match. Adding a one-character prefix changes no match: a match is a
path to a node holding a form, and the new node holds none (only its ``\\x01`` child would).
On the benchmark's two documents the gazetteer's pass took ≈ 30 % less time; the matches are
the same, in the same order (``tests/extract/test_fast_paths.py``).
"""

from __future__ import annotations

import functools
from collections.abc import Iterable

NEVER = "\x01"  # follows a root-only character: absent from every mapped view


@functools.cache
def _frequencies() -> dict[str, int]:
    """jieba's dictionary frequency of every single-character word (the process's shared copy)."""
    from extract.pipeline.segmenter import shared_tokenizer

    tokenizer = shared_tokenizer()
    tokenizer.check_initialized()
    return {w: f for w, f in tokenizer.FREQ.items() if len(w) == 1}


def by_frequency(alphabet: Iterable[str]) -> list[str]:
    """The characters of ``alphabet``, commonest in jieba's dictionary first (ties by code point)."""
    freq = _frequencies()
    return sorted(set(alphabet), key=lambda c: (-freq.get(c, 0), c))


__all__ = ["NEVER", "by_frequency"]
