"""The learned span veto (``extract.spanmodel.veto``): shipped, saved and loaded, retrained byte
for byte, refused where its input is bad, and never trained on what it scores.

Sentences are invented; the real gold serves only to reproduce the shipped artefact and to check
that leave-one-out never learns from the document it scores.
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
from extract.spanmodel.veto import SpanVeto, VetoExample, feature_rows, fit, label_mentions
from extract.spanmodel.veto_component import SHIPPED_VETO
from extract.spanmodel.veto_training import collect, leave_one_out

ROOT = Path(__file__).resolve().parents[3]
TEXT = "加快建设青石湾数据中心和白鹭湾污水处理厂，与海川集团签署合作协议。"


def _ents(nlp, text: str) -> list[tuple[int, int, str]]:
    return [(e.start_char, e.end_char, e.label_) for e in nlp(text).ents]


@pytest.fixture(scope="module")
def shipped() -> SpanVeto:
    return SpanVeto.from_disk(SHIPPED_VETO)


def test_shipped_veto_is_small_and_off_by_default(shipped: SpanVeto, monkeypatch) -> None:
    assert sum(f.stat().st_size for f in SHIPPED_VETO.iterdir()) < 5_000_000
    assert shipped.info["names"] > 500 and 0 < shipped.info["right_names"] < shipped.info["names"]
    assert not any("sealed" in g for g in shipped.info["golds"])  # never learnt from the sealed half
    monkeypatch.delenv("POLICYKG_VETO", raising=False)
    assert "policykg_span_veto" not in build_pipeline().pipe_names
    monkeypatch.setenv("POLICYKG_VETO", "on")
    names = build_pipeline().pipe_names
    assert names.index("policykg_span_veto") == names.index("policykg_resolver") + 1


def test_veto_only_removes_names(monkeypatch) -> None:
    rules = _ents(build_pipeline("rules", veto=False), TEXT)
    vetoed = _ents(build_pipeline("rules", veto=True), TEXT)
    assert rules and set(vetoed) <= set(rules)


def test_unknown_veto_setting_is_refused(monkeypatch) -> None:
    monkeypatch.setenv("POLICYKG_VETO", "maybe")
    with pytest.raises(ValueError, match="POLICYKG_VETO"):
        build_pipeline()


def test_pipeline_with_the_veto_round_trips_through_to_disk(tmp_path: Path, shipped: SpanVeto) -> None:
    nlp = build_pipeline("rules", veto=True)
    before = _ents(nlp, TEXT)
    nlp.to_disk(tmp_path / "pipe")
    loaded = spacy.load(tmp_path / "pipe")
    assert _ents(loaded, TEXT) == before
    veto = loaded.get_pipe("policykg_span_veto").veto
    assert np.array_equal(veto.weights, shipped.weights) and veto.threshold == shipped.threshold


def test_broken_veto_directories_are_one_clear_error(tmp_path: Path, shipped: SpanVeto) -> None:
    with pytest.raises(LoadError, match="span veto"):
        SpanVeto.from_disk(tmp_path)  # nothing there
    shipped.to_disk(tmp_path / "v")
    meta_path = tmp_path / "v" / "veto.json"
    meta = json.loads(meta_path.read_text())
    for key, value, message in (
        ("bits", 8, "do not fit"),
        ("bits", 40, "out of range"),
        ("format", "x", "format"),
    ):
        broken = {**meta, key: value}
        meta_path.write_text(json.dumps(broken))
        with pytest.raises(LoadError, match=message) as info:
            SpanVeto.from_disk(tmp_path / "v")
        assert str(tmp_path / "v") in str(info.value)
    meta_path.write_text("{not json")
    with pytest.raises(LoadError, match="span veto"):
        SpanVeto.from_disk(tmp_path / "v")


def test_labels_loose_and_exact() -> None:
    mentions = [
        (0, 4, "Project", "", "suffix"),
        (10, 14, "Project", "", "suffix"),
        (20, 24, "District", "", "region"),
    ]
    gold = {(0, 4, "Platform"), (11, 16, "Project")}
    passage = [(0, 18, gold)]  # the third name lies outside the passage: no example
    assert label_mentions(mentions, passage, loose=True) == [(0, 1), (1, 1)]
    assert label_mentions(mentions, passage, loose=False) == [(0, 0), (1, 0)]


def test_fit_learns_the_evidence_and_decides_on_unseen_sentences() -> None:
    """Invented data: names found by the weak ``list`` source are wrong, title names right; an
    unseen list name is dropped and an unseen title kept."""
    text = "。".join(f"推进第{i}号工程，落实《第{i}号条例》" for i in range(40))
    mentions = []
    for i in range(40):
        s = text.index(f"第{i}号工程")
        mentions.append((s, s + len(f"第{i}号工程"), "Project", "", "list"))
        s = text.index(f"《第{i}号条例》") + 1
        mentions.append((s, s + len(f"第{i}号条例"), "Policy", "", "title"))
    labels = np.array([0 if m[4] == "list" else 1 for m in mentions], dtype=np.int8)
    weights, bias = fit(
        [VetoExample("invented", "invented", feature_rows(text, mentions, 12), labels)], bits=12
    )
    veto = SpanVeto(12, 0.5, weights, bias)
    unseen = "推进甲乙工程，落实《丙丁条例》"
    project = (2, 6, "Project", "", "list")
    policy = (9, 13, "Policy", "", "title")
    assert veto.keep(unseen, [project, policy]) == [policy]
    assert SpanVeto(12, 0.5, weights, bias, types=("Policy",)).keep(unseen, [project, policy]) == [
        project,
        policy,
    ]


def test_collect_refuses_the_sealed_half(tmp_path: Path) -> None:
    with pytest.raises(LoadError, match="sealed"):
        collect([(tmp_path / "sealed" / "gold.jsonl", None)])  # refused before anything is read


@pytest.fixture(scope="module")
def dev_docs(eval_dir, corpus_dir):
    return collect([(eval_dir / "dev" / "gold.jsonl", None)], bundled=[corpus_dir])


@pytest.mark.slow
def test_leave_one_out_never_learns_from_the_document_it_scores(dev_docs, monkeypatch) -> None:
    import extract.spanmodel.veto_training as vt

    trained_on: list[list[str]] = []
    real = vt.train_veto

    def spy(docs, *args, **kwargs):
        trained_on.append([d.doc for d in docs])
        return real(docs, *args, **kwargs)

    monkeypatch.setattr(vt, "train_veto", spy)
    rows = leave_one_out(dev_docs[:3])
    assert [r["doc"] for r in rows] == [d.doc for d in dev_docs[:3]]
    for row, docs in zip(rows, trained_on, strict=True):
        assert row["doc"] not in docs and len(docs) == 2
        assert row["rules"]["entities"].gold == row["veto"]["entities"].gold  # same passages scored


@pytest.mark.slow
def test_train_veto_reproduces_the_shipped_artefact_byte_for_byte(tmp_path: Path, monkeypatch) -> None:
    from kg.cli import app

    if not (ROOT.parent / "shared" / "eval" / "dev" / "gold.jsonl").is_file():
        pytest.skip("the shared dev gold is not beside this checkout")
    monkeypatch.chdir(ROOT)  # the default gold paths are relative to the repository, as in the README
    result = CliRunner().invoke(app, ["train-veto", "-o", str(tmp_path / "v")])
    assert result.exit_code == 0, result.output
    for name in ("veto.npz", "veto.json"):
        made = hashlib.sha256((tmp_path / "v" / name).read_bytes()).hexdigest()
        shipped = hashlib.sha256((SHIPPED_VETO / name).read_bytes()).hexdigest()
        # the veto learns from the rules' names: after a change to the rules, rerun
        # `policykg train-veto` (like the mining scripts after a merge) and commit the artefact
        assert made == shipped, f"{name} differs from a retrained one: run `policykg train-veto`"
