"""Failure class: a place inside an organisation's name closed by 组织 read as a District.

GUIDE §2.1 tags nothing nested in a name; GUIDE §9 names organisations by the head 组织
(世界卫生组织) and leaves blocs untagged, and the provincial-2026 conventions leave the places
inside an untagged international organisation's name untagged too (``extract/pipeline/
organisation_places.py``). Where 组织 is the verb "organise" the place stays. Sentences are
invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.grammar import default_grammar
from extract.pipeline.organisation_places import opens_organisation_name


def ents(text: str, region: str = "430000") -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, region).ents]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("圆满完成岳阳合作组织年会服务保障任务，展会成果丰硕。", "岳阳"),
        ("参加第三届常德合作组织成员国旅游部长会议等活动。", "常德"),
        ("指导成立株洲农村合作经济组织联合会，带动农户增收。", "株洲"),
        ("深化与衡阳合作组织、周边省份的交流合作。", "衡阳"),
    ],
)
def test_place_inside_an_organisation_name_is_no_district(text, place):
    assert (place, "District") not in ents(text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("岳阳组织开展安全生产大检查，隐患整改到位。", "岳阳"),
        ("常德企业组织参加进博会，签约金额创新高。", "常德"),
        ("株洲经济稳步增长，株洲企业加快出海。", "株洲"),
    ],
)
def test_place_before_the_verb_organise_stays_a_district(text, place):
    assert (place, "District") in ents(text)


def test_the_reader_needs_name_words_before_the_noun():
    g = default_grammar()
    assert opens_organisation_name("岳阳合作组织峰会", 2, g)
    assert opens_organisation_name("岳阳合作组织，", 2, g)
    assert not opens_organisation_name("岳阳组织峰会", 2, g)  # 组织 right after the place: a verb
    assert not opens_organisation_name("岳阳企业组织开展", 2, g)  # a verb follows: organise
    assert not opens_organisation_name("岳阳经济", 2, g)
