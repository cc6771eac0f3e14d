"""Run a Python snippet in a child process under a wall-clock limit, for attacker tests.

A catastrophic regex or a quadratic scan must fail a test, not hang the suite: the child is killed
at the limit (``subprocess.TimeoutExpired`` fails the test) and a failed assertion inside it shows
its stderr.
"""

from __future__ import annotations

import subprocess
import sys


def assert_runs_within(script: str, timeout_s: float) -> None:
    """Run ``script`` with this interpreter; it must exit 0 within ``timeout_s`` seconds."""
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=timeout_s)
    assert run.returncode == 0, run.stderr
