"""The resolver's second reading (``both`` mode) redone only on the sentences the model changed.

``extract.pipeline.sentence_reach``: the sentence stages run on the sentences where the two
readings may differ, the report stages on every name; the result must be exactly the full second
reading's. Invented sentences and names; the model's proposals are stubbed (as in
``tests/extract/spanmodel/test_model_gaps.py``) so a test says which proposal the resolver meets.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pytest
import spacy
from spacy.tokens import Doc

import extract.pipeline.resolver as resolver
from extract.entities import run_pipeline
from extract.pipeline import build_pipeline
from extract.pipeline.chosen import Chosen, char_span
from extract.pipeline.firm_siblings import sibling_firms
from extract.pipeline.grammar import default_grammar
from extract.pipeline.model_gaps import MODEL_SOURCE
from extract.pipeline.sentence_reach import Sentences

REGION = "420000"
# four sentences, the last on its own line: a firm list, a bare platform the rules miss, a firm
# the rules miss (named again in the last sentence), a project list
TEXT = (
    "甲市支持蓝鲸科技、白鹭光电等企业扩大产能。乙县建设青禾数字工坊。紫荆微电子落户乙县。"
    "推进城东污水处理厂、城西垃圾中转站等项目建设。\n白鹭光电新建研发中心，紫荆微电子扩大产能。"
)
WORKSHOP = (TEXT.index("青禾"), TEXT.index("工坊") + 2, "Platform")
FIRM = (TEXT.index("紫荆"), TEXT.index("紫荆") + len("紫荆微电子"), "Enterprise")
Within = Sequence[tuple[int, int]] | None


@pytest.fixture(scope="module")
def blank() -> Doc:
    return spacy.blank("zh").make_doc("甲乙。丙丁戊\n己庚。")


def _c(doc: Doc, start: int, end: int, label: str = "Platform") -> Chosen:
    span = char_span(doc, start, end, label=label, span_id="suffix")
    assert span is not None
    return span


def test_sentences_end_at_full_stops_and_line_breaks(blank: Doc) -> None:
    s = Sentences(blank.text)
    assert s.starts == [0, 3, 7, 10]
    assert [s.sentence(i) for i in range(len(blank.text))] == [0, 0, 0, 1, 1, 1, 1, 2, 2, 2]
    assert s.bounds({1, 2}) == [(3, 6), (7, 9)]  # each without its break


def test_clean_refuses_names_out_of_order_or_running_into_another_sentence(blank: Doc) -> None:
    s = Sentences(blank.text)
    a, b = _c(blank, 0, 2), _c(blank, 3, 5)
    assert s.clean([a, b])
    assert not s.clean([b, a])  # out of order: slices by bisection would miss names
    over = _c(blank, 1, 4)  # 乙。丙: a name over a full stop, found after the sentences were cut
    assert not s.clean([over])
    assert s.clean([over], known=[over])  # a name of a clean reading is not looked at again


def test_a_name_over_a_break_joins_the_sentences_it_runs_over(blank: Doc) -> None:
    over = _c(blank, 1, 4)  # 乙。丙 (a table cell holding a full stop)
    s = Sentences(blank.text, [[over]])
    assert s.starts == [0, 7, 10]  # 甲乙。丙丁戊 is read as one sentence
    assert s.clean([over])
    assert s.bounds({0}) == [(0, 6)]


def test_dirty_marks_the_sentences_of_names_not_shared(blank: Doc) -> None:
    s = Sentences(blank.text)
    a, b, c = _c(blank, 0, 2), _c(blank, 3, 5), _c(blank, 7, 9)
    assert s.dirty([a, b, c], [a, b, c]) == set()
    assert s.dirty([a, b], [a, b, c]) == {2}
    # an equal name built again counts as different: its sentence is read again, never skipped
    assert s.dirty([a, _c(blank, 3, 5)], [a, b]) == {1}


def test_splice_keeps_the_first_reading_off_the_dirty_sentences(blank: Doc) -> None:
    s = Sentences(blank.text)
    a, b, c = _c(blank, 0, 2), _c(blank, 3, 5), _c(blank, 7, 9)
    new = _c(blank, 4, 6, "Project")
    assert s.on([a, b, c], {1, 2}) == [b, c]
    assert s.splice([a, b, c], [new], {1}) == [a, new, c]
    assert s.splice([a, b, c], [], {0, 2}) == [b]


@pytest.fixture
def stubbed(monkeypatch: pytest.MonkeyPatch) -> tuple[spacy.Language, list[list[str]]]:
    """The ``both`` pipeline with the model stubbed, its resolver checking every second reading
    against a full one; returns the pipeline and the names each sentence stage of a second
    reading was given."""
    nlp = build_pipeline("both")
    model: Any = nlp.get_pipe("policykg_span_model")  # the span model component (untyped here)
    model.initialize()
    monkeypatch.setattr(model.tagger, "predict", lambda *args, **kwargs: [WORKSHOP, FIRM])
    given: list[list[str]] = []
    second = [False]
    line_steps = resolver.Resolver._line_steps
    reresolve = resolver.Resolver._reresolve

    def recording(
        self: resolver.Resolver, doc: Doc, chosen: list[Chosen], within: Within = None
    ) -> list[Chosen]:
        if second[0]:
            given.append([c.text for c in chosen])
        return line_steps(self, doc, chosen, within)

    def checked(
        self: resolver.Resolver, doc: Doc, spans: list[Chosen], first: list[list[Chosen]]
    ) -> list[Chosen]:
        second[0] = True
        fast = reresolve(self, doc, spans, first)
        second[0] = False
        full = self._resolve(doc, spans)
        assert [(repr(c), c.start, c.end, c.kb_id_) for c in fast] == [
            (repr(c), c.start, c.end, c.kb_id_) for c in full
        ]
        return fast

    monkeypatch.setattr(resolver.Resolver, "_line_steps", recording)
    monkeypatch.setattr(resolver.Resolver, "_reresolve", checked)
    return nlp, given


def test_the_second_reading_is_the_full_one_and_reads_only_the_model_s_sentences(
    stubbed: tuple[spacy.Language, list[list[str]]],
) -> None:
    nlp, given = stubbed
    found = [(e.text, e.label_, e.id_) for e in run_pipeline(nlp, TEXT, REGION).ents]
    assert ("青禾数字工坊", "Platform", MODEL_SOURCE) in found
    # the first sentence stage of the second reading read the two sentences the model named in
    # (乙县建设青禾数字工坊。紫荆微电子落户乙县。), not the firm list, the project list or the last line
    assert given == [["青禾数字工坊", "紫荆微电子"]]


def test_a_firm_the_model_names_spreads_to_a_sentence_it_did_not_touch(
    stubbed: tuple[spacy.Language, list[list[str]]],
) -> None:
    nlp, _ = stubbed
    ents = run_pipeline(nlp, TEXT, REGION).ents
    found = [(e.text, e.label_, e.id_) for e in ents]
    assert ("紫荆微电子", "Enterprise", MODEL_SOURCE) in found
    # the report stage (firm repeats) types the bare repeat in the last sentence, one the
    # sentence stages did not read again
    last = TEXT.rindex("紫荆微电子")
    assert any(e.start_char == last and e.label_ == "Enterprise" for e in ents)


def test_firm_lists_read_within_sentences_are_those_of_the_whole_text() -> None:
    text = "推动岚川、云岫宇航等扩大产能。支持墨川、澜沣科技等加快发展。"
    spans = [(text.index(n), text.index(n) + len(n), "Enterprise") for n in ("岚川", "澜沣科技")]
    grammar = default_grammar()
    whole = sibling_firms(text, spans, grammar)
    second = Sentences(text).bounds({1})
    assert [text[s:e] for s, e in whole] == ["云岫宇航", "墨川"]
    assert [text[s:e] for s, e in sibling_firms(text, spans, grammar, second)] == ["墨川"]
