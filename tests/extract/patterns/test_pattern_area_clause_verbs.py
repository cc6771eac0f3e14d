"""Failure class: a clause verb swallowed into the front of an Area name (疏通茶园片区).

An Area's name opens with a place or a proper word (GUIDE §3: 南坪片区, 广阳岛片区), so a verb
of two or more characters among the body's first two words is the sentence's, not the name's:
the name starts after it, and with nothing left (开启新城) there is no name. A verb deeper in the
body (…改革创新核心区) or of one character stays. Adverbs before the verb (认真|落实) and the words
mined as governing a title (落实, which the dictionary tags as an adjective, and the one-word
认真落实/全面落实) are clause words too. Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.area_names import after_verb


def ents(text: str, region: str | None = "500000") -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, region).ents]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("全力疏通青石片区交通堵点。", "青石片区"),
        ("工作紧扣金沙湾片区更新展开。", "金沙湾片区"),
        ("该区位于白鹭湖片区，交通便利。", "白鹭湖片区"),
        ("认真落实黔中城市群协同发展任务。", "黔中城市群"),
        ("全面落实滇西城镇群建设部署。", "滇西城镇群"),
        ("积极融入锦江都市圈，推进同城化。", "锦江都市圈"),
    ],
)
def test_the_verb_before_an_area_is_not_part_of_it(text, name):
    areas = [t for t, label in ents(text) if label == "Area"]
    assert areas == [name]


@pytest.mark.parametrize("text", ["我们开启新城建设新篇章。", "积极回应片区居民诉求。"])
def test_a_verb_and_a_bare_head_name_nothing(text):
    assert not [e for e in ents(text) if e[1] == "Area"]


def test_a_verb_deep_in_the_body_stays():
    assert after_verb("绿色金融改革创新") == 0
    assert after_verb("疏通青石") == 2
    assert after_verb("认真落实黔中") == 4
    assert after_verb("现代化首都") == 0  # jieba tags 首都 d: no clause word
