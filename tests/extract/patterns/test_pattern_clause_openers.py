"""Failure class: a Platform guess that opens with the clause's verb (platform28, issue 12).

The head-word finder keeps a verb the stop-word miner does not hold in front of a Platform name
(抓实|治理中心, 助推|…交往中心, 严守|宅基地). ``extract.pipeline.clause_openers`` mines the words
that open half of their clauses or more and cuts them off a Platform guess, or drops the guess
when only a bare or generic kind is left. Sentences are invented; the mining is checked on invented
reports both ways (a verb that opens clauses in two reports is kept; a word inside clauses, a
noun subject, a place or one author's word is not).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.clause_openers import MIN_OPEN_SHARE, mine_clause_openers

DATA = Path(__file__).resolve().parents[3] / "extract" / "data" / "clause_openers.jsonl"


def ents(text: str, region: str | None = "500000") -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, region).ents]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("抓实重庆星河数字产业园建设。", "重庆星河数字产业园"),
        ("助推重庆星河数字产业园扩能。", "重庆星河数字产业园"),
        ("抓实城市运行治理中心建设，全面承接各类事项。", "城市运行治理中心"),
    ],
)
def test_the_opening_verb_is_cut_off_the_platform(text, name):
    found = ents(text)
    assert (name, "Platform") in found
    assert not any(t.endswith(name) and t != name for t, _ in found)


@pytest.mark.parametrize(
    "text", ["严守宅基地管理底线。", "严守宅基地红线，保障农民权益。", "抓实治理中心建设，承接各类事项。"]
)
def test_a_bare_or_generic_kind_left_after_the_verb_is_no_platform(text):
    assert not any(label == "Platform" for _, label in ents(text))


def test_a_platform_with_no_opening_verb_is_untouched():
    # negative: the name opens the clause as its subject, nothing is cut
    assert ("重庆星河数字产业园", "Platform") in ents("重庆星河数字产业园加快建设。")
    # a tagged verb before a zone is drop_generic's (优化|自贸试验区): the zone stays
    assert ("自贸试验区", "Platform") in ents("积极探索优化自贸试验区布局范围。", "120000")


def _reports(lines: list[str]) -> list[tuple[str, str]]:
    return [(f"r{i}", line) for i, line in enumerate(lines)]


def test_mining_keeps_a_verb_that_opens_its_clauses_in_two_reports():
    docs = _reports(
        ["一年来，抓实安全生产。抓实就业。", "我们坚持开放，抓实招商；抓实项目。", "全区抓实服务。"]
    )
    rows = {r["word"]: r for r in mine_clause_openers(docs)}
    assert rows["抓实"]["counts"] == {"total": 5, "after_boundary": 4}
    assert rows["抓实"]["docs"] == 3 and rows["抓实"]["source"] == "mined"


def test_mining_drops_words_inside_clauses_subjects_places_and_single_authors():
    inside = _reports(["全省抓实安全。全市抓实就业。", "县里抓实招商。乡里抓实项目。", "村里抓实服务。"])
    assert all(r["word"] != "抓实" for r in mine_clause_openers(inside))
    subject = _reports(
        ["，居民收入增长。，居民收入提高。", "，居民收入增加。，居民收入稳定。", "，居民收入上升。"]
    )
    assert all(r["word"] != "居民收入" for r in mine_clause_openers(subject))  # a noun: the subject
    place = _reports(["，重庆加快。，重庆推进。", "，重庆建设。，重庆实施。", "，重庆开展。"])
    assert all(r["word"] != "重庆" for r in mine_clause_openers(place))
    one = [("r0", "，抓实安全。，抓实就业。，抓实招商。，抓实项目。，抓实服务。")]  # one author only
    assert all(r["word"] != "抓实" for r in mine_clause_openers(one))


def test_shipped_openers_carry_their_counts():
    rows = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines()]
    assert rows, "clause_openers.jsonl is empty: rerun scripts/mine_categories.py"
    for r in rows:
        assert r["source"] == "mined" and r["docs"] >= 2 and len(r["word"]) >= 2
        assert r["counts"]["after_boundary"] >= MIN_OPEN_SHARE * r["counts"]["total"]
