"""Failure class: a count of people after a clause-opening verb of reach (``，惠及120万户居民``).

Such a clause names no action of its own: the people are those the clause before reached. The
reader skipped the count or named it by a stray verb (``实施儿童数``). In the year under review it
is recorded, named by the action before, the verb and the noun (eval/provincial-2026 README,
``indicators4``); in plans it only scopes the action (GUIDE §7). The verbs are mined
(``reach_verbs.jsonl``). Invented sentences of forms not taken from the gold.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from extract.indicators.reach_mining import mine_reach_verbs
from extract.indicators.served import reach_verbs
from tests.extract.patterns.indicator_text import PLAN, indicators

ROOT = Path(__file__).resolve().parents[3]
FIVE = "一、“十四五”时期工作回顾"


def _facts(body: str, **kw) -> list[tuple[str, float, str]]:
    return [(r.indicator, r.value, r.unit) for r in indicators(body, **kw)]


def test_the_reach_verb_of_the_reports_is_mined():
    assert "惠及" in reach_verbs()


def test_people_reached_after_a_count_of_things_are_named_by_those_things_and_the_act():
    got = _facts("改造农村危房3200户，惠及农户1.1万人。")
    assert ("农村危房改造惠及农户", 1.1, "万人") in got


def test_the_noun_after_the_count_names_the_people_and_the_act_is_left_out():
    got = _facts("推行困难群众医疗救助一站式结算、惠及12.6万名患者。")
    assert [(n, v) for n, v, u in got if u == "万名"] == [("困难群众医疗救助一站式结算惠及患者", 12.6)]


def test_no_noun_names_the_count_by_its_measure():
    got = _facts("发放失业保险稳岗返还资金3.2亿元，惠及46万人。")
    assert ("失业保险稳岗返还资金惠及人数", 46.0, "万人") in got


def test_in_the_five_year_review_the_reach_is_a_total_of_the_period():
    body = "这五年，建成保障性租赁住房8.5万套，惠及新市民青年人26万人。"
    got = _facts(body, heading=FIVE, rep=(2025,), plan=(2026,))
    named = [n for n, v, _ in got if v == 26.0]
    assert len(named) == 1 and named[0].startswith("“十四五”时期") and named[0].endswith("惠及新市民青年人")


def test_in_a_plan_the_reach_only_scopes_the_action():
    got = _facts("实施城镇老旧小区改造600个，惠及居民5万户。", heading=PLAN)
    assert all("惠及" not in n or not n.startswith("城镇老旧小区改造") for n, _, _ in got)


def test_a_clause_verb_of_the_authors_own_acts_keeps_its_own_name():
    got = _facts("建成一批社区文化中心，新增42名乡村文化指导员。")
    assert ("新增乡村文化指导员数", 42.0, "名") in got


def test_people_who_do_something_of_their_own_are_no_reach():
    got = _facts("设立就业帮扶车间85个，惠及1.6万脱贫人口就近就业增收。")
    assert all(v != 1.6 for _, v, _ in got)


def test_the_miner_needs_both_frames_in_enough_reports_and_skips_clause_verbs():
    docs = [
        (f"r{k}.txt", f"实施某项政策{k}，惠泽居民{k + 1}万户。某项改革惠泽{k + 2}万人。新增{k + 3}万人。")
        for k in range(4)
    ]
    verbs = [e["verb"] for e in mine_reach_verbs(docs)]
    assert "惠泽" in verbs
    assert "新增" not in verbs
    assert mine_reach_verbs(docs[:2]) == []  # seen in two reports only


def test_the_reach_verb_miner_leaves_gold_passages_out():
    source = (ROOT / "scripts" / "mine_reach_verbs.py").read_text(encoding="utf-8")
    assert "run_miner" in source  # miner_cli reads the reports through extract.pipeline.gold_mask


@pytest.mark.slow
def test_shipped_reach_verbs_are_in_sync_with_the_mining_script(extra_dir, eval_dir):
    script = ROOT / "scripts" / "mine_reach_verbs.py"
    run = subprocess.run([sys.executable, str(script), "--check"], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr


def test_after_an_amount_the_reach_takes_the_amounts_topic():
    got = _facts("家电以旧换新带动销售额超120亿元、惠及消费者86万人次。")
    assert ("家电以旧换新惠及消费者", 86.0, "万人次") in got


def test_an_unpunctuated_page_of_reach_clauses_is_read_in_bounded_steps():
    # an attacker's page: the scans before and after each count stay short
    body = "发放补贴" * 20000 + "，惠及" + "居民" * 20000 + "12万人。"
    assert all(not n.startswith("发放补贴") for n, _, _ in _facts(body))  # no action out of reach
