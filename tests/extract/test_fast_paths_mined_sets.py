"""speed34: grammars whose lexicon file holds the same entries share one mined set.

``Grammar.mined_set`` gives what ``frozenset(e[field] for e in entries)`` gave, as one object for
every grammar built from the same (shared, frozen) entries — the collector walks one copy instead
of one per grammar — and a set of its own for a grammar whose entries differ.
"""

from __future__ import annotations

from extract.pipeline.grammar import Grammar
from extract.pipeline.lexicon_files import read_lexicon

FILE, FIELD = "widespread_terms.jsonl", "term"


def test_grammars_of_the_same_entries_share_the_set():
    first, second = Grammar(read_lexicon()), Grammar(read_lexicon())
    terms = first.mined_set(FILE, FIELD)
    assert terms == frozenset(e[FIELD] for e in read_lexicon()[FILE]) and len(terms) > 1000
    assert second.mined_set(FILE, FIELD) is terms
    assert first.mined_set(FILE, FIELD) is terms  # and once per grammar, as before


def test_a_grammar_of_other_entries_gets_its_own_set():
    lexicon = read_lexicon()
    dropped = lexicon[FILE][0][FIELD]
    other = Grammar({**lexicon, FILE: lexicon[FILE][1:]})
    terms = other.mined_set(FILE, FIELD)
    assert dropped not in terms and terms == frozenset(e[FIELD] for e in lexicon[FILE][1:])
    assert Grammar(read_lexicon()).mined_set(FILE, FIELD) - terms == {dropped}


def test_an_absent_file_gives_the_empty_set():
    assert Grammar(read_lexicon()).mined_set("no_such_file.jsonl", "word") == frozenset()
