"""Failure class: the act of a list of counts that jieba's dictionary does not tag as a verb.

``办理代表建议417件、委员提案424件`` reports two things done by one act, but 办理 is a noun in the
dictionary the readers ask, so the second figure lost the act (``委员提案数``) and, in the undated
five-year review, neither was named as the period's total (“十四五”时期…, the provincial-2026
conventions). The words that open lists of counts are mined from unannotated text
(``scripts/mine_count_verbs.py`` → ``count_verbs.jsonl``: the first word of a clause that runs
into ``N件、…M件``, in three reports or more); where the dictionary names no verb, such a word is
the act that goes on to the next object and that makes a review count a total of the period.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from extract.indicators.count_verbs import count_verbs, mine_count_verbs, opening_count_verb
from tests.extract.patterns.indicator_text import by_name, indicators

ROOT = Path(__file__).resolve().parents[3]
FIVE = "一、“十四五”时期工作回顾"


def _five(body: str) -> dict[str, float]:
    got = indicators("这五年，" + body, heading=FIVE, rep=(2025,), plan=(2026,))
    return {r.indicator: r.value for r in got}


def test_the_mined_act_goes_on_to_the_next_counted_object():
    got = by_name("主动接受监督，办理群众来信417件、网络留言424件。")
    assert got["办理群众来信数"].value == 417.0
    assert got["办理网络留言数"].value == 424.0


def test_a_mined_act_the_dictionary_tags_as_a_place_goes_on_too():
    got = by_name("新建社区食堂40家、托育服务站120个。")
    assert got["新建托育服务站数"].value == 120.0


def test_in_the_five_year_review_the_acts_counts_are_the_periods_totals():
    got = _five("办理群众来信4170件、网络留言4240件。")
    assert got["“十四五”时期办理群众来信数"] == 4170.0
    assert got["“十四五”时期办理网络留言数"] == 4240.0


def test_a_word_that_only_begins_with_a_mined_act_is_none():
    assert opening_count_verb("建成区绿化覆盖率") == ""
    assert "建成区绿化覆盖率" in _five("建成区绿化覆盖率达到42%。")


def test_the_miner_needs_the_list_frame_in_enough_reports():
    docs = [(f"r{k}.txt", f"今年，受理投诉{k + 2}件、咨询{k + 5}件。全年共有{k}人。") for k in range(4)]
    assert [e["verb"] for e in mine_count_verbs(docs)] == ["受理"]
    assert mine_count_verbs(docs[:2]) == []  # seen in two reports only


def test_the_shipped_file_has_the_mined_acts():
    assert "办理" in count_verbs()


def test_the_count_verb_miner_leaves_gold_passages_out():
    source = (ROOT / "scripts" / "mine_count_verbs.py").read_text(encoding="utf-8")
    assert "run_miner" in source  # miner_cli reads the reports through extract.pipeline.gold_mask


def test_a_long_unpunctuated_run_is_read_in_bounded_steps():
    text = "新建" + "学校" * 20000 + "12所、" * 5000
    assert mine_count_verbs([("x.txt", text)]) == []


@pytest.mark.slow
def test_shipped_count_verbs_are_in_sync_with_the_mining_script(extra_dir, eval_dir):
    script = ROOT / "scripts" / "mine_count_verbs.py"
    run = subprocess.run([sys.executable, str(script), "--check"], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
