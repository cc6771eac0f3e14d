"""Every miner reads its reports through ``extract.pipeline.gold_mask``: the passages of every gold
file are blanked first, so a string that occurs only inside gold passages can never be mined.

Reports and gold lines here are invented (written to ``tmp_path``); the real gold files are only
checked for presence and, for the tuning half, that its passages really are blank in the input.
"""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest

from extract.errors import LoadError
from extract.pipeline.gold_mask import blank, blanked_documents, default_gold_files, passage_spans
from extract.pipeline.mining import Settings, load_kernels, mine

ROOT = Path(__file__).resolve().parents[3]
KERNELS = ROOT / "extract" / "data" / "head_kernels.jsonl"
SETTINGS = Settings(head_min_docs=2, head_min_count=2, head_min_entropy=1.0, stop_min_frame=2)
# invented reports: 产业园 is a head in every one of them; 科技园 only inside the "gold" sentence
PLAIN = "加快推进{a}产业园建设，推动{b}产业园提质。加快建设{c}产业园。\n"
GOLD = "加快推进{a}科技园建设，推动{b}科技园提质。加快建设{c}科技园。\n"
PLACES = [
    ("青山", "白河", "东湖"),
    ("南湖", "北岭", "西岭"),
    ("红星", "金沙", "清溪"),
    ("石门", "绿洲", "云杉"),
]


def _corpus(tmp_path: Path) -> tuple[Path, Path]:
    """Four reports; each holds one sentence that a gold file marks as a passage."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    lines = []
    for i, (a, b, c) in enumerate(PLACES):
        plain, gold = PLAIN.format(a=a, b=b, c=c), GOLD.format(a=c, b=a, c=b)
        (corpus / f"r{i}.txt").write_text(plain + gold, encoding="utf-8")
        row = {"doc": f"r{i}.txt", "start": len(plain), "end": len(plain) + len(gold), "text": gold}
        lines.append(json.dumps(row, ensure_ascii=False))
    gold_file = tmp_path / "gold.jsonl"
    gold_file.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return corpus, gold_file


def _heads(docs: list[tuple[str, str]]) -> set[str]:
    return {h["head"] for h in mine(docs, load_kernels(KERNELS), SETTINGS)["heads"]}


def test_a_string_only_inside_gold_passages_cannot_be_mined(tmp_path):
    corpus, gold_file = _corpus(tmp_path)
    unmasked = _heads(blanked_documents([corpus], []))
    assert {"产业园", "科技园"} <= unmasked  # the frame finds both when nothing is blanked
    masked = blanked_documents([corpus], [gold_file])
    assert all("科技园" not in text for _, text in masked)
    heads = _heads(masked)
    assert "产业园" in heads and "科技园" not in heads


def test_blanking_keeps_offsets_and_line_breaks():
    text = "第一段文字。\n第二段，金沙物流港。\n第三段。"
    start = text.index("第二段")
    out = blank(text, [(start, text.index("第三段"))])
    assert len(out) == len(text) and out.count("\n") == text.count("\n")
    assert out[:start] == text[:start] and out.endswith("第三段。")
    assert out[start : text.index("第三段")].strip() == ""
    assert blank(text, [(-5, 3), (len(text) - 2, 10**9)]) == "   " + text[3:-2] + "  "


def test_every_gold_file_is_blanked_by_default():
    """Every gold file in the repo's eval/ tree (and the shared dev gold) is masked: a new gold set
    that miners could read would make its own score transductive (the fresh sets were missed once)."""
    names = {p.as_posix() for p in default_gold_files()}
    shared = {"/eval/dev/gold.jsonl", "/eval/dev/gold-provincial.jsonl"}
    assert all(any(n.endswith(t) for n in names) for t in shared)
    in_repo = {p.as_posix() for p in (ROOT / "eval").rglob("*.jsonl")}
    assert in_repo and in_repo <= names
    assert (ROOT / "eval" / "provincial-2026" / "fresh" / "check" / "gold.jsonl").as_posix() in names


def test_a_missing_or_malformed_gold_file_is_one_clear_error_without_its_text(tmp_path):
    with pytest.raises(LoadError, match=r"nowhere\.jsonl: gold file not found"):
        passage_spans([tmp_path / "nowhere.jsonl"])
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"doc": "r.txt", "start": 0, "end": 5}\n{"doc": "r.txt", "text": "机密段落"}\n', "utf-8")
    with pytest.raises(LoadError, match=r"bad\.jsonl: line 2: not a gold passage line") as err:
        passage_spans([bad])
    assert "机密段落" not in str(err.value)  # the sealed half is never echoed
    bad.write_text('{"doc": "r.txt", "start": -1, "end": 5}\n', "utf-8")
    with pytest.raises(LoadError, match="line 1"):
        passage_spans([bad])
    bad.write_text("not json\n", "utf-8")
    with pytest.raises(LoadError, match="line 1"):
        passage_spans([bad])


def test_the_section_cue_miner_reads_blanked_reports(tmp_path):
    spec = importlib.util.spec_from_file_location(
        "mine_section_cues", ROOT / "scripts" / "mine_section_cues.py"
    )
    assert spec and spec.loader
    cues = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(cues)
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    head = "2026年政府工作报告\n各位代表：\n"
    body = "青松水库工程全面完成，紫藤大桥顺利完工。\n"
    text = head + "一、2025年工作回顾\n" + body + "二、2026年重点工作\n加快推进各项工作。\n"
    (corpus / "r.txt").write_text(text, encoding="utf-8")
    seen = [b for _, _, b in cues.labelled_sections([corpus], [])]
    assert any("紫藤" in b for b in seen)
    gold = tmp_path / "gold.jsonl"
    gold.write_text(
        json.dumps({"doc": "r.txt", "start": text.index(body), "end": text.index(body) + len(body)})
    )
    seen = [b for _, _, b in cues.labelled_sections([corpus], [gold])]
    assert seen and not any("紫藤" in b for b in seen)


def test_the_tuning_passages_are_blank_in_the_miners_input(extra_dir, eval_dir):
    # the fixtures skip without ../shared (and fail in CI); the tuning half may be read
    tune = ROOT / "eval" / "provincial-2026" / "tune.jsonl"
    rows = [json.loads(line) for line in tune.read_text(encoding="utf-8").splitlines() if line.strip()]
    docs = dict(blanked_documents([extra_dir]))
    for row in rows:
        assert docs[row["doc"]][row["start"] : row["end"]].strip() == "", row["doc"]


@pytest.mark.parametrize(
    "script", ["mine_lexicon.py", "mine_categories.py", "mine_section_cues.py", "mine_clause_cues.py"]
)
def test_every_miner_reads_through_the_shared_blanking_layer(script):
    source = (ROOT / "scripts" / script).read_text(encoding="utf-8")
    assert "extract.pipeline.gold_mask import" in source
    assert "gold-provincial.jsonl" not in source  # no miner keeps its own, shorter list of gold files


def test_a_miner_refuses_a_missing_gold_file_in_one_line(tmp_path):
    run = subprocess.run(
        [
            sys.executable,
            str(ROOT / "scripts" / "mine_lexicon.py"),
            "--out",
            str(tmp_path),
            "--mask",
            str(tmp_path / "missing.jsonl"),
            str(tmp_path),
        ],
        capture_output=True,
        text=True,
    )
    assert run.returncode == 2 and "missing.jsonl: gold file not found" in run.stderr
    assert "Traceback" not in run.stderr and not list(tmp_path.glob("*.jsonl"))


@pytest.mark.slow
@pytest.mark.parametrize("miner", ["mine_section_cues.py", "mine_clause_cues.py"])
def test_the_shipped_phase_cues_are_in_sync_with_their_miner(extra_dir, eval_dir, miner):
    # re-run after merging a branch that changes the section classifier, the miners' input or the corpus
    run = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / miner), "data/corpus", str(extra_dir), "--check"],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert run.returncode == 0, run.stderr


@pytest.mark.parametrize("miner", ["mine_section_cues.py", "mine_clause_cues.py"])
def test_a_phase_cue_miner_refuses_a_missing_directory_and_writes_nothing(tmp_path, miner):
    out = tmp_path / "cues.jsonl"
    run = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / miner), str(tmp_path / "missing"), "-o", str(out)],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert run.returncode == 2 and "missing: not a directory" in run.stderr
    assert "Traceback" not in run.stderr and not out.exists()
