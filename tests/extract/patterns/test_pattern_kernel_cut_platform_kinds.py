"""Failure class: a kind of park kept because jieba cut through its head kernel (算力产业园|区).

``unnamed_platforms`` drops a Platform guess of widespread words only (GUIDE §3: generic unnamed
items are not annotated), reading new words jieba cuts up (算|力) as the mined terms they are.
Yet jieba reads ``…产业园区`` as 产业园|区, and the stray 区 of the GUIDE kernel 园区 looked like a
part of the name's own, so ``算力产业园区`` stayed a Platform where ``算力产业园`` did not.
``proper_parts._kernel_apart`` reads the kernel as one word when the segmentation cuts across it.
A place or coined word still names a park, and a national demonstration designation keeps its
level (GUIDE §3 ``国家绿色产业示范基地``). Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline


def platforms(text: str, region: str | None = "140000") -> list[str]:
    return [e.text for e in run_pipeline(load_pipeline(), text, region).ents if e.label_ == "Platform"]


@pytest.mark.parametrize(
    "text",
    [
        "推进算力产业园区建设，扩大绿电消纳。",
        "依托智算产业园区培育外贸企业。",
        "加快建设科创产业园区。",
        "培育数智产业园区。",
        "依托绿色算力产业园区集聚企业。",
    ],
)
def test_a_park_of_widespread_words_is_a_kind(text):
    assert not platforms(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("推动临港产业园区建设。", "临港产业园区"),
        ("支持西岭产业园区扩区。", "西岭产业园区"),
        ("深化国家级文化产业示范园区建设。", "国家级文化产业示范园区"),
    ],
)
def test_named_parks_and_designations_stay(text, name):
    assert name in platforms(text)
