"""Failure class: the items of a list whose label names no firm typed Enterprise (issue 12,
Enterprise precision on unannotated text).

- A bare 品牌 label that closes its clause (做强甲、乙等品牌。) is the object of brand work: the
  public brands of a place, product or trade, which GUIDE §3 leaves untagged; a list of firms'
  brands runs on into what they sell (甲、乙等品牌新车型), and those stay Enterprise.
- A 企业 label that is a mined field word alone (等行业企业: ``field_labels.jsonl``) says the
  items are the firms' sectors, not firms; a field word with more after it (等行业龙头企业)
  qualifies the firms, and they stay.

Sentences and names are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline


def firms(text: str) -> list[str]:
    return [e.text for e in run_pipeline(load_pipeline(), text, "530000").ents if e.label_ == "Enterprise"]


@pytest.mark.parametrize(
    "text",
    [
        "做强青铝、青铜、青硅等品牌。",
        "擦亮白鹭湖夜景、青禾老街市集等品牌，建设旅游目的地。",
        "引进青算、数据服务等行业企业，推动项目入库。",
    ],
)
def test_lists_of_brands_or_sectors_name_no_firm(text: str) -> None:
    assert firms(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("青禾、白鹭等品牌新车型上市。", ["青禾", "白鹭"]),
        ("推动青禾、白鹭等行业龙头企业发展。", ["青禾", "白鹭"]),
        ("推动青禾、白鹭等企业稳产增效。", ["青禾", "白鹭"]),
    ],
)
def test_lists_of_firms_stay(text: str, expected: list[str]) -> None:
    assert firms(text) == expected
