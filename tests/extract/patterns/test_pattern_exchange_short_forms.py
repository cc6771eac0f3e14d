"""Failure class: the national exchanges written by their short forms are missed (深交所, 广期所;
issue 12, Platform recall; branch platform33).

GUIDE §9 types exchanges Platform, and the fresh15 readable gold tags 深交所 and 广期所 with their
full names as canonicals. No head word marks a short form (交易所 is the kernel, 交所 is not), so the
name grammar never proposed one. The stock exchanges are the regulator's closed class
``securities_market`` (which held 北交所 and 港交所 already), the futures exchanges the closed
class ``futures_exchange`` (``closed_classes.jsonl``). A short form whose last character opens
the next word by the segmenter (上期|所得税, 上交|所有者) is no exchange. Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.securities_boards import SHORT_BOARDS


def ents(text: str, region: str | None = "440000") -> list[tuple[str, str, str]]:
    return [(e.text, e.label_, e.kb_id_) for e in run_pipeline(load_pipeline(), text, region).ents]


@pytest.mark.parametrize(
    ("text", "short", "canonical"),
    [
        ("支持深交所优化再融资机制，服务更多科技企业。", "深交所", "深圳证券交易所"),
        ("推动上交所与本地券商开展合作。", "上交所", "上海证券交易所"),
        ("支持广期所上线更多绿色期货品种。", "广期所", "广州期货交易所"),
        ("加强与郑商所、大商所合作，扩大期货交割库布局。", "郑商所", "郑州商品交易所"),
        ("加强与郑商所、大商所合作，扩大期货交割库布局。", "大商所", "大连商品交易所"),
        ("推动上期所扩大本地交割仓库布局。", "上期所", "上海期货交易所"),
        ("配合中金所开展投资者教育。", "中金所", "中国金融期货交易所"),
    ],
)
def test_an_exchange_short_form_is_a_platform_with_its_full_name(text, short, canonical):
    assert (short, "Platform", canonical) in ents(text)


@pytest.mark.parametrize(
    "text",
    ["企业上期所得税汇算清缴顺利完成。", "按规定将收益上交所有者权益账户。"],
)
def test_a_short_form_that_runs_into_the_next_word_is_no_exchange(text):
    assert not any(label == "Platform" for _, label, _ in ents(text))


def test_a_firm_listing_on_a_stock_exchange_stays_a_firm():
    found = ents("青禾科技在深交所上市。")
    assert ("深交所", "Platform", "深圳证券交易所") in found
    assert any(n == "青禾科技" and label == "Enterprise" for n, label, _ in found)


def test_futures_exchanges_are_no_boards_firms_list_on():
    """What lists on a futures exchange is a contract, not a firm (module docstring)."""
    assert not any(short.endswith(("期所", "商所")) or short == "中金所" for short in SHORT_BOARDS)


@pytest.mark.parametrize("short", ["北交所", "上交所"])
def test_an_exchange_in_a_cooperation_frame_stays_a_platform(short):
    """推动X与…合作 reads its partner as a firm (source ``cooperation``); a market of the closed
    classes outranks that guess over the same characters (``candidates.SOURCE_PRIORITY``)."""
    found = ents(f"推动{short}与本地券商开展合作。")
    assert [(n, label) for n, label, _ in found] == [(short, "Platform")]


def test_an_exchange_that_opens_a_longer_name_is_no_name_of_its_own():
    """GUIDE §2.1 tags the maximal name and nothing inside it: 深交所 modifies the centre's name."""
    found = ents("提高深交所技术成果与数据资产交易中心服务水平。")
    assert not any(n == "深交所" for n, _, _ in found)
