"""Failure class: conjuncts before a shared Area kind (晋北、晋南、晋东南城镇圈).

GUIDE §2.2 gives each conjunct of coordinated names sharing one suffix its own span; the
provincial-2026 conventions apply it to Areas (济南、青岛都市圈). The resolver's shared-suffix
step split a kind only after a division and only when the kind was made of head words, so a
bare compass sub-region (晋北) or a division before a composed kind (城镇|圈, mined by
``scripts/mine_area_kinds.py``) kept no kind. ``extract.pipeline.area_conjuncts`` shares it; the
belt finder also ends a kind before a manner word and its verb (城镇圈|高质量|发展) and keeps a
body the gazetteer reads as a place where the dictionary also knows a verb (大同). Sentences are
invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline


def ents(text: str, region: str | None = None) -> list[tuple[str, str, str]]:
    return [(e.text, e.label_, e.kb_id_) for e in run_pipeline(load_pipeline(), text, region).ents]


def test_bare_compass_sub_regions_share_the_kind_of_the_last_conjunct():
    found = ents("推动皖北、皖南、皖西南城镇圈协同发展。", "340000")
    kinds = {t: kb for t, label, kb in found if label == "Area"}
    assert "皖西南城镇圈" in kinds, found
    assert kinds.get("皖北") == "皖北城镇圈" and kinds.get("皖南") == "皖南城镇圈", found


def test_divisions_share_a_composed_area_kind():
    found = ents("加快推进太原、大同城镇圈建设。")
    kinds = {t: kb for t, label, kb in found if label == "Area"}
    assert "大同城镇圈" in kinds and kinds.get("太原") == "太原城镇圈", found


@pytest.mark.parametrize(
    "text",
    [
        "支持大同城镇圈高质量发展。",  # a manner word and a verb after the kind
        "推动大同城镇圈一体化发展。",
    ],
)
def test_a_kind_ends_before_a_manner_word_and_its_verb(text):
    assert ("大同城镇圈", "Area") in [(t, label) for t, label, _ in ents(text)]


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("推动皖北、皖南协同发展。", "城镇圈"),  # no kind after the list: the bare sub-regions stay
        ("支持太原、大同建设区域中心城市。", "Area"),  # places before a verb stay places
    ],
)
def test_nothing_is_shared_without_a_kind(text, absent):
    found = ents(text, "340000" if "皖" in text else None)
    if absent == "Area":
        assert not [e for e in found if e[1] == "Area"], found
    else:
        assert not [e for e in found if absent in e[2]], found


def test_a_noun_glued_to_a_kind_is_still_no_end():
    # 直播带货: the kernel 带 before a noun with no verb after it names no belt
    assert not [e for e in ents("发展直播带货品牌经济。") if e[1] == "Area"]
