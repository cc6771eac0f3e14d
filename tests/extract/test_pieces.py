"""Long documents in bounded pieces (issue 14, item 7; extract/pieces.py, kg/rdf/pieces.py).

Normal reports are one piece, so their results cannot move; a long one is read piece by piece
(spaCy never holds more than a piece), and what it finds stays close to the whole-document
result. Memory and time are measured in benchmarks/bench_long_documents.py, not here.
"""

from __future__ import annotations

import itertools
from dataclasses import replace

import pytest

from extract import entities
from extract.document import from_text, ingest
from extract.pieces import pieces

PIECE = 30_000


@pytest.fixture(scope="module")
def long_doc(extra_dir):
    """Four real provincial reports concatenated (~70K characters of body)."""
    texts = [p.read_text("utf-8") for p in sorted(extra_dir.glob("*.txt"))[:4]]
    return from_text("\n\n".join(texts), doc_id="long.txt", path="long.txt")


@pytest.fixture
def small_pieces(monkeypatch):
    monkeypatch.setenv("POLICYKG_LONG_DOCUMENT_CHARS", "50000")
    monkeypatch.setenv("POLICYKG_PIECE_CHARS", str(PIECE))


def test_every_normal_report_is_one_piece(corpus_files, extra_dir):
    for path in [*corpus_files, *sorted(extra_dir.glob("*.txt"))]:
        doc = ingest(path)
        assert pieces(doc) == [(doc.body_start, doc.body_end)], path.name


def test_pieces_cover_the_body_in_order_and_are_bounded(long_doc, small_pieces):
    spans = pieces(long_doc)
    assert len(spans) >= (long_doc.body_end - long_doc.body_start) // PIECE
    assert spans[0][0] == long_doc.body_start and spans[-1][1] == long_doc.body_end
    assert all(a[1] == b[0] for a, b in itertools.pairwise(spans))  # no gap, no overlap
    heads = {s.start for s in long_doc.sections}
    for start, end in spans:
        assert 0 < end - start <= PIECE
        assert start == long_doc.body_start or start in heads or long_doc.text[start - 1] == "\n"


def test_spacy_holds_one_piece_and_finds_what_the_whole_document_gives(long_doc, small_pieces, monkeypatch):
    whole_env = {"POLICYKG_LONG_DOCUMENT_CHARS": str(10**9)}
    seen: list[int] = []
    real = entities.run_pipeline

    def spy(nlp, text, *args, **kwargs):
        seen.append(len(text))
        return real(nlp, text, *args, **kwargs)

    monkeypatch.setattr(entities, "run_pipeline", spy)
    chunked = entities.raw_mentions(long_doc)
    assert len(seen) == len(pieces(long_doc)) >= 3 and max(seen) <= PIECE  # today: one Doc, the whole body
    for key, value in whole_env.items():
        monkeypatch.setenv(key, value)
    seen.clear()
    whole = entities.raw_mentions(long_doc)
    assert seen == [long_doc.body_end - long_doc.body_start]
    for s, e, _, _, _ in chunked:
        assert long_doc.body_start <= s < e <= long_doc.body_end
    a, b = {m[:3] for m in chunked}, {m[:3] for m in whole}
    assert len(a & b) >= 0.97 * len(b), (len(a & b), len(a), len(b))


@pytest.mark.slow  # a synthetic long report extracted and built twice
def test_a_long_document_builds_in_pieces_to_the_same_graph(long_doc, small_pieces, monkeypatch):
    import pyoxigraph as ox

    from extract.extractor import extract_document
    from kg.rdf import pieces as kg_pieces
    from kg.rdf.build import build_document

    held: list[int] = []
    real = kg_pieces.DocumentGraph.detach

    def spy(self):
        graph = real(self)
        held.append(len(graph))
        return graph

    monkeypatch.setattr(kg_pieces.DocumentGraph, "detach", spy)
    records = extract_document(long_doc)
    data, stats = kg_pieces.document_ntriples(long_doc, records)
    chunked = list(ox.parse(data, format=ox.RdfFormat.N_TRIPLES))
    whole_graph, whole_stats = build_document(long_doc, records)
    whole = set(ox.parse(whole_graph.serialize(format="nt", encoding="utf-8"), format=ox.RdfFormat.N_TRIPLES))
    # one graph per piece (and the strategy links), never the whole document's at once
    assert len(held) == len(pieces(long_doc)) + 1 and max(held) < 0.6 * len(whole)
    assert set(chunked) == whole  # the same triples as the whole-document build
    assert len(chunked) <= 1.01 * len(whole)  # a triple two pieces both write is rare (the store keeps one)
    assert replace(stats, triples=0) == replace(whole_stats, triples=0)  # triples: as written
