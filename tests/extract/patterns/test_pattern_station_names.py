"""Regressions of the mined lexicon on the bundled corpus (issue 12): 重庆东站 no longer found as
a bare name, names running over a verb (重庆东站纳入全市高铁) or ending in a strategy
(重庆东站西部陆海新通道).

- A one-character kernel (站) is a head only after gazetteer divisions; a station is named by
  its city and a compass point (the closed class 东西南北), so one such character may stand
  between them.
- A soft stop word (纳入) cuts a name's left context where a scope word follows it, as it does
  before a division (GUIDE §2.5: no name keeps a leading scope word).
- A head that closes a gazetteer strategy is the strategy's own word: the longer name ending
  there is no name. Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline


def ents(text: str, region: str | None = "440000") -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, region).ents]


@pytest.mark.parametrize(
    ("text", "name"),
    [("加快惠州北站改造。", "惠州北站"), ("推进佛山西站建设。", "佛山西站")],
)
def test_a_city_and_a_compass_point_name_a_station(text, name):
    assert (name, "Project") in ents(text)


def test_a_compass_point_alone_is_no_station():
    assert not any(t == "Project" for _, t in ents("向北站位更高。"))


def test_a_name_does_not_run_over_a_soft_stop_word_before_a_scope_word():
    found = ents("佛山西站纳入全省高铁快运枢纽节点。")
    assert ("佛山西站", "Project") in found
    assert not any("纳入" in text for text, _ in found)


def test_a_name_ending_in_a_strategy_is_the_strategy():
    found = ents("依托佛山西站西部陆海新通道重要节点。", "500000")
    assert ("西部陆海新通道", "Strategy") in found
    assert not any(text.endswith("西部陆海新通道") and t != "Strategy" for text, t in found)
