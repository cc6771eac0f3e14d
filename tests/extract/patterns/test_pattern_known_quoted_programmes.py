"""Failure class: a quoted programme written without its head in a report that never gives the
head (推进“X”， / “X”政策持续扩围), while other reports do (“X”行动, 实施“X”，).

The evidence is mined over all unannotated reports (``extract/data/quoted_programmes.jsonl``,
``extract.pipeline.quoted_programmes``): quoted words with a programme head after them or a
mined programme verb before them in at least two reports. At run time a headless quote of such
a name is a Program inside the quotes (GUIDE §2.2) wherever it stands: closed by a clause edge
(or by a trailing 政策, GUIDE §2.5), or followed by a predicate or by a noun it modifies
(“X”扩面提质, “X”事项: branch program28, as the readable gold tags the mined names there).
Sentences and reports are invented.
"""

from __future__ import annotations

import pytest
import spacy

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.candidates import candidates, register_extensions
from extract.pipeline.grammar import default_grammar
from extract.pipeline.mining import segment
from extract.pipeline.quoted_programmes import MIN_DOCS, find_known_quoted_programmes, mine_quoted_programmes


def mine(docs):
    gr = default_grammar()
    return mine_quoted_programmes(
        docs, gr.after_quote_re, gr.program_tails, {"实施", "开展"}, gr.any_stop_re, segment
    )


def test_the_shipped_names_are_mined_with_their_evidence():
    entries = default_grammar().lexicon["quoted_programmes.jsonl"]
    assert entries, "no quoted programme mined"
    for e in entries:
        assert e["source"] == "mined" and e["docs"] >= MIN_DOCS
        evidence = e["counts"]["headed"] + e["counts"]["after_programme_verb"] + e["counts"]["chained"]
        assert evidence >= e["docs"]


def test_evidence_in_two_reports_makes_a_name():
    docs = [
        ("a", "全面推进“青苗护航”行动，成效明显。"),  # a programme head after the quote
        ("b", "今年实施“青苗护航”，惠及学生。"),  # a programme verb before, a clause edge after
        ("c", "坚持“两个青山”，做到“两个青山”。"),
        ("d", "坚持“两个青山”。"),
    ]
    mined = {e["name"]: e for e in mine(docs)}
    assert set(mined) == {"青苗护航"}
    assert mined["青苗护航"]["counts"] == {"quotes": 2, "headed": 1, "after_programme_verb": 1, "chained": 0}
    assert mined["青苗护航"]["docs"] == 2


def test_evidence_in_one_report_is_not_enough():
    docs = [("a", "推进“青苗护航”行动。实施“青苗护航”，成效明显。"), ("b", "推进“青苗护航”，成效明显。")]
    assert mine(docs) == []


def test_a_chain_shares_its_verb_and_a_trailing_policy_or_footnote_closes_it():
    docs = [
        ("a", "实施“甲壳”“乙丙”政策，扩大内需。"),  # 甲壳 and 乙丙 governed together
        ("b", "实施“乙丙”［3］政策，促进消费。"),  # a footnote marker is a source artefact
    ]
    assert {e["name"] for e in mine(docs)} == {"乙丙"}


def run_finder(text: str, names: frozenset[str]) -> list[tuple[str, str]]:
    register_extensions()
    doc = spacy.blank("zh")(text)
    find_known_quoted_programmes(doc, text, default_grammar(), names)
    return [(c.text, c.label_) for c in candidates(doc)]


@pytest.mark.parametrize(
    "text",
    [
        "常态化推进“青苗护航”，营造环境。",
        "“青苗护航”政策持续扩围，拉动消费。",
        "做好“青苗护航”“百店焕新”工作。",
        # program28: the rest of the clause is no name material of the quote (GUIDE §2.1: “X”事项 is
        # no name, so the programme inside it is tagged; the readable gold tags mined names before
        # 事项, 名单, 推进机制, 应用领域, 项目 and a predicate, 8 of 9 times)
        "持续推进“青苗护航”扩面提质，成效明显。",  # a predicate jieba does not read as one
        "推出一批“青苗护航”事项。",  # a noun the programme's items are named by
        "“青苗护航”惠及企业群众。",  # a verb jieba tags as a place name
        "培育“青苗护航”企业十家。",  # a noun it modifies (before program28: left alone)
    ],
)
def test_a_headless_quote_of_a_mined_name_is_a_programme(text):
    assert ("青苗护航", "Program") in run_finder(text, frozenset({"青苗护航"}))


@pytest.mark.parametrize(
    "text",
    [
        "推进“青苗护航”行动。",  # headed: the grammar finds the whole name
        "推进“山岭守望”，成效明显。",  # not a mined name
    ],
)
def test_other_quotes_are_left_alone(text):
    assert run_finder(text, frozenset({"青苗护航"})) == []


def test_the_shipped_pipeline_tags_a_mined_name_without_its_head():
    entries = default_grammar().lexicon["quoted_programmes.jsonl"]
    name = max(entries, key=lambda e: (e["docs"], e["name"]))["name"]  # the best-attested one
    found = [
        (e.text, e.label_)
        for e in run_pipeline(load_pipeline(), f"常态化推进“{name}”，成效明显。", None).ents
    ]
    assert (name, "Program") in found


def test_the_tail_of_a_longer_quoted_programme_is_not_a_programme_of_its_own():
    """“一桩事” inside “青禾办成一桩事” names the programme's items; a one-character extension
    (“十百千” beside “百千”) is another numeric name, so both stay."""
    docs = [(d, "实施“青禾办成一桩事”改革。推进“一桩事”改革。实施“十百千”工程和“百千”行动。") for d in "ab"]
    assert {e["name"] for e in mine(docs)} == {"青禾办成一桩事", "十百千", "百千"}


def test_an_organisational_strategy_in_quotes_is_not_mined():
    """实施“三大战略”: an organisational 战略 (GUIDE §6), neither a Strategy nor a programme."""
    docs = [(d, "实施“三大战略”，成效明显。") for d in "ab"]
    assert mine(docs) == []
