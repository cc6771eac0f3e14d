"""Failure class: a division's firm named by its trade (…银行) read as a bare District (issue 12).

GUIDE §3 types company names as Enterprise; a bank names itself by its trade, not a legal form,
so ``X农村商业银行`` or ``X银行`` after a division kept only the division, as a District. The trade
kernel is mined (``extract/data/firm_kernels.jsonl``: a dictionary word closing many organisation
names whose trade, kernel + 业, the unannotated reports use), and a division + name material +
kernel is an Enterprise (``extract.pipeline.firm_kernels``). Kinds (各银行, 商业银行), the trade
itself (银行业) and a clause between division and kernel are left alone. Sentences are invented.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from extract.document import from_text
from extract.entities import raw_mentions
from extract.pipeline.firm_kernels import mine_firm_kernels
from extract.pipeline.lexicon_files import read_lexicon


def mentions(text: str) -> list[tuple[str, str]]:
    doc = from_text(text, doc_id="division-banks.txt")
    return [(text[s:e], t) for s, e, t, _, _ in raw_mentions(doc)]


def test_a_divisions_rural_commercial_bank_is_one_firm():
    found = mentions("今年组建大理农村商业银行，完善普惠金融服务。")
    assert ("大理农村商业银行", "Enterprise") in found
    assert ("大理", "District") not in found


def test_merged_city_banks_are_each_a_firm():
    found = mentions("推动昆明银行吸收合并曲靖银行、玉溪银行，增强资本实力。")
    assert {("昆明银行", "Enterprise"), ("曲靖银行", "Enterprise"), ("玉溪银行", "Enterprise")} <= set(found)


def test_a_soft_clause_word_inside_the_name_stays_in_it():
    assert ("南昌农商联合银行", "Enterprise") in mentions("南昌农商联合银行正式挂牌开业。")


def test_kinds_trades_and_clauses_are_no_firms():
    kinds = ("全省各银行加大信贷投放。", "银行业资产规模稳步增长。", "引导商业银行、村镇银行服务实体经济。")
    for text in kinds:
        assert not [m for m in mentions(text) if m[1] == "Enterprise"], text
    found = mentions("云南推动银行机构改革。")
    assert ("云南", "District") in found
    assert not [m for m in found if m[1] == "Enterprise"]


def test_the_kernel_file_is_mined_with_provenance():
    rows = read_lexicon(names=["firm_kernels.jsonl"])["firm_kernels.jsonl"]
    assert rows and all(r["source"] == "mined" and r["trade"] == r["kernel"] + "业" for r in rows)


def test_the_miner_needs_the_trade_in_enough_reports():
    docs = [(f"r{i}.txt", "银行业稳健发展。") for i in range(3)]
    assert [r["kernel"] for r in mine_firm_kernels(docs, [])] == ["银行"]
    assert mine_firm_kernels(docs[:2], []) == []
    assert mine_firm_kernels(docs, [{"head": "银行"}]) == []  # a GUIDE kernel already


@pytest.mark.slow
def test_shipped_firm_kernels_are_in_sync_with_the_mining_script(extra_dir, eval_dir):
    root = Path(__file__).resolve().parents[3]
    run = subprocess.run(
        [sys.executable, str(root / "scripts" / "mine_firm_kernels.py"), "--check"],
        capture_output=True,
        text=True,
    )
    assert run.returncode == 0, run.stderr
