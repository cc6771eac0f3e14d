"""Failure class: the boards of the securities markets are never proposed (issue 12, Platform
recall; branch platform18).

The provincial-2026 conventions type stock and data exchanges Platform (GUIDE §9 exchanges), and
a board (科创板, 新三板, 北交所) has no park head, so the name grammar missed it. The boards are a
closed class fixed by the regulator (``closed_classes.jsonl``, ``securities_market``).
Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline


def doc_of(text: str):
    return run_pipeline(load_pipeline(), text, "500000")


@pytest.mark.parametrize(
    ("text", "board", "canonical"),
    [
        ("青禾科技科创板IPO获批。", "科创板", "上海证券交易所科创板"),
        ("新增上市公司3家、新三板挂牌5家。", "新三板", "全国中小企业股份转让系统"),
        ("支持专精特新企业到北交所上市。", "北交所", "北京证券交易所"),
        # the regional equity markets' board for specialised SMEs (platform19, session 18)
        ("推动“专精特新”专板扩容提质。", "“专精特新”专板", "“专精特新”专板"),
        ("青禾科技在专精特新专板挂牌。", "专精特新专板", "“专精特新”专板"),
    ],
)
def test_a_board_is_a_platform_with_its_standard_name(text, board, canonical):
    ents = [(e.text, e.label_, e.kb_id_) for e in doc_of(text).ents]
    assert (board, "Platform", canonical) in ents


def test_a_sector_of_the_market_is_no_board():
    ents = [(e.text, e.label_) for e in doc_of("创业板块指数上涨。").ents]
    assert ("创业板", "Platform") not in ents


def test_the_firm_listing_on_the_board_stays_a_firm():
    ents = [(e.text, e.label_) for e in doc_of("青禾科技在创业板上市。").ents]
    assert ("青禾科技", "Enterprise") in ents and ("创业板", "Platform") in ents


def test_the_indicator_readers_know_the_board_source():
    from extract.indicators import prose
    from extract.pipeline import securities_boards

    assert prose._BOARD_SOURCE == securities_boards.SOURCE


@pytest.mark.parametrize(("source", "subject"), [("board", None), ("suffix", "甲地科技园")])
def test_a_count_listed_on_a_board_keeps_the_author_as_subject(source, subject):
    """新三板挂牌5家 counts the author's firms listed there (GUIDE §9: a service's figures take the
    author as subject and name it in the indicator), so the board opens no subject of its own,
    while a park opening the phrase still does (甲地科技园挂牌5家)."""
    from extract.indicators import prose
    from extract.records import Mention

    name = "新三板" if source == "board" else "甲地科技园"
    seg = name + "挂牌5家"
    m = Mention("青海省.txt", 0, len(name), name, "Platform", name, "platform/x", 0, len(seg), (), source)
    found, rest = prose._split_subject(seg, 0, seg, {0: m})
    assert (found.text if found else None) == subject
    assert rest == (seg if subject is None else "挂牌5家")
