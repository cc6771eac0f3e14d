"""The callgrind client requests of ``benchmarks.instructions``: harmless outside valgrind, and
under it they bracket exactly the counted region (a loop twice as long costs twice as much)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from benchmarks import instructions


def test_client_requests_are_no_ops_outside_valgrind():
    assert instructions._client_request(instructions.TOGGLE_COLLECT) == 0
    seen: list[int] = []
    instructions.counted(lambda: seen.append(1))
    assert seen == [1]


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("valgrind") is None, reason="valgrind not installed")
def test_only_the_counted_region_is_counted(tmp_path: Path):
    script = tmp_path / "loop_bench.py"
    script.write_text(
        "import sys\n"
        "from benchmarks.instructions import counted\n"
        "n = int(sys.argv[1])\n"
        "counted(lambda: sum(i * i for i in range(n)))\n",
        encoding="utf-8",
    )
    root = Path(instructions.__file__).resolve().parents[1]
    one = instructions.count(["loop_bench", "20000"], tmp_path, pythonpath=root)
    two = instructions.count(["loop_bench", "40000"], tmp_path, pythonpath=root)
    # the process's start-up (tens of millions of instructions) is not in either count
    assert 1.8 < two / one < 2.2
