"""scripts/engages_evidence_stats.py: the position class it gives a programme name (invented text)."""

from __future__ import annotations

import json

import pytest

from tests.script_loader import load_script


@pytest.fixture(scope="module")
def stats():
    return load_script("engages_evidence_stats")


@pytest.mark.parametrize(
    ("text", "name", "cls"),
    [
        ("238个“青苗护林”重点项目全部开工", "青苗护林", "counted"),
        ("三百余项“沃野千里”项目完成投资", "沃野千里", "counted"),
        ("加快建成滨江协同发展战略的重要支点", "滨江协同发展战略", "genitive"),
        ("山林焕新行动成效显著", "山林焕新行动", "subject"),
        ("推动山林焕新行动落地见效", "山林焕新行动", "subject"),
        ("全面实施山林焕新行动", "山林焕新行动", "other"),
    ],
)
def test_position_classes_of_invented_clauses(stats, text, name, cls):
    start = text.index(name)
    assert stats.position(text, 0, start, start + len(name)) == cls


def test_gold_counts_split_by_engagement(stats, tmp_path, capsys):
    text = "238个“青苗护林”重点项目全部开工，滨江协同发展战略的重要支点加快建成。\n"
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    a, b, zone = text.index("青苗护林"), text.index("滨江"), "滨江协同发展战略"
    gold = {
        "doc": "a.txt", "passage_id": "a-p01", "start": 0, "end": len(text) - 1, "text": text[:-1],
        "entities": [
            {"text": "青苗护林", "type": "Program", "start": a, "end": a + 4, "canonical": "青苗护林"},
            {"text": zone, "type": "Strategy", "start": b, "end": b + len(zone), "canonical": zone},
        ],
        "relations": [{"head": "青禾省", "relation": "engagesIn", "tail": "“青苗护林”"}],
    }  # fmt: skip
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(gold, ensure_ascii=False) + "\n", encoding="utf-8")
    assert stats.main(["--gold", str(path), str(tmp_path)]) == 0
    rows = {line.split()[1]: line.split() for line in capsys.readouterr().out.splitlines()}
    assert rows["counted"][3] == "1" and rows["counted"][6] == "0"  # engaged (quotes do not matter)
    assert rows["genitive"][3] == "0" and rows["genitive"][6] == "1"  # not engaged


def test_the_sealed_half_is_refused(stats, tmp_path):
    sealed = tmp_path / "sealed" / "gold.jsonl"
    with pytest.raises(SystemExit):
        stats.main(["--gold", str(sealed), str(tmp_path)])
