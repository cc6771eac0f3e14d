"""Failure class: place names listed before a shared protected-area kind (甲山、乙湖国家公园).

GUIDE §2.2 gives each conjunct sharing a suffix its own span; protected areas are named after
mountains and lakes, which are no gazetteer division, so the shared-suffix steps left the first
conjunct out. ``protected_conjuncts`` takes a dictionary place name (jieba ``ns``) standing before
the conjunction, at a phrase edge, as an Area of the kind (canonical place + kind). The kinds come
from ``head_kernels.jsonl`` (the protected-area convention). Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.document import from_text
from extract.entities import find_mentions, load_pipeline


def areas(text: str) -> list[tuple[str, str]]:
    mentions = find_mentions(from_text(text), load_pipeline())
    return [(m.text, m.canonical) for m in mentions if m.type == "Area"]


@pytest.mark.parametrize(
    ("text", "lead", "canonical"),
    [
        ("高质量推进太行山、白洋淀国家公园建设。", "太行山", "太行山国家公园"),
        ("全面加强生态保护，泰山、白洋淀国家公园创建顺利推进。", "泰山", "泰山国家公园"),
        ("建好昆仑山、武陵山世界地质公园。", "昆仑山", "昆仑山世界地质公园"),
        ("保护好泰山、丙布拉世界地质公园。", "泰山", "泰山世界地质公园"),
    ],
)
def test_a_place_before_a_shared_protected_kind_is_an_area(text, lead, canonical):
    assert (lead, canonical) in areas(text)


def test_a_verb_before_the_conjunction_takes_no_kind():
    assert areas("新建和扩建东湖国家公园。") == [("东湖国家公园", "东湖国家公园")]
