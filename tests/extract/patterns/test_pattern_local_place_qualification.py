"""Local names take the author's place (GUIDE §4 full standard names; eval/provincial-2026/README.md
"Spans and canonicals"): a numbered metro line takes the city's metro prefix, also when the text
names it without its system (7号线 after 地铁8号线, backed by the document's own lines), and a
regulation written without a 《》 title takes the enacting province (民营经济促进条例 in a
province's report). Sentences are invented.
"""

from __future__ import annotations

from extract.document import from_text
from extract.extractor import extract_document
from extract.linking import AliasIndex, Context, canonical_name, metro_line
from extract.records import Mention
from extract.regions import lookup

CHENGDU = lookup("成都市").code
GANSU = lookup("甘肃省").code


def _ctx(code: str) -> Context:
    return Context.for_region(code)


def test_a_metro_line_takes_the_city_prefix_whichever_system_word_it_uses():
    ctx = _ctx(CHENGDU)
    assert canonical_name("地铁19号线二期", "Project", "", "rule", ctx)[0] == "成都地铁19号线二期"
    assert canonical_name("轨道交通30号线", "Project", "", "rule", ctx)[0] == "成都轨道交通30号线"


def test_a_province_author_has_no_city_to_prefix():
    assert canonical_name("地铁19号线二期", "Project", "", "rule", _ctx(GANSU))[0] == "地铁19号线二期"


def test_a_bare_line_takes_the_one_system_the_document_writes():
    index = AliasIndex([("Project", "成都地铁19号线二期")])
    assert index.resolve("Project", "27号线一期东段", CHENGDU) == "成都地铁27号线一期东段"


def test_two_systems_or_none_leave_a_bare_line_alone():
    two = ["成都地铁19号线二期", "成都轨道交通30号线"]
    assert metro_line("27号线一期东段", two, CHENGDU) is None
    assert metro_line("27号线一期东段", ["白鹭洲隧道"], CHENGDU) is None
    # a system of another province's city is no evidence for this author
    assert metro_line("27号线一期东段", ["兰州地铁2号线"], CHENGDU) is None


def test_bare_lines_in_a_city_report_end_to_end():
    text = (
        "成都市2025年政府工作报告\n\n一、2025年工作回顾\n"
        "建成地铁19号线二期，加快推进27号线一期东段、31号线北延线，完善公交网络。\n"
    )
    records = extract_document(from_text(text, doc_id="metro.txt"))
    got = {m.text: m.canonical for m in records if isinstance(m, Mention) and m.type == "Project"}
    assert got["地铁19号线二期"] == "成都地铁19号线二期"
    assert got["27号线一期东段"] == "成都地铁27号线一期东段"


def test_an_untitled_regulation_takes_the_authors_province():
    ctx = _ctx(GANSU)
    assert canonical_name("数字经济促进条例", "Policy", "", "rule", ctx)[0] == "甘肃省数字经济促进条例"


def test_a_titled_or_placed_regulation_or_a_bare_kind_stays():
    ctx = _ctx(GANSU)
    kept = ("《数字经济促进条例》", "兰州市数字经济促进条例", "甘肃省数字经济促进条例", "条例", "新条例")
    for name in kept:
        assert canonical_name(name, "Policy", "", "rule", ctx)[0] == name
    assert canonical_name("数字经济促进条例", "Policy", "", "rule", Context())[0] == "数字经济促进条例"


def test_a_regulation_the_text_calls_national_stays():
    ctx, name = _ctx(GANSU), "统一大市场建设条例"
    assert canonical_name(name, "Policy", "", "rule", ctx, "落实全国")[0] == name
    assert canonical_name(name, "Policy", "", "rule", ctx, "落实")[0] == "甘肃省" + name


def test_a_leading_division_word_is_the_authors():
    city = _ctx(lookup("天津市").code)
    assert canonical_name("市数字经济促进条例", "Policy", "", "rule", city)[0] == "天津市数字经济促进条例"
