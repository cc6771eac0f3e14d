"""Failure class: a place that opens the name of something built, whose head the lexicon lacks.

``澄州强流重离子加速器建成运行``: the lexicon has no head 加速器, so no name is found and 澄州 was
left as a District. The name words after the place run straight into a stage verb that starts or
completes a thing (the GUIDE §5/§9 classes of ``status_kernels.jsonl`` and the mined status
phrases of those classes): the place opens a facility's name. A place followed by a plain noun
and another kind of verb stays. Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.embedded import built_phrases, opens_built_name
from extract.pipeline.grammar import default_grammar


def districts(text: str, region: str | None = "530000") -> list[str]:
    return [e.text for e in run_pipeline(load_pipeline(), text, region).ents if e.label_ == "District"]


@pytest.mark.parametrize(
    "text",
    [
        "昆明强流重离子加速器建成运行，",
        "昆明中央法务区挂牌运行。",
        "推动玉溪第一中学新校区建成招生。",
        "曲靖博物馆竣工开放。",
    ],
)
def test_a_place_opening_a_built_name_is_no_district(text):
    assert districts(text) == []


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("昆明经济持续发展。", "昆明"),  # a plain noun and another verb
        ("昆明城市更新深入推进。", "昆明"),  # under way is no stage of a facility
        ("在昆明建成一批项目。", "昆明"),  # the stage verb right after the place
        ("昆明、玉溪建成投运。", "昆明"),  # a delimiter after the place
    ],
)
def test_a_place_before_other_words_stays(text, place):
    assert place in districts(text)


def test_the_stage_verbs_come_from_the_lexicon_classes():
    grammar = default_grammar()
    phrases = built_phrases(grammar)
    kernels = grammar.lexicon["status_kernels.jsonl"]
    # every stage verb that completes a thing on its own is there, none that only plans one
    assert {k["verb"] for k in kernels if k["alone"] and k["status"] == "completed"} <= set(phrases)
    assert not {k["verb"] for k in kernels if k["status"] == "preparation"} & set(phrases)
    text = "昆明强流重离子加速器建成运行"
    assert opens_built_name(text, 2, grammar)
