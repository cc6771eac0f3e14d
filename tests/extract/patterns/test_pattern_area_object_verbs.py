"""Failure class: a mined list-governing verb swallowed into the front of an Area name (整体布局…片区).

``area_names.after_verb`` cuts a clause verb off an Area body's first words, but it knew a verb
only by jieba's tag (v, ad) or as a word mined before 《》 titles. jieba tags 布局 and 培育 as
nouns, so ``整体布局甲站站前片区`` kept the clause in the name. The same words are mined, over
unannotated reports, as verbs that govern lists of named items (``object_verbs.jsonl``: they open
first list items only), and an Area is such an item: GUIDE §3 names a functional area by its place
(南坪片区, 重庆东站片区), so the name starts after the verb. A body with no mined verb among its
first words stays whole (the negative). Sentences are invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.area_names import after_verb
from extract.pipeline.grammar import default_grammar
from extract.pipeline.object_verbs import object_verbs


def areas(text: str, region: str | None = "500000") -> list[str]:
    return [e.text for e in run_pipeline(load_pipeline(), text, region).ents if e.label_ == "Area"]


def test_a_mined_list_verb_is_a_mined_word():
    """The cut rests on the mined file, not on a word typed here."""
    assert "布局" in object_verbs(default_grammar())


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("统筹整体布局青溪站站前片区，完善配套设施。", "青溪站站前片区"),
        ("科学布局白鹭湖片区公共服务设施。", "白鹭湖片区"),
    ],
)
def test_the_list_verb_before_an_area_is_not_part_of_it(text, name):
    assert areas(text) == [name]


def test_a_body_without_a_mined_verb_stays():
    assert areas("推进金沙湾片区更新。") == ["金沙湾片区"]
    assert after_verb("整体布局青溪站站前", frozenset({"布局"})) == 4
    assert after_verb("整体布局青溪站站前") == 0  # without the mined words: the old reading
    assert after_verb("金沙湾", frozenset({"布局"})) == 0
