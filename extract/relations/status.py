"""hasStatus: a project's state, verbatim, with the year and whether it happened or is planned.

Three sources:
- project tables with a status column (``2024年完成情况``: 已完工, 形象进度完成92% …), one
  fact per row, the row as evidence;
- labelled lists (``开工重点项目：A；B``, ``竣工重点项目：…``): the label's verb is the status;
- prose, where a status phrase sits right behind a project list (``A、B等项目开工建设``,
  ``…等53个重大项目建成投运``) or right in front of it (``建成投产A、B等重大整车项目``).
The heading path decides the period: report-year statuses are ``phase="actual"``, next-year
plans (计划开工, 加快建设 in the plan part, 力争…) are kept as ``phase="planned"``.
"""

from __future__ import annotations

import re

from extract.ids import name_key
from extract.indicators.period import Period, dated_at, period_of
from extract.model import Document, Table
from extract.records import Mention, Relation
from extract.relations.common import Sentence, party, relation, starts_in

STATUS_WORDS = sorted(
    {
        "开工建设",
        "建成投用",
        "建成投产",
        "建成投运",
        "建成运营",
        "建成通车",
        "建成开放",
        "竣工投用",
        "完工投产",
        "完工投用",
        "投产达效",
        "加快建设",
        "加快推进",
        "加快投资放量",
        "签约落地",
        "上市发行",
        "开工",
        "竣工",
        "完工",
        "已完工",
        "建成",
        "投用",
        "投产",
        "落地建设",
        "开业运营",
        "投入使用",
        "通车",
        "封顶",
        "主体完工",
        "全面完工",
        "开业",
        "落地",
        "新开工",
        "续建",
        "加速建设",
        "启动建设",
        "有序推进",
        "顺利推进",
        "基本建成",
        "全面建成",
        "建成使用",
    },
    key=len,
    reverse=True,
)
_STATUS_RE = re.compile("|".join(STATUS_WORDS))
_PROGRESS = re.compile(r"形象进度(?:完成|达到|达)?\s*\d+(?:\.\d+)?\s*[%％]")
# modal and future markers (a closed class): 力争开工 in a review still speaks of the plan
_PLAN_CUE = re.compile(r"力争|计划|确保|争取|将|拟|预计")
_LIST_GAP = re.compile(
    r"^(?:等|及|和)?(?:\d+(?:\.\d+)?万?(?:个|项|条|座|批))?(?:一批)?[^，,；;。、“”]{0,12}?$"
)
_LABEL = re.compile(r"^[\s\t]*(新开工|开工|竣工|完工|建成|投产|续建)[^：:\n]{0,8}[：:]")


def _status_column(table: Table) -> int | None:
    for i, c in enumerate(table.header):
        h = re.sub(r"\s", "", c.text)
        if any(k in h for k in ("完成情况", "进度", "状态", "建设情况", "进展")):
            return i
    return None


def table_status(doc: Document, mentions: list[Mention]) -> list[Relation]:
    out: list[Relation] = []
    ms = [m for m in mentions if m.doc == doc.doc_id and m.type == "Project"]
    for table in doc.tables:
        col = _status_column(table)
        if col is None:
            continue
        period = period_of(doc, (*table.path, table.title))
        for row in table.rows:
            if col >= len(row.cells):
                continue
            status = re.sub(r"\s+", "", row.cells[col].text)
            if not status:
                continue
            for cell in row.cells[:col]:
                heads = [m for m in ms if starts_in(m, cell.start, cell.end)]
                if heads:
                    out.append(
                        relation(
                            doc,
                            "hasStatus",
                            party(heads[0]),
                            None,
                            (row.start, row.end),
                            status=status,
                            period=period,
                            path=table.path,
                        )
                    )
                    break
    return out


def find_status(s: Sentence) -> list[Relation]:
    projects = [m for m in s.mentions if m.type == "Project"]
    if not projects:
        return []
    text = s.doc.text
    out: list[Relation] = []
    seen: set[str] = set()

    def add(m: Mention, status: str, period: Period, start: int | None = None) -> None:
        if name_key(m.canonical) in seen:
            return  # “A”工程 and A工程 in one run: one project, one status
        seen.add(name_key(m.canonical))
        span = (min(start, s.start) if start is not None else s.start, s.end)
        out.append(
            relation(s.doc, "hasStatus", party(m), None, span, status=status, period=period, path=s.path)
        )

    # labelled list line: 开工重点项目：A；B；…
    line_start = text.rfind("\n", 0, s.start) + 1
    label = _LABEL.match(text[line_start : s.end])
    if label:
        for m in projects:
            add(m, label.group(1), s.period, start=line_start + label.start(1))  # evidence from the label
        return out
    if s.period.phase == "actual" and not dated_at(s.doc, s.start, default=s.period.dated):
        return out  # a five-year review does not date its results (GUIDE §9)
    for run in _runs(s, s.mentions):
        if not any(m.type == "Project" for m in run):
            continue
        first, last = run[0], run[-1]
        a, b = s.clause_of(first.start)
        after = _blank_mentions(text, last.end, b, s.mentions)
        st = None
        for hit in _STATUS_RE.finditer(after):
            gap = after[: hit.start()]
            # A和B、C等项目开工建设: B is no mention, C is (blanked); the list still ends at the status
            tail = re.split(r"[、和及]", gap)[-1] if re.match(r"^[、和及]", gap) else gap
            if _LIST_GAP.match(gap) or (len(gap) <= 40 and _LIST_GAP.match(tail.strip())):
                st = hit.group(0)
            break
        prog = _PROGRESS.search(after)
        if prog and _LIST_GAP.match(after[: prog.start()]):
            st = prog.group(0)
        if st is None:
            before = text[a : first.start]
            last_hit = None
            for h in _STATUS_RE.finditer(before):
                last_hit = h
            if last_hit is not None and re.fullmatch(r"[了\s“]*", before[last_hit.end() :]):
                st = last_hit.group(0)
        if st is None:
            continue
        period = s.period
        if period.phase == "actual" and _PLAN_CUE.search(text[a : first.start]):
            period = Period(period.year + 1, "planned")
        for m in run:
            if m.type == "Project":
                add(m, st, period)
    return out


def _blank_mentions(text: str, a: int, b: int, mentions: list[Mention]) -> str:
    """``text[a:b]`` with the mentions inside it cut out."""
    chars = list(text[a:b])
    for m in mentions:
        if a <= m.start and m.end <= b:
            chars[m.start - a : m.end - a] = [""] * (m.end - m.start)
    return "".join(chars)


def _runs(s: Sentence, mentions: list[Mention]) -> list[list[Mention]]:
    """Names listed together (joined by 、 和 及 or nothing) form one run."""
    text = s.doc.text
    runs: list[list[Mention]] = []
    for m in mentions:
        if runs and re.fullmatch(r"[、和及与\s]*", text[runs[-1][-1].end : m.start]):
            runs[-1].append(m)
        else:
            runs.append([m])
    return runs


__all__ = ["STATUS_WORDS", "find_status", "table_status"]
