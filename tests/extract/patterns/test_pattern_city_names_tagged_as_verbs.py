"""Failure class: a city whose name jieba's dictionary also tags as a verb or adverb (包头, 大同).

The name finder cuts a leading clause word off a guess (做好|PPP存量项目) and the vetoes drop a
verb-initial guess; both read jieba's tags, so a name opening with 包头 ("to wrap the head") or
大同 ("great harmony") lost its place: 包头|至银川铁路 left the route end a District (GUIDE §2.1
maximal name: a route is one Project), 大同|国家数据标注基地 split a designated park from its place
(the provincial-2026 conventions keep the place in such a Platform). ``lexicon.clause_opener``
now reads the names of province- and prefecture-level divisions of the gazetteer (a closed class)
as places, while county names that are everyday verbs (解放, 前进) keep the word reading.
Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.lexicon import clause_opener


def ents(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, None).ents]


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("今年将加快包头至银川高铁建设。", "包头至银川高铁", "Project"),
        ("年内建成包头至银川铁路。", "包头至银川铁路", "Project"),
        ("积极创建大同国家农业科技园区。", "大同国家农业科技园区", "Platform"),
    ],
)
def test_a_name_opening_with_such_a_city_keeps_it(text, name, label):
    found = ents(text)
    assert (name, label) in found, found
    assert not [e for e in found if e[1] == "District"], found


def test_the_city_is_no_clause_opener_but_an_everyday_verb_still_is():
    assert clause_opener("包头至银川高铁") == ""
    assert clause_opener("大同国家农业科技园区") == ""
    assert clause_opener("解放思想大讨论") == "解放"  # a county name that is an everyday verb
