"""Trade words that label lists of industries: an item ending in one is a sector, no firm.

GUIDE §3 leaves industries untagged (新材料, 生物医药产业) and types companies Enterprise; a list
closed by a firm label (``A、B、C等一批绿色产业龙头企业``) types its items as firms
(``enumerations``), so a list of industries written before such a label (…信息产业、…汽车产业、
物联网产业等…龙头企业) came out as three firms. What tells the industry from the firm is the
item's last word: a trade (a word closed by the trade morpheme 业 of ``firm_kernels.TRADE``)
that the reports themselves use as the label of lists of sectors — ``A、B等产业``, ``A、B等重点
行业`` — names the kind the items are, never one company. ``mine_trade_labels`` finds these
words in unannotated text (``scripts/mine_categories.py`` → ``extract/data/trade_labels.jsonl``,
gold passages blanked, each word with its counts): a dictionary word ending in 业 that closes the
label after a 、-list's 等 (a modifier of at most ``LABEL_MODIFIER_MAX`` characters allowed) in
at least ``MIN_DOCS`` reports. A trade that ends firm names (工业 in 某航工业, 实业, 矿业) is
rarely such a label, and a stem the dictionary reads as an abbreviation, a place, a person or an
organisation (中航|工业) keeps the item a name (``trade_item``).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence

from extract.pipeline import grammar as g
from extract.pipeline.firm_kernels import TRADE
from extract.pipeline.mining import dictionary, segment
from extract.pipeline.mistagged_terms import mistagged_terms

LIST_CLOSER = "等"  # closed class: the particle that closes a list
SEP = "、"  # closed class: the list mark
LABEL_MODIFIER_MAX = 4  # characters between 等 and the trade word (等重点|行业, 等新兴|产业)
MIN_DOCS = 3
# 、 … 等 + label: the clause holds a list before the closer (no clause mark between)
LIST_LABEL_RE = re.compile(SEP + r"[^，。；：！？\n]{1,40}?" + LIST_CLOSER + r"([\u4e00-\u9fff]{1,12})")
# a stem word so tagged names something (中航 j, 上海 ns, 华润 nt): the item is a name, not a trade
NAMING_TAGS = frozenset({"j", "ns", "nr", "nrt", "nrfg", "nt", "eng"})


def mine_trade_labels(docs: Sequence[tuple[str, str]], firm_kernel: str | None) -> list[dict]:
    """The trade words that close list labels (module docstring), sorted by word. A word ending
    in the GUIDE §3 firm kernel (企业: ``head_rules.jsonl``, rule kind ``firm_title``) labels
    firms (等龙头企业) and is left out."""
    words = dictionary()
    total: Counter[str] = Counter()
    seen_in: dict[str, set[str]] = defaultdict(set)
    for name, text in docs:
        for m in LIST_LABEL_RE.finditer(text):
            pos = 0
            for tok in segment(m.group(1)):
                if pos > LABEL_MODIFIER_MAX:
                    break
                pos += len(tok)
                if len(tok) >= 2 and tok.endswith(TRADE) and tok in words:
                    if firm_kernel and tok.endswith(firm_kernel):
                        break
                    total[tok] += 1
                    seen_in[tok].add(name)
                    break
    return sorted(
        (
            {"word": w, "source": "mined", "counts": {"total": n}, "docs": len(seen_in[w])}
            for w, n in total.items()
            if len(seen_in[w]) >= MIN_DOCS
        ),
        key=lambda e: e["word"],
    )


def trade_word(item: str, trades: Iterable[str]) -> str | None:
    """The longest mined trade label that ends ``item`` with something before it, or None.

    Why the longest: labels nest (产业, 新兴产业) and ``trades`` is a set, whose order of
    iteration changes with the string hash seed; the first match made the stem, and so the
    verdict, depend on the run. The miner counted the label as jieba's longest dictionary word
    (新兴产业 is one token), so the longest match reads the item the way the label was mined."""
    found = [t for t in trades if item.endswith(t) and len(item) > len(t)]
    return max(found, key=lambda t: (len(t), t)) if found else None


def trade_item(item: str, grammar: g.Grammar) -> bool:
    """Is a list item a sector named by a mined trade label (物联网产业, 新一代电子信息产业)?
    Its text ends in the trade word, something stands before it, and every word of that stem is
    a word of the dictionary that names nothing by its tag — no abbreviation, place, person or
    organisation (中航|工业 is a firm) — or an everyday word the dictionary mistags as a name
    (``mistagged_terms``, mined: 智慧)."""
    trade = trade_word(item, grammar.mined_set("trade_labels.jsonl", "word"))
    if trade is None:
        return False
    tags = dictionary()
    stem = item[: -len(trade)]
    everyday = mistagged_terms(grammar)
    return all(w in everyday or (w in tags and tags[w][1] not in NAMING_TAGS) for w in segment(stem))
