"""Failure class: a body a document introduces with a 简称 (issue 12: abbreviations of institutions).

X（以下简称“Y”）: from then on Y names X. The name grammar typed Y by its own head (先研中心 ends
in the Platform kernel 中心) or missed it (澄大); the short form now takes the type of the
Organization the definition follows (``extract.pipeline.defined_short_forms``), and the linker
gives it the full name's canonical. A definition after anything but an Organization changes
nothing. Sentences are invented.
"""

from __future__ import annotations

from extract.document import from_text
from extract.entities import find_mentions, load_pipeline, run_pipeline


def ents(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, "430000").ents]


def test_a_short_form_with_a_head_of_its_own_takes_the_bodys_type():
    found = ents("成立澄湾省先进制造研究中心（以下简称“先研中心”），先研中心当年孵化企业20家。")
    assert ("澄湾省先进制造研究中心", "Organization") in found
    assert found.count(("先研中心", "Organization")) == 2, found
    assert ("先研中心", "Platform") not in found


def test_a_short_form_without_a_head_is_found_after_its_definition():
    found = ents("组建澄湾大学（以下简称“澄大”），澄大当年招生3000人，澄大附属医院开诊。")
    assert found.count(("澄大", "Organization")) == 1, found  # not inside the definition's quotes
    # a longer name keeps it (GUIDE §2.1); a hospital reported opened (开诊) is the building, a
    # Project by the provincial-2026 conventions (area23, round 11's readable gold)
    assert ("澄大附属医院", "Project") in found


def test_a_definition_after_another_type_changes_nothing():
    found = ents("成立澄湾产业园（以下简称“产业园”），产业园入驻企业20家。")
    assert not any(name == "产业园" for name, _ in found), found


def test_the_short_form_links_to_the_full_name():
    text = "组建澄湾大学（以下简称“澄大”），澄大当年招生3000人。"
    mentions = [m for m in find_mentions(from_text(text), load_pipeline()) if m.text == "澄大"]
    assert mentions and all(m.canonical == "澄湾大学" for m in mentions)
