"""Firms named after a division and a trade's kernel (云南…银行: issue 12, Enterprise recall).

GUIDE §3 types company names as Enterprise; the GUIDE kernels of firms are the legal forms
公司 and 集团 (``head_kernels.jsonl``). A bank is a company too, but it names itself by its
trade (…银行), no legal form: a division followed by such a name (a province's rural commercial
bank, a city's bank) was read as a bare District, and the firm was missed.

The trade kernels are mined (``scripts/mine_firm_kernels.py`` → ``extract/data/firm_kernels.jsonl``),
never listed: a word of jieba's general dictionary that closes at least ``MIN_NAMES`` of the
dictionary's organisation names (tag ``nt``), is no GUIDE kernel already, and whose trade —
the word + 业, a dictionary word (银行业) — the unannotated reports use in at least
``MIN_DOCS`` reports. The trade test is what separates firms from institutions: hospitals,
universities, governments and committees close many organisation names too, but no trade is
named after them (医院业, 政府业 are no words), while an industry is made of firms.

At run time a kernel closes an Enterprise name when the name opens with a gazetteer division at
a word boundary of jieba's reading and the words between are name material — nouns or words the
dictionary does not know, no clause word, numeral or pronoun (全市各银行 is a kind, 新疆推动银行…
a clause). A bank of the national level (中国人民银行, a State Council body: GUIDE §3
Organization) has no division before it and is left to the gazetteer of public bodies.
"""

from __future__ import annotations

import functools
import re
from collections import Counter, defaultdict
from collections.abc import Sequence

from spacy.tokens import Doc

from extract.pipeline import grammar as g
from extract.pipeline.candidates import add_candidate
from extract.pipeline.mining import dictionary, segment_cached
from extract.regions import lookup

HAN_RUN_RE = re.compile(r"[\u4e00-\u9fff]+")
MIN_NAMES = 20  # dictionary organisation names the kernel closes
MIN_DOCS = 3  # unannotated reports that name the kernel's trade
TRADE = "业"  # 银行 + 业: the trade, an industry of firms
MAX_BODY = 8  # characters between the division's start and the kernel (云南|农村商业)
MAX_DIVISION = 6
# name material between the division and the kernel: nouns, trade names, abbreviations, place
# names, and words jieba does not know; never a verb, adverb, numeral, pronoun or function word
NAME_TAGS = frozenset({"n", "nz", "nt", "ns", "nr", "nrt", "nrfg", "ng", "j", "vn", "an", None})


def mine_firm_kernels(docs: Sequence[tuple[str, str]], kernels: Sequence[dict]) -> list[dict]:
    """Trade kernels of firm names (module docstring), sorted by kernel."""
    words = dictionary()
    known = {k["head"] for k in kernels}
    closes: Counter[str] = Counter()
    for word, (_, tag) in words.items():
        if tag != "nt":
            continue
        for cut in range(1, len(word) - 1):
            suffix = word[cut:]
            if suffix in words and len(suffix) >= 2:
                closes[suffix] += 1
    trade_docs: dict[str, set[str]] = defaultdict(set)
    trade_uses: Counter[str] = Counter()
    candidates = {k for k, n in closes.items() if n >= MIN_NAMES and k not in known and k + TRADE in words}
    for name, text in docs:
        for kernel in candidates:
            n = text.count(kernel + TRADE)
            if n:
                trade_uses[kernel] += n
                trade_docs[kernel].add(name)
    return [
        {
            "kernel": k,
            "type": "Enterprise",
            "trade": k + TRADE,
            "source": "mined",
            "counts": {"dictionary_names": closes[k], "trade_uses": trade_uses[k]},
            "docs": len(trade_docs[k]),
            "rule": "GUIDE §3 Enterprise: company names",
        }
        for k in sorted(candidates)
        if len(trade_docs[k]) >= MIN_DOCS
    ]


@functools.lru_cache(maxsize=8)
def _kernels_re(grammar: g.Grammar) -> re.Pattern[str] | None:
    kernels = [r["kernel"] for r in grammar.lexicon.get("firm_kernels.jsonl", ())]
    return g._alternation(kernels) if kernels else None


def division_firm_start(body: str, grammar: g.Grammar) -> int | None:
    """Where a firm name opens in ``body`` (the Han characters before a trade kernel): the start
    of a gazetteer division that begins a word of jieba's reading, with only name material
    after it; None when there is none. The farthest such division wins (新疆|库尔勒… keeps both).
    A soft clause word of the mined lexicon is name material (联合 in a union bank's name: the
    miner found it mostly inside names); a hard one never is."""

    words = dictionary()
    tokens = segment_cached(body)
    starts, pos = [], 0
    for tok in tokens:
        starts.append(pos)
        pos += len(tok)
    found = None
    for i in range(len(tokens) - 1, -1, -1):
        start = starts[i]
        rest = body[start:]
        division = next(
            (cut for cut in range(min(MAX_DIVISION, len(rest)), 1, -1) if lookup(rest[:cut]) is not None),
            None,
        )
        if division is not None and (start + division) in {*starts[i + 1 :], len(body)}:
            found = start
        tok = tokens[i]
        material = words.get(tok, (0, None))[1] in NAME_TAGS or tok in grammar.soft_stops
        if (tok in grammar.hard_stops or not material) and found != start:
            break  # a clause word: the name cannot reach across it
    return found


def find_division_firms(doc: Doc, text: str, grammar: g.Grammar) -> None:
    """Add an Enterprise candidate for each division + name material + mined trade kernel."""
    kernels = _kernels_re(grammar)
    if kernels is None:
        return
    for m in kernels.finditer(text):
        if text.startswith(TRADE, m.end()):
            continue  # 银行业: the trade, not a firm
        run = HAN_RUN_RE.search(text, max(0, m.start() - MAX_BODY), m.start() + 1)
        while run is not None and run.end() < m.start():
            run = HAN_RUN_RE.search(text, run.end(), m.start() + 1)
        if run is None or run.start() >= m.start():
            continue
        body_start = run.start()
        start = division_firm_start(text[body_start : m.start()], grammar)
        if start is not None:
            add_candidate(doc, body_start + start, m.end(), "Enterprise", "suffix")
