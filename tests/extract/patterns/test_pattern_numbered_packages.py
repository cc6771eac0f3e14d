"""Failure class: a quoted package of numbered measures with a subject of its own (issue 12:
policy titles without 《》).

GUIDE §9 Policies types named packages as Policy (纺织服装“新九条”, 牧九条). A quote whose words end
in a count of 条 was read as a package only with at most three characters before the count; a
package whose subject takes more words (“某某科创十条”, “民营经济32条”) was missed whole. A scope
word before the quote (我省, 全市: GUIDE §2.5) is no part of the name. Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline


def ents(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, "430000").ents]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("出台“澄湾科创十条”，支持企业研发。", "澄湾科创十条"),
        ("迭代升级我省“民营经济32条”，依法保护产权。", "民营经济32条"),  # 我省 left out
        ("落实全市“稳就业二十条”，扩大就业。", "稳就业二十条"),
        ("出台纺织服装“新九条”政策措施。", "纺织服装“新九条”"),  # a lead-in of its own stays
    ],
)
def test_a_quoted_numbered_package_is_a_policy(text, name):
    found = ents(text)
    assert (name, "Policy") in found, found


def test_a_quote_of_words_without_a_count_is_no_package():
    found = ents("坚持“项目为王”理念，推进产业升级。")
    assert not any(label == "Policy" for _, label in found), found
