"""Failure class: a quoted programme whose head the document writes only once.

A report names a programme once in full, the quote followed right away by a programme head
(“X”行动计划, “X”工程, “X”联赛, or a framework: “X”现代产业体系), and elsewhere by the short
form alone (“X”取得突破, 1596个“X”重大项目); GUIDE §3/§9 gives the short form the programme's
canonical (扩大有效投资“千项万亿”工程 → 千项万亿). The short forms are Programs. Not when
words stand between the quote and the head (“X”管理改革: the quote is a topic of a longer
name), when the head is a pilot designation (“X”先行区: the quote alone is a positioning), when
a count stands before the headed quote (三张“X”清单: a kind) or when the quote is the tail of a
longer quoted programme mined over all reports (“一件事” of “高效办成一件事”).
Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline


def ents(text: str, region: str | None = "140000") -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, region).ents]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("启动“青山映月”行动计划。“青山映月”成效明显，游客增加。", "青山映月"),
        ("实施“稻香千里”工程，带动增收。全年“稻香千里”示范田扩至百块。", "稻香千里"),
        ("首届“湘超”联赛场场爆满。高水平办好“湘超”、城市篮球赛。", "湘超"),
        ("构建“三核两翼”现代产业体系。“三核两翼”：即三个核心产业和两翼产业。", "三核两翼"),
    ],
)
def test_the_short_form_of_a_headed_quote_is_the_same_programme(text, name):
    found = ents(text)
    assert (name, "Program") in found, found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # words between the quote and the head: the quote is a topic of the longer name
        ("深化国有“五金”管理改革。“五金”总额超百亿元。", "五金"),
        # a pilot designation: the bare quote is the positioning it is named after
        ("获批“智造强镇”示范区。全力打造“智造强镇”，成效明显。", "智造强镇"),
        # a counted kind of list
        ("发布两张“零库存”清单。扩大“零库存”商品范围。", "零库存"),
    ],
)
def test_a_quote_that_is_only_part_of_a_longer_name_stays_untagged(text, name):
    assert (name, "Program") not in ents(text)


def test_the_tail_of_a_longer_mined_quoted_programme_is_not_carried():
    # “一件事” is the tail of “高效办成一件事” in extract/data/quoted_programmes.jsonl
    found = ents("建立“一件事”机制。建立“一件事”应用储备库。")
    assert found.count(("一件事", "Program")) == 0, found


def test_the_short_form_takes_the_full_name_as_its_canonical_hint():
    doc = run_pipeline(load_pipeline(), "构建“三核两翼”现代产业体系。“三核两翼”产业发展要素集聚。", "140000")
    hints = {e.text: e.kb_id_ for e in doc.ents if e.label_ == "Program"}
    assert hints.get("三核两翼") == "“三核两翼”现代产业体系", hints
