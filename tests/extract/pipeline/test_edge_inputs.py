"""Edge input to the helpers the list and name rules share (review8): an empty item, a name
at the first or last offset. A helper that indexes ``item[-1]`` or ``text[pos - 1]`` must
answer for these too, since any new caller may hand it what a cut left over."""

from __future__ import annotations

from extract.pipeline import enumerations as en
from extract.pipeline.grammar import default_grammar


def test_sector_of_an_empty_item_is_no_sector():
    # an empty cut is no sector, so a caller keeps its own decision (it crashed: item[-1])
    assert en._sector("", default_grammar()) is False


def test_sector_still_reads_sectors_and_names():
    gr = default_grammar()
    assert en._sector("数字经济", gr) is True  # a generic term in 19 reports
    assert en._sector("树根互联", gr) is False


def test_result_subject_tails_do_not_keep_a_grammar_alive():
    # review8: the per-grammar cache held every Grammar ever asked (a dict keyed by id with the
    # grammar as value), so a process that rebuilds pipelines grew without bound
    import gc
    import weakref

    # review14: the stage verbs and quoted_results' result verbs are cached the same way
    from extract.pipeline import quoted_results, result_subjects
    from extract.pipeline.grammar import Grammar
    from extract.pipeline.lexicon_files import read_lexicon

    grammar = Grammar(read_lexicon())
    for cached in (result_subjects.result_tails, result_subjects.alone_stages, quoted_results.result_verbs):
        got = cached(grammar)
        assert got and cached(grammar) is got  # still cached while it lives
    ref = weakref.ref(grammar)
    del grammar
    gc.collect()
    assert ref() is None
