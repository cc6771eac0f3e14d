"""Quoted names headed by a programme head in another report, governed by a verb here (issue 12).

A coined programme name is written in quotes with no head after it (打造“X”。, 务实推进“X”。):
no head word for the grammar, a verb (打造, 推进) that introduces slogans and positionings as
often as programmes (so ``quoted_frames`` mines no programme verb of it), and the document writes
the quote once, so ``quoted_frames.headed_in_document`` has nothing to carry. The quoted words
name a programme when two independent signals agree:

- **another report heads them** (mined, :func:`mine_headed_quotes`, run by
  ``scripts/mine_lexicon.py`` into ``extract/data/headed_quotes.jsonl``): over the unannotated
  reports (gold passages blanked), a programme head of the grammar follows the closing quote
  (“X”行动计划, “X”工程: ``Grammar.after_quote_re`` ending in a Program head, as the quoted-programme
  miner reads it), in at least ``MIN_HEADED_DOCS`` report. Names with programme evidence in two
  reports are ``quoted_programmes.jsonl``'s and found anywhere; these are the ones with one. Words
  quoted in more than ``MAX_QUOTED_SHARE`` of the reports are the genre's shared formulas
  (“十四五”): not names, whatever follows them once (GUIDE §3: slogans and formulas untagged);
  neither are ``N个X`` formulas and single dictionary words (``quoted_frames.is_coined``).
- **this report governs the bare quote as an object** (run time,
  :func:`find_governed_headed_quotes`): a verb by jieba's dictionary (tag ``v``) right before the
  opening quote and punctuation right after the closing quote (or after a chain of quotes:
  推进“X”“Y”。). A quote modifying a noun (“X”软件企业), the topic of a clause (“X”成效明显),
  or after a noun (国土空间规划“X”) is left alone: a category, a brand or a map as often as a
  programme.

The span is inside the quotes (GUIDE §2.2). A quote another finder holds is left alone, and so are
the words wherever the document itself heads them as the miner reads a head (“X”“Y”试点): the
mined head may then be this report's own, and the two signals would not be independent (where
the head stands right after the quote, ``headed_in_document`` carries the name already).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence

from spacy.tokens import Doc

from extract.pipeline.candidates import HeldSpans, add_candidate, candidates
from extract.pipeline.quoted_frames import EDGE_CHARS, LATIN_OR_DIGITS_RE, is_coined, word_before
from extract.pipeline.quoted_programmes import (
    STRATEGY_TAIL,
    _tail_of_longer,
    programme_headed,
    quote_chains,
)

MIN_HEADED_DOCS = 1  # reports where a programme head follows the quote (the first signal)
MAX_QUOTED_SHARE = 0.5  # of the reports: a quote written by more is a shared formula, not a name
VERB_TAG = "v"  # jieba's tag of a verb: the word that governs the quote as its object
DATA_FILE = "headed_quotes.jsonl"


def mine_headed_quotes(
    docs: Sequence[tuple[str, str]],
    after_quote_re,
    tails: Iterable[str],
    known: Iterable[str],
    min_docs: int = MIN_HEADED_DOCS,
    max_share: float = MAX_QUOTED_SHARE,
) -> list[dict]:
    """Coined quoted words a programme head follows in ``min_docs`` reports, not ``known`` (the
    mined quoted programmes), quoted in at most ``max_share`` of the reports (module docstring)."""
    from extract.regions import lookup

    tails = tuple(tails)
    known_names = set(known)
    quotes: Counter[str] = Counter()
    headed: Counter[str] = Counter()
    quoted_docs: dict[str, set[str]] = defaultdict(set)
    headed_docs: dict[str, set[str]] = defaultdict(set)
    for name, text in docs:
        for chain in quote_chains(text):
            is_headed = programme_headed(text, chain[-1].end(), after_quote_re, tails)
            for m in chain:
                inner = m.group(1)
                quotes[inner] += 1
                quoted_docs[inner].add(name)
                if is_headed:
                    headed[inner] += 1
                    headed_docs[inner].add(name)
    reports = len(docs)
    out = []
    for inner, seen in headed_docs.items():
        if (
            len(seen) < min_docs
            or inner in known_names
            or len(quoted_docs[inner]) > max_share * reports
            or LATIN_OR_DIGITS_RE.match(inner)
            or inner.endswith(tails)  # “十大工程”: the grammar finds a name with its own head
            or inner.endswith(STRATEGY_TAIL)
            or not is_coined(inner)
            or lookup(inner) is not None
            or _tail_of_longer(inner, known_names)  # “一件事” of “高效办成一件事”
        ):
            continue
        out.append(
            {
                "name": inner,
                "source": "mined",
                "counts": {
                    "quotes": quotes[inner],
                    "headed": headed[inner],
                    "quoted_docs": len(quoted_docs[inner]),
                },
                "docs": len(seen),
            }
        )
    return sorted(out, key=lambda e: e["name"])


def mine_with_grammar(
    docs: Sequence[tuple[str, str]], heads: list[dict], stops: list[dict], quoted: list[dict]
) -> list[dict]:
    """:func:`mine_headed_quotes` with a grammar built from the freshly mined heads and stop words
    and the freshly mined quoted programmes (the other lexicon files as shipped)."""
    from extract.pipeline.grammar import Grammar
    from extract.pipeline.lexicon_files import read_lexicon

    gr = Grammar({**read_lexicon(), "heads.jsonl": heads, "stop_words.jsonl": stops})
    return mine_headed_quotes(docs, gr.after_quote_re, gr.program_tails, (e["name"] for e in quoted))


def _governing_verb(text: str, quote_start: int, segment, words: dict[str, tuple[int, str]]) -> bool:
    """Is the word glued to the opening quote a verb by jieba's dictionary (打造, 推进)?"""
    word = word_before(text, quote_start, segment)
    return bool(word) and words.get(word, (0, ""))[1] == VERB_TAG


def find_governed_headed_quotes(doc: Doc, text: str, grammar, names: frozenset[str], segment) -> None:
    """Add the verb-governed bare quotes of mined headed names as Program candidates."""
    if not names or "“" not in text:
        return
    from extract.pipeline.mining import dictionary

    chains = [c for c in quote_chains(text) if any(m.group(1) in names for m in c)]
    if not chains:
        return
    # words this report heads itself: the mined head may be this report's own, not another's
    headed_here = {
        m.group(1)
        for c in chains
        if programme_headed(text, c[-1].end(), grammar.after_quote_re, grammar.program_tails)
        for m in c
    }
    held: HeldSpans | None = None
    words = dictionary()
    for chain in chains:
        end = chain[-1].end()
        if end < len(text) and text[end] not in EDGE_CHARS:
            continue  # “X”软件企业, “X”成效明显: not an object closed by punctuation
        if not _governing_verb(text, chain[0].start(), segment, words):
            continue
        for m in chain:
            inner = m.group(1)
            if inner not in names or inner in headed_here:
                continue
            if held is None:
                held = HeldSpans([(c.start_char, c.end_char) for c in candidates(doc)])
            if held.overlaps(m.start(), m.end()):
                continue  # a name another finder already holds here
            add_candidate(doc, m.start() + 1, m.end() - 1, "Program", "quote")
