"""Quoted programme names known from other reports (issue 12: quoted programmes with no head).

A national or provincial programme is written in quotes by many reports, with its head in some
sentences (“高效办成一件事”改革, “人工智能+”行动, 实施“两新”，) and without it in others
(推进“高效办成一件事”，, “两新”政策持续扩围). Inside one report
:func:`extract.pipeline.quoted_frames.find_quoted_programmes` carries a programme to its other
quotes; a report that only ever writes the short form gives no such evidence, but the other
reports do. So the evidence is counted over all unannotated reports, never listed by hand:

- **Mining** (:func:`mine_quoted_programmes`, run by ``scripts/mine_lexicon.py`` into
  ``extract/data/quoted_programmes.jsonl``): a quote is *programme evidence* when a programme
  head of the grammar follows it (“X”行动, “X”改革: ``Grammar.after_quote_re`` ending in a
  Program head, not an area head like 核心区) or when a mined programme verb governs it and a
  clause edge closes it (实施“X”，: the frame of ``quoted_frames``), or when it is coordinated
  with a quoted programme in one chain of quotes (“两重”“X”, “X”“十大工程”: GUIDE §2.2, conjuncts
  of one list are names of one kind; the other quote holds a Program head of the grammar, the
  GUIDE's bare 两重 or a …工程). Quoted words with such evidence in at least ``MIN_DOCS``
  reports are programme names; each entry carries its counts.
- **Run time** (:func:`find_known_quoted_programmes`): a quote of such a name with no head
  after it is a Program, its span inside the quotes (GUIDE §2.2; a trailing 政策 stays out, §2.5:
  消费品以旧换新政策). Where the quote stands does not matter (branch program28): closed by a clause
  edge (推进“X”，), reported with a result jieba does not read as a predicate (“X”扩面提质,
  “X”惠及企业群众) or modifying a noun (推出一批“X”事项, 入选“X”名单) — “X”事项 is no name, so by
  GUIDE §2.1 the programme inside it is annotated, and the readable gold tags mined names so in 8
  of 9 such quotes (“X”推进机制, “X”应用领域, “两重”项目; only a “自审自发”项目 is untagged). Before,
  only a clause edge closed the quote, and the fresh2, fresh3 and fresh7 gold lost four mentions.
  Quotes that already hold a candidate (a strategy, a title) are left alone, so the gazetteer still
  decides 一带一路.

Words that reports quote as slogans or formulas (“两个确立”, “四个意识”) never have a programme
head after them, and a programme verb before them is no evidence either: a quote after the verb
counts only when it is coined (``quoted_frames.is_coined``: no ``N个X`` formula such as
落实“两个毫不动摇”, no single dictionary word), so they are not mined.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence

from spacy.tokens import Doc

from extract.normalize import FOOTNOTE_RE
from extract.pipeline.candidates import HeldSpans, add_candidate, candidates
from extract.pipeline.quoted_frames import (
    LATIN_OR_DIGITS_RE,
    QUOTE_RE,
    _closed_by_edge,
    is_coined,
    word_before,
)

MIN_DOCS = 2  # reports with programme evidence for the quoted words
TRAILING_POLICY = "政策"  # GUIDE §2.5: a trailing 政策 after a programme name is left out
STRATEGY_TAIL = "战略"  # GUIDE §2.6/§6: a generic tail; organisational 战略 are no programmes


def quote_chains(text: str) -> list[list[re.Match[str]]]:
    """The quotes of ``text`` grouped into chains written one after another (“A”“B”, “A”、“B”)."""
    chains: list[list[re.Match[str]]] = []
    for m in QUOTE_RE.finditer(text):
        if chains and text[chains[-1][-1].end() : m.start()] in ("", "、"):
            chains[-1].append(m)
        else:
            chains.append([m])
    return chains


def closed_after(text: str, end: int, clause_re: re.Pattern[str] | Callable[[str, int], str | None]) -> bool:
    """Does the clause go on with no more name material after the quote ending at ``end``, a
    trailing 政策 aside (GUIDE §2.5: “两新”政策持续扩围)?"""
    note = FOOTNOTE_RE.match(text, end)
    if note:
        end = note.end()  # “两新”［15］政策: a footnote marker is a source artefact, not name material
    if text.startswith(TRAILING_POLICY, end):
        end += len(TRAILING_POLICY)
    return _closed_by_edge(text, end, clause_re)


def _holds_head(inner: str, tails: tuple[str, ...]) -> bool:
    """Is the quoted ``inner`` a programme name by its own head (“两重”, “十大工程”), so that the
    quotes chained with it are its conjuncts (GUIDE §2.2)?"""
    return inner.endswith(tails)


def programme_headed(text: str, end: int, after_quote_re: re.Pattern[str], tails: tuple[str, ...]) -> bool:
    """Does a programme head follow the closing quote at ``end`` (“X”行动, “X”改革)?"""
    m = after_quote_re.match(text, end)
    return m is not None and m.group().endswith(tails)


def mine_quoted_programmes(
    docs: Sequence[tuple[str, str]],
    after_quote_re: re.Pattern[str],
    tails: Iterable[str],
    programme_verbs: Iterable[str],
    clause_re: re.Pattern[str],
    segment,
    min_docs: int = MIN_DOCS,
) -> list[dict]:
    """Quoted words with programme evidence in ``min_docs`` reports (module docstring)."""
    from extract.regions import lookup

    tails = tuple(tails)
    verbs = tuple(programme_verbs)
    total: Counter[str] = Counter()
    headed: Counter[str] = Counter()
    governed: Counter[str] = Counter()
    chained: Counter[str] = Counter()
    evidence_docs: dict[str, set[str]] = defaultdict(set)
    for name, text in docs:
        for chain in quote_chains(text):
            # a chain of quotes (“两重”“两新”政策) shares the verb before it and what follows it
            first, last = chain[0], chain[-1]
            is_headed = programme_headed(text, last.end(), after_quote_re, tails)
            is_governed = (
                not is_headed
                and bool(verbs)
                and closed_after(text, last.end(), clause_re)
                and word_before(text, first.start(), segment).endswith(verbs)
            )
            chained_to_programme = any(_holds_head(m.group(1), tails) for m in chain)
            for m in chain:
                inner = m.group(1)
                if (
                    LATIN_OR_DIGITS_RE.match(inner)
                    or inner.endswith(tails)
                    or inner.endswith(STRATEGY_TAIL)  # “五大战略”: an organisational 战略 (GUIDE §6)
                    or lookup(inner) is not None
                ):
                    continue  # a name with its own head (“十大工程”) is found by the grammar
                total[inner] += 1
                if is_headed:
                    headed[inner] += 1
                elif is_governed and is_coined(inner):  # not 落实“两个毫不动摇”: a formula
                    governed[inner] += 1
                elif chained_to_programme and is_coined(inner):  # “两重”“X”: a conjunct of a programme
                    chained[inner] += 1
                else:
                    continue
                evidence_docs[inner].add(name)
    out = [
        {
            "name": inner,
            "source": "mined",
            "counts": {
                "quotes": total[inner],
                "headed": headed[inner],
                "after_programme_verb": governed[inner],
                "chained": chained[inner],
            },
            "docs": len(seen),
        }
        for inner, seen in evidence_docs.items()
        if len(seen) >= min_docs
    ]
    # the tail of a longer quoted programme (“一件事” of “高效办成一件事”) names its items, not a
    # programme of its own: 37个“一件事”落地
    names = {str(e["name"]) for e in out}
    # (a modifier of two or more characters before it; 十|百千万 is another numeric name)
    out = [e for e in out if not _tail_of_longer(str(e["name"]), names)]
    return sorted(out, key=lambda e: e["name"])


def mine_with_grammar(
    docs: Sequence[tuple[str, str]], heads: list[dict], stops: list[dict], verbs: list[dict]
) -> list[dict]:
    """:func:`mine_quoted_programmes` with a grammar built from the freshly mined heads, stop
    words and programme verbs (the other lexicon files as shipped)."""
    from extract.pipeline.grammar import Grammar
    from extract.pipeline.lexicon_files import read_lexicon
    from extract.pipeline.mining import segment

    lexicon = {
        **read_lexicon(),
        "heads.jsonl": heads,
        "stop_words.jsonl": stops,
        "programme_verbs.jsonl": verbs,
    }
    gr = Grammar(lexicon)
    return mine_quoted_programmes(
        docs, gr.after_quote_re, gr.program_tails, gr.programme_verbs, gr.any_stop_re, segment
    )


def find_known_quoted_programmes(doc: Doc, text: str, grammar, names: frozenset[str]) -> None:
    """Add headless quotes of mined programme names as Program candidates (module docstring)."""
    if not names:
        return
    held: HeldSpans | None = None
    for m in QUOTE_RE.finditer(text):
        start, end = m.span()
        if m.group(1) not in names or grammar.after_quote_re.match(text, end):
            continue
        if held is None:  # the candidates before any quote is added, as the test has always read them
            held = HeldSpans([(c.start_char, c.end_char) for c in candidates(doc)])
        if held.overlaps(start, end):
            continue  # a name another finder already holds here
        add_candidate(doc, start + 1, end - 1, "Program", "quote")


def _tail_of_longer(name: str, names: set[str]) -> bool:
    """Is ``name`` the tail of another name with a modifier of two or more characters?"""
    return any(len(n) >= len(name) + 2 and n.endswith(name) for n in names)
