"""Verbs that take a company as their object: the left edge of a company-suffix guess (issue 12).

The head-word finder reads a company name back from its legal tail (公司, 集团) to the nearest
clause edge. A soft stop word is no clause edge there (the miner found it glued to a noun before
it often enough: 川渝|联合, 品质|提升), so a clause with a subject before a soft verb became one
name: 国企|联合|某某集团 ("state firms ally with 某某 group"), 某某快递|组建|物流公司 ("某某 Express
forms a logistics company"). GUIDE §2.1 takes the maximal *name*; the subject and the verb are the
clause's, and the company, if any, is the verb's object.

Which soft verbs take a company as object is counted, not listed: ``mine_firm_object_verbs``
counts, over the unannotated reports (every gold passage blanked), each soft clause verb of the
grammar (``Grammar.soft_verbs``: soft stop words the tagger reads as verbs that open clauses
often) written right before a company phrase (2 to ``MAX_OBJECT`` Han characters closed by a
company kernel of the GUIDE, ``head_kernels.jsonl`` type Enterprise) and keeps those seen so in
``MIN_DOCS`` or more reports. ``scripts/mine_firm_object_verbs.py`` writes
``extract/data/firm_object_verbs.jsonl``.

``object_start`` then cuts a company guess after the rightmost such verb that has a subject of
``MIN_SUBJECT`` or more characters before it (a verb opening the guess is the finder's own lead
to drop) and leaves a name of ``min_body`` characters, when the verb is a word of its own in
jieba's reading (联合利华 is one word, a firm) and its subject is no place, national level or
word jieba tags as a place (中国|联合网络通信集团 is the carrier's registered name; a division
before a soft verb is already a clause edge, ``Grammar._predicate_after_division``).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

from extract.pipeline.grammar import Grammar
from extract.pipeline.lexicon import is_word_at
from extract.pipeline.mining import NATIONAL, dictionary, place_names
from extract.pipeline.policy_mining import longest_first

FILE = "firm_object_verbs.jsonl"
MIN_DOCS = 2  # reports that write the verb before a company phrase
MAX_OBJECT = 10  # characters of the company phrase before its kernel (a short firm name + trade)
MIN_SUBJECT = 2  # characters before the verb inside a guess: the clause's subject
FIRM_TYPE = "Enterprise"
HAN = r"[\u4e00-\u9fff]"  # one Han character of the company phrase
PLACE_TAG = "ns"  # jieba's place names (中国): a subject that is one is part of a registered name
RULE = "GUIDE §2.1 maximal name: the subject and verb of a clause are no part of the company it names"


def _firm_kernels(grammar: Grammar) -> list[str]:
    """The GUIDE's company kernels (公司, 集团), longest first."""
    rows = grammar.lexicon.get("head_kernels.jsonl", ())
    return sorted((r["head"] for r in rows if r.get("type") == FIRM_TYPE), key=lambda h: (-len(h), h))


def mine_firm_object_verbs(docs: Sequence[tuple[str, str]], grammar: Grammar | None = None) -> list[dict]:
    """The soft clause verbs written before a company phrase in ``MIN_DOCS`` or more reports,
    with their counts (module docstring); sorted by word."""
    if grammar is None:
        from extract.pipeline.grammar import default_grammar

        grammar = default_grammar()
    kernels = _firm_kernels(grammar)
    if not kernels or not grammar.soft_verbs:
        return []
    frame = re.compile(
        f"({longest_first(grammar.soft_verbs)}){HAN}{{2,{MAX_OBJECT}}}?(?:{longest_first(kernels)})"
    )
    frames: dict[str, int] = defaultdict(int)
    seen: dict[str, set[str]] = defaultdict(set)
    for name, text in docs:
        for m in frame.finditer(text):
            frames[m.group(1)] += 1
            seen[m.group(1)].add(name)
    rows = []
    for word in sorted(frames):
        if len(seen[word]) < MIN_DOCS:
            continue
        rows.append(
            {
                "word": word,
                "source": "mined",
                "counts": {"company_frames": frames[word]},
                "docs": len(seen[word]),
                "rule": RULE,
            }
        )
    return rows


def object_start(body: str, grammar: Grammar, min_body: int = 2) -> int:
    """Characters of ``body`` (a company guess before its kernel) that are a clause's subject
    and a mined company-object verb (国企|联合|…), 0 when none (module docstring)."""
    verbs = grammar.mined_set(FILE, "word")
    if not verbs:
        return 0
    places = place_names()
    for at in range(len(body) - min_body - 1, MIN_SUBJECT - 1, -1):
        for verb in verbs:
            end = at + len(verb)
            if not body.startswith(verb, at) or len(body) - end < min_body:
                continue
            subject = body[:at]
            tag = dictionary().get(subject, (0, ""))[1]
            if subject in places or subject.endswith(NATIONAL) or tag == PLACE_TAG:
                continue  # 中国|联合网络通信集团: a place before the verb names the firm
            if is_word_at(body, at, end):
                return end
    return 0
