"""Tables rebuilt from the flattened layouts of the bundled corpus."""

from __future__ import annotations

import pytest

from extract.document import from_text


@pytest.fixture(scope="module")
def docs(corpus_documents):
    return {d.doc_id[:3]: d for d in corpus_documents}


def _table(doc, title_part: str):
    return next(t for t in doc.tables if title_part in t.title)


def test_000_column3_rows_carry_their_area(docs):
    t = _table(docs["000"], "重大建设项目完成情况")
    assert [c.value for c in t.header] == ["项目名称", "2024年完成情况"]
    rows = {(r.cells[0].value, r.group.value if r.group else None): r.cells[1].value for r in t.rows}
    assert rows[("重庆市第五人民医院迁建工程", "南滨路片区")] == "已完工"
    assert rows[("呼归路道路工程", "南滨路片区")] == "已完工"
    assert rows[("横九路", "广阳岛片区")] == "形象进度完成95%"
    assert rows[("重庆轨道交通27号线（南岸段）", "东站片区")] == "形象进度完成60%"
    assert [g.cells[0].value for g in t.groups] == [
        "南滨路片区",
        "南坪片区",
        "南山片区",
        "广阳岛片区",
        "东站片区",
    ]
    assert len(t.rows) == 26 and all(len(r.cells) == 2 for r in t.rows)
    assert t.path[-1] == "2024年部分重大建设项目完成情况"


def test_000_broken_cell_keeps_its_exact_span(docs):
    d = docs["000"]
    t = _table(d, "重大建设项目完成情况")
    cell = t.rows[-1].cells[0]
    assert cell.text == "重庆轨道交通27号线\n\n（南岸段）" == d.text[cell.start : cell.end]


def test_002_table1_indicator_rows(docs):
    t = _table(docs["002"], "预期目标")
    assert [c.value for c in t.header] == ["序号", "指标名称", "单位", "指标属性", "2025年目标"]
    name, unit, attr, target = (t.column(h) for h in ("指标名称", "单位", "指标属性", "2025年目标"))
    first = t.rows[0]
    assert (
        first.cells[name].value,
        first.cells[unit].value,
        first.cells[attr].value,
        first.cells[target].value,
    ) == (
        "地区生产总值增速",
        "（%）",
        "预期性",
        "6",
    )
    assert len(t.rows) == 33 and t.rows[-1].cells[target].value == "≤14"
    assert first.cells[unit].value.strip("（）") == "%"


def test_002_project_boxes_are_label_rows(docs):
    t = _table(docs["002"], "重点开竣工项目情况")
    assert t.header == ()
    assert [r.cells[0].value for r in t.rows] == ["开工重点项目", "竣工重点项目"]
    assert "建桥C区生物医药园三期" in t.rows[0].cells[1].value
    box2 = _table(docs["002"], "重大战略项目")
    assert box2.rows[0].cells[0].value == "成渝地区双城经济圈建设"  # after a [bookmark: …] artifact


def test_001_pipe_tables(docs):
    t1, t2 = docs["001"].tables
    assert [c.value for c in t1.header] == ["序号", "指标名称", "预期目标", "完成情况"]
    assert [c.value for c in t1.rows[0].cells] == ["1", "地区生产总值增速(%)", "6左右", "△4.5"]
    sub = next(r for r in t1.rows if r.cells[0].value == "#工业投资增速(%)")
    assert [c.value for c in sub.cells] == ["#工业投资增速(%)", "14以上", "△19.3"]
    assert t1.rows[-1].cells[0].value == "35"
    assert t2.title == "2025年巴南区国民经济和社会发展主要指标预期目标情况"
    assert [c.value for c in t2.rows[0].cells] == ["1", "地区生产总值增速(%)", "6左右", ""]


def test_004_indicator_tables_and_project_boxes(docs):
    d = docs["004"]
    t = _table(d, "“十三五”规划主要指标完成情况")
    # the serial-number column has no header cell: an empty one keeps indices aligned
    assert [c.value for c in t.header] == ["", "指标名称", "指标属性", "“十三五”目标值", "“十三五”完成值"]
    assert t.header[2].text == "指标\n属性" and t.header[0].start == t.header[0].end
    assert t.rows[3].cells[t.column("指标名称")].value == "常住居民人均可支配收入年均增速（%）"
    first = t.rows[0]
    assert first.group.value == "总量指标"
    assert first.cells[1].value == "地区生产总值年均增速（GDP）（亿元）"
    assert first.cells[-1].value == "6.3*（813.2）"
    boxes = [t for t in d.tables if not t.header]
    assert len(boxes) >= 15
    rail = _table(d, "重大交通基础设施建设重点")
    assert rail.rows[0].cells[0].value == "铁路干线"
    wrapped = _table(d, "共同推进成渝地区双城经济圈建设工作重点")
    assert wrapped.title.startswith("南岸区、重庆经开区与龙泉驿区、成都经开区")


def test_table_from_small_text():
    text = (
        "一、情况\n\n专栏1：项目完成情况\n\n\t项目名称\n\t完成情况\n\n\t甲片区\n\n\t甲工程\n\t已完工\n\n"
        "\t乙工程\n\t开工建设\n\n（二）下一节\n正文。\n"
    )
    d = from_text(text)
    [t] = d.tables
    assert [(r.group.value, r.cells[0].value, r.cells[1].value) for r in t.rows] == [
        ("甲片区", "甲工程", "已完工"),
        ("甲片区", "乙工程", "开工建设"),
    ]
    assert [s.title for s in d.sections] == ["情况", "项目完成情况", "下一节"]
    assert d.sections[2].level == 2


def test_tab_separated_rows():
    text = (
        "表1：主要指标\n序号\t指标名称\t单位\t2025年目标\n"
        "1\t地区生产总值增速\t%\t6\n2\t固定资产投资增速\t%\t5\n\n\n正文。\n"
    )
    d = from_text(text)
    [t] = d.tables
    assert [c.value for c in t.header] == ["序号", "指标名称", "单位", "2025年目标"]
    assert [[c.text for c in r.cells] for r in t.rows] == [
        ["1", "地区生产总值增速", "%", "6"],
        ["2", "固定资产投资增速", "%", "5"],
    ]
    assert d.paragraphs[-1].kind == "text"


def test_markdown_rows_with_a_group_row():
    text = "专栏2：项目\n| 项目 | 状态 |\n|---|---|\n| 南坪片区 | |\n| 甲工程 | 已完工 |\n"
    d = from_text(text)
    [t] = d.tables
    assert [c.value for c in t.header] == ["项目", "状态"]
    [row] = t.rows
    assert (row.group.value, row.cells[0].value, row.cells[1].value) == ("南坪片区", "甲工程", "已完工")
    for c in [*t.header, *row.cells]:
        assert d.text[c.start : c.end] == c.text
