"""Indicators from indicator tables (主要指标完成情况, 预期目标, “十四五”指标体系).

Columns are recognised by their header text, not by position, because every document
orders them differently: the name (指标名称), the unit (单位, or a bracket in the name such
as ``（%）``), the attribute (属性: 预期性/约束性) and value columns whose header says which
year and whether it is a target (目标/预期) or an outcome (完成/实际). Rows are read
*right-aligned* against the header: rows often carry serial cells the header lacks
(``1 | （1） | 名称 …``), and a 数值/年度增速 sub-header doubles every value column into a
level and its growth rate (``地区生产总值及年均增速 … 813.3 | 3.5%``), which becomes one
record with ``growth_pct``. A row's evidence is the row.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from extract.indicators.names import clean_name
from extract.indicators.numbers import Figure, find_figures, to_halfwidth
from extract.model import Cell, Row, Table
from extract.records import Indicator, Mention

_YEAR = re.compile(r"(20\d{2})年?")
_FIVE = re.compile(r"十([一二三四五六七八九])五")
_CN_ORD = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_UNIT_IN_NAME = re.compile(r"[（(]([^（）()]*)[)）]")
_UNIT_OK = re.compile(r"^[%‰万亿千百元美人次个家项吨辆台套平方公里顷米亩标准煤/·件栋座所张床户岁天年]{1,10}$")
_ATTRS = ("预期性", "约束性")
_SERIAL = re.compile(r"^[\s（(]*(?:\d+|[一二三四五六七八九十]+)[)）.、\s]*$")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_RATE_NAME = re.compile(r"(增速|增长率|比重|率|强度|占比)$")


@dataclass(frozen=True, slots=True)
class _Layout:
    name: int | None
    unit: int | None
    attr: int | None
    values: tuple[tuple[int, int, str], ...]  # (header index, year, kind)


def _five_year_end(text: str) -> int | None:
    m = _FIVE.search(text)
    return 2010 + 5 * (_CN_ORD[m.group(1)] - 1) if m else None


def _year_of(text: str) -> int | None:
    m = _YEAR.search(to_halfwidth(text))
    return int(m.group(1)) if m else None


def _layout(table: Table, default_year: int, is_plan_year: Callable[[int], bool]) -> _Layout:
    name = unit = attr = None
    values: list[tuple[int, int, str]] = []
    title_year = _year_of(table.title) or default_year
    for i, cell in enumerate(table.header):
        h = re.sub(r"\s", "", cell.text)
        if name is None and "指标" in h and "属性" not in h:
            name = i
        elif "单位" in h:
            unit = i
        elif "属性" in h:
            attr = i
        elif any(k in h for k in ("目标", "预期", "完成", "实际", "预计")) or _YEAR.search(h):
            year = _year_of(h) or _five_year_end(h) or title_year
            if any(k in h for k in ("完成", "实际")):
                kind = "actual"
            elif any(k in h for k in ("目标", "预期")):
                kind = "target"
            else:
                kind = "target" if is_plan_year(year) else "actual"
            values.append((i, year, kind))
    return _Layout(name, unit, attr, tuple(values))


def indicators_in_table(
    table: Table,
    doc_id: str,
    subject: tuple[str, str, str],
    default_year: int,
    is_plan_year: Callable[[int], bool],
    mentions: Sequence[Mention] = (),
) -> list[Indicator]:
    """Every (row, value column) figure of an indicator table as an Indicator record."""
    layout = _layout(table, default_year, is_plan_year)
    if layout.name is None or not layout.values:
        return []
    split = any("数值" in c.text for r in table.rows[:3] for c in r.cells)
    out: list[Indicator] = []
    for row in table.rows:
        out.extend(_row(row, table, doc_id, subject, layout, split, mentions))
    return out


def _name_index(cells: Sequence[str], attr_i: int | None) -> int | None:
    stop = attr_i if attr_i is not None else len(cells)
    for i in range(stop - 1, -1, -1) if attr_i is not None else range(stop):
        c = cells[i].strip()
        if len(_CJK.findall(c)) >= 2 and not _SERIAL.match(c) and c not in _ATTRS:
            return i
    return None


@dataclass(frozen=True, slots=True)
class _RowHead:
    """What a row says once for all its value columns."""

    who: tuple[str, str, str]  # (subject, type, entity id)
    name: str
    unit: str  # from the unit column or a bracket in the name; "" when neither has one
    with_growth: bool  # 地区生产总值及年均增速: each value column is a (level, growth) pair
    attribute: str | None  # 预期性 / 约束性


def _row(
    row: Row,
    table: Table,
    doc_id: str,
    subject: tuple[str, str, str],
    layout: _Layout,
    split: bool,
    mentions: Sequence[Mention],
) -> list[Indicator]:
    texts = [c.text for c in row.cells]
    attr_i = next((i for i, t in enumerate(texts) if t.strip() in _ATTRS), None)
    name_i = _name_index(texts, attr_i)
    if name_i is None:
        return []
    columns = _value_columns(len(texts), len(table.header), layout, split, name_i)
    if columns is not None and attr_i is not None and columns[1] <= attr_i:
        # value + growth pairs would start at the attribute (预期性): the row holds values only
        columns = _value_columns(len(texts), len(table.header), layout, False, name_i)
    if columns is None:
        return []
    width, first_value = columns
    paired = width == 2 * len(layout.values)  # a growth column after each value
    head = _row_head(row, texts, layout, (attr_i, name_i, first_value), split and paired, subject, mentions)
    if head is None:
        return []
    out: list[Indicator] = []
    for j, (_, year, kind) in enumerate(layout.values):
        read = _row_figure(texts, first_value + (2 * j if paired else j), paired)
        if read is None:
            continue
        f, growth = read
        unit = _row_unit(head, f.unit, growth)
        if not unit:
            continue  # 1.85∶1, a bare 0.019: no unit, no indicator (eval/provincial-2026 conventions)
        out.append(
            Indicator(
                doc=doc_id,
                subject=head.who[0],
                subject_type=head.who[1],
                subject_id=head.who[2],
                indicator=head.name,
                year=year,
                value=f.value,
                unit=unit,
                start=row.start,
                end=row.end,
                growth_pct=growth if head.with_growth else None,
                kind_=kind,
                attribute=head.attribute,
                qualifier=f.hedge or ("△" if f.estimated else None),
                path=table.path,
            )
        )
    return out


def _row_head(
    row: Row,
    texts: list[str],
    layout: _Layout,
    columns: tuple[int | None, int, int],
    paired: bool,
    subject: tuple[str, str, str],
    mentions: Sequence[Mention],
) -> _RowHead | None:
    """The row's subject, indicator name, unit and attribute; None when the name is no name.
    ``columns`` is (attribute, name, first value) column of the row."""
    attr_i, name_i, first_value = columns
    unit = _unit_cell(texts, layout, attr_i, name_i, first_value)
    raw = texts[name_i].strip()
    for m in _UNIT_IN_NAME.finditer(raw):
        if _UNIT_OK.match(m.group(1)) and not unit:
            unit = m.group(1)
    who, raw = _row_subject(row.cells[name_i], raw, subject, mentions)
    with_growth = paired and "及" in raw
    name = clean_name(re.sub(r"及(?:年均)?增速$|及年均增长率$", "", raw)) if with_growth else clean_name(raw)
    if not name or not _CJK.search(name):
        return None
    attribute = texts[attr_i].strip() if attr_i is not None else None
    return _RowHead(who, name, unit, with_growth, attribute)


def _row_figure(texts: list[str], vi: int, paired: bool) -> tuple[Figure, float | None] | None:
    """The figure in value column ``vi`` and, for paired columns, the growth rate beside it."""
    figs = find_figures(texts[vi], require_unit=False)
    if not figs:
        return None
    growth = None
    if paired:
        g = find_figures(texts[vi + 1], require_unit=False)
        growth = g[0].value if g else None
    return figs[0], growth


def _row_unit(head: _RowHead, figure_unit: str, growth: float | None) -> str:
    """The row's unit, else the figure's; a rate's name (增速, 比重 without a unit) or a growth
    column beside a unitless level makes it %."""
    u = head.unit or figure_unit
    if head.name.endswith(("增速", "增长率")) or (not u and _RATE_NAME.search(head.name)):
        u = "%"
    if not head.with_growth and growth is not None and not head.unit:
        u = "%"
    return u


def _value_columns(
    n_cells: int, n_header: int, layout: _Layout, split: bool, name_i: int
) -> tuple[int, int] | None:
    """(width, first value column) of a row's figures, counted from its right end; a row too
    short for value + growth pairs is read as values only; None when the values would reach
    the name column."""
    k = len(layout.values)
    trail = n_header - 1 - layout.values[-1][0]  # 备注 and other columns after the values
    width = 2 * k if split else k
    first_value = n_cells - trail - width
    if first_value <= name_i:
        width, first_value = k, n_cells - trail - k
        if first_value <= name_i:
            return None
    return width, first_value


def _unit_cell(texts: list[str], layout: _Layout, attr_i: int | None, name_i: int, first_value: int) -> str:
    """The unit column's text, placed relative to the attribute (or name) column as in the header."""
    if layout.unit is None:
        return ""
    anchor_row, anchor_head = (
        (attr_i, layout.attr) if attr_i is not None and layout.attr is not None else (name_i, layout.name)
    )
    if anchor_head is None:  # no name column in the header to measure from
        return ""
    ui = anchor_row + (layout.unit - anchor_head)
    if 0 <= ui < first_value and ui != name_i:
        return re.sub(r"[（()）【】\s_—-]", "", texts[ui])
    return ""


def _row_subject(
    cell: Cell, raw: str, subject: tuple[str, str, str], mentions: Sequence[Mention]
) -> tuple[tuple[str, str, str], str]:
    """A place named at the start of the name cell (a platform, district or area) is the row's
    subject, and the name is what follows it; else the table's subject and the whole name."""
    lead = re.match(r"^[#＃\s]*", raw)
    for m in mentions:
        if m.start == cell.start + (lead.end() if lead else 0) and m.type in ("Platform", "District", "Area"):
            return (m.canonical, m.type, m.entity_id), raw[(lead.end() if lead else 0) + len(m.text) :]
    return subject, raw


__all__ = ["indicators_in_table"]
