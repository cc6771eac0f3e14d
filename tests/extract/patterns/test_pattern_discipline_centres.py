"""Failure class: an institution named …中心 after a field of study typed Platform (platform30).

The name grammar types every name whose longest GUIDE kernel is the bare 中心 as a Platform
(GUIDE §3: designations whose head is 园/基地/中心). A centre whose modifier ends in a discipline —
a common noun closed by 学, the morpheme that also closes the GUIDE Organization kernel 大学
(医学, 科学, 脑科学) — is a medical or science institution, GUIDE §3 Organization
(``extract.pipeline.discipline_centres``), as the readable gold types 国家血液病医学中心.
Service, innovation, data and exchange centres keep the Platform type, and a verb closed by 学
(留学) names no field.

Sentences are invented (places of the gazetteer, made-up names).
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.discipline_centres import discipline, discipline_stem
from extract.pipeline.grammar import default_grammar


def ents(text: str, region: str | None = "430000") -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, region).ents]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("加快推进株洲湘江医学中心建设。", "株洲湘江医学中心"),
        ("推动雁峰脑科学中心对外开放。", "雁峰脑科学中心"),
        ("雁峰海洋科学中心与湘潭声纹实验室签约合作。", "雁峰海洋科学中心"),
    ],
)
def test_a_centre_of_a_discipline_is_an_institution(text, name):
    found = ents(text)
    assert (name, "Organization") in found
    assert (name, "Platform") not in found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("发挥长沙声纹数据中心作用。", "长沙声纹数据中心"),
        ("支持衡阳声纹交易中心扩大交易规模。", "衡阳声纹交易中心"),
        ("发挥雁峰声纹创新中心作用。", "雁峰声纹创新中心"),
    ],
)
def test_other_centres_keep_the_platform_type(text, name):
    assert (name, "Platform") in ents(text)


def test_the_discipline_is_a_whole_noun_closed_by_learning():
    assert discipline("医学") == "医学"
    assert discipline("智能科学") == "科学"  # an organisation's name to jieba, closed by the noun 科学
    assert discipline("留学") is None  # a verb
    assert discipline("创新") is None
    grammar = default_grammar()
    assert discipline_stem("湘江医学数据中心", grammar) is None  # 数据 ends the body
    assert discipline_stem("湘江医学交易中心", grammar) is None  # an exchange's longer kernel
