"""Failure class: a paired-verb idiom kept at the front of a works or platform name.

Planning prose stacks two verbs sharing their first character (ABAC: 落实落细, 走深走实, 做优做强,
抓实抓细) before the object they govern. The name scan stops inside the pair and keeps its
second verb (落细|…工程). Programmes lost the second verb already; works and platforms now lose
it too unless it is a dictionary noun (建设|建筑垃圾…项目: 建筑 is the object's own word).
A name with a repeated character that is no verb pair (青青草原) is left alone. Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.reduplicated_verbs import nominal_second, reduplicated_pair_cut


def entities(text: str) -> list[tuple[str, str]]:
    doc = run_pipeline(load_pipeline(), text, "140000")
    return [(e.text, e.label_) for e in doc.ents]


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("落实落细甲乙县创新服务中心，服务企业。", "甲乙县创新服务中心", "Platform"),
        ("做优做强甲乙县智能制造产业园。", "甲乙县智能制造产业园", "Platform"),
        ("落实落细丙丁县民生保障工程，群众满意。", "丙丁县民生保障工程", "Project"),
        ("抓实抓细戊己县安澜惠民工程。", "戊己县安澜惠民工程", "Project"),
    ],
)
def test_a_name_starts_after_the_paired_verbs(text, name, label):
    assert entities(text) == [(name, label)]


def test_a_noun_after_a_verb_sharing_its_first_character_stays():
    # 建设|建筑垃圾…: 建筑 is a noun of the works name, not a second verb; 落细 is a verb
    text = "推进建设建筑垃圾资源化利用项目"
    assert nominal_second(text, 4)
    assert not nominal_second("落实落细甲乙县创新服务中心", 2)


def test_a_name_with_a_repeated_character_is_untouched():
    assert entities("打造甲乙县青青草原生态旅游项目。") == [("甲乙县青青草原生态旅游项目", "Project")]
    assert reduplicated_pair_cut("打造青青草原生态旅游项目", 2) == 0
