"""Verbs that take a programme as their object: the left edge of a programme-head guess (issue 12).

The head-word finder reads a programme name back from its head (行动, 清单, 攻坚战) to the nearest
clause edge. A soft stop word is no clause edge there (the miner found it glued to a noun before
it often enough), so a clause with the verb that acts on the programme became one name: 市|打赢|
某某改革攻坚战 ("the city wins the … battle"), 定期|发布|某某清单 ("publishes the … list"). GUIDE
§2.1 takes the maximal *name*; the subject, the adverb and the verb are the clause's, and the
programme is the verb's object. The readable gold holds no Program with such a verb inside it.

Which soft verbs take a programme as object is counted, not listed, as for companies
(``firm_objects``): ``mine_programme_object_verbs`` counts, over the unannotated reports (every
gold passage blanked), each soft clause verb of the grammar (``Grammar.soft_verbs``) written right
before a programme phrase (``MIN_OBJECT`` to ``MAX_OBJECT`` Han characters closed by a programme kernel of the
GUIDE, ``head_kernels.jsonl`` type Program, and a clause edge) — its *object frames* — and right
before the kernel itself (提升|行动: the verb is the programme's own act, part of its name) — its
*own frames*. It keeps the verbs with object frames in ``MIN_DOCS`` or more reports that make
``MIN_OBJECT_SHARE`` or more of both: 提升 and 培育 mostly name the programme's act (提升行动) and
are kept in names; a verb that acts on programmes stands before their names.
``scripts/mine_programme_object_verbs.py`` writes ``extract/data/programme_object_verbs.jsonl``.

``programme_object_start`` then cuts a programme guess after the rightmost such verb that leaves
``MIN_OBJECT`` or more characters before the head, when the verb is a word of its own in jieba's
reading. Two characters before a kernel are a field naming a kind of programme (定期发布|供需清单:
a list of supplies and demands, no named one), so the guess is left to the other filters there.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

from extract.pipeline.grammar import Grammar
from extract.pipeline.lexicon import is_word_at
from extract.pipeline.policy_mining import longest_first

FILE = "programme_object_verbs.jsonl"
MIN_DOCS = 2  # reports that write the verb before a programme phrase
MIN_OBJECT_SHARE = 0.5  # object frames among object and own frames: the verb acts on names
MIN_OBJECT = 3  # characters of the programme phrase before its kernel: two are a field (供需|清单), a kind
MAX_OBJECT = 8
PROGRAMME_TYPE = "Program"
HAN = r"[\u4e00-\u9fff]"
EDGE = rf"(?!{HAN})"  # the kernel closes the phrase: punctuation, a digit or a line end follows
RULE = "GUIDE §2.1 maximal name: the subject and verb of a clause are no part of the programme it names"


def _programme_kernels(grammar: Grammar) -> list[str]:
    """The GUIDE's programme kernels (行动, 清单), longest first."""
    rows = grammar.lexicon.get("head_kernels.jsonl", ())
    return sorted((r["head"] for r in rows if r.get("type") == PROGRAMME_TYPE), key=lambda h: (-len(h), h))


def mine_programme_object_verbs(
    docs: Sequence[tuple[str, str]], grammar: Grammar | None = None
) -> list[dict]:
    """The soft clause verbs written before a programme phrase in ``MIN_DOCS`` or more reports,
    and more often so than right before a kernel, with their counts (module docstring)."""
    if grammar is None:
        from extract.pipeline.grammar import default_grammar

        grammar = default_grammar()
    kernels = _programme_kernels(grammar)
    if not kernels or not grammar.soft_verbs:
        return []
    verbs, heads = longest_first(grammar.soft_verbs), longest_first(kernels)
    object_frame = re.compile(f"({verbs}){HAN}{{{MIN_OBJECT},{MAX_OBJECT}}}?(?:{heads}){EDGE}")
    own_frame = re.compile(f"({verbs})(?:{heads}){EDGE}")
    objects: dict[str, int] = defaultdict(int)
    own: dict[str, int] = defaultdict(int)
    seen: dict[str, set[str]] = defaultdict(set)
    for name, text in docs:
        for m in object_frame.finditer(text):
            objects[m.group(1)] += 1
            seen[m.group(1)].add(name)
        for m in own_frame.finditer(text):
            own[m.group(1)] += 1
    rows = []
    for word in sorted(objects):
        if len(seen[word]) < MIN_DOCS or objects[word] < MIN_OBJECT_SHARE * (objects[word] + own[word]):
            continue
        rows.append(
            {
                "word": word,
                "source": "mined",
                "counts": {"object_frames": objects[word], "own_frames": own[word]},
                "docs": len(seen[word]),
                "rule": RULE,
            }
        )
    return rows


def programme_object_start(body: str, grammar: Grammar, min_body: int = MIN_OBJECT) -> int:
    """Characters of ``body`` (a programme guess before its head) up to and including a mined
    programme-object verb (市打赢|…, 定期发布|…), 0 when none (module docstring)."""
    verbs = grammar.mined_set(FILE, "word")
    if not verbs:
        return 0
    for at in range(len(body) - min_body - 1, -1, -1):
        for verb in verbs:
            end = at + len(verb)
            if body.startswith(verb, at) and len(body) - end >= min_body and is_word_at(body, at, end):
                return end
    return 0
