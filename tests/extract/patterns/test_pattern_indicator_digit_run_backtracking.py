"""Failure class: a long run of digits before the patterns of ratios and counted sets.

``prose._RATIO`` (a sector structure 8.7:41.2:50.1) and ``prose._DOMAIN`` (在80种产品中，: the set
a headless relative counts in) open with ``\\d+``. On a run of digits that is no ratio, the search
tried a match at every digit and each try backtracked over the rest of the run: quadratic in the
run, 0.15 s for one 2,000-digit sentence (the sentence cap), so a crafted report of digit runs
took minutes (review12). Both now start a match only where a run of digits starts
(``(?<!\\d)``), which finds the same matches: a match starting inside a run implies one starting at
the run's start with the same end. Strings are invented.
"""

from __future__ import annotations

import random
import re

from extract.indicators.prose import _DOMAIN, _RATIO
from tests.child_process import assert_runs_within


def _without_start_guard(pattern: re.Pattern[str]) -> re.Pattern[str]:
    return re.compile(pattern.pattern.removeprefix("(?<!\\d)"))


def _found(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), m.groups()) for m in pattern.finditer(text)]


def test_the_guarded_patterns_find_what_the_unguarded_ones_found():
    rng = random.Random(12)
    alphabet = "1234.:：∶ 中，,种个万甲乙"
    for pattern in (_RATIO, _DOMAIN):
        plain = _without_start_guard(pattern)
        assert plain.pattern != pattern.pattern
        for _ in range(4000):
            text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(1, 24)))
            assert _found(pattern, text) == _found(plain, text), text


def test_a_structure_and_a_set_are_still_read():
    assert _RATIO.search("三次产业结构调整为8.7:41.2:50.1").groups() == ("8.7", "41.2", "50.1")
    assert _DOMAIN.search("在统计的80种青禾产品中，").groups() == ("种", "青禾产品")


def test_long_runs_of_digits_stay_linear():
    script = (
        "from extract.indicators.prose import _DOMAIN, _RATIO\n"
        "run = '1' * 2000 + '甲'\n"
        "for _ in range(400):\n"
        "    assert not list(_RATIO.finditer(run))\n"
        "    assert not list(_DOMAIN.finditer(run))\n"
    )
    # CPU seconds: ~2 s of imports; unguarded, 400 runs of each pattern took ~120 s
    assert_runs_within(script, 10)
