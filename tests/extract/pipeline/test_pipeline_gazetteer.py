"""policykg_gazetteer: divisions, strategies and party/government bodies from the data files."""

from __future__ import annotations

import pytest

from extract.entities import load_pipeline, run_pipeline
from extract.gazetteer import Entry, Gazetteer, normalise
from extract.pipeline.candidates import candidates


def ents(text: str, region: str | None = "500108") -> list[tuple[str, str, str]]:
    doc = run_pipeline(load_pipeline(), text, region)
    return [(e.text, e.label_, e.kb_id_) for e in doc.ents]


def test_normalise_keeps_length_and_unifies_brackets():
    text = "巴(南)ＡＢ１２（南岸段）"
    view = normalise(text)
    assert len(view) == len(text)
    assert view == "巴（南）AB12（南岸段）"


def test_automaton_finds_overlapping_surface_forms():
    gaz = Gazetteer(
        [Entry("南岸", "District", "南岸区", "region"), Entry("南岸区", "District", "南岸区", "region")]
    )
    hits = sorted((s, e) for s, e, _ in gaz.finditer("在南岸区建设"))
    assert hits == [(1, 3), (1, 4)]


def test_gazetteer_round_trips_through_bytes():
    gaz = Gazetteer([Entry("陆海新通道", "Strategy", "西部陆海新通道", "strategy")])
    again = Gazetteer.from_bytes(gaz.to_bytes())
    assert [(s, e, b[0].canonical) for s, e, b in again.finditer("共建陆海新通道")] == [
        (2, 7, "西部陆海新通道")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("全面融入陆海新通道，", ("陆海新通道", "Strategy", "西部陆海新通道")),
        ("推动成渝双城经济圈建设走深走实", ("成渝双城经济圈", "Strategy", "成渝地区双城经济圈")),
        ("深化推进新时代西部大开发。", ("新时代西部大开发", "Strategy", "西部大开发")),
        ("认真贯彻党中央决策部署", ("党中央", "Organization", "中共中央")),
    ],
)
def test_strategies_and_bodies(text, expected):
    assert expected in ents(text)


def test_strategy_generic_tail_left_out():
    # GUIDE §2.6: 建设 / 高质量发展 are not part of the strategy span
    found = ents("推动长江经济带高质量发展，加快西部陆海新通道建设。")
    assert [(t, lab) for t, lab, _ in found] == [("长江经济带", "Strategy"), ("西部陆海新通道", "Strategy")]


def test_conditional_strategy_needs_its_following_word():
    assert ("扩大内需", "Strategy", "扩大内需") in ents("坚持扩大内需战略基点")
    assert not any(lab == "Strategy" for _, lab, _ in ents("有效扩大内需，提振消费"))


def test_county_short_forms_only_in_the_authors_province():
    # 渝北 is a county of 重庆 (code 50…), not of 浙江 (33…), unless a 浙江 text names it in full
    assert ("渝北", "District", "渝北区") in ents("加强与江北、渝北合作", region="500108")
    assert not any(t == "渝北" for t, _, _ in ents("加强与渝北合作", region="330000"))
    assert ("渝北", "District", "渝北区") in ents("与重庆市渝北区合作，渝北经验", region="330000")


def test_bracketed_pair_short_forms():
    found = ents("制定巴(南)温(江)年度合作任务。温江区", region="500113")
    assert ("巴(南)", "District", "巴南区") in found
    assert ("温(江)", "District", "温江区") in found


def test_candidates_carry_source_and_hint():
    doc = run_pipeline(load_pipeline(), "在区委的正确领导下", "500108")
    spans = [s for s in candidates(doc) if s.text == "区委"]
    assert spans and spans[0].id_ == "organization" and spans[0].kb_id_ == "中共{county}委员会"
