"""Failure class: a reform list whose field is an everyday noun the generic-body test refuses
(深化甲、乙、农村等重点领域改革).

The provincial-2026 conventions make the items of a …等改革 list Programs, each named by its field
(财政, 农业农村 → 财政改革, 农业农村改革; GUIDE §2.2 shared suffix). A field such as 农村 or 城市 is
also a generic word of the name grammar (``GENERIC_RE``: a body made of it names a kind of thing),
so the programme list reader refused the item, and one refused item left the whole list alone:
every reform of the list was lost. As the item of a reform list, an everyday noun of the
dictionary names the field of a reform; degree and scope words (重点, 相关) and counts still name
none. Sentences are invented; none of these lists is in any report.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline


def reforms(text: str) -> list[tuple[str, str]]:
    doc = run_pipeline(load_pipeline(), text, "140000")
    return [(e.text, e.kb_id_) for e in doc.ents if e.label_ == "Program"]


def test_an_everyday_field_noun_is_a_reform_of_the_list():
    assert reforms("深化林权、盐业、农村等重点领域改革，激发活力。") == [
        ("林权", "林权改革"),
        ("盐业", "盐业改革"),
        ("农村", "农村改革"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "深化重点、农村等领域改革。",  # a degree word is no field: the list is left alone
        "深化3个、农村等领域改革。",  # a count is no field
        "稳步推进农村、城市等公用事业价格改革。",  # the fields of one price reform (conventions)
    ],
)
def test_degree_words_counts_and_one_reforms_fields_give_nothing(text):
    assert reforms(text) == []
