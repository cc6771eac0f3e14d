"""Failure class: a division level's public body found as a cooperation partner and typed
Enterprise (与省人大常委会定期开展…: issue 12, Enterprise precision).

A level of administrative division followed by one word jieba's dictionary tags as an
institution (省|人大常委会, 市|财政局) is that level's body, an Organization (GUIDE §3). A firm
under the level keeps its legal form (…公司, …集团) and stays a firm. Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.public_bodies import public_body


def ents(text: str, region: str | None = "530000") -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, region).ents]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("与省人大常委会定期开展立法协调。", "省人大常委会"),
        ("与市财政局共同开展专项检查。", "市财政局"),
    ],
)
def test_a_level_and_an_institution_are_a_public_body(text: str, body: str) -> None:
    assert public_body(body)
    found = ents(text)
    assert (body, "Organization") in found
    assert (body, "Enterprise") not in found


@pytest.mark.parametrize("name", ["省电力公司", "市城投集团", "长安汽车", "省"])
def test_firms_and_bare_levels_are_no_public_body(name: str) -> None:
    assert not public_body(name)
