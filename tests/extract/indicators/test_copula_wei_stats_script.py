"""scripts/copula_wei_stats.py: the class it gives the word before 为 + figure (invented text)."""

from __future__ import annotations

import pytest

from extract.indicators.numbers import find_figures
from tests.script_loader import load_script


@pytest.fixture(scope="module")
def stats():
    return load_script("copula_wei_stats")


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("全年空气优良天数比例为91.2%。", ("n", "closes")),
        ("乡镇卫生院合并调整为36所。", ("v", "closes")),
        ("以优惠电价为6个园区降低成本。", ("n", "more")),
        ("为1.3万名农民工追回工资。", ("start", "more")),
        ("行为12次。", ("", "")),  # 为 inside the word 行为: no copula, no preposition
    ],
)
def test_keys_of_invented_figures(stats, text, key):
    f = find_figures(text)[-1]
    assert stats.key_of(text, f.start, f.end) == key


def test_counts_over_a_directory(stats, tmp_path, capsys):
    text = "一、工作回顾\n城镇调查失业率平均值为5.1%。学校整合为12所。\n"
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    assert stats.main([str(tmp_path)]) == 0
    err = capsys.readouterr().err
    assert any(line.split()[:3] == ["n", "closes", "yes"] for line in err.splitlines())
    assert any(line.split()[:3] == ["v", "closes", "no"] for line in err.splitlines())
