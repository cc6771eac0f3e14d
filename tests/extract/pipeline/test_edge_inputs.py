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
    assert en._sector("生物医药", gr) is True
    assert en._sector("树根互联", gr) is False
