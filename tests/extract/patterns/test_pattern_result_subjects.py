"""Failure class: programmes named as the subject of a reported result (…改革纵深推进，).

A review names a reform, mechanism or campaign by what it achieved: the name opens its clause and
a short predicate that reports a programme's result closes it. The predicates are mined over all
unannotated reports (``result_predicates.jsonl``, ``scripts/mine_result_predicates.py``); the
name must end in a programme tail, have a modifier of its own and be no kind, count, list or
verb's object. Sentences are invented, with names and predicates in forms not read off gold.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.grammar import default_grammar
from extract.pipeline.result_subjects import subject_name


def programmes(text: str) -> list[str]:
    return [e.text for e in run_pipeline(load_pipeline(), text, "130000").ents if e.label_ == "Program"]


def predicates() -> list[str]:
    return [e["phrase"] for e in default_grammar().lexicon["result_predicates.jsonl"]]


def test_the_mined_predicates_report_results_not_builds():
    phrases = predicates()
    assert phrases, "result_predicates.jsonl is empty: rerun scripts/mine_result_predicates.py"
    for stage in ("开工", "建成", "投运", "竣工"):  # stage verbs said alone name a built thing
        assert not any(stage in p for p in phrases)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("林权交易制度改革纵深推进，新增流转面积3万亩。", "林权交易制度改革"),
        ("去年以来，牧区草场承包改革深入实施，牧民收入稳步提高。", "牧区草场承包改革"),
        ("——医保异地结算机制更加完善，群众办事更加便捷。", "医保异地结算机制"),
        ("物业服务质量专项整治扎实推进，投诉量明显下降。", "物业服务质量专项整治"),
    ],
)
def test_a_programme_named_as_the_subject_of_its_result(text, name):
    assert name in programmes(text)


@pytest.mark.parametrize(
    "text",
    [
        "全面深化改革纵深推进，发展活力持续增强。",  # a carrying verb governs 改革: nothing named
        "深化国资国企改革纵深推进。",  # the clause opens with a verb: its object
        "重点领域改革纵深推进，市场活力不断释放。",  # a generic modifier: the kind
        "三项改革扎实推进。",  # a count
        "医疗和养老改革稳步推进。",  # a list of fields
        "各方面体制机制更加完善。",  # a pronoun opens it
        "林权交易制度改革纵深推进示范建设。",  # the phrase opens a longer clause
    ],
)
def test_kinds_counts_and_objects_stay_untagged(text):
    assert programmes(text) == []


def test_a_name_needs_a_programme_tail_and_its_own_modifier():
    grammar = default_grammar()
    assert subject_name("林权交易制度改革", grammar)
    assert not subject_name("林权交易制度", grammar)  # no programme tail
    assert not subject_name("国家改革", grammar)  # the level is no modifier of its own
