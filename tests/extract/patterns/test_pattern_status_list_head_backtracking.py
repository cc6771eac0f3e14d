"""Failure class: the text between a status phrase and a list of names (建成A、B等 …) on hostile input.

``relations.status`` lets a status phrase govern the list that follows it when what stands
between them is list items (2 to 20 characters, then 、, 和 or 及) and at most three Han
characters. It tested that with one regex whose repeated item could itself hold 和 and 及, so
a run of 和 (or 及) with no fitting end was split every possible way before it failed: 50
characters took 11 s, each one more about doubling it (review10). The test is now a scan of the
positions an item can end at, linear in the text, and reads the same texts as the regex did.
Strings are invented.
"""

from __future__ import annotations

import itertools
import re

import pytest

from extract.relations.status import list_head
from tests.child_process import assert_runs_within

# the regex the scan replaces, for short strings only
_OLD = re.compile(r"[了\s“]*(?:[^，,；;。、：:]{2,20}[、和及])*[\u4e00-\u9fff]{0,3}")


@pytest.mark.parametrize(
    ("gap", "ok"),
    [
        ("", True),
        ("了", True),
        ("青禾大桥、", True),
        ("青禾大桥、白鹭隧道和", True),
        ("青禾大桥、白鹭隧道和新区", True),
        ("了“", True),
        ("青禾大桥：", False),
        ("青禾、白鹭和新建一批", False),
    ],
)
def test_a_gap_of_list_items_is_read_as_before(gap, ok):
    assert list_head(gap) is ok
    assert (_OLD.fullmatch(gap) is not None) is ok


def test_the_scan_reads_every_short_string_as_the_regex_did():
    alphabet = "和、了 “青："
    for n in range(7):
        for chars in itertools.product(alphabet, repeat=n):
            gap = "".join(chars)
            assert list_head(gap) is (_OLD.fullmatch(gap) is not None), gap
    long_item = "青" * 20 + "和"
    assert list_head(long_item) and not list_head("青" * 21 + "、了")


def test_a_long_run_of_conjunctions_fails_in_linear_time():
    script = (
        "from extract.relations.status import list_head\n"
        "assert not list_head('和' * 200_000 + '：')\n"
        "assert list_head('青禾、' * 66_000 + '和')\n"
    )
    assert_runs_within(script, 30)
