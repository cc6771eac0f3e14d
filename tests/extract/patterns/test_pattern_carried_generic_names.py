"""Failure class: a programme carried out under a name written in common words was dropped as
generic (branch program23).

GUIDE §3: 行动/计划/工程 names are Programs; the provincial-2026 conventions keep named actions
even when descriptive. The name finder dropped a head-word guess whose body is all generic
vocabulary (``grammar.GENERIC_RE``); right after a mined carrying verb and before a clause edge,
such a body of four or more characters that ends in a verb or verbal noun (an activity) names
the programme the verb carries out (``carried_kinds``). Descriptions, levels,
counts, determiners, lists, phrases most reports write (``generic_terms``), works and a 工程 that
no carrying verb governs stay unnamed. Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline


def typed(text: str) -> dict[str, str]:
    return {e.text: e.label_ for e in run_pipeline(load_pipeline(), text, "440000").ents}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("全面实施科技创新工程，完善评价机制。", "科技创新工程"),
        ("深化乡村治理行动。推进移风易俗。", "乡村治理行动"),
        ("加快实施科技创新工程，完善评价机制。", "科技创新工程"),
        ("深入实施城乡治理工程和甲乙丙丁计划，提升服务。", "城乡治理工程"),
    ],
)
def test_a_common_word_name_a_carrying_verb_governs_is_a_programme(text, name):
    assert typed(text).get(name) == "Program"


@pytest.mark.parametrize(
    "text",
    [
        "实施重点工程，加快建设。",  # a description: a kind of works
        "实施省级重点工程项目超过二十个。",  # a level and a description
        "实施三年行动，推动发展。",  # a phrase most reports write (generic_terms)
        "实施各项工程，推动发展。",  # a determiner
        "实施人才工程，推动发展。",  # a field word alone names no domain (programme_frames.MIN_DOMAIN)
        "实施城乡社区工程，推动发展。",  # nouns only: the things served, no activity
        "实施交通、水利等工程，推动发展。",  # a list before its label
        "实施科技创新工程建设，完善评价机制。",  # the head modifies what follows
        "推动科技创新工程，完善评价机制。",  # no carrying verb
        "科技创新工程，完善评价机制。",  # no verb at all
    ],
)
def test_kinds_lists_and_ungoverned_heads_stay_unnamed(text):
    assert [n for n, t in typed(text).items() if t in ("Program", "Project")] == []
