"""locatedIn: where a project, platform, enterprise, organisation or area lies.

The tail must be an Area or a District. Cues, each with the evidence it rests on:
- a table group row (``X片区`` over its projects): evidence runs from the group cell to
  the row, so both names are inside it;
- a paragraph or line labelled by an area (``X片区：…``);
- explicit phrases: ``落户X区``, ``在区``/``在我区`` (the author), ``引入…首店`` and
  ``A、B等…首店…落地`` (the author),
  ``全区首个…（X）`` (the author), ``…等一批…项目集中布局`` after the author, and a district
  opening a clause with 获批/设立 a park (``某市获批某产业园区``).
Facts that rest on the author district as the default are marked ``inferred``.
"""

from __future__ import annotations

import bisect
import re

from extract.ids import name_key
from extract.model import Document
from extract.records import Mention, Relation
from extract.relations.common import Party, Sentence, author_party, party, relation, same_name, starts_in
from extract.relations.rules import document_rule, sentence_rule

HEADS = ("Project", "Platform", "Enterprise", "Organization", "Area")
_IN_AUTHOR = re.compile(r"在区|在我区|在本区|落户我区|落户本区|区内|全区首[个家座]")
_SETTLE = re.compile(r"落户|落地于|位于|坐落于")
_SHOPS = re.compile(r"(引入|引进)([^，。；]*?)首店")
# A、B等一批旗舰店、首店纷纷落地: the listed firms open in the author's territory (GUIDE §5 首店)
_SHOPS_SETTLED = re.compile(r"等[^，。；]{0,12}?首店[^，。；]{0,4}?(?:落地|入驻|开业|落户)")
_CLUSTER = re.compile(r"(集中布局|布局建设|承担)")
# any cue the clause readings of find_located look for: a sentence holding none of them skips
# them (its clauses lie inside it, so a cue matched in a clause is matched in the sentence)
_ANY_CUE = re.compile(
    "|".join(f"(?:{r.pattern})" for r in (_SETTLE, _IN_AUTHOR, _SHOPS, _SHOPS_SETTLED, _CLUSTER))
)


@sentence_rule(order=50)
def find_located(s: Sentence) -> list[Relation]:
    who = author_party(s.doc)
    out: list[Relation] = []
    seen: set[tuple[str, str]] = set()
    text = s.doc.text

    def add(m: Mention, tail: Party, span: tuple[int, int], inferred: bool = False) -> None:
        key = (name_key(m.canonical), name_key(tail[0]))
        if same_name(m.canonical, tail[0]) or key in seen:
            return  # “两江四岸”核心区 is not located in 两江四岸核心区
        seen.add(key)
        out.append(relation(s.doc, "locatedIn", party(m), tail, span, inferred=inferred, path=s.path))

    pos = s.start
    if _ANY_CUE.search(text, s.start, s.end) is None and not any(
        m.type == "District" and re.match(r"(获批|设立|建成|成立)", text[m.end : m.end + 2])
        for m in s.mentions
    ):
        pos = s.end  # no cue and no district before 获批…: no clause reading can fire
    while pos < s.end:
        a, b = s.clause_of(pos)
        ms = [m for m in s.mentions if starts_in(m, a, b)]
        clause = text[a:b]
        # X落户Y / X位于Y
        for hit in _SETTLE.finditer(clause):
            k = a + hit.end()
            tails = [m for m in ms if m.start >= k and m.type in ("District", "Area") and m.start - k <= 1]
            heads = [m for m in ms if m.end <= a + hit.start() and m.type in HEADS]
            if tails:
                for h in heads:
                    add(h, party(tails[0]), (s.start, s.end))
            elif who is not None and text[k : k + 2] in ("我区", "本区", "我市", "我省"):
                for h in heads:
                    add(h, who, (s.start, s.end), inferred=True)
        if who is not None:
            m_in = _IN_AUTHOR.search(clause)
            if m_in and _own_conjunct(text, a + m_in.start()):
                m_in = None  # A、B和在区高校: the named ones are not said to be in the district
            if m_in:
                for h in ms:
                    if (
                        h.type in HEADS
                        and h.type != "Area"
                        and (h.end <= a + m_in.start() or "全区首" in m_in.group(0))
                    ):
                        add(h, who, (s.start, s.end), inferred=True)
            for shop in _SHOPS.finditer(clause):
                for h in ms:
                    if h.type in ("Enterprise", "Project") and a + shop.start(2) <= h.start < a + shop.end(2):
                        add(h, who, (s.start, s.end), inferred=True)
            for shop in _SHOPS_SETTLED.finditer(clause):
                for h in ms:
                    if h.type in ("Enterprise", "Project") and h.end <= a + shop.start():
                        add(h, who, (s.start, s.end), inferred=True)
            cl = _CLUSTER.search(clause)
            if cl and _author_leads_sentence(s):
                after = cl.group(1) == "承担"  # 承担X建设等重要任务: the items follow the verb
                for h in ms:
                    placed = h.start >= a + cl.end() if after else h.end <= a + cl.start()
                    if placed and (h.type == "Platform" if after else h.type in ("Project", "Platform")):
                        add(h, who, (s.start, s.end), inferred=True)
        # 某市获批某产业园区
        lead = ms[0] if ms else None
        if lead is not None and lead.type == "District" and lead.start - a <= 2:
            g = re.match(r"(获批|设立|建成|成立)", text[lead.end : lead.end + 2])
            if g:
                for h in ms[1:]:
                    if h.type in ("Platform", "Organization") and h.start - lead.end <= 4:
                        add(h, party(lead), (s.start, s.end))
        pos = b + 1
    # a paragraph or line labelled by an area: X片区：…
    label = _area_label(s)
    if label is not None:
        for h in s.mentions:
            if h.type in ("Project", "Platform", "Enterprise", "Organization") and h.start > label.end:
                add(h, party(label), (label.start, s.end))
    return out


def _own_conjunct(text: str, pos: int) -> bool:
    """``在区…`` right after a coordinator (``加强与A、B和在区高校合作``) is a conjunct of its own,
    a category set beside the named items; only an apposition (``A、B等在区高校``, ``市在区重点
    项目``) says the items before it are in the district."""
    return pos > 0 and text[pos - 1] in _COORDINATORS


# coordinating conjunctions and the list comma (closed class: function words)
_COORDINATORS = "和及与、"


def _author_leads_sentence(s: Sentence) -> bool:
    names = {s.doc.meta.region}
    first = [m for m in s.mentions if m.type == "District"]
    return bool(first) and first[0].canonical in names


def _area_label(s: Sentence) -> Mention | None:
    """An Area mention that opens the line and is followed by a colon labels what follows."""
    text = s.doc.text
    line_start = text.rfind("\n", 0, s.start) + 1
    for m in s.mentions:
        if m.type != "Area":
            continue
        if text[line_start : m.start].strip() == "" and text[m.end : m.end + 1] in ("：", ":"):
            return m
    return None


@document_rule(order=10)
def table_located(doc: Document, mentions: list[Mention]) -> list[Relation]:
    """Rows under a group row (片区) lie in that area; evidence spans group cell to row."""
    out: list[Relation] = []
    ms = sorted((m for m in mentions if m.doc == doc.doc_id), key=lambda m: (m.start, -m.end))
    starts = [m.start for m in ms]

    def within(a: int, b: int) -> list[Mention]:
        """Mentions starting in [a, b) (a cell's name may run on past a line break), by bisection."""
        return ms[bisect.bisect_left(starts, a) : bisect.bisect_left(starts, b)]

    for table in doc.tables:
        for row in table.rows:
            if row.group is None or not row.cells:
                continue
            g = row.group
            tail_m = next((m for m in within(g.start, g.end) if m.type in ("Area", "District")), None)
            if tail_m is None:
                continue
            first = row.cells[0]
            heads = [m for m in within(first.start, first.end) if m.type in HEADS]
            for h in heads[:1]:
                out.append(
                    relation(doc, "locatedIn", party(h), party(tail_m), (g.start, row.end), path=table.path)
                )
    return out


__all__ = ["find_located", "table_located"]
