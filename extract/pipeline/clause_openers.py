"""A Platform guess that opens with the clause's verb: 抓实|治理中心, 助推|甲地交往中心 (platform28).

The head-word finder scans left from a Platform head until a mined stop word, so a verb the
stop-word miner does not hold is kept in front of the name: ``抓实|治理中心建设``, ``严守|宅基地``,
``助推|中西部国际交往中心``. The stop-word miner asks for a name seen after the word in the
blanked text (its frame count); a verb a name seldom follows there (抓实: 7 times in 3 reports)
misses it. Its use shows it all the same: policy prose drops the subject, so such a verb
*opens its clause* (after ，。；： or a line start) half the times the reports write it or more
(抓实 7 of 7, 严守 6 of 8, 助推 8 of 16), while a word that opens names opens a clause only when
the name is the subject and stands after a verb otherwise. A noun or a name can be a subject of
most of its clauses (京东 of the bundled reports, 省政府), and it opens names too
(京东|跨境电商服务中心 is a gold Platform), so jieba's noun and name tags are no clause openers
whatever their share. :func:`mine_clause_openers` (run by
``scripts/mine_categories.py`` into ``extract/data/clause_openers.jsonl``) keeps the words of
jieba's reading (two characters or more, no division of the gazetteer, no noun or name tag) that
open ``MIN_OPEN_SHARE`` or more of their occurrences, ``MIN_COUNT`` or more times in
``MIN_AUTHORS`` or more reports, with those counts. The bundled reports are one author (as for
``clause_leads``), so 印发 (6 of 6, all in them) is not kept: a word one author repeats at clause
starts may be that author's subject. No Platform of the readable gold (dev, dev-provincial, tune,
fresh..fresh14) opens with a kept word; other types do (启动区, 积极应对人口老龄化, titles opening
with 促进 or 深化), which is why only Platform and Project guesses are trimmed.

Project guesses (branch project43): the same verbs open works names the head scan and the list
reader leave whole, ``紧盯|甲地工业版本馆、乙学校等重大项目`` (the list's first item keeps the verb
that governs the list) and a head-word guess after an opener the stop words lack. The held-out
precision samples judged such a clause verb in front of a works name wrong (GUIDE §2: the span is
the name, not the clause; GUIDE §2.4 keeps a works name's own qualifiers, not the act done to
it). No Project or Enterprise of the readable gold (dev, dev-provincial, tune, fresh..fresh18)
opens with a kept word, so head-word guesses and the enumeration's items (``enumerations``: the
items of ``A、B等项目``) lose it; the rest is judged by the works tests after (``drop_unnamed_works``).

A head-word Platform guess whose first word is a mined clause opener loses that word (GUIDE §2:
the span is the name, not the clause around it). This is ``genericity.opens_with_verb`` for the
verbs jieba's tags miss (抓实 untagged, 严守 an adjective), read as ``drop_generic`` reads a guess
that opens with a tagged verb: the guess goes when the rest is a kind — fewer than ``MIN_REST``
characters (宅基地) or a generic name by ``drop_generic``'s own test (治理中心) — and the rest
stays otherwise, for the later filters to judge (``positioning_centres``: 中西部国际交往中心 is a
goal). It runs after ``drop_generic``, which cuts a tagged verb off a zone itself
(优化|自贸试验区): cut earlier, that bare zone would meet the veto without its verb.

The verbs GUIDE §5 names for issuing a policy or programme (``ISSUING_VERBS``: the author
制定/出台/印发 it, the cue of ``issuedBy``) are openers too, whatever the miner finds: their object
is a document, so a head-word guess that opens with one is the front of a title the head scan
stopped inside (。印发|重点产业园区和…管理试行办法, 。印发|园区发展规划), never a platform's or works'
name. The miner misses 印发: jieba tags it ``nz`` (a name) and only the bundled reports write it
(6 times in 2 of them, one author; ``policy_frames`` sees it before 《》 once). No entity of the
readable gold (dev, dev-provincial, tune, fresh..fresh18) opens with one of the three (platform36).
"""

from __future__ import annotations

import re
import weakref
from collections import Counter, defaultdict
from collections.abc import Sequence

from extract.openings import opening_in
from extract.pipeline.chosen import Chosen, char_span
from extract.pipeline.genericity import generic_name
from extract.pipeline.grammar import Grammar
from extract.pipeline.mining import PROPER_TAGS, dictionary, segment, segment_cached
from extract.regions import lookup

MIN_AUTHORS = 2  # reports (the bundled Chongqing reports count as one) writing the word
MIN_COUNT = 5  # occurrences of the word
MIN_OPEN_SHARE = 0.5  # share of them right after a clause boundary: half or more
# jieba's noun and name tags: a noun that opens its clauses is the clause's subject (省政府, 京东,
# 城镇), and a subject opens names too (京东|跨境电商服务中心); a verb or adverb does not
SUBJECT_TAGS = PROPER_TAGS | {"n", "ng"}
BOUNDARY = frozenset("，。；：！？,;:!?\n")  # not 、: list items open runs but no clause
MIN_REST = 4  # characters of the name left after the opener (甲地|港区); fewer: a bare kind
# the sources read per type: the head-word finder's guesses, and for works also the items of a
# list labelled as projects (紧盯|甲馆、乙校等重大项目: the first item keeps the list's verb)
CHECKED_SOURCES_BY_TYPE: dict[str, frozenset[str]] = {
    "Platform": frozenset({"suffix"}),
    "Project": frozenset({"suffix", "enumeration"}),
}
_HAN_RE = re.compile(r"[\u4e00-\u9fff]+")
# GUIDE §5 issuedBy: the author 制定/出台/印发 a policy or programme; their object is a document
ISSUING_VERBS = frozenset({"制定", "出台", "印发"})


def mine_clause_openers(docs: Sequence[tuple[str, str]]) -> list[dict]:
    """Words of two or more characters of the corpus segmentation that mostly open a clause
    (module docstring); ``docs`` is (author, text) pairs."""
    tags = dictionary()
    total: Counter[str] = Counter()
    opened: Counter[str] = Counter()
    authors: dict[str, set[str]] = defaultdict(set)
    for author, text in docs:
        for run in _HAN_RE.finditer(text):
            words = segment(run.group())
            if not words:
                continue
            for w in words:
                if len(w) >= 2:
                    total[w] += 1
                    authors[w].add(author)
            first = words[0]
            if len(first) >= 2 and (run.start() == 0 or text[run.start() - 1] in BOUNDARY):
                opened[first] += 1
    out = []
    for word, n in total.items():
        if n < MIN_COUNT or len(authors[word]) < MIN_AUTHORS or opened[word] < MIN_OPEN_SHARE * n:
            continue
        if lookup(word) is not None or tags.get(word, (0, ""))[1] in SUBJECT_TAGS:
            continue  # a division, a noun or a name is a subject (重庆…, 省政府…): it opens names too
        out.append(
            {
                "word": word,
                "source": "mined",
                "counts": {"total": n, "after_boundary": opened[word]},
                "docs": len(authors[word]),
            }
        )
    return sorted(out, key=lambda e: e["word"])


_cache: weakref.WeakKeyDictionary[Grammar, frozenset[str]] = weakref.WeakKeyDictionary()
# the openers trimmed (mined and issuing) with their shortest and longest length, per grammar
_trimmed: weakref.WeakKeyDictionary[Grammar, tuple[frozenset[str], int, int]] = weakref.WeakKeyDictionary()


def clause_openers(grammar: Grammar) -> frozenset[str]:
    """The mined clause openers of the grammar's lexicon (empty when the file is absent)."""
    found = _cache.get(grammar)
    if found is None:
        rows = grammar.lexicon.get("clause_openers.jsonl", ())
        found = _cache[grammar] = frozenset(e["word"] for e in rows)
    return found


def trim_clause_openers(chosen: list[Chosen], text: str, grammar: Grammar) -> list[Chosen]:
    """``chosen`` with each head-word Platform guess, and each head-word or listed Project guess,
    that opens with a mined clause opener or a GUIDE §5 issuing verb cut after it, or dropped when
    only a bare kind is left (module docstring)."""
    out = []
    for s in chosen:
        if s.id_ in CHECKED_SOURCES_BY_TYPE.get(s.label_, ()):
            name = text[s.start_char : s.end_char]
            first = leading_opener(name, grammar)
            if first:
                rest_name = name[len(first) :]
                if len(rest_name) < MIN_REST or generic_name(rest_name, s.label_, grammar):
                    continue  # 严守|宅基地, 抓实|治理中心: a bare or generic kind is left
                rest = char_span(s.doc, s.start_char + len(first), s.end_char, label=s.label_, span_id=s.id_)
                s = rest if rest is not None else s
        out.append(s)
    return out


def leading_opener(name: str, grammar: Grammar) -> str:
    """The first word of jieba's reading of ``name`` when it is a mined clause opener or an
    issuing verb shorter than the name (what :func:`trim_clause_openers` cuts off), else ''.

    The first word is an opening of the name: where no opening shorter than the name is such a
    word (most guesses), the answer is '' without a segmentation (speed39)."""
    openers, shortest, longest = _trimmed_openers(grammar)
    if not opening_in(name, openers, shortest, min(longest, len(name) - 1)):
        return ""
    first = segment_cached(name)[0]
    return first if first in openers and len(first) < len(name) else ""


def _trimmed_openers(grammar: Grammar) -> tuple[frozenset[str], int, int]:
    """The words :func:`trim_clause_openers` cuts off (the mined openers and ``ISSUING_VERBS``),
    their shortest and longest length: the openings :func:`leading_opener` looks up."""
    found = _trimmed.get(grammar)
    if found is None:
        words = clause_openers(grammar) | ISSUING_VERBS
        lengths = [len(w) for w in words if w]
        found = _trimmed[grammar] = (words, max(1, min(lengths, default=1)), max(lengths, default=0))
    return found
