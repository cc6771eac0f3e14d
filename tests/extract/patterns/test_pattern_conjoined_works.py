"""Failure class: a works named by two parts joined with 及 cut at the 及 (branch precision25).

``甲公园及配套道路工程``: the head-word finders stop at 及 (a stop word) and give the first part
alone (甲公园) or a fragment after it (深度处理工程). GUIDE §2.4 keeps such a name whole (its own
example 群慧立交及配套道路…), and no readable gold splits two Projects at a 及 between them.
``conjoined_works.join_conjoined_works`` joins them. Sentences are invented.
"""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc, Span

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.chosen import from_spans
from extract.pipeline.conjoined_works import join_conjoined_works


def projects(text: str, region: str = "500000") -> list[str]:
    return [e.text for e in run_pipeline(load_pipeline(), text, region).ents if e.label_ == "Project"]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("今年续建青禾公园及配套道路工程、白鹭立交改造工程。", "青禾公园及配套道路工程"),
        (
            "推进远山水厂一期扩建及深度处理工程、远山水厂二期工程等重点项目建设。",
            "远山水厂一期扩建及深度处理工程",
        ),
        ("加快建设松溪隧道及白石路工程、远山大桥工程。", "松溪隧道及白石路工程"),
    ],
)
def test_two_parts_joined_with_ji_are_one_works(sentence: str, name: str) -> None:
    found = projects(sentence)
    assert name in found
    first, _, second = name.partition("及")
    assert first not in found and second not in found


def test_two_works_each_closed_by_a_suffix_stay_apart() -> None:
    assert projects("建成青禾大桥工程及白鹭隧道工程。") == ["青禾大桥工程", "白鹭隧道工程"]


def test_a_kind_after_ji_is_not_joined() -> None:
    doc = run_pipeline(load_pipeline(), "加快建设青禾产业基地及各类配套项目。", "500000")
    found = [e.text for e in doc.ents]
    assert not any("及" in t for t in found)


def _joined(words: list[str], spans: list[tuple[int, str]]) -> list[tuple[str, str]]:
    doc = Doc(spacy.blank("zh").vocab, words=words, spaces=[False] * len(words))
    chosen = from_spans([Span(doc, i, i + 1, label=label) for i, label in spans])
    return [(s.text, s.label_) for s in join_conjoined_works(doc, chosen, doc.text)]


def test_only_a_project_joins_and_only_across_ji() -> None:
    words = ["青禾立交", "及", "白鹭路工程", "，", "松溪区", "及", "远山路工程"]
    words += ["，", "甲桥", "和", "乙路工程"]
    spans = [(0, "Project"), (2, "Project"), (4, "District"), (6, "Project"), (8, "Project"), (10, "Project")]
    assert _joined(words, spans) == [
        ("青禾立交及白鹭路工程", "Project"),
        ("松溪区", "District"),
        ("远山路工程", "Project"),
        ("甲桥", "Project"),
        ("乙路工程", "Project"),
    ]


def test_a_tail_holding_another_name_is_not_swallowed() -> None:
    words = ["青禾立交", "及", "松溪", "配套工程"]
    found = _joined(words, [(0, "Project"), (2, "District")])
    assert found == [("青禾立交", "Project"), ("松溪", "District")]
