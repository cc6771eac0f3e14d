"""Failure class: a footnote marker inside a name cuts the name (issue 12, project42).

Provincial reports mark a term explained in their notes with a footnote marker (［12］) right
after it; when the term is a modifier of a name, the marker stands inside the name
(“五网合一”［20］示范项目). The provincial README ("Spans and canonicals") keeps such a marker in
the span, as GUIDE §1 keeps source artefacts, and leaves it out of the canonical. The left scan
of the name grammar stopped at the marker's bracket, so the name was lost. Readable report text
outside gold passages has the marker only right after the term it explains and before
punctuation or a verb (“两非两资”［14］处置, “零关税”清单［4］、): nothing changes there.
Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.linking import Context, canonical_name
from extract.pipeline.grammar import scan_left, scan_left_stepwise

PROVINCE = Context.for_region("460000")


def ents(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, "460000").ents]


def test_a_marker_inside_a_project_name_stays_in_its_span():
    found = ents("建成S301东方至昌江段“三网融合”［7］示范项目，开工建设环岛铁路。")
    assert ("S301东方至昌江段“三网融合”［7］示范项目", "Project") in found, found


def test_the_marker_leaves_the_canonical():
    name = "S301东方至昌江段“三网融合”［7］示范项目"
    assert canonical_name(name, "Project", "", "suffix", PROVINCE)[0] == "S301东方至昌江段“三网融合”示范项目"


@pytest.mark.parametrize(
    ("text", "head"),
    [
        ("推动“三网融合”［7］示范项目", "示范项目"),
        ("推动“三网融合”[12]示范项目", "示范项目"),
        ("推动三网融合［1234］示范项目", "示范项目"),  # four digits: no footnote marker
        ("推动三网融合［新］示范项目", "示范项目"),  # no digits: no footnote marker
    ],
)
def test_the_scan_crosses_only_a_numbered_marker_and_both_scans_agree(text, head):
    pos = text.index(head)
    assert scan_left(text, pos) == scan_left_stepwise(text, pos)
    crossed = text[scan_left(text, pos) : pos]
    assert ("“三网融合”" in crossed) == ("［7］" in text or "[12]" in text), crossed


def test_a_marker_after_an_explained_term_adds_nothing():
    found = ents("加大“两非两资”［14］处置力度，推进国企改革。")
    assert not any("［14］" in t for t, _ in found), found


def test_a_numbered_note_entry_keeps_its_marker_out():
    text = "注释\n［3］五张清单：\n项目储备清单、在建清单。"
    pos = text.index("清单")
    assert scan_left(text, pos) == scan_left_stepwise(text, pos) == text.index("五张")
