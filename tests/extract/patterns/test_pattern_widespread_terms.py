"""Failure class: industries, technologies and kinds of firms listed as firms (issue 12).

``布局5G-A、算力等新型基础设施项目``, ``支持电商、研发设计等服务企业``: a list label types its
items, and a short item with no company tail was taken for a bare firm name. A firm's name is
rare across reports; a term many authors write (``widespread_terms.jsonl``, mined by
``scripts/mine_categories.py`` with its author counts) is an industry or a kind. Sentences are
invented; the firm names in them are made up, so no report uses them.
"""

from __future__ import annotations

import json

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.genericity import MIN_TERM_AUTHORS, mine_widespread_terms, widespread_terms
from extract.pipeline.grammar import default_grammar
from extract.pipeline.lexicon_files import DATA


def ents(text: str, region: str | None = "530000") -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, region).ents]


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("引进算力、澄湾智控等企业。", "算力"),
        ("支持电商、岫云科技等企业发展。", "电商"),
        ("推动汽车、澄湾智控等企业转型。", "汽车"),
    ],
)
def test_a_widespread_term_in_a_firm_list_is_no_firm(text, term):
    found = ents(text)
    assert (term, "Enterprise") not in found
    assert any(label == "Enterprise" and t != term for t, label in found), found  # the firm stays


def test_mined_terms_carry_author_counts_and_no_proper_noun():
    rows = [json.loads(line) for line in (DATA / "widespread_terms.jsonl").read_text("utf-8").splitlines()]
    assert rows and all(
        r["source"] == "mined" and r["docs"] >= MIN_TERM_AUTHORS and r["counts"]["total"] >= r["docs"]
        for r in rows
    )
    terms = widespread_terms(default_grammar())
    assert "算力" in terms and "澄湾智控" not in terms


def test_mining_counts_authors_not_occurrences():
    docs = [(f"a{i}", "发展算力产业，建设澄湾智控基地。") for i in range(MIN_TERM_AUTHORS)]
    docs += [("a0", "岫云科技岫云科技岫云科技岫云科技岫云科技")]
    terms = {r["term"]: r for r in mine_widespread_terms(docs)}
    assert terms["算力"]["docs"] == MIN_TERM_AUTHORS
    assert not any("岫云" in t for t in terms)  # one author, however often
