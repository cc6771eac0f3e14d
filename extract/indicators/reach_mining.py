"""Mine the verbs of an action's reach: ``…政策惠及251.6万人``, ``…，惠及120万户居民``.

Why: a clause that opens with such a verb before a count of people names no action of its own;
the people are those the action of the clause before reached (``extract/indicators/served.py``).
Which verbs do that is an open class, and jieba's dictionary cannot say it (it tags 惠及 a place
name), so it is mined from unannotated text with two frames over every people or household
count (``N万人``, ``N户``, ``N名``, ``N人次``, hedges allowed):

- *after a name*: the verb follows a Han character in the same clause (``政策|惠及|80万名``):
  the thing named before is the verb's subject;
- *opening a clause*: the verb follows ``，`` or ``、`` (``…，|惠及|120万户居民``): the subject is the
  clause before.

Between the verb and the count only nouns may stand (``惠及|居民|约21万户``). A word seen in both
frames in at least ``MIN_DOCS`` reports each, or in both frames and in ``2 * MIN_DOCS`` reports
of the two together (no common noun by the dictionary's tag), that is no mined clause verb of
the author's own acts (``stop_words.jsonl``: 新增, 改造, 引导 open the author's clauses), is a
reach verb. Why the pooled
criterion: the opening frame is rare (惠及 opens a clause before a count in 3 reports), and
masking round 11's passages took it to 2 and emptied the file; the two frames' reports together
(7) say the same thing and a few blanked passages do not tip them both. Gold passages
are blanked by the caller (``extract.pipeline.miner_cli``); the run is deterministic.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

from extract.pipeline.lexicon_files import read_lexicon

MIN_DOCS = 3  # reports each frame must be seen in
_VERB_LEN = 2  # characters: the verbs of reach are two-character words (惠及, 覆盖)
_NOUN_MAX = 6  # characters between the verb and the count
# a count of people or households (closed measure words; the hedges of GUIDE §7, before or after
# the 万 of the count: 约21万户, 140余万人, 25万余人次)
_PEOPLE = re.compile(r"(?:约|超过|超|近|逾)?\d+(?:\.\d+)?(?:余|多)?(?:万(?:余|多)?)?(?:人次|人|户|名)")
_OPENERS = "，,、"


def _is_han(s: str) -> bool:
    return all("\u4e00" <= c <= "\u9fff" for c in s)


def mine_reach_verbs(docs: Sequence[tuple[str, str]]) -> list[dict]:
    """Reach verbs with their counts per frame, sorted by verb (module docstring)."""
    from extract.pipeline.lexicon import _segment
    from extract.pipeline.mining import dictionary

    tags = dictionary()
    clause_verbs = {e["word"] for e in read_lexicon(names=("stop_words.jsonl",))["stop_words.jsonl"]}

    def nouns(s: str) -> bool:
        return not s or all(tags.get(w, (0, ""))[1][:1] == "n" for w in _segment(s))

    def pooled(verb: str, docs_of: dict[str, set[str]]) -> bool:
        # both frames seen, and spread over twice MIN_DOCS reports together; a common noun
        # (技能 of 技能人才12万人) takes no object, whatever frame its window lands in
        if not all(docs_of.values()) or tags.get(verb, (0, ""))[1][:1] == "n":
            return False
        return len(set.union(*docs_of.values())) >= 2 * MIN_DOCS

    seen: dict[str, dict[str, int]] = defaultdict(lambda: {"opening": 0, "after_name": 0})
    reports: dict[str, dict[str, set[str]]] = defaultdict(lambda: {"opening": set(), "after_name": set()})
    for name, text in docs:
        for m in _PEOPLE.finditer(text):
            for k in range(_NOUN_MAX + 1):
                at = m.start() - k - _VERB_LEN
                if at < 1 or not _is_han(text[at : m.start()]):
                    break
                verb, between = text[at : at + _VERB_LEN], text[at + _VERB_LEN : m.start()]
                if not nouns(between):
                    continue
                before = text[at - 1]
                frame = "opening" if before in _OPENERS else "after_name" if _is_han(before) else ""
                if frame:
                    seen[verb][frame] += 1
                    reports[verb][frame].add(name)
    rows = []
    for verb in sorted(seen):
        docs_of = reports[verb]
        if verb in clause_verbs or not (
            min(len(docs_of["opening"]), len(docs_of["after_name"])) >= MIN_DOCS or pooled(verb, docs_of)
        ):
            continue
        rows.append(
            {
                "verb": verb,
                "source": "mined",
                "counts": dict(seen[verb]),
                "docs": len(docs_of["opening"] | docs_of["after_name"]),
                "docs_per_frame": {f: len(d) for f, d in sorted(docs_of.items())},
            }
        )
    return rows


__all__ = ["MIN_DOCS", "mine_reach_verbs"]
