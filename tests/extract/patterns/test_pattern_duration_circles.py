"""Failure class: a service circle named by the time it takes to reach it (一刻钟便民生活圈).

A national build-up programme of the cities is named by a duration and a closer the name grammar
has no head for (…生活圈, …服务圈), so the readable gold lost four of its five such Programs
(fresh3 ×2, fresh11, fresh12). ``extract.pipeline.duration_circles`` reads a duration, modifier
words and a closer mined from unannotated reports (``duration_circles.jsonl``: closers of
duration-opened phrases in two reports or more with three modifiers or more). Sentences are
invented; none is from a report.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.duration_circles import mine_duration_circles
from extract.pipeline.lexicon_files import read_lexicon


def programmes(text: str) -> list[str]:
    doc = run_pipeline(load_pipeline(), text, "140000")
    return [e.text for e in doc.ents if e.label_ == "Program"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("全面推进一刻钟便民生活圈建设，社区商业更加便利。", "一刻钟便民生活圈"),
        ("新建城市一刻钟便民生活圈120个，完善社区服务设施。", "一刻钟便民生活圈"),
        ("加快打造“15分钟品质生活圈”，补齐社区短板。", "15分钟品质生活圈"),
        ("建成“一刻钟养老服务圈”，养老床位持续增加。", "一刻钟养老服务圈"),
    ],
)
def test_a_duration_opened_circle_is_a_programme(text, name):
    assert programmes(text) == [name]


def test_a_duration_coordinated_before_the_circle_is_a_conjunct_of_its_own():
    # GUIDE §2.2: coordinated names sharing one suffix each get their own span
    assert programmes("鼓励各地打造一刻钟、半小时生活圈，丰富社区消费。") == ["一刻钟", "半小时生活圈"]


def test_every_duration_coordinated_before_the_circle_is_a_conjunct():
    # the walk goes back through each conjunct, not only the nearest one
    found = programmes("鼓励各地打造一刻钟、半小时、1小时生活圈，丰富社区消费。")
    assert sorted(found) == ["1小时生活圈", "一刻钟", "半小时"]


def test_a_numeral_in_chinese_opens_the_duration_whole():
    # 一百二十分钟, not 二十分钟 cut out of it (百 and 两 are numerals too)
    assert programmes("建成一百二十分钟品质生活圈，补齐短板。") == ["一百二十分钟品质生活圈"]
    assert programmes("建成两小时品质生活圈，补齐短板。") == ["两小时品质生活圈"]


@pytest.mark.parametrize(
    "text",
    [
        "通勤时间平均缩短15分钟，生活圈更加便利。",  # the duration closes its own clause
        "打造宜居宜业宜游优质生活圈。",  # no duration: a slogan, not a name
        # guards the lexicon, not the finder: 通勤圈 always follows the one phrase 1小时 in the
        # reports, so the miner must not ship it (duration_circles.jsonl holds 生活圈 and 服务圈)
        "构建1小时通勤圈。",
    ],
)
def test_circles_without_the_frame_stay_untouched(text):
    assert programmes(text) == []


def test_the_miner_keeps_closers_with_several_modifiers_in_several_reports():
    hard = frozenset({"建设", "加快"})
    docs = [
        ("a.txt", "推进一刻钟便民生活圈建设，实施144小时过境免签政策。"),
        ("b.txt", "打造15分钟品质生活圈，实施144小时过境免签政策。"),
        ("c.txt", "建成“半小时生活圈”和“半小时养老生活圈”。"),  # no modifier, then a third one
    ]
    split = {
        "便民生活圈建设": ["便民", "生活圈", "建设"],  # the hard stop 建设 ends the phrase
        "品质生活圈": ["品质", "生活圈"],
        "养老生活圈": ["养老", "生活圈"],
        "过境免签政策": ["过境", "免签", "政策"],
    }
    rows = mine_duration_circles(docs, hard, lambda run: split.get(run, [run]))
    assert [r["word"] for r in rows] == ["生活圈"]  # 政策 always follows 过境免签: one fixed phrase
    # the empty modifier of 半小时生活圈 is a use, not a modifier
    assert rows[0]["counts"] == {"uses": 4, "modifiers": 3} and rows[0]["docs"] == 3


def test_every_shipped_closer_carries_its_counts():
    rows = read_lexicon()["duration_circles.jsonl"]
    assert rows
    assert all(r["source"] == "mined" and r["docs"] >= 2 and r["counts"]["modifiers"] >= 3 for r in rows)


def test_a_long_run_of_circles_stays_linear():
    # closers are found first and a duration is looked for in a bounded window before each
    import time

    import spacy

    from extract.pipeline.candidates import candidates
    from extract.pipeline.duration_circles import find_duration_circles
    from extract.pipeline.grammar import Grammar

    text = "建成15分钟便民生活圈、一刻钟养老服务圈、" * 3000 + "半小时" * 3000 + "生活圈。"
    doc = spacy.blank("zh").make_doc(text)
    began = time.process_time()
    find_duration_circles(doc, text, Grammar(read_lexicon()))
    assert time.process_time() - began < 10
    assert len(candidates(doc)) == 6001  # every listed circle and the one the durations open
