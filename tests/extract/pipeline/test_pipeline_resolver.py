"""policykg_resolver: maximal non-overlapping spans, source priority, zone typing."""

from __future__ import annotations

from extract.entities import load_pipeline, run_pipeline


def ents(text: str, region: str | None = "500108") -> list[tuple[str, str]]:
    doc = run_pipeline(load_pipeline(), text, region)
    return [(e.text, e.label_) for e in doc.ents]


def test_maximal_name_wins_and_nothing_nests():
    # GUIDE §2.1: no District inside the Organization
    assert ents("推动重庆市中药研究院发展，") == [("重庆市中药研究院", "Organization")]


def test_title_beats_everything_inside_it():
    found = ents("制定《南岸区推动成渝地区双城经济圈建设实施方案》。")
    assert found == [("《南岸区推动成渝地区双城经济圈建设实施方案》", "Policy")]


def test_zone_listed_with_districts_is_a_district():
    found = ents("深化与成都经开区（龙泉驿区）、成华区等成都有关区县合作")
    assert ("成都经开区", "District") in found


def test_zone_on_its_own_is_a_platform():
    assert ("成都经开区", "Platform") in ents("依托成都经开区发展汽车产业")


def test_head_guess_opening_with_a_strategy_is_dropped():
    found = ents("西部陆海新通道铁海联运班列货运量增长37%")
    assert found[0] == ("西部陆海新通道", "Strategy")


def test_ents_do_not_overlap():
    doc = run_pipeline(
        load_pipeline(), "推动重庆东站铁路枢纽、渝湘高铁等项目建设，南岸区加快建设广阳岛片区。", "500108"
    )
    last = -1
    for e in doc.ents:
        assert e.start >= last
        last = e.end
