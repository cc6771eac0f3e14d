"""Failure class: a short quoted programme name never written with a programme head of its own
(“X”政策实施, 优化“X”政策) but coordinated, in other reports, with a quoted programme in one chain
of quotes (“两重”“X”, “X”“十大工程”).

GUIDE §2.2: the conjuncts of one list are names of one kind, and GUIDE §3 lists 两重 (a bare
Program head of ``head_rules.jsonl``) among the Programs; a quote written right after it (or
before a quoted …工程) is another programme. The miner (``extract.pipeline.quoted_programmes``)
counts that chain as evidence (``chained``) over all unannotated reports; two reports make a
name, and the run-time finder tags its headless quotes. Sentences and reports are invented.
"""

from __future__ import annotations

import spacy

from extract.pipeline.candidates import candidates, register_extensions
from extract.pipeline.grammar import default_grammar
from extract.pipeline.mining import segment
from extract.pipeline.quoted_programmes import find_known_quoted_programmes, mine_quoted_programmes


def mine(docs):
    gr = default_grammar()
    return {
        e["name"]: e
        for e in mine_quoted_programmes(
            docs, gr.after_quote_re, gr.program_tails, {"实施", "开展"}, gr.any_stop_re, segment
        )
    }


def test_a_quote_chained_with_a_quoted_programme_in_two_reports_is_mined():
    docs = [
        ("a", "用好“两重”“青禾”超长期国债，扩大投资。"),  # after the GUIDE's bare 两重
        ("b", "围绕“青禾”“八大工程”谋划项目。"),  # before a quoted …工程
    ]
    mined = mine(docs)
    assert set(mined) == {"青禾"}
    assert mined["青禾"]["counts"]["chained"] == 2 and mined["青禾"]["docs"] == 2


def test_one_report_is_not_enough():
    assert mine([("a", "用好“两重”“青禾”资金。"), ("b", "推进“青禾”落地。")]) == {}


def test_a_chain_without_a_programme_is_no_evidence():
    docs = [(d, "坚持“稳中求进”“以进促稳”，推动发展。") for d in "ab"]
    assert mine(docs) == {}


def test_a_formula_chained_with_a_programme_is_not_mined():
    """“三个青山”: an ``N个X`` formula (``quoted_frames.is_coined``), not a coined name."""
    docs = [(d, "落实“两重”“三个青山”要求。") for d in "ab"]
    assert mine(docs) == {}


def test_the_mined_name_is_tagged_before_a_trailing_policy():
    register_extensions()
    text = "优化“青禾”政策实施，促进消费。"
    doc = spacy.blank("zh")(text)
    find_known_quoted_programmes(doc, text, default_grammar(), frozenset({"青禾"}))
    assert [(c.text, c.label_) for c in candidates(doc)] == [("青禾", "Program")]
