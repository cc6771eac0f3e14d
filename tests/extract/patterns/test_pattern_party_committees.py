"""Failure class: a Party committee named with the Party's name and another division
(`在中共X省委坚强领导下`) lost 中共 and kept its surface as the canonical (issue 12, branch platform20;
round 9's gold tags `中共山东省委`, canonical 中共山东省委员会).

GUIDE §2.1 takes the maximal name and §4 the full standard name. The prefix and the standard name
come from the closed class's own template (`中共{province}委员会`), never from a word typed in code.
Sentences are invented; the divisions are real (a closed class).
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.gazetteer import Entry
from extract.pipeline.party_bodies import party_body, scoped_division

AUTHOR = "130000"  # a report of another province: the divisions below are not the author's


def ents(text: str) -> list[tuple[str, str, str]]:
    return [(e.text, e.label_, e.kb_id_) for e in run_pipeline(load_pipeline(), text, AUTHOR).ents]


@pytest.mark.parametrize(
    ("text", "name", "canonical"),
    [
        ("在中共甘肃省委坚强领导下，全年任务顺利完成。", "中共甘肃省委", "中共甘肃省委员会"),
        ("根据中共兰州市委部署，加快推进城市更新。", "中共兰州市委", "中共兰州市委员会"),
        ("与甘肃省委对接合作事项。", "甘肃省委", "中共甘肃省委员会"),  # no 中共: the body alone, fully named
    ],
)
def test_a_party_committee_keeps_the_partys_name_and_takes_its_full_name(text, name, canonical):
    assert (name, "Organization", canonical) in ents(text)


def test_a_government_glued_to_its_division_takes_its_full_name():
    assert ("甘肃省政府", "Organization", "甘肃省人民政府") in ents("甘肃省政府出台支持措施。")


def test_the_prefix_comes_from_the_template_only():
    # a body whose template opens on its division takes nothing before it
    assert party_body("中共甘肃省政府", 2, "{province}人民政府", "甘肃省") == (2, "甘肃省人民政府")
    assert party_body("中共甘肃省委", 2, "中共{province}委员会", "甘肃省") == (0, "中共甘肃省委员会")
    assert party_body("甘肃省委", 0, "中共{province}委员会", "甘肃省") == (0, "中共甘肃省委员会")
    assert party_body("甘肃省委", 0, "国务院", "甘肃省") == (0, "")  # no placeholder: nothing to fill


def test_the_division_is_the_reading_of_the_bodys_level():
    province = Entry("河北省", "District", "河北省", "region", "130000")
    short = Entry("河北", "District", "河北区", "region", "120105", short=True)  # Tianjin's district
    body = Entry("省委", "Organization", "中共{province}委员会", "organization", "province")
    assert scoped_division([(0, short), (0, province)], body) == "河北省"
    county = Entry("区委", "Organization", "中共{county}委员会", "organization", "county")
    assert scoped_division([(0, province)], county) == ""  # the linker names a county through its city
