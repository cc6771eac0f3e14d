"""Failure class: the verbs between an indicator's name and its figure, on hostile input.

``indicators.names.clean_name`` strips the run of figure verbs that ends a raw name (…分别达到,
…增加到). It did so with one regex repeating the verbs up to the end of the name; since one verb
is another's prefix (分别|达到 and 分别达到), a run of such verbs followed by any other character
was split every possible way before the regex gave up: 20 repeats of 分别达到 took 4 s, each one
more doubling it (review10). The run is now found by a scan from the end, linear in the name,
which strips exactly what the regex stripped. Strings are invented.
"""

from __future__ import annotations

import itertools

from extract.indicators.names import _TRAIL, strip_trailing_verbs
from tests.child_process import assert_runs_within


def test_the_scan_strips_what_the_regex_stripped():
    pieces = ("分别", "达到", "了", "达", "到", "甲", "分别达到", "总量")
    for n in range(5):
        for parts in itertools.product(pieces, repeat=n):
            name = "".join(parts)
            assert strip_trailing_verbs(name) == _TRAIL.sub("", name), name


def test_a_name_keeps_its_words_and_loses_its_verbs():
    assert strip_trailing_verbs("青禾指数分别达到") == "青禾指数"
    assert strip_trailing_verbs("青禾指数达到了") == "青禾指数"
    assert strip_trailing_verbs("青禾指数") == "青禾指数"


def test_a_long_run_of_verbs_before_another_word_is_linear():
    script = (
        "from extract.indicators.names import clean_name_uncached, strip_trailing_verbs\n"
        "assert strip_trailing_verbs('分别达到' * 50_000 + '甲').endswith('甲')\n"
        "clean_name_uncached('分别达到' * 2_000 + '甲')\n"
    )
    assert_runs_within(script, 30)
