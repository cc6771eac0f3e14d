"""Failure class: a relative time word kept at a name's front (去年|甲地大桥建成通车).

GUIDE §2 rule 5 leaves leading years out of a name. A time word jieba tags ``t`` (去年, 今年,
当年, 近年来, 上半年, 年内, 目前) that opens the clause with no comma after it stayed in front of
the name the clause is about; ``extract.pipeline.time_fronts`` cuts it when the name opens its
clause. Nouns jieba also tags ``t`` keep their place where they open a name after a verb or
inside a widespread term (实施|现代服务业…, 未来产业…), and a verb after the time word is left to
the other cuts (明年|启动|…工程). Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.grammar import default_grammar
from extract.pipeline.time_fronts import opens_clause_at, time_front


def ents(text: str, region: str | None = "430000") -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, region).ents]


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("去年国家绿色化工新材料制造业中试平台获批。", "国家绿色化工新材料制造业中试平台", "Platform"),
        ("今年青禾高新区获批国家级高新区。", "青禾高新区", "Platform"),
        ("去年青禾大桥建成通车。", "青禾大桥", "Project"),
        ("近年来青禾产业园建设加快。", "青禾产业园", "Platform"),
        ("当年青禾科创中心投入使用。", "青禾科创中心", "Platform"),
        ("全年工作扎实推进。上半年青禾产业园开工建设。", "青禾产业园", "Platform"),
        ("年内青禾大桥建成通车。", "青禾大桥", "Project"),
    ],
)
def test_the_time_word_is_left_out(text, name, label):
    found = ents(text)
    assert (name, label) in found
    assert not any(n.endswith(name) and n != name for n, _ in found)


def test_a_verb_after_the_time_word_still_cuts():
    found = ents("明年启动青禾港二期工程。")
    assert ("青禾港二期工程", "Project") in found


@pytest.mark.parametrize(
    ("text", "name", "cut"),
    [
        ("今年青禾高新区获批。", "今年青禾高新区", 2),
        ("近年来青禾产业园建设加快。", "近年来青禾产业园", 3),
        ("今年高新区扩区。", "今年高新区", 2),
        ("今年港区扩建。", "今年港区", 0),  # too little left
        # 明月|湖: a place's word the report writes inside a clause too (、明月湖…)
        ("建设嘉陵江、明月湖实验室。明月湖科创园投用。", "明月湖科创园", 0),
        ("现代商贸流通体系加快完善。", "现代商贸流通体系", 0),  # 现代商贸: a widespread term
        ("未来产业培育发展行动启动。", "未来产业培育发展行动", 0),  # 未来产业
    ],
)
def test_time_front(text, name, cut):
    start = text.index(name, text.index("。") + 1 if text.startswith("建设") else 0)
    assert time_front(text, start, start + len(name), default_grammar()) == cut


@pytest.mark.parametrize(
    ("text", "at", "opens"),
    [
        ("去年青禾大桥", 0, True),
        ("。去年青禾大桥", 1, True),
        ("，2025年上半年青禾", 6, True),
        ("实施现代服务业", 2, False),
        ("、青年科技人才", 1, False),
    ],
)
def test_opens_clause_at(text, at, opens):
    assert opens_clause_at(text, at) is opens


def test_a_place_word_tagged_as_time_word_stays():
    found = ents("建设嘉陵江、明月湖实验室等平台。明月湖科创园投入使用。")
    assert ("明月湖科创园", "Platform") in found


def test_a_noun_tagged_as_time_word_after_a_verb_stays():
    # 现代 and 青年 are tagged t too; after a verb or a list comma they are the names' own
    found = ents("实施现代海洋产业三年行动，支持青年科技人才培养项目、青年创业园建设。")
    assert any(n.startswith("现代海洋") for n, _ in found)


def test_one_time_word_before_thousands_of_names_stays_linear() -> None:
    # hostile input: every name opens its clause with the same time word, so the check for the
    # word written inside a clause is asked 6,400 times; it scans the document once per piece
    from tests.child_process import assert_runs_within

    script = (
        "from extract.document import from_text\n"
        "from extract.extractor import extract_documents\n"
        "text = '一、总体情况\\n' + '去年青禾科创中心投入使用，' * 6400 + '。\\n'\n"
        "doc = from_text(text, doc_id='crafted.txt')\n"
        "records = [r for _, rs in extract_documents([doc]) for r in rs]\n"
        "assert len(records) >= 6400\n"
    )
    assert_runs_within(script, 20)
