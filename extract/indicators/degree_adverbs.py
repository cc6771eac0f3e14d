"""Adverbs of degree that jieba tags as nouns (``degree_adverbs.jsonl``: 基本).

A count written noun first ends its noun right before the verb of its clause
(``293项年度改革任务基本|完成``). jieba tags 基本 a noun, so the noun reader took it into the
counted noun and the name came out ``年度改革任务基本数``. The mined words
(``scripts/mine_degree_adverbs.py``: they open statuses but never end a clause) belong to the verb
after them, the way a one-character adjective does (项目新|开工: 新开工): the count is named
predicate first with the adverb kept, as the readable gold writes it (README indicator29:
``基本完成年度改革任务数``; ``基本建成国家区域医疗中心数``).
"""

from __future__ import annotations

import functools


@functools.cache
def degree_adverbs() -> frozenset[str]:
    """The mined adverbs of degree (``degree_adverbs.jsonl``)."""
    from extract.pipeline.lexicon_files import read_lexicon

    rows = read_lexicon(names=("degree_adverbs.jsonl",))["degree_adverbs.jsonl"]
    return frozenset(e["word"] for e in rows)


def trailing_degree_adverb(noun: str) -> str:
    """The mined adverb of degree that ends ``noun`` after at least two characters of noun, or ""."""
    return next((w for w in degree_adverbs() if noun.endswith(w) and len(noun) >= len(w) + 2), "")


def leading_degree_adverb(phrase: str) -> str:
    """The mined adverb of degree that opens ``phrase`` with a word after it (基本|完成), or ""."""
    return next((w for w in degree_adverbs() if phrase.startswith(w) and len(phrase) > len(w)), "")


__all__ = ["degree_adverbs", "leading_degree_adverb", "trailing_degree_adverb"]
