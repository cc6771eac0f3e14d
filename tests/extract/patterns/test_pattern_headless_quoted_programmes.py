"""Failure class: quoted programme names with no head after the quotes (实施“X”，).

Whether a verb takes programmes is mined (``extract/data/programme_verbs.jsonl``: the clause
words whose quotes a programme head mostly follows, with their counts); a quote right after
such a verb and closed by a clause edge is a Program, and so is the same quote elsewhere in
the document. Quotes glued to a noun, after other verbs, or naming places stay untagged.
Sentences are invented.
"""

from __future__ import annotations

import re

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.grammar import default_grammar
from extract.pipeline.mining import segment
from extract.pipeline.quoted_frames import FrameSettings, mine_programme_verbs


def ents(text: str, region: str | None = "140000") -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, region).ents]


def test_the_shipped_programme_verbs_are_mined_with_their_counts():
    verbs = default_grammar().lexicon["programme_verbs.jsonl"]
    assert verbs, "no programme verb mined"
    s = FrameSettings()
    for e in verbs:
        assert e["source"] == "mined" and e["docs"] >= s.min_docs
        assert e["counts"]["headed_programmes"] >= s.min_share * e["counts"]["quotes"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("今年持续实施“青苗护航”，惠及学生十万人。", "青苗护航"),
        ("全面实施“山岭守望”，覆盖全部乡镇。", "山岭守望"),
        ("深入开展“百店焕新”、“千村共富”，成效明显。", "百店焕新"),
    ],
)
def test_a_quote_after_a_programme_verb_closed_by_a_clause_edge_is_a_programme(text, name):
    assert (name, "Program") in ents(text)


def test_the_same_quote_elsewhere_in_the_document_is_the_same_programme():
    found = ents("实施“青苗护航”。“青苗护航”成效明显，受到好评。")
    assert found.count(("青苗护航", "Program")) == 2


@pytest.mark.parametrize(
    "text",
    [
        "实施“青苗护航”企业培育，成效明显。",  # glued to a noun: it modifies it
        "打造“青苗护航”，成效明显。",  # a verb of slogans and positionings, not mined
        "坚持“三个不动摇”。",
    ],
)
def test_other_quotes_stay_untagged(text):
    assert not any(t == "Program" for _, t in ents(text))


def test_mining_finds_a_verb_whose_quotes_are_headed_programmes():
    """The criterion on invented reports: 施行 takes “X”行动 in five reports, 宣传 takes slogans."""
    gr = default_grammar()
    docs = [
        (f"d{i}", f"施行“甲{i}乙”行动。施行“丙{i}丁”，宣传“好{i}风”。宣传“戊{i}己”口号。") for i in range(5)
    ]
    mined = mine_programme_verbs(docs, gr.after_quote_re, {"施行", "宣传"}, segment)
    words = {e["word"]: e for e in mined}
    assert set(words) == {"施行"}
    counts = words["施行"]["counts"]
    assert (counts["quotes"], counts["headed_programmes"], counts["after_field"]) == (10, 5, 0)
    assert words["施行"]["docs"] == 5
    assert all(re.fullmatch(r"[\u4e00-\u9fff]+", w) for w in words)


def test_a_long_quoted_conjunct_of_a_programme_is_a_programme():
    """“双百行动”、“千企帮千镇、万企兴万村” (11 characters): conjuncts of a quoted programme up to
    12 characters take its type (GUIDE §2.2), a longer quote does not."""
    found = ents("推进“百团行动”、“千店联万户、百镇促千村”等走深走实。")
    assert ("千店联万户、百镇促千村", "Program") in found
    longer = ents("推进“百团行动”、“千店联万户、百镇促千村、一城带一片”等。")
    assert not any(n.startswith("千店") for n, _ in longer)
