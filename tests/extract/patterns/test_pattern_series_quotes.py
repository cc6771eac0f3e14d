"""Failure class: a quoted name closed by a series of campaigns or contests (“X”系列活动).

GUIDE §3 types recurring promotion campaigns, festivals and contests as Program and GUIDE §2.2 keeps
quote marks inside a name; 系列 (a collective measure word) before a GUIDE-rule campaign or contest
label of ``head_rules.jsonl`` (活动, 赛事) makes the quote one named series (round 13's readable gold:
办好“跟着全运游广东”系列活动). A short kind modifier may stand between 系列 and the label. A document
series, a list, a clause word opening the modifier or a label inside a longer word gives no name.
Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.series_quotes import series_labels, series_quote_end


def ents(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, "620000").ents]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("办好“品味陇原”系列活动，带动消费增长。", "“品味陇原”系列活动"),
        ("持续开展“文化进万家”系列活动。", "“文化进万家”系列活动"),
        ("开展“好货出海”系列经贸对接活动，拓展市场。", "“好货出海”系列经贸对接活动"),  # a kind modifier
        ("举办“畅游甘肃”系列赛事，吸引游客。", "“畅游甘肃”系列赛事"),  # a contest label; a place inside
    ],
)
def test_quote_series_and_label_are_one_programme(text, name):
    assert (name, "Program") in ents(text)


@pytest.mark.parametrize(
    "text",
    [
        "出台“稳增长”系列政策措施，",  # a series of documents, no campaign
        "开展“甲乙”系列，活动丰富。",  # no label after 系列
        "开展“甲乙”系列和活动。",  # a function word between
        "设立“甲乙”系列活动中心。",  # the label opens a longer word
    ],
)
def test_no_campaign_label_gives_no_series_name(text):
    assert not any(n.endswith(("活动", "赛事", "系列")) and t == "Program" for n, t in ents(text))


def test_the_labels_are_the_guide_rule_campaign_and_contest_labels():
    grammar = load_pipeline().get_pipe("policykg_names").grammar
    labels = series_labels(grammar)
    rules = grammar.lexicon["head_rules.jsonl"]
    expected = {r["head"] for r in rules if r["rule_kind"] in ("campaign_list_label", "contest_list_label")}
    assert expected and all(labels.fullmatch(h) for h in expected)
    text = "“甲乙”系列赛事活动，"
    assert series_quote_end(text, 4, labels) == len(text) - 1  # the longest label read whole
