"""The pipeline saved with nlp.to_disk loads with spacy.load (entry points) and finds the same."""

from __future__ import annotations

import spacy

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline import COMPONENTS

TEXT = "推动成渝双城经济圈建设，加快某某区滨江大道二期工程，依托中药研究院，深化与巴南合作。"


def test_to_disk_from_disk_round_trip(tmp_path):
    nlp = load_pipeline()
    nlp.to_disk(tmp_path / "nlp")
    assert (tmp_path / "nlp" / "policykg_gazetteer" / "entries.json").is_file()
    loaded = spacy.load(tmp_path / "nlp")
    assert loaded.pipe_names == list(COMPONENTS)
    before = [(e.text, e.label_, e.kb_id_) for e in run_pipeline(nlp, TEXT, "500108").ents]
    after = [(e.text, e.label_, e.kb_id_) for e in run_pipeline(loaded, TEXT, "500108").ents]
    assert before == after
    assert ("成渝双城经济圈", "Strategy", "成渝地区双城经济圈") in after


def test_pipeline_runs_through_plain_nlp_call():
    doc = load_pipeline()("加快西部陆海新通道建设")
    assert [(e.text, e.label_) for e in doc.ents] == [("西部陆海新通道", "Strategy")]


def test_fast_tokens_equal_the_char_segmenter(corpus_files):
    nlp, char = load_pipeline(), spacy.blank("zh")  # the pipeline's tokenizer against spaCy's own
    assert type(nlp.tokenizer).__name__ == "CharTokenizer" and char.tokenizer.segmenter == "char"
    for path in corpus_files:
        text = path.read_text(encoding="utf-8")
        fast, slow = nlp.make_doc(text), char.make_doc(text)
        assert [t.text_with_ws for t in fast] == [t.text_with_ws for t in slow]
