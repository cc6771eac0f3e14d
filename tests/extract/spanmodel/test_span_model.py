"""The trained span model: shipped in the package, saved and loaded, retrained, combined.

Sentences are invented (no corpus passage); the corpus documents serve only where the
combined pipeline's determinism and veto are checked on real text.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import numpy as np
import pytest
import spacy
from typer.testing import CliRunner

from extract.errors import LoadError
from extract.pipeline import build_pipeline
from extract.registry import entity_types
from extract.spanmodel.component import SHIPPED
from extract.spanmodel.tagger import SpanTagger
from extract.spanmodel.training import held_out_documents

ROOT = Path(__file__).resolve().parents[3]
INVENTED = "加快建设青云山抽水蓄能电站项目，推进白鹭湾生态修复工程，全面开展“清风护航”专项行动。"


@pytest.fixture(scope="module")
def shipped() -> SpanTagger:
    return SpanTagger.from_disk(SHIPPED)


def test_shipped_model_loads_from_the_package_and_finds_names(shipped: SpanTagger) -> None:
    assert set(shipped.types) == set(entity_types())  # every ontology type, none other
    assert sum(f.stat().st_size for f in SHIPPED.iterdir()) < 4_000_000  # small enough to ship
    found = {INVENTED[s:e]: t for s, e, t in shipped.predict(INVENTED)}
    assert found.get("白鹭湾生态修复工程") == "Project"
    # the programme, with or without its opening quote (a retrained model may cut the quote off)
    assert "Program" in {found.get("“清风护航”专项行动"), found.get("清风护航”专项行动")}
    nlp = build_pipeline("both")
    assert "policykg_span_model" in nlp.pipe_names
    assert nlp.pipe_names.index("policykg_span_model") < nlp.pipe_names.index("policykg_resolver")


def test_pipeline_round_trips_through_to_disk(tmp_path: Path, shipped: SpanTagger) -> None:
    nlp = build_pipeline("model")
    before = [(e.start_char, e.end_char, e.label_) for e in nlp(INVENTED).ents]
    assert before
    nlp.to_disk(tmp_path / "pipe")
    loaded = spacy.load(tmp_path / "pipe")
    after = [(e.start_char, e.end_char, e.label_) for e in loaded(INVENTED).ents]
    assert after == before
    tagger = loaded.get_pipe("policykg_span_model").tagger
    assert np.array_equal(tagger.weights, shipped.weights)
    assert tagger.lexicon.heads == shipped.lexicon.heads


def test_broken_model_directory_is_one_clear_error(tmp_path: Path, shipped: SpanTagger) -> None:
    with pytest.raises(LoadError, match="span model"):
        SpanTagger.from_disk(tmp_path)
    shipped.to_disk(tmp_path / "m")
    meta = json.loads((tmp_path / "m" / "meta.json").read_text())
    meta["bits"] = 4  # weights no longer fit the declared table
    (tmp_path / "m" / "meta.json").write_text(json.dumps(meta))
    with pytest.raises(LoadError, match="do not fit"):
        SpanTagger.from_disk(tmp_path / "m")


def test_unknown_spans_mode_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("POLICYKG_SPANS", "neural")
    with pytest.raises(ValueError, match="POLICYKG_SPANS"):
        build_pipeline()


def _tiny_inputs(tmp_path: Path) -> tuple[Path, Path, Path]:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    lines = [
        "一、二〇二五年工作回顾",
        "我们加快建设青云山抽水蓄能电站项目，推进白鹭湾生态修复工程。",
        "全面开展“清风护航”专项行动，建成滨江大道二期，落实《星城乡村振兴促进条例》。",
        "二、二〇二六年工作安排",
        "推进松林湖隧道项目，启动“银发关爱”专项行动，编制《星城养老服务条例》。",
    ]
    (corpus / "星城.txt").write_text("\n".join(lines * 3) + "\n", encoding="utf-8")
    text = (corpus / "星城.txt").read_text(encoding="utf-8")
    start = text.index("全面开展")
    end = text.index("\n", start)
    passage = text[start:end]
    ents = [
        {"text": name, "type": t, "start": passage.index(name), "end": passage.index(name) + len(name)}
        for name, t in (("“清风护航”专项行动", "Program"), ("滨江大道二期", "Project"))
    ]
    gold = tmp_path / "tune.jsonl"
    gold.write_text(
        json.dumps({"doc": "星城.txt", "start": start, "end": end, "text": passage, "entities": ents}) + "\n"
    )
    held = tmp_path / "held.jsonl"
    s2 = text.index("推进松林湖")
    held.write_text(json.dumps({"doc": "星城.txt", "start": s2, "end": text.index("\n", s2)}) + "\n")
    return corpus, gold, held


def test_train_command_on_a_tiny_input_is_quick_and_deterministic(tmp_path: Path) -> None:
    from kg.cli import app

    corpus, gold, held = _tiny_inputs(tmp_path)
    digests = []
    for run in ("a", "b"):
        out = tmp_path / f"model-{run}"
        args = ["train", "--corpus", str(corpus), "--tune-gold", str(gold), "--held-out-gold", str(held)]
        args += ["--eval-dir", str(tmp_path / "no-eval"), "--epochs", "8", "--bits", "12", "-o", str(out)]
        result = CliRunner().invoke(app, args)
        assert result.exit_code == 0, result.output
        digests.append(
            [hashlib.sha256((out / f).read_bytes()).hexdigest() for f in ("weights.npz", "meta.json")]
        )
    assert digests[0] == digests[1]  # same inputs and seed: the same bytes
    tagger = SpanTagger.from_disk(tmp_path / "model-a")
    assert tagger.bits == 12 and tagger.info["documents"] == ["星城.txt"]
    text = "全面开展“清风护航”专项行动，建成滨江大道二期。"
    found = {text[s:e] for s, e, _ in tagger.predict(text)}
    assert "滨江大道二期" in found  # learnt from the tuning gold passage


def test_with_gold_overlays_a_folds_gold_on_the_silver_without_touching_it() -> None:
    """Leave-one-province-out overlays a different gold set per fold on one silver labelling."""
    from extract.spanmodel.training import Example, TrainConfig, label_spans, with_gold

    types = tuple(entity_types())
    text = "建成滨江大道二期，推进松林湖隧道。"
    silver_labels = label_spans(len(text), [(2, 4, types[0])], types)  # a wrong silver name 滨江
    silver = Example("星城.txt", text, silver_labels, np.ones(len(text), dtype=np.float32))
    gold = [{"doc": "星城.txt", "start": 0, "end": 9, "entities": [{"start": 2, "end": 8, "type": types[0]}]}]
    fold = with_gold(silver, gold, [(9, len(text))], TrainConfig(gold_weight=3.0), types)
    assert list(fold.labels[:9]) == list(label_spans(len(text), [(2, 8, types[0])], types)[:9])
    assert set(fold.weights[:9]) == {3.0} and set(fold.weights[9:]) == {0.0}
    assert list(silver.labels) == list(silver_labels) and set(silver.weights) == {1.0}  # unchanged


def test_train_command_refuses_an_empty_corpus(tmp_path: Path) -> None:
    from kg.cli import app

    (tmp_path / "empty").mkdir()
    result = CliRunner().invoke(
        app, ["train", "--corpus", str(tmp_path / "empty"), "-o", str(tmp_path / "m")]
    )
    assert result.exit_code == 1
    assert "no training documents" in result.output
    assert not (tmp_path / "m").exists()


def test_held_out_documents_name_the_sealed_half_and_the_precision_sample() -> None:
    names = held_out_documents(ROOT / "eval")
    tune_docs = {json.loads(line)["doc"] for line in (ROOT / "eval/provincial-2026/tune.jsonl").open()}
    assert len(names) >= 12
    assert not names & tune_docs
    assert {"吉林省.txt", "江苏省.txt"} <= names


CORPUS_DOC = ROOT / "data" / "corpus" / "000_35e28d10fcfe4126.txt"


def test_combined_pipeline_is_deterministic_and_only_fills_gaps() -> None:
    from extract.document import ingest
    from extract.entities import run_pipeline

    document = ingest(CORPUS_DOC)
    body = document.text[document.body_start : document.body_end]
    runs = []
    for _ in range(2):
        nlp = build_pipeline("both")
        doc = run_pipeline(nlp, body, document.meta.region_code)
        runs.append([(e.start_char, e.end_char, e.label_, e.id_) for e in doc.ents])
    assert runs[0] == runs[1]
    rules = build_pipeline("rules")
    rule_ents = [
        (e.start_char, e.end_char)
        for e in run_pipeline(rules, body, document.meta.region_code).ents
        if e.label_ != "District"  # a name may hold a division (the rules tag it when alone)
    ]
    model_ents = [(s, e) for s, e, _, src in runs[0] if src == "model"]
    assert model_ents  # the model adds something the rules missed
    for s, e in model_ents:  # ... and never over a name the rules found (the same span is no
        # change: list items the model proposes first are the ones the rules' list reader fills)
        assert not any(rs < e and s < re and (rs, re) != (s, e) for rs, re in rule_ents)


@pytest.mark.slow  # a fresh interpreter imports spaCy and loads the saved pipeline
def test_saved_pipeline_loads_through_the_entry_point_in_a_fresh_process(tmp_path: Path) -> None:
    """``spacy.load`` finds ``policykg_span_model`` by its ``spacy_factories`` entry point."""
    import subprocess
    import sys

    nlp = build_pipeline("model")
    nlp.to_disk(tmp_path / "pipe")
    expected = [[e.start_char, e.end_char, e.label_] for e in nlp(INVENTED).ents]
    code = (
        "import json, sys, spacy; nlp = spacy.load(sys.argv[1]); "
        "print(json.dumps([[e.start_char, e.end_char, e.label_] for e in nlp(sys.argv[2]).ents]))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path / "pipe"), INVENTED],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == expected


@pytest.mark.slow
def test_train_reproduces_the_shipped_tagger_byte_for_byte(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`policykg train` with its defaults rebuilds the shipped model exactly. The silver labels
    come from the rules and the features from the mined lexicon: after a change to either, rerun
    `policykg train` and commit the model (it had gone stale once, unnoticed, before this test)."""
    from kg.cli import app

    if not (ROOT.parent / "shared" / "corpus-extra").is_dir():
        pytest.skip("the shared corpus is not beside this checkout")
    monkeypatch.chdir(ROOT)  # the default corpus and gold paths are relative to the repository
    result = CliRunner().invoke(app, ["train", "-o", str(tmp_path / "m")])
    assert result.exit_code == 0, result.output
    for f in SHIPPED.iterdir():
        made = hashlib.sha256((tmp_path / "m" / f.name).read_bytes()).hexdigest()
        assert made == hashlib.sha256(f.read_bytes()).hexdigest(), f"{f.name}: run `policykg train`"
