"""Failure class: firms listed as the subject of what they did, with no classifier (issue 12).

``A、B等一批“X”茁壮成长``, ``A、B等快速成长``: no 等…企业 types the items. The items of one list
are of one kind, so when a list closed by 等 is directly followed by a predicate (a clause word,
an idiom, a verbal noun chained with a verb) and one of its items has a firm's shape (a
company-style tail after a stem that is a name of its own, six characters at most), every
name-like item is an Enterprise (``extract.pipeline.firm_lists``). A noun after 等 (等产业,
等领域) names the items' kind and types nothing here. Sentences and names are invented.
"""

from __future__ import annotations

from extract.entities import load_pipeline, run_pipeline
from extract.pipeline.firm_lists import firm_shaped


def ents(text: str, region: str | None = "530000") -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in run_pipeline(load_pipeline(), text, region).ents]


def test_a_firm_shaped_item_types_its_siblings_before_a_predicate():
    found = ents("去年，澜沣科技、青翎、墨川生物等快速成长，产值增长两成。")
    assert {("澜沣科技", "Enterprise"), ("青翎", "Enterprise"), ("墨川生物", "Enterprise")} <= set(found)


def test_a_quoted_coined_category_may_stand_before_the_predicate():
    found = ents("栖云动力、岚川未来等一批“小树苗”茁壮成长。")
    assert {("栖云动力", "Enterprise"), ("岚川未来", "Enterprise")} <= set(found)


def test_a_verbal_noun_chained_with_a_verb_is_a_predicate():
    found = ents("潇湘芯能源、澄澜科技等投产增效。")
    assert {("潇湘芯能源", "Enterprise"), ("澄澜科技", "Enterprise")} <= set(found)


def test_sectors_and_fields_before_a_noun_are_no_firms():
    found = ents("培育硅基光电子、海洋新材料、智能网联汽车等未来产业。")
    assert not any(t == "Enterprise" for _, t in found)
    found = ents("在智算芯片、海洋电子信息等关键技术上取得突破。")
    assert not any(t == "Enterprise" for _, t in found)


def test_firm_shape_needs_a_named_stem_and_a_short_name():
    assert firm_shaped("墨川科技")
    assert not firm_shaped("绿色食品")  # everyday stem: a sector
    assert not firm_shaped("燕岭石化绿色新材料")  # a firm and its product: a project
