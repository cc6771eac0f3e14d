"""Rebuild the flattened tables of the corpus into header + rows, every cell with its span.

Word-to-text conversion leaves tables in three layouts, all introduced by a title line
(``专栏3：…``, ``表1：…``, or an appendix title before a pipe table):

* **grid** — one cell per tab-indented line, rows separated by an empty line. The first
  row is the header and fixes the column count. A line without a tab continues the cell
  above it (a header broken as ``指标\\n属性``), even across an empty line when the row is
  still short (``重庆轨道交通27号线\\n\\n（南岸段）``). A row with a single filled cell (or a
  Chinese ordinal and a label, as in 004's indicator groups) is a *group row*: it is not a
  row itself but the group of the rows below it (``南滨路片区``).
* **labels** — ``类别：项目；项目；…`` lines (002's and 004's project boxes): one row of
  (label, items) per line, no header.
* **pipe** — ``cell |`` lines (001's appendix): the header ends where 序号 restarts at 1,
  a row ends after ``ncols`` cells or at a ``| |`` end marker.

A titled box in any other layout (numbered items, 000's 民生实事 list) is a ``list`` box:
no table, but still a column section whose extent the structure pass decides.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from extract.headings import content_start, is_appendix, match_column, match_heading
from extract.lines import Line
from extract.model import Cell, Row, Table

LABEL = re.compile(r"([^：，。；、“”]{2,20})：")


@dataclass
class Box:
    """A titled box (专栏/表/appendix table) found in the text."""

    layout: str  # grid | labels | pipe | list
    number: str  # 专栏3, 表1, 附件1
    title: str  # title text without the number, whitespace collapsed
    title_start: int
    title_end: int
    first_line: int  # index of the title line
    last_line: int  # index of the last line the table consumed (title line for list boxes)
    table: Table | None = None


def _cell(text: str, start: int, end: int) -> Cell:
    return Cell(text[start:end], start, end)


def _collapse(s: str) -> str:
    return re.sub(r"\s+", "", s)


def find_boxes(text: str, norm: str, lines: list[Line]) -> list[Box]:
    """Every titled box among ``lines``, in order, with its table when one can be rebuilt."""
    boxes: list[Box] = []
    i = 0
    n = len(lines)
    while i < n:
        line = lines[i]
        if line.blank:
            i += 1
            continue
        m = match_column(norm, line.lstart, line.rend)
        if m:
            box = _titled_box(text, norm, lines, i, m.start(), m.end())
            boxes.append(box)
            i = box.last_line + 1
            continue
        if (
            norm[line.rend - 1] == "|"
            and i + 3 < n
            and all(norm[lines[k].rend - 1] == "|" for k in (i, i + 1))
        ):
            piped = _pipe_box(text, norm, lines, i)
            if piped is not None:
                boxes.append(piped)
                i = piped.last_line + 1
                continue
        i += 1
    k = 0
    for box in boxes:
        if box.table is not None:
            k += 1
            box.table = dataclasses.replace(box.table, id=f"t{k}")
    return boxes


def _next_nonblank(lines: list[Line], i: int) -> int | None:
    while i < len(lines):
        if not lines[i].blank or lines[i].tabbed:
            return i
        i += 1
    return None


def _titled_box(text: str, norm: str, lines: list[Line], i: int, num_start: int, num_end: int) -> Box:
    line = lines[i]
    ts = num_end
    while ts < line.rend and norm[ts] in "： \t":
        ts += 1
    title_end = line.rend
    title_last = i
    j = _next_nonblank(lines, i + 1)
    # a title wrapped onto a second paragraph (004 专栏5-1), followed by label rows
    if j is not None and not lines[j].tabbed and lines[j].rend - lines[j].lstart <= 40:
        k = _next_nonblank(lines, j + 1)
        second = norm[lines[j].lstart : lines[j].rend]
        wrapped = (
            k is not None
            and "：" not in second
            and "。" not in second
            and _label_at(norm, lines[k])
            and not _starts_block(norm, lines[j])
            and not _starts_block(norm, lines[k])
        )
        if wrapped:
            title_end = lines[j].rend
            title_last = j
            j = k
    number = _collapse(text[num_start:num_end])
    title = _collapse(text[ts:title_end]) if ts < title_end else ""
    box = Box("list", number, title, line.lstart, title_end, i, title_last)
    if j is None:
        return box
    first = lines[j]
    if len(_split_cells(text, first)) >= 2:
        table, last = _delimited(text, norm, lines, j)
        if table is not None:
            box.layout, box.last_line = "delimited", last
            box.table = _finish(table, box)
        return box
    block = _block(lines, j)
    if first.tabbed and len(block) >= 2 and first.rend - first.lstart <= 40 and not _label_at(norm, first):
        table, last = _grid(text, norm, lines, j)
        if table is not None and table.rows:
            box.layout, box.last_line = "grid", last
            box.table = _finish(table, box)
        return box
    if _label_at(norm, first):
        rows, last = _labels(text, norm, lines, j)
        if rows:
            box.layout, box.last_line = "labels", last
            box.table = _finish(Table("", "", 0, 0, 0, 0, (), tuple(rows), ()), box)
    return box


def _split_cells(text: str, line: Line) -> list[tuple[int, int]]:
    """Cells of a one-row-per-line table: tab-separated (``序号\t指标\t单位``) or
    markdown-style (``| 序号 | 指标 |``). Fewer than two cells: not such a row."""
    s, e = line.lstart, line.rend
    if e - s < 3:
        return []
    content = text[s:e]
    if content.startswith("|") and content.endswith("|") and content.count("|") >= 3:
        sep, s, e = "|", s + 1, e - 1
    elif "\t" in content:
        sep = "\t"
    else:
        return []
    cells = []
    pos = s
    while pos <= e:
        nxt = text.find(sep, pos, e)
        stop = e if nxt < 0 else nxt
        a, z = pos, stop
        while a < z and text[a] in " \u3000\xa0":
            a += 1
        while z > a and text[z - 1] in " \u3000\xa0":
            z -= 1
        cells.append((a, z))
        if nxt < 0:
            break
        pos = nxt + 1
    if sep == "|" and all(re.fullmatch(r"[\s:：\-—–]*", text[a:z]) for a, z in cells):
        return [(-1, -1)] * len(cells)  # the |---|---| rule under a markdown header
    return cells if sum(1 for a, z in cells if z > a) >= 1 and len(cells) >= 2 else []


def _delimited(text: str, norm: str, lines: list[Line], j: int) -> tuple[Table | None, int]:
    """One row per line, cells split by tabs or pipes; a lone filled cell is a group row."""
    parsed: list[list[tuple[int, int]]] = []
    last = j
    k = j
    blanks = 0
    while k < len(lines):
        ln = lines[k]
        if ln.blank:
            blanks += 1
            if blanks >= 2:
                break
            k += 1
            continue
        blanks = 0
        cells = _split_cells(text, ln)
        if len(cells) < 2 or match_column(norm, ln.lstart, ln.rend):
            break
        if cells[0] != (-1, -1):
            parsed.append(cells)
        last = k
        k += 1
    if len(parsed) < 2:
        return None, last
    head = tuple(_cell(text, a, z) for a, z in parsed[0])
    built: list[Row] = []
    groups: list[Row] = []
    group: Cell | None = None
    for cells in parsed[1:]:
        filled = [(a, z) for a, z in cells if z > a]
        if len(filled) == 1 and len(head) >= 2:
            group = _cell(text, *filled[0])
            groups.append(Row((group,), group.start, group.end))
            continue
        built.append(Row(tuple(_cell(text, a, z) for a, z in cells), cells[0][0], cells[-1][1], group))
    if not built:
        return None, last
    return Table("", "", 0, 0, 0, 0, head, tuple(built), (), tuple(groups)), last


def _finish(table: Table, box: Box) -> Table:
    end = max([table.rows[-1].end] + [c.end for c in table.header] + [g.end for g in table.groups])
    return Table(
        "",
        box.title,
        box.title_start,
        end,
        box.title_start,
        box.title_end,
        table.header,
        table.rows,
        (),
        table.groups,
    )


def _starts_block(norm: str, line: Line) -> bool:
    """A heading, box title or appendix line: never part of a title or a label row."""
    return bool(
        match_heading(norm, line.lstart, line.rend)
        or match_column(norm, line.lstart, line.rend)
        or is_appendix(norm, line.lstart, line.rend)
    )


def _label_at(norm: str, line: Line) -> re.Match[str] | None:
    return LABEL.match(norm, content_start(norm, line.lstart, line.rend), line.rend)


def _block(lines: list[Line], j: int) -> list[Line]:
    """Lines from ``j`` up to the next truly empty line (a tab-only line is an empty cell)."""
    out = []
    while j < len(lines) and not (lines[j].blank and not lines[j].tabbed):
        out.append(lines[j])
        j += 1
    return out


def _block_cells(text: str, norm: str, block: list[Line], cells: list[list[int]]) -> None:
    """Append the cells of ``block`` to ``cells`` ([start, end] pairs); untabbed lines continue."""
    for ln in block:
        if ln.tabbed or not cells:
            s = content_start(norm, ln.lstart, ln.rend) if not ln.blank else ln.lstart
            cells.append([s, max(s, ln.rend)])
        else:
            cells[-1][1] = ln.rend


def _grid(text: str, norm: str, lines: list[Line], j: int) -> tuple[Table | None, int]:
    header_block = _block(lines, j)
    header: list[list[int]] = []
    _block_cells(text, norm, header_block, header)
    ncols = len(header)
    last = header_block[-1].index
    rows: list[list[list[int]]] = []
    k = last + 1
    while True:
        nb = _next_nonblank(lines, k)
        if nb is None:
            break
        block = _block(lines, nb)
        first = block[0]
        if match_column(norm, first.lstart, first.rend):
            break
        if not first.tabbed:
            short_row = rows and len(rows[-1]) < ncols
            cont = short_row and (len(block) > 1 or first.rend - first.lstart <= 20)
            if not cont or match_heading(norm, first.lstart, first.rend):
                break
            _block_cells(text, norm, block, rows[-1])
        else:
            cells: list[list[int]] = []
            _block_cells(text, norm, block, cells)
            rows.append(cells)
        last = block[-1].index
        k = last + 1
    if not rows:
        return None, last
    built: list[Row] = []
    groups: list[Row] = []
    group: Cell | None = None
    for cells in rows:
        filled = [c for c in cells if c[1] > c[0]]
        numeral = re.fullmatch(r"[一二三四五六七八九十]+", norm[cells[0][0] : cells[0][1]])
        is_group = ncols >= 2 and (
            len(filled) == 1 or (len(filled) == 2 and filled[0] is cells[0] and numeral is not None)
        )
        if is_group:
            group = _cell(text, filled[-1][0], filled[-1][1])
            groups.append(Row(tuple(_cell(text, s, e) for s, e in filled), filled[0][0], filled[-1][1]))
            continue
        row_cells = tuple(_cell(text, s, e) for s, e in cells)
        built.append(Row(row_cells, cells[0][0], max(e for _, e in cells), group))
    head = tuple(_cell(text, s, e) for s, e in header)
    head = _unlabelled_serial(head, built, norm)
    return Table("", "", 0, 0, 0, 0, head, tuple(built), (), tuple(groups)), last


def _unlabelled_serial(head: tuple[Cell, ...], rows: list[Row], norm: str) -> tuple[Cell, ...]:
    """Rows one cell wider than the header, led by a serial number: that leading column has
    no header cell (004 专栏1-1). Prepend an empty one so header indices match row indices."""
    if not rows or not head:
        return head
    widths = [len(r.cells) for r in rows]
    typical = max(set(widths), key=widths.count)
    serial = sum(1 for r in rows if re.fullmatch(r"\d{1,3}|", norm[r.cells[0].start : r.cells[0].end]))
    if typical == len(head) + 1 and serial >= 0.8 * len(rows):
        return (Cell("", head[0].start, head[0].start), *head)
    return head


def _labels(text: str, norm: str, lines: list[Line], j: int) -> tuple[list[Row], int]:
    rows: list[Row] = []
    last = j
    blanks = 0
    k = j
    while k < len(lines):
        ln = lines[k]
        if ln.blank and not ln.tabbed:
            blanks += 1
            if blanks >= 2:
                break
            k += 1
            continue
        blanks = 0
        m = _label_at(norm, ln)
        if not m or match_column(norm, ln.lstart, ln.rend) or match_heading(norm, ln.lstart, ln.rend):
            break
        label = _cell(text, m.start(1), m.end(1))
        ds = m.end()
        rows.append(Row((label, _cell(text, ds, ln.rend)), m.start(1), ln.rend))
        last = k
        k += 1
    return rows, last


def _pipe_cells(norm: str, ln: Line) -> tuple[int, int, bool]:
    """(start, end, ends_row) of the cell on a ``cell |`` line."""
    bar = norm.find("|", ln.lstart, ln.rend)
    s, e = ln.lstart, bar
    while e > s and norm[e - 1] == " ":
        e -= 1
    rest = norm[bar + 1 : ln.rend].strip()
    return s, e, rest.startswith("|")


def _pipe_box(text: str, norm: str, lines: list[Line], i: int) -> Box | None:
    k = i
    cells: list[tuple[int, int, bool]] = []
    while k < len(lines) and not lines[k].blank and norm[lines[k].rend - 1] == "|":
        cells.append(_pipe_cells(norm, lines[k]))
        k += 1
    last = k - 1
    if len(cells) < 6 or sum(1 for s, e, _ in cells if norm.count("|", s, e + 3) > 1) > len(cells) // 3:
        return None
    # header: up to the first cell that reads "1" when it starts with 序号, else up to the first digit
    first_row = next((n for n, (s, e, _) in enumerate(cells) if text[s:e].strip() == "1"), None)
    if first_row is None or first_row < 2:
        return None
    header, body = cells[:first_row], cells[first_row:]
    ncols = len(header)
    rows: list[Row] = []
    current: list[tuple[int, int]] = []
    for s, e, ends in body:
        current.append((s, e))
        if len(current) == ncols or ends:
            rows.append(_pipe_row(text, current))
            current = []
    if current:
        rows.append(_pipe_row(text, current))
    # title: the lines above, back to an 附件N line (at most four lines up)
    t = i - 1
    title_lines: list[Line] = []
    while t >= 0 and len(title_lines) < 4 and not lines[t].blank:
        title_lines.insert(0, lines[t])
        if is_appendix(norm, lines[t].lstart, lines[t].rend):
            break
        t -= 1
    if not title_lines:
        return None
    number = ""
    if is_appendix(norm, title_lines[0].lstart, title_lines[0].rend):
        number = _collapse(text[title_lines[0].lstart : title_lines[0].rend])
        title_lines = title_lines[1:] or title_lines
    ts, te = title_lines[0].lstart, title_lines[-1].rend
    title = _collapse(text[ts:te])
    head = tuple(_cell(text, s, e) for s, e, _ in header)
    table = Table("", title, ts, rows[-1].end, ts, te, head, tuple(rows), ())
    return Box("pipe", number or title[:8], title, ts, te, title_lines[0].index, last, table)


def _pipe_row(text: str, cells: list[tuple[int, int]]) -> Row:
    built = tuple(_cell(text, s, e) for s, e in cells)
    return Row(built, cells[0][0], cells[-1][1])
