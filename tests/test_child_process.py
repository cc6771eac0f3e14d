"""The attacker tests' child-process limit counts CPU time, not a shared machine's wall clock."""

from __future__ import annotations

import subprocess

import pytest

from tests.child_process import WALL_FACTOR, assert_runs_within


def test_a_child_over_its_cpu_budget_fails():
    spin = "import time\nend = time.process_time() + 1.5\nwhile time.process_time() < end:\n    pass\n"
    with pytest.raises(AssertionError, match="of CPU"):
        assert_runs_within(spin, 1)


def test_waiting_is_not_cpu():
    """A child that mostly waits (as one does on a loaded machine) passes a tight CPU budget."""
    assert_runs_within("import time\ntime.sleep(1.5)\n", 1)


def test_a_hang_is_still_killed_by_the_wall_clock():
    with pytest.raises(subprocess.TimeoutExpired):
        assert_runs_within("import time\ntime.sleep(60)\n", 0.2)
    assert WALL_FACTOR * 0.2 < 60
