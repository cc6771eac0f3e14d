"""Failure class: a works name that opens with the clause's verb (project43, issue 12).

The head-word finder keeps a verb the stop-word miner does not hold in front of a Project name
(守牢|甲水库除险加固工程), and the list reader keeps the verb that governs a project list in front of
its first item (紧盯|甲隧道、乙水库等重大项目). The held-out precision samples judged such a
clause verb opening a works name wrong (GUIDE §2: the span is the name, not the clause around it).
``extract.pipeline.clause_openers`` cuts a mined clause opener (a word that opens half of its
clauses or more in the unannotated reports, ``clause_openers.jsonl``, with its counts) off head-word
and listed Project guesses as it does off Platform guesses. Sentences are invented; the negatives
are names that open with no mined opener, and a list whose verb the list reader already cuts.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from extract.entities import load_pipeline, run_pipeline

DATA = Path(__file__).resolve().parents[3] / "extract" / "data" / "clause_openers.jsonl"


def ents(text: str, region: str | None = "500000") -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, region).ents]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("同时，紧盯东湖隧道、青松中学、北岭水库等重大项目加快建设。", "东湖隧道"),  # the list's first item
        ("同时，守牢城北水库除险加固工程安全底线。", "城北水库除险加固工程"),  # a head-word guess
    ],
)
def test_the_opening_verb_is_cut_off_the_works(text, name):
    found = ents(text)
    assert (name, "Project") in found
    assert not any(t.endswith(name) and t != name for t, _ in found)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("同时，紧盯东湖隧道、青松中学、北岭水库等重大项目加快建设。", "北岭水库"),  # a later item
        ("今年，补齐松林污水处理厂三期扩建工程短板。", "松林污水处理厂三期扩建工程"),  # 补齐: cut already
        ("全年狠抓西河体育馆、南溪大桥等一批重点项目。", "西河体育馆"),  # 狠抓: cut by the list reader
        ("临江大道快速路工程加快建设。", "临江大道快速路工程"),  # no verb: the name is the subject
    ],
)
def test_works_with_no_opening_verb_are_untouched(text, name):
    assert (name, "Project") in ents(text)


def test_the_openers_read_are_mined_with_counts():
    rows = {r["word"]: r for r in map(json.loads, DATA.read_text(encoding="utf-8").splitlines())}
    for word in ("紧盯", "守牢"):
        assert rows[word]["source"] == "mined" and rows[word]["counts"]["after_boundary"] >= 1


def test_the_opener_is_cut_off_an_item_the_list_reader_reads():
    """The list reader's items (source ``enumeration``) are read, not only head-word guesses."""
    doc = run_pipeline(load_pipeline(), "紧盯青松中学、北岭水库等一批重点项目。", "500000")
    found = [(e.text, e.label_, e.id_) for e in doc.ents]
    assert ("青松中学", "Project", "enumeration") in found
    assert not any(t.startswith("紧盯") for t, _, _ in found)
