"""Failure class: a count named with the resultative verb that opens its clause (扎实办好…数).

``认真办好12件便民实事`` gave 认真办好为民实事数: the verb and its adverb say how the tasks were
handled, the gold names the tasks. A two-character dictionary verb in 好 that opens the name goes,
with the adverbs before it, when a noun or numeral follows; a 好 inside a name stays.
"""

from __future__ import annotations

from extract.indicators.manner_verbs import without_manner_verb
from tests.extract.patterns.indicator_text import by_name


def test_resultative_verb_and_adverb_go():
    got = by_name("认真办好12件便民实事，群众满意度进一步提升。", heading="二、2025年工作安排")
    assert "便民实事数" in got


def test_numeral_after_the_verb_is_kept():
    assert without_manner_verb("切实管好三大类公共设施数") == "三大类公共设施数"


def test_good_inside_a_name_stays():
    assert without_manner_verb("“好邻居”驿站数") == "“好邻居”驿站数"
    assert without_manner_verb("友好城市数") == "友好城市数"


def test_verb_after_a_noun_stays():
    assert without_manner_verb("街道管好物业小区数") == "街道管好物业小区数"


def test_no_noun_after_the_verb_leaves_the_name():
    assert without_manner_verb("办好以为民实事为引领的工程数") == "办好以为民实事为引领的工程数"
