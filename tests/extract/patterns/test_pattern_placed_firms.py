"""Failure class: firms called by their home place and a coined trade name (issue 12, enterprise11).

In a project list a bare company name stays Enterprise (GUIDE §3); a firm written with the place
it comes from in front (甲地|富乐, 上海|瑞吉亚) is as much a firm as the bare trade name, while works
named after a place hold a word of the language (重庆|龙门|里, 石龙|谷|漂流), a second place
(天池|准东), a modifier and a word (重庆|小|面) or the end of a site's kernel (滨江|智谷) and stay
Projects (``extract.pipeline.placed_firms``). Sentences are invented.
"""

from __future__ import annotations

from extract.document import from_text
from extract.entities import raw_mentions
from extract.pipeline.grammar import default_grammar
from extract.pipeline.placed_firms import coined, placed_trade_name


def mentions(text: str) -> set[tuple[str, str]]:
    doc = from_text(text, doc_id="placed-firms.txt")
    return {(text[s:e], t) for s, e, t, _, _ in raw_mentions(doc)}


def test_a_coined_name_is_single_characters_or_rare_names():
    assert coined("瑞吉亚") and coined("丽豪")
    assert not coined("龙门里") and not coined("味道") and not coined("小面")


def test_a_place_and_a_coined_name_is_a_firm():
    gr = default_grammar()
    assert placed_trade_name("上海瑞吉亚", gr) and placed_trade_name("青海丽豪", gr)
    for works in ("重庆龙门里", "天池准东", "南岸味道", "重庆小面", "滨江智谷"):
        assert not placed_trade_name(works, gr), works


def test_placed_firms_in_a_project_list_are_firms():
    found = mentions("积极引入上海瑞吉亚、青海丽豪等12个项目，大健康产业营业收入增长8%。")
    assert {("上海瑞吉亚", "Enterprise"), ("青海丽豪", "Enterprise")} <= found, found


def test_works_named_after_a_place_stay_projects():
    found = mentions("持续推动重庆龙门里、石龙谷漂流等乡村旅游项目建设。")
    firms = {m for m, t in found if t == "Enterprise"}
    assert not firms & {"重庆龙门里", "石龙谷漂流"}, found
