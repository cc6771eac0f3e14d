"""Failure class: head-word guesses whose left edge is no word edge (issue 12, precision).

The name scan stopped inside a word (及以|上企业技术中心: the guess begins with the second half
of 以上) or right after an adverb (持续|壮大…: the guess begins with the verb the adverb
modifies). ``extract.pipeline.word_edges`` reads jieba's dictionary, not a list. Each rule is
checked both ways: a name after a verb, or one the surroundings mis-read, stays. Sentences are
invented.
"""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.word_edges import opens_inside_word, opens_with_joining_mark, verb_after_adverb

VETOED = ("Platform", "Project", "Enterprise", "Organization")


def ents(text: str, region: str | None = "530000") -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, region).ents]


@pytest.mark.parametrize(
    ("text", "piece"),
    [
        ("县级及以上研发平台达到30家。", "上研发平台"),  # 以上 cut
        ("推动示范性公办托育综合服务中心建设。", "性公办托育综合服务中心"),  # 示范性 cut
        ("联动青少年服务中心开展活动。", "年服务中心"),  # 青少年 cut
    ],
)
def test_a_guess_that_opens_inside_a_word_is_dropped(text, piece):
    start = text.index(piece)
    assert opens_inside_word(text, start, start + len(piece))
    assert piece not in [t for t, label in ents(text) if label in VETOED]


@pytest.mark.parametrize(
    "text",
    [
        "持续壮大园区经济。",  # 持续 (adverb) | 壮大 (verb) 园区
    ],
)
def test_a_guess_right_after_an_adverb_is_a_clause(text):
    assert [e for e in ents(text) if e[1] in VETOED] == []


@pytest.mark.parametrize(
    ("text", "name", "type_"),
    [
        ("积极拓宽澄湾物流园区。", "澄湾物流园区", "Platform"),  # the verb goes, the name stays
        ("持续丰富岫云水库项目储备。", "岫云水库项目", "Project"),
    ],
)
def test_the_verb_after_an_adverb_is_cut_off_the_name(text, name, type_):
    assert (name, type_) in ents(text)


@pytest.mark.parametrize(
    ("text", "name", "type_"),
    [
        ("加快建设澄湾软件园。", "澄湾软件园", "Platform"),  # after a verb: a name
        ("做大做强岫渡新材料应用孵化平台。", "岫渡新材料应用孵化平台", "Platform"),  # lone characters: a name
        ("支持大同国家数据标注基地发展。", "大同国家数据标注基地", "Platform"),  # 大同: "adverb" and city
    ],
)
def test_names_after_verbs_and_places_stay(text, name, type_):
    found = ents(text)
    assert any(t.endswith(name[-6:]) and label == type_ for t, label in found), found


def test_positions_that_are_word_edges_are_no_cuts():
    text = "加快建设澄湾软件园。"
    start = text.index("澄湾")
    assert not opens_inside_word(text, start, len(text) - 1)
    assert verb_after_adverb(text, start) == 0
    assert not opens_inside_word(text, 0, 3)  # nothing before the guess


@pytest.mark.parametrize(
    ("text", "piece"),
    [
        ("澄湾·岫云国际航运中心发展指数升至全球第十。", "·岫云国际航运中心"),  # the name began before ·
        ("推行“一网通办”综合服务基地模式。", "”综合服务基地"),  # the quote closed before
    ],
)
def test_a_guess_opening_with_a_joining_mark_is_dropped(text, piece):
    assert opens_with_joining_mark(piece)
    assert piece not in [t for t, label in ents(text) if label in VETOED]


def test_a_dash_before_a_name_is_only_a_delimiter():
    assert not opens_with_joining_mark("——澄湾隧道")
