"""Failure class: slogans of counted kinds and references typed as Platforms (issue 12).

``打造“两平台一中心”``, ``三基地两中心``: a slogan of counted kinds (GUIDE §3 leaves slogans such
as 六区一高地 untagged); ``服务于这一中心``: a pronoun and a bare head refer to a thing named
elsewhere. jieba's tags (numeral ``m``, pronoun ``r``) and the lexicon's heads decide. Sentences
are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.genericity import counts_slogan, pronoun_and_kind
from extract.pipeline.grammar import default_grammar

VETOED = ("Platform", "Project", "Enterprise", "Organization")


def ents(text: str, region: str | None = "530000") -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, region).ents]


@pytest.mark.parametrize(
    "text",
    [
        "扎实推进“两平台一中心”建设。",
        "加快建设三基地两中心。",
        "构建一委一办一平台工作体系。",
        "全力服务于这一中心。",
    ],
)
def test_slogans_and_references_are_no_names(text):
    assert [e for e in ents(text) if e[1] in VETOED] == []


def test_the_tests_read_tags_and_heads():
    g = default_grammar()
    assert counts_slogan("两平台一中心", g) and counts_slogan("三区一中心", g)
    assert not counts_slogan("三澳核电二期", g)  # a phase is no head
    assert not counts_slogan("三峡森晶二期项目", g)  # a name longer than a counted part
    assert not counts_slogan("一号核电示范工程", g)
    assert pronoun_and_kind("这一中心", g) and pronoun_and_kind("该平台", g)
    assert not pronoun_and_kind("别迭里口岸", g)  # a name's first syllable, not a pronoun
    assert not pronoun_and_kind("阿尔塔什水利枢纽工程", g)  # 什: a syllable of a transcribed name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("建成澄湾三期项目。", "澄湾三期项目"),
        ("推动岫云一号核电示范工程建设。", "岫云一号核电示范工程"),
    ],
)
def test_names_with_one_count_stay(text, name):
    assert name in [t for t, _ in ents(text)]
