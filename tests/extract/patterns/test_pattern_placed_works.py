"""Failure class: works named for their place typed firms in a project list (issue 12, enterprise12).

A project list keeps a bare company name Enterprise (GUIDE §3), and a short item or an item among
firms was read as one. An item that is a place and then a word of the language (渝北|粮食|加工) or
a single character (黄河|屿) holds no coined trade name: it is a work or site named for its place
(GUIDE §9), a Project however short and whatever its siblings (``placed_firms.placed_works``). A
place and a coined name (上海|瑞吉亚), an abbreviation (东明|石化) or a mined company tail (重庆|钢铁)
is no such work. Sentences are invented.
"""

from __future__ import annotations

from extract.document import from_text
from extract.entities import raw_mentions
from extract.pipeline.grammar import default_grammar
from extract.pipeline.placed_firms import placed_works


def mentions(text: str) -> set[tuple[str, str]]:
    doc = from_text(text, doc_id="placed-works.txt")
    return {(text[s:e], t) for s, e, t, _, _ in raw_mentions(doc)}


def test_a_place_and_plain_words_or_one_character_is_works():
    gr = default_grammar()
    for works in ("渝北粮食加工", "巴南粮食仓储", "黄河屿", "长江屿"):
        assert placed_works(works, gr), works
    for firm in ("上海瑞吉亚", "东明石化", "重庆钢铁", "德佑", "华瑞", "瑞吉亚科技"):
        assert not placed_works(firm, gr), firm


def test_placed_works_among_firms_stay_out_of_enterprise():
    found = mentions("推动渝北粮食加工、恒达、华瑞等项目建成投产，物流产业提质增效。")
    firms = {m for m, t in found if t == "Enterprise"}
    assert "渝北粮食加工" not in firms, found


def test_a_short_placed_site_is_no_firm():
    found = mentions("加快黄河屿、滨湖老街二期等项目建设，打造文旅消费新场景。")
    assert ("黄河屿", "Enterprise") not in found, found


def test_placed_firms_and_listed_firms_stay_enterprise():
    found = mentions("积极引入上海瑞吉亚、青海丽豪等12个项目，鼓励东明石化、合力达等企业开拓市场。")
    firms = {m for m, t in found if t == "Enterprise"}
    assert {"上海瑞吉亚", "青海丽豪", "东明石化"} <= firms, found
