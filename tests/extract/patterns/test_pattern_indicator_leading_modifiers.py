"""Failure class: a modifier of the act left at the head of an indicator name.

``成功举办各类展会120场次`` was named 成功举办各类展会场次: 成功, like 有序 and 稳步, is a mined
modifier of stage verbs (``status_modifiers.jsonl``: words the unannotated reports mostly write
right before a verb). Before a dictionary verb it tells how the act went, not what was
measured, and leaves the name; 累计 stays (GUIDE §9 names cumulative figures 累计…), and so
does a modifier no verb follows.
"""

from __future__ import annotations

from tests.extract.patterns.indicator_text import by_name


def test_a_modifier_before_the_verb_leaves_the_name():
    got = by_name("成功举办各类展会120场次，稳步推进老旧厂区改造15个。")
    assert got["举办各类展会场次"].value == 120.0
    assert not [n for n in got if n.startswith(("成功", "稳步"))]


def test_cumulative_stays():
    got = by_name("累计建成乡村驿站230个。")
    assert got["累计建成乡村驿站数"].value == 230.0
