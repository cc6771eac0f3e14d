"""Run a Python snippet in a child process under a CPU-time limit, for attacker tests.

A catastrophic regex or a quadratic scan must fail a test, not hang the suite. The limit is on the
child's CPU time (user + system), which does not grow when the machine is shared: a wall-clock
limit failed a linear scan on a 2-core machine running eight other jobs (18 s of a 20 s limit for
about 6 s of work). The child is still killed at ``WALL_FACTOR`` times the limit in wall-clock
time (``subprocess.TimeoutExpired`` fails the test), so a hang ends; a failed assertion inside it
shows its stderr.
"""

from __future__ import annotations

import resource
import subprocess
import sys

WALL_FACTOR = 6  # wall-clock seconds allowed per CPU second before the child is killed


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def assert_runs_within(script: str, timeout_s: float) -> None:
    """Run ``script`` with this interpreter; it must exit 0 having used at most ``timeout_s``
    seconds of CPU (and be killed after ``WALL_FACTOR * timeout_s`` seconds of wall clock)."""
    before = _children_cpu()
    run = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=timeout_s * WALL_FACTOR
    )
    used = _children_cpu() - before
    assert run.returncode == 0, run.stderr
    assert used <= timeout_s, f"the child used {used:.1f} s of CPU, over the {timeout_s} s limit"
