"""Failure class: a pilot designation written with an Area kind inside its kernel (…示范片区).

GUIDE §3 types a pilot or demonstration designation as Program (…示范区, …试验区, …先行区); a
report may set an Area kind inside the kernel (示范|片|区 is 示范区 given to a 片), and the name
grammar typed it Area by its head 片区 (round 5: ``国家级文化“两创”示范片区``, gold Program). The
designation is retyped Program; a 片区 or 核心区 named by a place, a core area a pilot describes
(…改革创新核心区: 核心区 is an area noun of its own, not set inside the kernel 创新区), a belt
whose modifier ends in a pilot stem (…科技创新带) and a word that merely ends in the stem's
characters (展示片区) stay as they were. Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline


def ents(text: str, region: str | None = "370000") -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, region).ents]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("支持青山文化片区打造省级文化旅游示范片区。", "省级文化旅游示范片区"),
        ("建设城乡融合示范片区。", "城乡融合示范片区"),
        ("推进绿水乡城乡融合试验片区建设。", "绿水乡城乡融合试验片区"),
        ("建成青山湖生态保护先行片区。", "青山湖生态保护先行片区"),
    ],
)
def test_a_designation_with_an_area_kind_inside_is_a_program(text, name):
    found = ents(text)
    assert (name, "Program") in found
    assert (name, "Area") not in found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("支持青山文化片区打造省级文化旅游示范片区。", "青山文化片区"),
        ("推进白鹭湾片区和“三江两岸”核心区建设。", "白鹭湾片区"),
        ("推进白鹭湾片区和“三江两岸”核心区建设。", "“三江两岸”核心区"),
        ("高质量共建金沙湾科技创新带。", "金沙湾科技创新带"),
        ("深入推进青州市绿色金融改革创新核心区建设。", "青州市绿色金融改革创新核心区"),
    ],
)
def test_named_areas_stay_areas(text, name):
    assert (name, "Area") in ents(text)


def test_a_word_ending_in_a_stem_character_is_no_stem():
    from extract.pipeline.designation_areas import pilot_designation
    from extract.pipeline.grammar import default_grammar

    grammar = default_grammar()
    assert not pilot_designation("青山展示片区", grammar)
    assert pilot_designation("青山示范片区", grammar)


def test_an_old_base_area_is_no_kind_set_inside_a_designation():
    from extract.pipeline.designation_areas import pilot_designation
    from extract.pipeline.grammar import default_grammar

    grammar = default_grammar()
    assert not pilot_designation("青山示范老区", grammar)  # 老 is an attribute (jieba: a)
    assert pilot_designation("青山试验片区", grammar)
