"""Failure class: state bodies of the closed class missing from the gazetteer (GUIDE §3 Organization).

The closed class of party and government bodies (``extract/data/organizations.jsonl``) held the
Party committees, governments, congresses, ministries and the national people's organisations,
but not the armed forces of the state (中国人民解放军, 中国人民武装警察部队: 国防法 Art. 22), the
federations of industry and commerce below the national one (工商联 at every level from the
county up, a unit of each CPPCC committee). A bare 工商联 is the author's own federation. (The
United Nations itself: ``test_pattern_united_nations``.) Sentences are
invented.
"""

from __future__ import annotations

import pytest

from extract.document import from_text
from extract.entities import load_pipeline, run_pipeline
from extract.extractor import extract_document
from extract.records import Mention


def ents(text: str, region: str | None = "430000") -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, region).ents]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("向驻湘人民解放军指战员、武警部队官兵致以崇高敬意！", "人民解放军"),
        ("向驻湘人民解放军指战员、武警部队官兵致以崇高敬意！", "武警部队"),
        ("向驻湘解放军和武警官兵表示衷心感谢。", "解放军"),
        ("向驻湘解放军和武警官兵表示衷心感谢。", "武警"),  # 武警|官兵: the body, then its soldiers
        ("积极听取各民主党派、工商联和无党派人士意见。", "工商联"),
    ],
)
def test_a_state_body_is_an_organization(text, body):
    assert (body, "Organization") in ents(text)


def test_canonicals_are_the_full_names_and_the_author_federation():
    text = (
        "湖南省2026年政府工作报告\n\n一、2025年工作回顾\n"
        "向驻湘人民解放军指战员、武警部队官兵，向各民主党派、工商联和无党派人士致以崇高敬意！\n"
    )
    records = extract_document(from_text(text, doc_id="a.txt"))
    orgs = {m.text: m.canonical for m in records if isinstance(m, Mention) and m.type == "Organization"}
    assert orgs["人民解放军"] == "中国人民解放军"
    assert orgs["武警部队"] == "中国人民武装警察部队"
    assert orgs["工商联"] == "湖南省工商业联合会"


def test_soldiers_and_police_of_a_place_are_no_bodies():
    # 驻湘部队, 公安干警, 消防救援队伍: people and units without a body's name (GUIDE §3 generic items)
    found = ents("向驻湘部队官兵、公安干警、消防救援队伍指战员致以崇高敬意！")
    assert not any(label == "Organization" for _, label in found), found
