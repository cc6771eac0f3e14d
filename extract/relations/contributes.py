"""contributesTo: a project, programme or policy filed under a strategy.

"Filed under" takes four shapes in these documents, from the most to the least explicit:
- a policy whose title names the strategy (《…推动成渝地区双城经济圈建设…方案》);
- a project in a sentence led by the strategy (``深化推进新时代西部大开发，…推动某高铁…``)
  or put into its project pool (``…等项目纳入双城经济圈重大项目库``);
- the items of a paragraph or list line that opens with the strategy
  (``成渝地区双城经济圈建设：A；B；C``, ``1.成渝地区双城经济圈建设稳步推进。…``);
- everything under a heading (or 专栏 title) that names the strategy, or under a paragraph that
  is one short topic sentence naming it (``这是某湾区建设纵深推进的五年。``, a sub-heading by
  layout) — the text does not say it sentence by sentence, so these are marked ``inferred``.
Programmes follow the last two shapes too (the provincial gold files the actions of a
``（五）奋力推进某战略。…`` paragraph or section under it), but only the heading right above
their sentence files them: a chapter heading further up names the theme of many sections, and
filing every action of a chapter would flood the graph (projects keep the whole path).
"""

from __future__ import annotations

import bisect
import re

from extract.ids import name_key
from extract.model import Document
from extract.pipeline.counted_quotes import FRAMING_TAILS_RE
from extract.records import Mention, Relation
from extract.relations.common import Party, Sentence, party, relation
from extract.relations.rules import DocumentRun, sentence_rule
from extract.topic_runs import SHORT, paragraph_topic, short_predicate, topic_runs

_POOL = "纳入"
_NUMBERED = re.compile(
    r"^\s*(?:\[[^\]]*\])?\s*(?:\d+[.．、]|[（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+[是、])"
)


class StrategyIndex:
    """Where strategies are named: surface forms, heading lines and paragraph leads."""

    def __init__(self, doc: Document, mentions: list[Mention]):
        self.doc = doc
        strategies = [m for m in mentions if m.type == "Strategy" and m.doc == doc.doc_id]
        self.forms: dict[str, Party] = {}
        self._longest_first: tuple[int, list[tuple[str, Party]]] | None = None  # named_in's order
        for m in strategies:
            self.forms.setdefault(m.text, party(m))
            self.forms.setdefault(m.canonical, party(m))
        # bisection over the strategies in text order, not a scan per section and paragraph
        strategies.sort(key=lambda m: (m.start, -m.end))
        starts = [m.start for m in strategies]
        self.by_heading: dict[tuple[str, ...], Party] = {}
        self._sole_heading: dict[tuple[str, ...], Party] = {}  # headings naming one strategy only
        for sec in doc.sections:
            lo = bisect.bisect_left(starts, sec.start)
            if lo < len(starts) and starts[lo] < max(sec.end, sec.start + 1):
                self.by_heading[sec.path] = party(strategies[lo])
                named = {name_key(m.canonical) for m in strategies[lo : bisect.bisect_left(starts, sec.end)]}
                if len(named) == 1:
                    self._sole_heading[sec.path] = party(strategies[lo])
        self.paragraph_lead: dict[int, Party] = {}
        self._para_starts = [p.start for p in doc.paragraphs]
        for i, p in enumerate(doc.paragraphs):
            lo = bisect.bisect_left(starts, p.start)
            if lo == len(starts) or starts[lo] >= p.end:
                continue  # no strategy in this paragraph at all
            lead_end = _lead_end(doc.text, p.start, p.end)
            hi = bisect.bisect_right(starts, lead_end)
            found = next((m for m in strategies[lo:hi] if m.end <= lead_end), None)
            if found and (
                _NUMBERED.match(doc.text[p.start : lead_end]) or doc.text[lead_end : lead_end + 1] in "：:"
            ):
                self.paragraph_lead[i] = party(found)
            elif (topic := _topic_of_lead(doc.text, strategies[lo:hi], p.start, lead_end)) is not None:
                self.paragraph_lead[i] = party(topic)
        # run-in sub-headings inside a paragraph (``topic_runs``): each files the sentences after it
        self._runs = topic_runs(
            doc, sorted((m for m in mentions if m.doc == doc.doc_id), key=lambda m: m.start)
        )
        self._run_starts = [r.start for r in self._runs]
        self._topic_paragraph = _topic_paragraphs(doc, strategies, starts)

    def heading_strategy(self, path: tuple[str, ...]) -> Party | None:
        for k in range(len(path), 0, -1):
            hit = self.by_heading.get(path[:k])
            if hit:
                return hit
        return None

    def own_heading(self, path: tuple[str, ...]) -> Party | None:
        """The strategy named by the heading right above a sentence, not by one further up, when
        that heading names no other: ``统筹某城镇化和某振兴`` heads the actions of both, and
        which one an action serves the heading does not say."""
        return self._sole_heading.get(path)

    def paragraph_strategy(self, pos: int) -> tuple[Party, int] | None:
        """The strategy leading the paragraph that holds ``pos``, and where the paragraph starts."""
        i = bisect.bisect_right(self._para_starts, pos) - 1
        if i < 0 or pos >= self.doc.paragraphs[i].end or i not in self.paragraph_lead:
            return None
        return self.paragraph_lead[i], self.doc.paragraphs[i].start

    def topic_strategy(self, pos: int) -> tuple[Party, int] | None:
        """The strategy of the run-in topic sentence whose run holds ``pos``, and where it starts."""
        i = bisect.bisect_right(self._run_starts, pos) - 1
        if i < 0 or pos >= self._runs[i].end:
            return None
        return party(self._runs[i].strategy), self._runs[i].start

    def topic_paragraph_strategy(self, pos: int) -> Party | None:
        """The strategy of the one-sentence sub-heading paragraph right before the paragraph that
        holds ``pos`` (``topic_runs.paragraph_topic``), or None."""
        i = bisect.bisect_right(self._para_starts, pos) - 1
        if i < 0 or pos >= self.doc.paragraphs[i].end:
            return None
        return self._topic_paragraph.get(i)

    def named_in(self, title: str) -> Party | None:
        # the forms longest first (a stable sort: equal lengths in the order seen), sorted once
        # and again only when ``forms`` has grown, not for every title asked about
        if self._longest_first is None or self._longest_first[0] != len(self.forms):
            ordered = sorted(self.forms.items(), key=lambda kv: -len(kv[0]))
            self._longest_first = (len(self.forms), [(f, p) for f, p in ordered if len(f) >= 3])
        for form, p in self._longest_first[1]:
            if form in title:
                return p
        return None


def _topic_paragraphs(doc: Document, strategies: list[Mention], starts: list[int]) -> dict[int, Party]:
    """Paragraph index -> the strategy of the sub-heading paragraph right before it.

    A paragraph that is one short topic sentence and no section heading of the document structure
    (``这是某湾区建设纵深推进的五年。``, ``乡村全面振兴扎实推进。``) heads the paragraph after it as a
    heading does (GUIDE §5; round 10's readable gold files that paragraph's programmes and projects
    under it). Only the next paragraph: the reports write such a line before each body paragraph,
    and the next line of the same shape heads the one after."""
    headings = sorted(sec.start for sec in doc.sections)
    out: dict[int, Party] = {}
    for i, p in enumerate(doc.paragraphs[:-1]):
        if p.end - p.start > _SUB_HEADING_SPAN:
            continue
        k = bisect.bisect_left(headings, p.start)
        if k < len(headings) and headings[k] < p.end:
            continue  # a section heading: ``by_heading`` reads it
        inside = strategies[bisect.bisect_left(starts, p.start) : bisect.bisect_left(starts, p.end)]
        topic = paragraph_topic(doc.text[p.start : p.end], p.start, inside)
        if topic is not None:
            out[i + 1] = party(topic)
    return out


# a one-sentence sub-heading paragraph: ``topic_runs.SHORT`` characters, a numbering and its end mark
_SUB_HEADING_SPAN = SHORT + 8


def _lead_end(text: str, start: int, end: int) -> int:
    """End of a paragraph's lead: its first sentence, or a ``X：`` label."""
    i = start
    while i < end and text[i] not in "。：:；;\n":
        if text[i] == "[":  # [bookmark: _GoBack] and similar source artefacts
            j = text.find("]", i, end)
            i = j if j > 0 else i
        i += 1
    return i


def _topic_of_lead(text: str, strategies: list[Mention], start: int, lead_end: int) -> Mention | None:
    """The strategy an unnumbered paragraph's lead sentence closes on as its topic.

    ``这五年，…，某战略成果丰硕。`` opens a paragraph of results the way ``1.某战略建设稳步推进。``
    does with a number: the last clause of the lead opens on the strategy and ends in a short
    predicate about it (``成果丰硕``, ``动能不断显现``), and what the paragraph reports next is
    filed under it (GUIDE §5; the provincial gold files a review paragraph's projects so). The lead
    must be a whole sentence (``X：`` labels are read above), name one strategy in that clause and
    no figure after it (``某战略国家贸易额增长4%`` uses the strategy as a qualifier). A clause that
    a verb phrase opens holds the strategy as its topic only before a short predicate
    (``推动某协同发展取得新进展``: ``topic_runs.short_predicate``)."""
    if text[lead_end : lead_end + 1] != _SENTENCE_END:
        return None
    clause = max(start, *(text.rfind(mark, start, lead_end) + 1 for mark in _CLAUSE_MARKS))
    inside = [m for m in strategies if clause <= m.start and m.end <= lead_end]
    if len(inside) != 1:
        return None
    predicate = _GENERIC_TAIL.sub("", text[inside[0].end : lead_end]).strip(_QUOTES)
    if text[clause : inside[0].start].strip(_QUOTES + _OPENING_MARKS):
        # a verb phrase before it and a short predicate after it: ``推动某协同发展取得新进展``
        return inside[0] if short_predicate(predicate) else None
    if not predicate or len(predicate) > _TOPIC_PREDICATE or _FIGURE.search(predicate):
        return None
    return inside[0]


def find_contributes(s: Sentence, index: StrategyIndex) -> list[Relation]:
    out: list[Relation] = []
    seen: set[tuple[str, str]] = set()

    def add(m: Mention, strat: Party, inferred: bool = False, lead: int | None = None) -> None:
        key = (name_key(m.canonical), name_key(strat[0]))  # one fact however the name is quoted
        if key in seen:
            return
        seen.add(key)
        span = (min(lead, s.start) if lead is not None else s.start, s.end)  # the lead names the strategy
        out.append(relation(s.doc, "contributesTo", party(m), strat, span, inferred=inferred, path=s.path))

    strategies = [m for m in s.mentions if m.type == "Strategy"]
    # the sentence's first clause and whether it acts on its strategies, once per sentence (``_leading``)
    _, first_end = s.clause_of(s.start)
    opening = min((x.start for x in strategies if x.start < first_end), default=s.start)
    acted_on = _acts_on(s.doc.text, s.start, opening)
    for m in s.mentions:
        if m.type == "Policy":
            hit = index.named_in(m.text)
            earlier = [x for x in strategies if x.end <= m.start]
            if hit:
                add(m, hit)
            elif earlier:
                add(m, party(earlier[-1]))
            elif (run := index.topic_strategy(m.start)) is not None:
                add(m, run[0], lead=run[1])
            elif (para := index.paragraph_strategy(m.start)) is not None:
                add(m, para[0], lead=para[1])
            continue
        if m.type == "Program":
            named = None  # the strategy named in the first policy title holding this program
            for p in s.mentions:
                if p.type == "Policy" and m.text in p.text:
                    named = index.named_in(p.text)
                    if named is not None:
                        break
            if named is None:
                named = _named_in_programme(m, strategies)
            if named is not None:
                add(m, named)
                continue
            lead = _opening_object(s, m) or _closing_object(s, m)
            if lead is not None:
                add(m, party(lead))
                continue
            if (run := index.topic_strategy(m.start)) is not None:
                add(m, run[0], lead=run[1])
                continue
            if (para := index.paragraph_strategy(m.start)) is not None:
                add(m, para[0], lead=para[1])
                continue
            if (sub := index.topic_paragraph_strategy(m.start)) is not None:
                add(m, sub, inferred=True)  # the line above heads this paragraph, as a heading does
                continue
            hit = index.heading_strategy(s.path) if _column_heading(s) else index.own_heading(s.path)
            if hit:
                add(m, hit, inferred=True)
            continue
        if m.type != "Project":
            continue
        before = _leading(s, m, strategies, first_end if acted_on else s.start)
        a, _ = s.clause_of(m.start)
        # the first strategy after it with 纳入 between its clause's start and that strategy
        pool = s.doc.text.find(_POOL, a)
        after = max(m.end, pool + len(_POOL))
        pooled = None if pool < 0 else next((x for x in strategies if x.start >= after), None)
        if before:
            add(m, party(before[-1]))
        elif pooled is not None:
            add(m, party(pooled))
        elif (run := index.topic_strategy(m.start)) is not None:
            add(m, run[0], lead=run[1])
        elif (para := index.paragraph_strategy(m.start)) is not None:
            add(m, para[0], lead=para[1])
        elif (sub := index.topic_paragraph_strategy(m.start)) is not None:
            add(m, sub, inferred=True)
        elif (hit := index.heading_strategy(s.path)) is not None:
            add(m, hit, inferred=True)
    return out


@sentence_rule(order=40, with_run=True, types=("Policy", "Program", "Project"))  # their mentions only
def contributes_in_sentence(s: Sentence, run: DocumentRun) -> list[Relation]:
    """``find_contributes`` with the document's strategy index, built once per document."""
    return find_contributes(s, run.shared("strategy_index", lambda: StrategyIndex(run.doc, run.mentions)))


def _leading(s: Sentence, m: Mention, strategies: list[Mention], lead_end: int) -> list[Mention]:
    """The strategies before ``m`` that file it: in its own clause, or in the sentence's first
    clause, which the sentence is led by (GUIDE §5: ``深化推进新时代西部大开发，…推动渝西高铁…``;
    the module docstring's "a sentence led by the strategy"). A strategy named only in a middle
    clause of a long sentence (``巩固…成果，统筹抓好城市提升和乡村振兴两个基本面，…，A、B等一批
    重点项目建成投用``; ``…，提升与某大湾区直连水平，构建某物流通道``) is another clause's object,
    not what the sentence files its later items under.

    The first clause files the later ones only where it acts on the strategy, words (a verb)
    standing before it, as it does for programmes (``_opening_object``): a first clause that
    opens on the strategy reports its progress (``某试验区提升战略顺利实施，…，某医院开诊``) and
    the results listed after it are the year's, not filed under it (fresh11's readable gold files
    none of them). An enumerator before it (``1.``, ``一是``, ``（1）``, ``●``) is no verb.

    ``lead_end`` is where the first clause ends when it acts on its strategies (``_acts_on``,
    words before the first of them: 甲、乙战略深入实施 opens on both), else the sentence's start;
    the caller works it out once per sentence, and a strategy leads by its position alone."""
    a, _ = s.clause_of(m.start)
    return [x for x in strategies if x.end <= m.start and (x.start >= a or x.start < lead_end)]


def _acts_on(text: str, a: int, lead_start: int) -> bool:
    """Whether words stand between ``a`` (a clause's start) and the strategy at ``lead_start``: a
    verb acting on it. Punctuation, quotes and an enumerator opening the line (``1.``, ``一是``,
    ``（1）``, ``●``; the module's ``_NUMBERED``) are no verb. A time word (全年, 2024年) still counts
    as words: telling it from a verb is out of this reading's scope."""
    words = text[a:lead_start].lstrip(_OPENING_MARKS + _QUOTES + _BULLETS)
    if (numbered := _NUMBERED.match(words)) is not None:
        words = words[numbered.end() :]
    return bool(words.strip(_OPENING_MARKS + _QUOTES + _BULLETS))


def _named_in_programme(m: Mention, strategies: list[Mention]) -> Party | None:
    """The strategy of the sentence that the programme ``m``'s own name names, as a policy title
    does (``推进某城镇化，…，推动全国某城镇化与城乡统筹示范区建设``, ``实施国企助力某振兴行动``).

    GUIDE §5 files a policy whose title names the strategy under it; a programme named for the
    strategy is filed the same way (the readable gold files every such programme under the
    strategy the passage names: 3 of 3, fresh4). The strategy must be named by itself in the same
    sentence (GUIDE §9: a relation's tail is a tagged mention of the passage), by its text or its
    canonical name; a form shorter than 3 characters is too weak a match."""
    for x in strategies:
        for form in (x.text, x.canonical):
            if len(form) >= _NAMED_FORM and form in m.text:
                return party(x)
    return None


_NAMED_FORM = 3


def _closing_object(s: Sentence, m: Mention) -> Mention | None:
    """The strategy a sentence closes on as the object of its last verb, when ``m`` (a
    programme) comes in an earlier clause: the sentence's actions serve it (``…，做强某工坊品牌，
    …，融入高质量共建“某倡议”``; tuning gold). The same conditions as ``_opening_object`` hold
    for the last clause, and no semicolon may stand between: a coordinate sentence before it is
    not what the last clause's goal is of."""
    a, end = s.clause_of(max(s.start, s.end - 1))
    if m.end > a or end < s.end - 1:
        return None
    lead = _object_of_clause(s, a, end)
    if lead is None or s.doc.text.find(_COORDINATE_STOP, m.end, a) >= 0:
        return None
    return lead


def _object_of_clause(s: Sentence, a: int, b: int) -> Mention | None:
    """The strategy that clause ``[a, b)`` names as its verb's object, or None: the clause holds
    that one name, words before it (the verb), no figure, and after it at most a short tail."""
    inside = [x for x in s.mentions if a <= x.start < b]
    if len(inside) != 1 or inside[0].type != "Strategy":
        return None
    lead = inside[0]
    text = s.doc.text
    if not _acts_on(text, a, lead.start) or _FIGURE.search(text, a, b):
        return None
    if len(_GENERIC_TAIL.sub("", text[lead.end : b]).strip(_QUOTES + _CLOSING_MARKS)) > _TAIL_WORDS:
        return None  # 获批建设首个“某倡议”科技创新合作区: the strategy qualifies a longer name
    return lead


def _opening_object(s: Sentence, m: Mention) -> Mention | None:
    """The strategy a sentence opens on as the object of its first verb, when ``m`` (a
    programme) comes in a later clause: ``推进某经济带核心区高质量发展行动，…，高质量运行某班列``
    files the service under the strategy (GUIDE §5, the shape of ``深化推进新时代西部大开发，…
    推动渝西高铁…`` said of programmes; dev-provincial and fresh gold file programmes so).

    The first clause must hold the strategy and no other name, be opened by words before it
    (a verb: a clause that opens on the strategy reports its progress, ``某经济圈建设走深走实``,
    and files nothing after it in the readable gold) and state no figure (``对共建某倡议国家
    进出口增长38%`` names the strategy as a qualifier). A strategy in the programme's own clause
    is a peer in a list (``承载了某战略、某试验区、某项目等多重政策利好``), not what files it.
    Projects keep their own reading (``_leading``): this is for programmes only."""
    _, first_end = s.clause_of(s.start)
    if m.start < first_end:
        return None
    lead = _object_of_clause(s, s.start, first_end)
    if lead is None or s.doc.text.find(_COORDINATE_STOP, first_end, m.start) >= 0:
        return None  # past a semicolon a coordinate sentence begins, which the lead does not file
    return lead


_FIGURE = re.compile(r"\d")
# GUIDE §2.6: the generic tails a strategy's span leaves out (建设, 战略, 高质量发展, 发展: the one
# pattern of ``counted_quotes``); what is left after the strategy may be two short words at most
# (深度广度, 政策导向, 行动 of §9's 核心区高质量发展行动), else the strategy only qualifies a
# longer noun phrase
_GENERIC_TAIL = FRAMING_TAILS_RE
_TAIL_WORDS = 4
_QUOTES = "“”\"'"
_BULLETS = "●•◆◇■□▲△◎★☆▪"  # list bullets opening a line: no verb (``_acts_on``)
_OPENING_MARKS = " \t\n、，,；;：:"
_CLOSING_MARKS = "。！？!?；;，, \t\n"
_COORDINATE_STOP = "；"
_SENTENCE_END = "。"
_CLAUSE_MARKS = "，,；;"
# a topic sentence's predicate after the strategy: an adverb and a verb phrase of two two-character
# words at most (成果丰硕, 质效持续提升, 动能不断显现); longer, the strategy opens a clause of its own
_TOPIC_PREDICATE = 6


def _column_heading(s: Sentence) -> bool:
    """Inside a 专栏 box devoted to the strategy a programme follows any heading of its path;
    elsewhere only its own (``StrategyIndex.own_heading``)."""
    return any(t.startswith("专栏") or "重点任务" in t for t in s.path[-2:])


__all__ = ["StrategyIndex", "find_contributes"]
