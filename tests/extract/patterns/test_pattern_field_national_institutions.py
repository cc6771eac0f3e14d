"""Failure class: a field's national institution (issue 12 brief: national labs and centres,
X国家实验室, X国家技术创新中心).

The provincial-2026 conventions keep research and technical institutions Organization even while
they are built (稀土国家技术创新中心建设), and GUIDE §2.5 keeps 国家 in an official designation. A
body that is a common field word followed by 国家 (稀土国家…) read as a description (a common
phrase before a kind of centre) and was dropped; a body that ends in 国家 right before an
institution head is the field's national designation, one body. Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline


def ents(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, "430000").ents]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("加快稀土国家技术创新中心建设。", "稀土国家技术创新中心"),
        ("推进煤炭国家实验室组建。", "煤炭国家实验室"),
        ("支持稀土新材料国家技术创新中心发展。", "稀土新材料国家技术创新中心"),
    ],
)
def test_a_field_national_institution_is_an_organization(text, name):
    found = ents(text)
    assert (name, "Organization") in found, found


@pytest.mark.parametrize("text", ["与沿线国家开展合作。", "打造国家中心城市。"])
def test_national_without_an_institution_head_adds_nothing(text):
    assert not any(label == "Organization" for _, label in ents(text))
