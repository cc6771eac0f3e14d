"""Failure class: a line's section named by its two ends is cut off the project (issue 12, project42).

GUIDE §2.4 keeps section qualifiers in a project's name (（竹园村站至广阳湾站）, …段). A section
after a line head is often written without a bracket as ``甲至乙段`` (a railway, an expressway, a
line from one end to the other); ``grammar.QUALIFIER_RE`` took only a two-character ``乙段``, so the
span stopped at the line (…高铁 for …高铁甲至乙段). Readable text outside gold passages writes
this shape after 高铁 and 高速…线, and one readable gold Project (fresh15) has it; each was cut.
The ends are bounded (two to four characters each). Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.grammar import QUALIFIER_RE


def ents(text: str, region: str | None = "440000") -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, region).ents]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("开工建设青湾高铁东港至白沙段，推进港口扩建。", "青湾高铁东港至白沙段"),
        ("加快红岭高速北线石门至柳溪段建设。", "红岭高速北线石门至柳溪段"),
    ],
)
def test_the_section_by_its_two_ends_stays_in_the_project(text, name):
    found = ents(text)
    assert (name, "Project") in found, found


@pytest.mark.parametrize(
    ("tail", "taken"),
    [
        ("东港至白沙段", "东港至白沙段"),
        ("北河段", "北河段"),  # one place: as before
        ("东港至白沙", None),  # no section word: not a qualifier
        ("东港至白沙新区核心段", None),  # an end longer than four characters
    ],
)
def test_only_a_bounded_section_after_a_line_is_taken(tail, taken):
    m = QUALIFIER_RE.match("铁路" + tail, 2)
    assert (m.group(0) if m else None) == taken


def test_a_section_after_no_line_head_is_untouched():
    found = ents("推进东港至白沙段路面修补，完善学校设施。")
    assert not any("东港至白沙段" in t for t, _ in found), found
