"""Words three or more authors write, new words jieba cuts up included: 超算, 产教, 深远海 (platform31).

Platform was still the least precise type on the readable reports (issue 12; held-out precision
.70). platform31's audit of 60 Platform guesses in readable text outside every gold passage found
the generic kinds the largest wrong class again, and the whole readable pool (297 guesses) held
about thirty of them: ``产教融合供需平台``, ``智能体创新中心``, ``区域性文旅公共服务综合平台``,
``高品质创意文化基地``, ``千亿级产业园区``. ``unnamed_platforms`` drops a guess every word of which is a
widespread term (four or more authors, ``genericity.mine_widespread_terms``); these kept their tag
because one word missed that list in one of two ways:

- jieba's dictionary predates the genre's new words and cuts them into single characters (产|教,
  智能|体, 赋|能, 文|旅); ``proper_parts.everyday_tiles`` joins such pieces only where the join is a
  mined term, and the widespread-term miner joins at most two pieces and asks four authors;
- the word is a field's everyday vocabulary that three authors write (创意, 唯一, 区域性, 金融中心),
  one short of the widespread terms' four.

A name's own part is a place, a brand or a coinage its author made (力合, 碳金, 智谷, 万象: each
written by one author; the bundled Chongqing reports count as one), so what several provinces
write independently is vocabulary, not a name's part. This module mines, over the unannotated
reports (every gold passage blanked, the held-out precision reports left out:
``scripts/mine_categories.py``), every word of jieba's reading of ``TERM_CHARS`` characters and
every join of two or three consecutive pieces, one of them a single character, all of them content
words by the dictionary's tags (``CONTENT_TAGS``: a conjunction or particle joins nothing, 和|碳),
of ``JOIN_CHARS`` characters, written by ``MIN_AUTHORS`` (three, the authors that make a phrase a
kind in ``genericity`` and ``widespread_phrases``) or more authors, that the dictionary does not tag
as a proper noun and that is no division and no pair of provinces (川渝: GUIDE §3 treats pair names
apart). ``extract/data/shared_terms.jsonl`` keeps each with its counts.

Only ``unnamed_platforms`` reads the file, as further everyday words of its test; the exceptions
there stay (a national designation, an exchange, a park a place was granted), and so do
``proper_parts``' demands (three words or more, no code, number, quote or phase). Over the whole
dump (``scripts/dump_extraction.py``) the wider words drop five Platform guesses in readable text
outside the gold passages, all five kinds or cut spans (产教融合供需平台, 智能体创新中心,
区域性文旅公共服务综合平台, 高品质创意文化基地, 唯一制造业数字化转型赋能中心), and none of the 141
Platform names of the readable gold files (their scores are unchanged).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from extract.pipeline.genericity import MIN_AUTHORS, TERM_CHARS, author_counts
from extract.pipeline.grammar import Grammar
from extract.pipeline.mining import PROPER_TAGS, dictionary, place_names
from extract.pipeline.mistagged_terms import pair_of_provinces

LEXICON_FILE = "shared_terms.jsonl"
JOIN_CHARS = (2, 4)  # a new word jieba cut up: 超|算, 深远|海, 智能|体, 多|组|学
MAX_JOIN = 3  # pieces joined, as ``proper_parts.MAX_JOIN`` reads them
# jieba's content tags: nouns, verbs, adjectives and their bound forms (智 ng, 训 vn, 超 v, 深远 a)
CONTENT_TAGS = frozenset({"n", "ng", "v", "vn", "vg", "a", "ag", "an", "b"})


def _grams(words: list[str]) -> Iterator[str]:
    """The words of ``TERM_CHARS`` characters and the content joins (module docstring) of one
    run's reading."""
    tags = dictionary()
    lo, hi = TERM_CHARS
    join_lo, join_hi = JOIN_CHARS
    for i, w in enumerate(words):
        if lo <= len(w) <= hi:
            yield w
        piece, single = w, len(w) == 1
        if tags.get(w, (0, ""))[1] not in CONTENT_TAGS:
            continue
        for nxt in words[i + 1 : i + MAX_JOIN]:
            if tags.get(nxt, (0, ""))[1] not in CONTENT_TAGS:
                break
            piece += nxt
            single = single or len(nxt) == 1
            if len(piece) > join_hi:
                break
            if single and len(piece) >= join_lo:
                yield piece


def mine_shared_terms(docs: Sequence[tuple[str, str]]) -> list[dict]:
    """Words and content joins written by ``MIN_AUTHORS`` or more authors, none tagged as a proper
    noun, a division or a pair of provinces; ``docs`` is (author, text) pairs. Deterministic
    (sorted by term)."""
    tags = dictionary()
    places = place_names()
    authors, total = author_counts(docs, _grams)
    out = [
        {"term": t, "source": "mined", "counts": {"total": total[t]}, "docs": len(who)}
        for t, who in authors.items()
        if len(who) >= MIN_AUTHORS
        and tags.get(t, (0, ""))[1] not in PROPER_TAGS
        and t not in places
        and not pair_of_provinces(t)
    ]
    return sorted(out, key=lambda e: e["term"])


def shared_terms(grammar: Grammar) -> frozenset[str]:
    """The mined shared terms of the grammar's lexicon (empty when the file is absent)."""
    return grammar.mined_set(LEXICON_FILE, "term")
