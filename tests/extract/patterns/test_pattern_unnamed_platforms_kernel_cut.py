"""Failure class: a park of everyday words kept because jieba read two terms as one word.

``unnamed_platforms`` drops a Platform guess whose words are all mined widespread terms
(GUIDE §3 generic unnamed items); ``proper_parts._kernel_apart`` reads a GUIDE kernel that
jieba's reading cuts across (…产业园|区) as one word. It re-segmented the whole body before the
kernel, and the body alone reads 农业|产业 as the rarer word 农业产业 (no widespread term), so
``布局未来农业产业园区`` kept its guess. Now only the word cut by the kernel is read again.
Sentences are invented.
"""

from __future__ import annotations

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.grammar import default_grammar
from extract.pipeline.proper_parts import lacks_proper_part


def ents(text: str, region: str | None = "430000") -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, region).ents]


def test_a_park_of_everyday_words_is_a_kind():
    assert lacks_proper_part("未来农业产业园区", default_grammar(), joined=True)
    assert not any(label == "Platform" for _, label in ents("加快布局未来农业产业园区。"))


def test_a_named_park_keeps_its_name():
    assert ("衡阳绿电产业园区", "Platform") in ents("加快衡阳绿电产业园区建设。")
