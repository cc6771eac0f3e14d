"""Failure class: the firm-sibling list reader on a hostile list (hostile input).

``firm_siblings.LIST_RE`` finds a 、-list closed by 等. On a long list with no 等 at its end, every
start inside the list scanned the rest of it before failing, so a crafted run of thousands of
short items was quadratic (4,000 strategy names before 战略 took 2.2 s in this one regex, 40,000
characters of 首都功能圈、… grew fourfold per doubling). A list now reads at most ``LIST_REACH``
items before its last. The limit is on the child's CPU time; names are invented.
"""

from __future__ import annotations

from extract.pipeline.firm_siblings import LIST_RE, LIST_REACH
from tests.child_process import assert_runs_within

TIMEOUT_S = 15


def test_a_long_list_with_no_closer_is_read_in_linear_time():
    script = (
        "from extract.pipeline.firm_siblings import LIST_RE\n"
        "text = '积极融入' + '青石功能圈、' * 40000 + '青石通勤圈。'\n"
        "assert not list(LIST_RE.finditer(text))\n"
    )
    assert_runs_within(script, TIMEOUT_S)


def test_a_firm_list_within_reach_is_one_match_and_a_longer_one_keeps_its_last_items():
    short = "引进" + "、".join(f"甲{i}乙公司" for i in range(10)) + "等企业。"
    found = [m.group() for m in LIST_RE.finditer(short)]
    assert len(found) == 1 and found[0].endswith("甲9乙公司") and "甲1乙公司" in found[0]
    long = "引进" + "、".join(f"甲{i}乙公司" for i in range(LIST_REACH + 20)) + "等企业。"
    (m,) = LIST_RE.finditer(long)
    assert m.group().count("、") == LIST_REACH  # the last LIST_REACH + 1 items
