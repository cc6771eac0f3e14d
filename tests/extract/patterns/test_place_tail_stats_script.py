"""scripts/place_tail_stats.py: the class it gives the tail after a place (invented text)."""

from __future__ import annotations

import json

import pytest

from extract.pipeline.grammar import default_grammar
from tests.script_loader import load_script


@pytest.fixture(scope="module")
def stats():
    return load_script("place_tail_stats")


@pytest.mark.parametrize(
    ("text", "cls"),
    [
        ("曲靖，玉溪", "delimiter"),
        ("曲靖打造物流枢纽", "clause"),
        ("曲靖中微子实验站建成运行", "head"),
        ("曲靖翠湖博物馆建成开放", "built"),
        ("曲靖戊己板块新增企业", "proper"),
        ("曲靖中央法务区揭牌运行", "kernel"),
        ("曲靖企业进出口增长", "nominal"),
    ],
)
def test_tail_classes_of_invented_sentences(stats, text, cls):
    assert stats.tail_class(text, 2, default_grammar()) == cls


def test_counts_over_a_directory_and_a_gold_file(stats, tmp_path, capsys):
    text = "推动曲靖中微子实验站建成运行，支持玉溪企业发展。\n"
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    assert stats.main([str(tmp_path)]) == 0
    err = capsys.readouterr().err
    assert "head" in err and "nominal" in err
    gold = {
        "doc": "a.txt", "passage_id": "a-p01", "start": 0, "end": len(text) - 1, "text": text[:-1],
        "entities": [
            {"text": "曲靖中微子实验站", "type": "Project", "start": 2, "end": 10, "canonical": "x"},
            {"text": "玉溪", "type": "District", "start": 17, "end": 19, "canonical": "玉溪市"},
        ],
    }  # fmt: skip
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(gold, ensure_ascii=False) + "\n", encoding="utf-8")
    assert stats.main(["--gold", str(path), str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "District" in out and "nominal=1" in out.splitlines()[0]
    assert "inside Project" in out and "head=1" in out.splitlines()[1]


def test_the_sealed_half_is_refused(stats, tmp_path):
    sealed = tmp_path / "sealed" / "gold.jsonl"
    with pytest.raises(SystemExit):
        stats.main(["--gold", str(sealed), str(tmp_path)])


def test_a_missing_directory_is_refused_not_counted_as_empty(stats, tmp_path, capsys):
    with pytest.raises(SystemExit) as exit_:
        stats.main([str(tmp_path / "missing")])
    assert exit_.value.code == 2 and "missing: not a directory" in capsys.readouterr().err
