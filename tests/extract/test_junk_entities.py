"""The bundled corpus's graph shows none of the junk entities issue 12 lists.

The records are built as ``policykg build`` builds them (``extract_paths`` over the bundled
corpus, corpus-level linking); every string below is checked against the type it was wrongly
given. Each is removed by a mechanism (a count or kind before the head, a mined generic term,
a bare firm name in a project list, mined stop words), never by listing it.
"""

from __future__ import annotations

import pytest

from extract.extractor import extract_paths
from extract.records import Mention

JUNK = [
    ("新建区", "District"),  # 新建区公安分局: "newly build the district police…"; 新建 is a mined clause word
    ("奥特斯", "Project"),
    ("日本AFC", "Project"),
    ("安信", "Project"),
    ("德佑", "Project"),
    ("生物医药", "Project"),  # an industry
    ("用活国家级经开区", "Platform"),
    ("停车港", "Platform"),
    ("249条子跑道", "Project"),
    ("12类项目", "Project"),
    ("跨境融资类项目", "Project"),
    ("上市公司", "Enterprise"),
    ("瞪羚企业", "Enterprise"),
    ("五个一工程", "Program"),
    ("南山区", "District"),  # the mountain 南山; 南山区 only occurs inside 大南山|区域 (found in session 6)
    ("（渝府办〔2022〕21号）简称“满天星”行动计划", "Program"),  # a document number swallowed
]


@pytest.fixture(scope="module")
def corpus_mentions(corpus_files) -> set[tuple[str, str]]:
    return {(r.text, r.type) for r in extract_paths(corpus_files) if isinstance(r, Mention)} | {
        (r.canonical, r.type) for r in extract_paths(corpus_files) if isinstance(r, Mention)
    }


@pytest.mark.parametrize(("text", "type_"), JUNK)
def test_junk_is_no_entity_of_that_type(corpus_mentions, text, type_):
    assert (text, type_) not in corpus_mentions


def test_the_corpus_still_has_entities_of_every_junk_type(corpus_mentions):
    types = {t for _, t in corpus_mentions}
    assert {"District", "Project", "Platform", "Enterprise", "Program"} <= types
