"""hasStatus and plannedStatus: a project's state, verbatim, with the year it speaks of.

Three sources:
- project tables with a status column (``2024年完成情况``: 已完工, 形象进度完成92% …), one
  fact per row, the row as evidence;
- labelled lists (``开工重点项目：A；B``, ``竣工重点项目：…``): the label's stage verb is the status;
- prose, where a status phrase sits right behind a project list (``A、B等项目开工建设``,
  ``…等53个重大项目建成投运``) or right in front of it (``建成投产A、B等重大整车项目``).

The phrases are the mined ones (``StatusLexicon``: no word is typed here), read whole: a mined
modifier before, stage verbs chained after (整体投入运行, 签约落地). The section classifier
decides the period, and a clause can move it to the plan (a modal such as 力争, or a later year:
``2026年将开工``). GUIDE §5, §9: only the year under review gives ``hasStatus``
(``phase="actual"``); a plan's status (next year's, a five-year plan's targets) is a
``plannedStatus`` (``phase="planned"``, the plan's year), never a hasStatus.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass

from extract.ids import name_key
from extract.indicators.period import Period, dated_at, period_of, plan_year, report_year
from extract.model import Document, Table
from extract.pipeline.lexicon_files import Lexicon
from extract.pipeline.mining import segment_cached
from extract.pipeline.status_mining import Kernel, StatusSettings, kernels_of
from extract.pipeline.trade_labels import LIST_CLOSER as _LIST_CLOSER  # 某、某等项目投运: closes a list
from extract.records import Mention, Relation
from extract.relations.common import Sentence, party, relation, starts_in
from extract.relations.rules import DocumentRun, document_rule, sentence_rule

_PROGRESS = re.compile(r"形象进度(?:完成|达到|达)?\s*\d+(?:\.\d+)?\s*[%％]")
_YEAR = re.compile(r"(20\d{2})年")


MAX_STAGE_RUN = 4  # the most stage verbs one closing status strings together (稳产达产: 2)


@dataclass(frozen=True)
class StatusLexicon:
    """The mined status phrases (``extract/data/status_phrases.jsonl``, each with its counts)
    and the stage verbs that class them (``status_kernels.jsonl``, each citing its GUIDE rule);
    both written by ``scripts/mine_lexicon.py`` / the kernel file, never typed here."""

    phrases: dict[str, str]  # phrase -> status class (notation of a pkg:ProjectStatus)
    kernels: dict[str, Kernel]
    mined_modifiers: frozenset[str] = frozenset()  # status_modifiers.jsonl: 全面, 如期 …
    # stage verbs that are a status with an adverb though not alone (``"adverb": true`` in the
    # kernel file, from their GUIDE rule: 全面完成 a project, 加快建设)
    adverb_verbs: frozenset[str] = frozenset()
    # mined modifiers that open statuses next to project names in enough reports, over all their
    # stage verbs (``frame_docs`` in status_modifiers.jsonl: 全面 of 全面建成, 全面竣工 …)
    framed_modifiers: frozenset[str] = frozenset()

    @classmethod
    def from_lexicon(cls, lexicon: Lexicon) -> StatusLexicon:
        return cls(
            {e["phrase"]: e["status"] for e in lexicon["status_phrases.jsonl"]},
            kernels_of(lexicon["status_kernels.jsonl"]),
            frozenset(e["word"] for e in lexicon.get("status_modifiers.jsonl", ())),
            frozenset(e["verb"] for e in lexicon["status_kernels.jsonl"] if e.get("adverb") is True),
            frozenset(
                e["word"]
                for e in lexicon.get("status_modifiers.jsonl", ())
                if e.get("frame_docs", 0) >= StatusSettings().frame_min_docs
            ),
        )

    @functools.cached_property
    def frame_modifiers(self) -> frozenset[str]:
        """What the mined phrases put before their stage verb (加快 of 加快建设), and the mined
        modifiers seen opening statuses next to project names over all their stage verbs (全面:
        全面建成, 全面竣工, 全面投用, none of them a kept phrase on its own counts): adverbs seen in the
        status frames themselves, unlike the wider mined modifiers (累计, 分别 also precede stage
        verbs, but in 累计完成投资 nothing is a project's state)."""
        out = set(self.framed_modifiers)
        for p, verb in self.verbs.items():
            i = p.find(verb)
            if i > 0 and not any(k in p[:i] for k in self.kernels):
                out.add(p[:i])
        return frozenset(out)

    @functools.cached_property
    def modifiers(self) -> frozenset[str]:
        """The mined modifiers of stage verbs (全面, 如期) and what the mined phrases put before
        their stage verb (加快 of 加快建设): they modify any stage phrase (扎实 + 建设 read together)."""
        return frozenset(self.mined_modifiers | self.frame_modifiers)

    @functools.cached_property
    def verbs(self) -> dict[str, str]:
        """phrase -> its stage verb (recomputed from the kernels: the first one in it)."""
        out = {}
        for p in self.phrases:
            hits = [(p.find(k), -len(k), k) for k in self.kernels if k in p]
            if hits:
                out[p] = min(hits)[2]
        return out

    @functools.cached_property
    def phrase_re(self) -> re.Pattern[str]:
        """A mined phrase, longest first, with a mined modifier before it and stage verbs chained
        to it (扎实 + 推进, 签约 + 落地, 建成 + 投产): a status is read whole, never cut short. Only
        a stage verb that is a status alone opens a chain: in 大桥建设加快推进 the status is 加快推进.
        A stage verb no mined phrase holds is no status on its own: the corpus never showed it
        in the frames (a single verb after a generic item, 投融资项目签约, is rarely a status)."""
        alone = [k for k, v in self.kernels.items() if v.alone]
        phrases, kernels = _alternation(self.phrases), _alternation(self.kernels)
        modifier = f"(?:(?:{_alternation(self.modifiers)})(?=(?:{phrases})))?" if self.modifiers else ""
        chain = f"(?:(?:{_alternation(alone)})(?=(?:{phrases})))*"
        core = f"{modifier}{chain}(?:{phrases})"
        verbs = [v for v in self.adverb_verbs if v in self.kernels]
        adverbs = self.frame_modifiers & self.mined_modifiers  # 全面: both; 投入 (投入运营): a verb
        if adverbs and verbs:
            # 全面完成: an adverb of the status frames with a stage verb whose rule makes it a
            # status with an adverb, though no mined phrase spells the pair (…改造全面完成 was lost)
            core = f"(?:{core}|(?:{_alternation(adverbs)})(?:{_alternation(verbs)}))"
        return re.compile(f"{core}(?:{kernels})*")

    @functools.cached_property
    def kernel_re(self) -> re.Pattern[str]:
        """One stage verb, longest first (``bare_status`` reads the first of a closing run)."""
        return re.compile(_alternation(self.kernels))

    @functools.cached_property
    def kernel_run_re(self) -> re.Pattern[str]:
        """A run of stage verbs closing the text (``bare_status``); compiled once, where building
        the alternation of every kernel on each call cost more than the rest of the reader. The run
        is bounded (MAX_STAGE_RUN verbs: 稳产达产 is two): unbounded, a search tried every start of a
        long run of verbs that does not close the text and read it to its end (16,000 verbs: 10 s)."""
        return re.compile(f"(?:{_alternation(self.kernels)}){{1,{MAX_STAGE_RUN}}}$")

    @functools.cached_property
    def label_re(self) -> re.Pattern[str]:
        """A list label (``开工重点项目：``, ``新开工项目：``): a stage verb used alone opens the line."""
        verbs = sorted((k for k, v in self.kernels.items() if v.alone), key=lambda k: (-len(k), k))
        return re.compile(r"^[\s\t]*((?:新|已)?(?:" + "|".join(verbs) + r"))[^：:\n]{0,8}[：:]")

    def status_class(self, text: str) -> str:
        """The status class of a status text: a mined phrase's class, else the first stage verb in
        it (已完工, 竣工验收 in a table column), a progress figure (形象进度完成92%) is under
        construction; ``other`` when the text names no stage."""
        text = re.sub(r"\s+", "", text)
        if text in self.phrases:
            return self.phrases[text]
        if _PROGRESS.search(text):
            return "under_construction"
        hits = [(text.find(k), -len(k), k) for k in self.kernels if k in text]
        return self.kernels[min(hits)[2]].status if hits else "other"


def _alternation(words: Iterable[str]) -> str:
    return "|".join(map(re.escape, sorted(words, key=lambda w: (-len(w), w))))


@functools.cache
def status_lexicon() -> StatusLexicon:
    """The shipped lexicon, read once (validated: every entry carries its provenance)."""
    from extract.pipeline.lexicon_files import read_lexicon

    return StatusLexicon.from_lexicon(read_lexicon())


def status_class(text: str) -> str:
    return status_lexicon().status_class(text)


def status_relation(period: Period) -> str:
    """GUIDE §5, §9: only a status in the year under review is one the project has; a plan's
    (next year's, a five-year plan's targets) is a ``plannedStatus``, never a ``hasStatus``."""
    return "hasStatus" if period.phase == "actual" else "plannedStatus"


def _clause_period(s: Sentence, a: int, b: int) -> Period:
    """The sentence's period, unless the clause speaks of the plan: a modal or future marker
    (力争开工, 将建成) or a year after the one under review (2026年建成) makes it planned, for
    the year it names or else the plan year."""
    period = s.period
    clause = s.doc.text[a:b]
    reviewed = report_year(s.doc)  # unknown: no year in the clause can be told to lie ahead
    future = [int(y) for y in _YEAR.findall(clause) if reviewed and int(y) > max(reviewed, period.year)]
    if future:
        return Period(future[0], "planned")
    if period.phase == "actual" and _PLAN_CUE.search(clause):
        return Period(plan_year(s.doc) or period.year + 1, "planned")
    return period


# modal and future markers (a closed class): 力争开工 in a review still speaks of the plan
_PLAN_CUE = re.compile(r"力争|计划|确保|争取|将|拟|预计")
_LIST_GAP = re.compile(
    r"^(?:等|及|和)?(?:\d+(?:\.\d+)?万?(?:个|项|条|座|批))?(?:一批)?[^，,；;。、“”]{0,12}?$"
)


# between a status and the name it governs: 了, list items that are no mention (建成A、B等),
# or the first characters of a name the mention starts inside (建成国和|一号核电示范工程)
_LIST_LEAD = "了“"  # and white space, before the first item
_ITEM_EXCLUDED = frozenset("，,；;。、：:")  # an item's characters are any others
_ITEM_SEPS = frozenset("、和及")
_ITEM_MIN, _ITEM_MAX = 2, 20
_NAME_START_MAX = 3  # Han characters of a name the mention starts inside


def list_head(gap: str) -> bool:
    """Is ``gap`` 了 or white space, then list items (2 to 20 characters, then 、, 和 or 及), then
    up to three Han characters?

    Why a scan and not one regex: an item may itself hold 和 and 及, so a regex repeating items
    tries every split of a run of them before it fails (50 characters took 11 s). Marking the
    positions where an item can end reads the same texts in time linear in ``gap``."""
    n = len(gap)
    lead = 0
    while lead < n and (gap[lead] in _LIST_LEAD or gap[lead].isspace()):
        lead += 1
    reach = bytearray(n + 1)
    reach[: lead + 1] = b"\x01" * (lead + 1)
    for i in range(n):
        if not reach[i]:
            continue
        for size in range(1, min(_ITEM_MAX, n - i) + 1):
            if gap[i + size - 1] in _ITEM_EXCLUDED:
                break
            if size >= _ITEM_MIN and i + size < n and gap[i + size] in _ITEM_SEPS:
                reach[i + size + 1] = 1
    tail = 0
    while tail < min(n, _NAME_START_MAX) and "\u4e00" <= gap[n - 1 - tail] <= "\u9fff":
        tail += 1
    return any(reach[n - k] for k in range(tail + 1))


# what a two-character word between a name and its status may not hold to be read as the status's
# adverb: list words and particles (function words), a year or month (time words), the generic
# heads a project name may leave outside its span (name qualifiers, GUIDE §2.4)
_LIST_WORDS = "等和及与了的"
_TIME_WORDS = "年月"
_GENERIC_HEADS = ("项目", "工程")


def _with_adverb(gap: str, status: str, lexicon: StatusLexicon) -> str:
    """The status as written (GUIDE §5, §9: verbatim): a two-character word standing right between
    the name and a status phrase (某工程如期完工, 某线全线开工, 某项目顺利投产) is the status's
    own adverb, whether or not the mined modifiers list it; a stage verb there (某桥建设加快推进:
    the status is 加快推进) or a list word, year or generic head is not."""
    if (
        len(gap) == 2
        and re.fullmatch(r"[\u4e00-\u9fff]{2}", gap)
        and not any(c in _LIST_WORDS or c in _TIME_WORDS for c in gap)
        and gap not in _GENERIC_HEADS
        and not any(k in gap for k in lexicon.kernels)
    ):
        return gap + status
    return status


_TIME_TAGS = frozenset({"t", "m"})  # jieba's time words and numerals (m, mq): when, not how
_ADVERB_MAX = 3  # characters of the word a list's closing words leave before its status (实质性)


def _list_adverb(gap: str, lexicon: StatusLexicon) -> str:
    """The adverb written between a list's closing words and its status (``A、B等央企资源实质性落地``,
    ``A、B等项目顺利投产``): the last word of ``gap`` by jieba's segmentation, two or three Han
    characters, when what stands before it closes the list (``等…`` within ``_LIST_GAP``) or is a
    generic head, and the word passes ``_with_adverb``'s tests (no list word, year or month,
    generic head or stage verb), ends in no name head (``heads.jsonl``, ``head_kernels.jsonl``:
    ``…等项目生产线投产`` names a part, no manner) and is no time or count by jieba's tag
    (``…等项目一季度开工``: when, not how). "" when there is none.

    Why: GUIDE §5, §9 copy the status verbatim, and ``_with_adverb`` reads only a gap that is the
    word itself (``某工程如期完工``); after a list the closing words stand first, so the adverb was
    cut off (fresh6's ``…等央企资源实质性落地`` gave 落地 three times). A three-character word is
    read too, as jieba segments it (实质性: the dictionary has no two-character reading of it)."""
    words = segment_cached(gap)
    if not words:
        return ""
    word = words[-1]
    rest = gap[: len(gap) - len(word)]
    if not 2 <= len(word) <= _ADVERB_MAX or not re.fullmatch(r"[\u4e00-\u9fff]+", word):
        return ""
    if not (rest in _GENERIC_HEADS or (rest.startswith(_LIST_CLOSER) and _LIST_GAP.match(rest))):
        return ""
    if any(word.endswith(h) for h in _name_heads()):
        return ""
    if _tags().get(word, "")[:1] in _TIME_TAGS and word not in lexicon.modifiers:
        return ""  # …等项目一季度开工, 年底建成: a time (jieba t, m, mq), unless a mined modifier (如期)
    return _adverb_test(word, lexicon)


def _adverb_test(word: str, lexicon: StatusLexicon) -> str:
    """``word`` where it passes ``_with_adverb``'s tests at any length, else ""."""
    if (
        any(c in _LIST_WORDS or c in _TIME_WORDS for c in word)
        or word in _GENERIC_HEADS
        or any(k in word for k in lexicon.kernels)
    ):
        return ""
    return word


@functools.cache
def _name_heads() -> frozenset[str]:
    """Every name head of the lexicon (mined heads and GUIDE kernels), read once."""
    from extract.pipeline.lexicon_files import read_lexicon

    lex = read_lexicon(names=["heads.jsonl", "head_kernels.jsonl"])
    return frozenset(e["head"] for name in ("heads.jsonl", "head_kernels.jsonl") for e in lex[name])


def _with_complement(rest: str, status: str, lexicon: StatusLexicon) -> str:
    """The status as written when a two-character word closes the clause right after it (GUIDE
    §5, §9: verbatim; ``某项目投产增效``, ``某馆建成开放``, ``某线建成开通``): the stage verb's
    complement, the rest of the same predicate. The word passes the tests of ``_with_adverb``
    (no list word, year or month, generic head, nor a stage verb, which the phrase would have
    chained); anything longer (``投产，…`` ends the clause, ``建成投用后的…``) keeps the status
    as it was read."""
    return status + _with_adverb(rest, "", lexicon)  # the word itself where it passes, else ""


def is_complement(word: str) -> bool:
    """Is ``word``, closing the clause right after a status phrase, the stage verb's complement
    (增效 of 投产增效, 开放 of 建成开放), by the tests ``_with_complement`` applies?"""
    return bool(word) and _with_complement(word, "", status_lexicon()) == word


# jieba's part-of-speech tags of adverbs (d, and ad: an adjective used as one): the word before
# a stage verb that is a status only with an adverb (顺利推进, 同步建设), not a noun (前期推进)
_ADVERB_TAGS = frozenset({"d", "ad"})


def bare_status(after: str, lexicon: StatusLexicon) -> str | None:
    """A status no mined phrase spells, written where the reader expects one: closing the clause
    right after the project (or its list: ``某工程投运。``, ``某、某等项目投运``).

    The mined phrases (``phrase_re``) need two sightings in two reports, so a stage verb that is a
    status alone (its kernel rule: 投运, 达产, ``alone: true``) but that the masked reports wrote
    once after a project head was no status at all, nor a verb its kernel rule makes a status
    with an adverb (推进: 加快推进 in GUIDE §9) after an adverb no mined phrase holds (顺利推进).
    The frame is the miner's own ``after_name`` frame, read where it is sure: the stage verbs end
    the clause, and before them stand only the list's closing words and at most one two-character
    word, which is the status's adverb (``_with_adverb``'s tests; for a verb that needs an adverb,
    a word jieba tags as one). GUIDE §5, §9: the status is copied as written (稳产达产)."""
    body = after.rstrip()
    run = lexicon.kernel_run_re.search(body)
    if run is None:
        return None
    first = lexicon.kernel_re.match(run.group(0))
    kernel = lexicon.kernels[first.group(0)] if first else None
    if kernel is None:
        return None
    gap = body[: run.start()]
    word = gap[-2:]
    status = _with_adverb(word, run.group(0), lexicon)
    if status != run.group(0) and segment_cached(gap)[-1:] != [word]:
        status = run.group(0)  # 实|质性: the two characters end a longer word
        longer = _list_adverb(gap, lexicon)
        if len(longer) > len(word):  # …等央企资源实质性落地: the whole word, read as after a list
            word, status = longer, longer + run.group(0)
    if status == run.group(0):
        word = ""
    elif not kernel.alone and _tags().get(word) not in _ADVERB_TAGS:
        word = _framed_measure(gap, word, lexicon)
        if not word:
            return None  # 某工程前期推进: a noun before 推进, no adverb
        status = word + run.group(0)
    if not kernel.alone and not word:
        return None  # 某项目建设: the work named, not its state
    rest = gap[: len(gap) - len(word)]
    if rest and rest not in _GENERIC_HEADS and not (rest.startswith(_LIST_CLOSER) and _LIST_GAP.match(rest)):
        return None
    return status


def _framed_measure(gap: str, word: str, lexicon: StatusLexicon) -> str:
    """``word`` with the adverb of the status frames right before it (``…等项目加快投资放量``:
    加快 + 投资 + 放量), or "" when no such adverb stands there.

    Why: GUIDE §5 quotes ``加快投资放量`` as a status copied verbatim; the stage verb (放量, which
    is a status only with an adverb) has its measure (投资, a verbal noun) between it and the
    adverb, so the word before it is no adverb and the status was lost. The adverb is one the mined
    phrases put before their stage verb (``StatusLexicon.frame_modifiers``: 加快 of 加快建设), the
    measure a verbal or common noun by jieba's tag that ends in no name head."""
    words = segment_cached(gap)
    if len(words) < 2 or words[-1] != word or words[-2] not in lexicon.frame_modifiers:
        return ""
    if _tags().get(word) not in _MEASURE_TAGS or any(word.endswith(h) for h in _name_heads()):
        return ""
    return words[-2] + word


_MEASURE_TAGS = frozenset({"vn", "n"})  # jieba's tags of a verbal noun and a common noun (投资)


@functools.cache
def _tags() -> dict[str, str]:
    """jieba's part-of-speech tags by word (``extract.pipeline.mining.dictionary``), read once."""
    from extract.pipeline.mining import dictionary

    return {w: tag for w, (_, tag) in dictionary().items()}


def reviews_several_years(doc: Document) -> bool:
    """A document whose review covers several years (a five-year outline reviews the whole past
    plan period, ``reported_years`` 2016–2020): none of its results is dated to one year, as in
    the five-year review of a work report (GUIDE §9: ``这五年…建成运营`` gets no hasStatus; §5:
    only the report year's status). Before, the review's last year was taken for every status of
    it (``…等一批重点项目建成投用`` in a 十四五 outline became hasStatus 2020)."""
    return len(doc.meta.reported_years) > 1


def _status_column(table: Table) -> int | None:
    for i, c in enumerate(table.header):
        h = re.sub(r"\s", "", c.text)
        if any(k in h for k in ("完成情况", "进度", "状态", "建设情况", "进展")):
            return i
    return None


@document_rule(order=30)
def table_status(doc: Document, mentions: list[Mention]) -> list[Relation]:
    out: list[Relation] = []
    ms = [m for m in mentions if m.doc == doc.doc_id and m.type == "Project"]
    for table in doc.tables:
        col = _status_column(table)
        if col is None:
            continue
        period = period_of(doc, (*table.path, table.title))
        if period.phase == "actual" and reviews_several_years(doc):
            continue  # the review of a five-year outline: no row's status is dated (GUIDE §9)
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
                            status_relation(period),
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
        rel = status_relation(period)
        out.append(relation(s.doc, rel, party(m), None, span, status=status, period=period, path=s.path))

    # labelled list line: 开工重点项目：A；B；…
    line_start = text.rfind("\n", 0, s.start) + 1
    lexicon = status_lexicon()
    label = lexicon.label_re.match(text[line_start : s.end])
    if label:
        for m in projects:
            add(m, label.group(1), s.period, start=line_start + label.start(1))  # evidence from the label
        return out
    if s.period.phase == "actual" and (
        not dated_at(s.doc, s.start, default=s.period.dated) or reviews_several_years(s.doc)
    ):
        return out  # a five-year review does not date its results (GUIDE §9)
    for run in _runs(s, s.mentions):
        if not any(m.type == "Project" for m in run):
            continue
        first, last = run[0], run[-1]
        a, b = s.clause_of(first.start)
        after = _blank_mentions(text, last.end, b, s.mentions)
        st = None
        for hit in lexicon.phrase_re.finditer(after):
            gap = after[: hit.start()]
            # A和B、C等项目开工建设: B is no mention, C is (blanked); the list still ends at the status
            tail = re.split(r"[、和及]", gap)[-1] if re.match(r"^[、和及]", gap) else gap
            if _LIST_GAP.match(gap) or (len(gap) <= 40 and _LIST_GAP.match(tail.strip())):
                read = _with_adverb(gap, hit.group(0), lexicon)
                if read == hit.group(0) and gap:
                    read = _list_adverb(gap, lexicon) + read  # 某、某等项目顺利投产
                st = _with_complement(after[hit.end() :].strip(), read, lexicon)
            break
        if st is None:
            st = bare_status(after, lexicon)
        prog = _PROGRESS.search(after)
        if prog and _LIST_GAP.match(after[: prog.start()]):
            st = prog.group(0)
        if st is None:
            before = text[a : first.start]
            nearest: re.Match[str] | None = None
            for h in lexicon.phrase_re.finditer(before):
                nearest = h
            # 建成A、B等: the status governs the whole list, also items that are no mention
            if nearest is not None and list_head(before[nearest.end() :]):
                st = nearest.group(0)
        if st is None:
            continue
        period = _clause_period(s, a, b)
        for m in run:
            if m.type == "Project":
                add(m, st, period)
    return out


@sentence_rule(order=60, with_run=True, types=("Project",))  # find_status: projects only
def status_outside_tables(s: Sentence, run: DocumentRun) -> list[Relation]:
    """``find_status`` less what a table row of the document already says (``table_status``
    reads the row; the line-level reading of the same row is dropped)."""
    table_facts, heads = run.shared("table_status", lambda: _table_facts(run))
    return [r for r in find_status(s) if not _inside_table_fact(r, table_facts, heads)]


def _table_facts(run: DocumentRun) -> tuple[list[Relation], set[str]]:
    facts = [r for r in run.found[table_status.__name__] if isinstance(r, Relation)]
    return facts, {r.head for r in facts}


def _inside_table_fact(r: Relation, table_facts: list[Relation], heads: set[str]) -> bool:
    return r.head in heads and any(
        t.start <= r.start < t.end or r.start <= t.start < r.end for t in table_facts
    )


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


__all__ = [
    "StatusLexicon",
    "bare_status",
    "find_status",
    "is_complement",
    "list_head",
    "reviews_several_years",
    "status_class",
    "status_lexicon",
    "status_relation",
    "table_status",
]
