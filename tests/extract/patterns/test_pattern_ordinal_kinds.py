"""Failure class: an ordinal before a rated kind read as a grant (全国|首个|省级…产业园).

``unnamed_platforms.granted`` keeps a guess of widespread words when a division and a
two-character verb stand right before it (甲市|获批|国家级产业协作园区: the designated park of
the place, GUIDE §9). 全国 is in the place list and 首个 is two Han characters, so
``全国首个省级…产业园`` passed as granted, though 首个 is a numeral by jieba's tags: it ranks
the kind (the first park of that kind), and a kind is no name (GUIDE §3 generic unnamed items),
as the counts of ``genericity`` already say for 首批. Sentences are invented.
"""

from __future__ import annotations

from extract.entities import load_pipeline, run_pipeline


def ents(text: str, region: str | None = "430000") -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, region).ents]


def test_an_ordinal_ranks_a_kind():
    found = ents("今年设立全国首家省级康养服务产业园。")
    assert not any(label == "Platform" for _, label in found)


def test_a_granted_park_keeps_its_level():
    found = ents("衡阳获批国家级产业协作园区。")
    assert any(label == "Platform" and n.endswith("国家级产业协作园区") for n, label in found)
