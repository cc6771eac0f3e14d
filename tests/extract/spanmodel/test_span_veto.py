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


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--gold", "eval/provincial-2026/sealed/gold.jsonl"], "sealed half is scored only"),
        (["--gold", "no/such/gold.jsonl"], "no/such/gold.jsonl"),
        (["--gold", "README.md"], "README.md"),
    ],
)
def test_train_veto_refuses_bad_gold_in_one_line(args: list[str], message: str, monkeypatch) -> None:
    from kg.cli import app

    monkeypatch.chdir(ROOT)
    result = CliRunner().invoke(app, ["train-veto", *args, "-o", "/nonexistent/never-written"])
    assert result.exit_code == 1, result.output
    assert message in result.output and "Traceback" not in result.output
    assert not Path("/nonexistent/never-written").exists()


def test_train_veto_refuses_an_output_that_is_a_file(tmp_path: Path, monkeypatch) -> None:
    from kg.cli import app

    gold, corpus = _invented_gold(tmp_path)
    target = tmp_path / "a-file"
    target.write_text("keep me", encoding="utf-8")
    result = CliRunner().invoke(
        app, ["train-veto", "--gold", str(gold), "--corpus", str(corpus), "-o", str(target)]
    )
    assert result.exit_code == 1, result.output
    assert "cannot write the veto" in result.output
    assert target.read_text(encoding="utf-8") == "keep me"  # nothing lost


def _invented_gold(tmp_path: Path) -> tuple[Path, Path]:
    """One invented report and one gold passage of it: 星城's two names, one right."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    text = "一、二〇二五年工作回顾\n加快建设青石湾数据中心，大力推进算力中心建设，与海川集团签署合作协议。\n"
    (corpus / "星城.txt").write_text(text, encoding="utf-8")
    start = text.index("加快")
    end = text.index("\n", start)
    passage = text[start:end]
    ents = [
        {"text": n, "type": t, "canonical": n, "start": passage.index(n), "end": passage.index(n) + len(n)}
        for n, t in (("青石湾数据中心", "Platform"), ("海川集团", "Enterprise"))
    ]
    gold = tmp_path / "gold.jsonl"
    row = {
        "doc": "星城.txt",
        "passage_id": "x-p01",
        "start": start,
        "end": end,
        "text": passage,
        "entities": ents,
    }
    gold.write_text(json.dumps(row, ensure_ascii=False) + "\n", encoding="utf-8")
    return gold, corpus


def test_train_veto_on_an_invented_gold_is_deterministic(tmp_path: Path) -> None:
    from kg.cli import app

    gold, corpus = _invented_gold(tmp_path)
    digests = []
    for run in ("a", "b"):
        out = tmp_path / run
        result = CliRunner().invoke(
            app, ["train-veto", "--gold", str(gold), "--corpus", str(corpus), "-o", str(out)]
        )
        assert result.exit_code == 0, result.output
        digests.append(
            [hashlib.sha256((out / n).read_bytes()).hexdigest() for n in ("veto.npz", "veto.json")]
        )
    assert digests[0] == digests[1]
    veto = SpanVeto.from_disk(tmp_path / "a")
    assert veto.info["names"] >= 2 and veto.info["documents"] == ["星城.txt"]
