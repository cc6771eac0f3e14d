"""The trade words that close a company's name before its legal form (汽车, 制药: issue 12).

A firm calls itself by a trade name and, in full, by the trade name plus a trade word plus its
legal form (甲乙制药有限公司); a report writes the trade name with the trade word (甲乙制药) or bare
(甲乙). GUIDE §2.1 takes the maximal name and §4 links a short form to the full name the same text
writes (深蓝 → 深蓝汽车). Which words close company names this way is read off jieba's general
dictionary, never listed: a two-character noun (tag ``n``) that ends the stem of the names of at
least ``MIN_NAMES`` firms (distinct stems) among the dictionary's organisation names (tag ``nt``)
closed by a legal form
(``genericity.FIRM_KERNEL_RE``, the Company Law's forms and the enterprise group: 上海大众|汽车|有限公司,
上海罗氏|制药|有限公司), after a trade name of at least two characters, and that the unannotated
reports use in at least ``MIN_DOCS`` reports. ``scripts/mine_company_tails.py`` writes them to
``extract/data/company_tails.jsonl``; ``firm_repeats`` and the linker read them.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from extract.pipeline.genericity import FIRM_KERNEL_RE
from extract.pipeline.mining import dictionary, segment_cached

MIN_NAMES = 2  # firms (distinct stems of dictionary organisation names) the word closes
MIN_DOCS = 3  # unannotated reports that use the word at all
TAIL_LEN = 2
NOUN = "n"
FILE = "company_tails.jsonl"


def _stem(name: str) -> str:
    while (m := FIRM_KERNEL_RE.search(name)) is not None and m.start() > 0:
        name = name[: m.start()]
    return name


def mine_company_tails(docs: Sequence[tuple[str, str]]) -> list[dict]:
    """The company tails (module docstring), sorted by word."""
    words = dictionary()
    names: dict[str, set[str]] = defaultdict(set)
    for word, (_, tag) in words.items():
        if tag != "nt" or FIRM_KERNEL_RE.search(word) is None:
            continue
        stem = _stem(word)
        if stem == word or len(stem) < TAIL_LEN + 2:
            continue
        last = segment_cached(stem)[-1]
        if len(last) == TAIL_LEN and words.get(last, (0, ""))[1] == NOUN:
            names[last].add(stem)
    rows = []
    for tail in sorted(names):
        if len(names[tail]) < MIN_NAMES:
            continue
        used = sum(1 for _, text in docs if tail in text)
        if used < MIN_DOCS:
            continue
        rows.append(
            {
                "tail": tail,
                "type": "Enterprise",
                "source": "mined",
                "counts": {"dictionary_firms": len(names[tail])},
                "examples": sorted(names[tail])[:3],
                "docs": used,
                "rule": "GUIDE §2.1 maximal name, §4 short forms linked to the full company name",
            }
        )
    return rows


def company_tails() -> frozenset[str]:
    """The mined tails, from the default lexicon."""
    from extract.pipeline.grammar import default_grammar

    return frozenset(r["tail"] for r in default_grammar().lexicon.get(FILE, ()))
