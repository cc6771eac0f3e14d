"""The span model fills only the gaps of the rules' finished names (``extract.pipeline.model_gaps``).

Invented sentences. The model's proposals are stubbed, so that a test says which proposal the
veto and the resolver meet, whatever the shipped weights propose this round.
"""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from extract.entities import run_pipeline
from extract.pipeline import build_pipeline
from extract.pipeline.chosen import Chosen, char_span
from extract.pipeline.model_gaps import MODEL_SOURCE, fill_gaps

REGION = "420000"
# the rules' name here is formed inside the resolver (``place_led_names``: the division 襄阳 opens
# it), after the span model has run; no rule candidate covers 光电与 when the model proposes
BUILT = "高质量建设襄阳光电与信息技术研究院，同步启用蓝鲸工坊。"


def _ents(nlp: spacy.Language, text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(nlp, text, REGION).ents]


def test_a_proposal_cutting_a_name_a_resolver_repair_forms_gives_way(monkeypatch: pytest.MonkeyPatch) -> None:
    rules = _ents(build_pipeline("rules"), BUILT)
    assert ("襄阳光电与信息技术研究院", "Organization") in rules
    nlp = build_pipeline("both")
    model = nlp.get_pipe("policykg_span_model")
    model.initialize()
    cut = (BUILT.index("襄阳"), BUILT.index("信息"), "Organization")  # 襄阳光电与: over the division only
    gap = (BUILT.index("蓝鲸"), BUILT.index("。"), "Platform")  # where the rules find nothing
    monkeypatch.setattr(model.tagger, "predict", lambda *args, **kwargs: [cut, gap])
    doc = run_pipeline(nlp, BUILT, REGION)
    found = [(e.text, e.label_, e.id_) for e in doc.ents]
    assert [(t, lab) for t, lab, src in found if src != MODEL_SOURCE] == rules  # the rules' names, whole
    assert ("蓝鲸工坊", "Platform", MODEL_SOURCE) in found  # ... and the gap still filled


@pytest.fixture(scope="module")
def doc() -> Doc:
    return spacy.blank("zh").make_doc("甲市启动青禾数字工坊与白鹭湾科创中心建设")


def _c(doc: Doc, name: str, label: str, source: str) -> Chosen:
    start = doc.text.index(name)
    span = char_span(doc, start, start + len(name), label=label, span_id=source)
    assert span is not None
    return span


def test_fill_gaps_keeps_every_rule_name_and_adds_only_gap_fillers(doc: Doc) -> None:
    place = _c(doc, "甲市", "District", "region")
    centre = _c(doc, "白鹭湾科创中心", "Platform", "suffix")
    rules = [place, centre]
    combined = [
        _c(doc, "甲市启动", "Platform", MODEL_SOURCE),  # holds the division whole: fills the gap
        _c(doc, "青禾数字工坊", "Platform", MODEL_SOURCE),  # overlaps nothing: a gap
        _c(doc, "与白鹭湾", "Area", MODEL_SOURCE),  # cuts across the rule name: left out
    ]
    assert fill_gaps(rules, combined) == [combined[0], combined[1], centre]


def test_fill_gaps_never_lets_a_proposal_swallow_or_retype_a_rule_name(doc: Doc) -> None:
    centre = _c(doc, "白鹭湾科创中心", "Platform", "suffix")
    swallow = _c(doc, "白鹭湾科创中心建设", "Project", MODEL_SOURCE)
    same = _c(doc, "白鹭湾科创中心", "Organization", MODEL_SOURCE)
    assert fill_gaps([centre], [swallow]) == [centre]
    assert fill_gaps([centre], [same]) == [centre]  # equal extent: the rules' type stays
    place = _c(doc, "甲市", "District", "region")
    assert fill_gaps([place], [_c(doc, "甲市", "Platform", MODEL_SOURCE)]) == [place]
    assert fill_gaps([], [swallow]) == [swallow]  # no rule name: the model's reading as it is


def test_one_long_rule_name_does_not_make_every_guess_scan_every_short_one() -> None:
    """Hostile input: a very long rule name, then thousands of one-character divisions, each with
    a guess beside it. The names a guess overlaps are found by bisection, so the work per guess is
    bounded by what it overlaps, not by the longest rule name (a reach back by that length made
    each guess scan every short name)."""
    from tests.extract.patterns.op_budget import within_lines

    n = 3_000
    doc = spacy.blank("zh").make_doc("某" * n + "甲乙" * n)
    long_name = char_span(doc, 0, n, label="Platform", span_id="suffix")
    places = [char_span(doc, n + 2 * i, n + 2 * i + 1, label="District", span_id="region") for i in range(n)]
    guesses = [
        char_span(doc, n + 2 * i + 1, n + 2 * i + 2, label="Area", span_id=MODEL_SOURCE) for i in range(n)
    ]
    assert long_name is not None and None not in places and None not in guesses
    rules = [long_name, *places]
    kept, _ = within_lines(40 * n, fill_gaps, rules, guesses)
    assert len(kept) == 1 + 2 * n  # every guess fills the gap between two divisions
