"""Programmes carried out under a name written in common words: 实施|产业创新工程，深化|乡村建设行动。

GUIDE §3 types 行动/计划/工程 names a Program, and the provincial-2026 conventions keep named
actions "even when descriptive" (消费品质提升行动). The name finder (``names.py``) still drops a
head-word guess whose body is nothing but the generic vocabulary of ``grammar.GENERIC_RE`` (科技人才,
产业创新, 乡村建设): for a Project or a Platform such a body names a kind (重大项目, 产业园区,
GUIDE §3 "generic unnamed items"), and a programme head after it mostly does too (重点工程,
三年行动, 专项行动). What tells a programme's own name apart is the frame it stands in: a mined
carrying verb (``Grammar.carrying_verbs``: 实施, 开展, 深化, 落实 — the frame, programme and
governing verbs mined over the blanked reports) right before the body, and a clause edge or a
conjunction right after the head. The verb carries out one programme and the clause names nothing
else, as ``names.py`` already reads 实施|X工程 (GUIDE §3, §9; branch program6) when X is specific.

A mined composite head (``heads.jsonl``: 升级工程, modifier 升级 + kernel 工程) is read as its kernel
with the modifier moved into the body (实施|企业上市升级|工程, branch program35): the composite is a
head of the grammar only because many bodies precede it, and its modifier names the activity as a
body's last verb does (产业|创新). Read whole, the generic body before it (企业上市) hid the name.

The body must name the programme's domain: ``programme_frames.MIN_DOMAIN`` characters (产业人才,
乡村建设), the length the governed-frame reader asks of a body before a mined action head; a
shorter one is a degree or a field word alone (专项|攻坚行动, 人才|工程), which
``test_pattern_descriptive_action_bodies`` keeps untagged. And it must name an activity: its last
word a verb or verbal noun by jieba's dictionary (乡村|建设, 产业|创新). A body ending in a noun names the
things a programme serves or counts (民生实事: reports write 15件民生实事, and the readable gold leaves it
untagged; ``test_pattern_governed_programme_edges`` keeps 实施民生实事计划 a kind).

What still names a kind here, whatever the verb (GUIDE §3 generic items, §7 scope counts, §2.5
levels): a body opening with a description or degree word (重大, 重点, 一批: ``DESCRIPTIVE_RE``), a
level (省级, 国家级: ``LEVEL_RE``), a count (``DETERMINER_RE``, a numeral) or a function word (…等,
…和: a list before its label) or a first word that jieba's dictionary tags as a pronoun,
numeral or function word (各项), a phrase most reports write the same way (``generic_terms``, mined
by cross-document frequency: 三年行动, 提升行动), a body naming works (a lexicon head or build word:
``Grammar.built_re``, ``names.WORKS_RE``) and a 工程 reported as built (``reported_as_built``).
"""

from __future__ import annotations

import re

from extract.pipeline import grammar as g
from extract.pipeline.mining import dictionary, segment_cached
from extract.pipeline.programme_frames import CONJUNCT_RE, EDGE, MIN_DOMAIN, reported_as_built
from extract.pipeline.rare_designations import DETERMINER_RE, FUNCTION_RE, LEVEL_RE
from extract.pipeline.result_subjects import NOT_NAME_TAGS, NUMERALS

MAX_VERB = 4  # characters of the longest carrying verb looked for before the body (深入开展)
HAN_RE = re.compile(r"[\u4e00-\u9fff]+")
EDGE_RE = re.compile(EDGE)
VERB_TAG = "v"  # jieba's tags of verbs and verbal nouns (v, vn): what a carried-out body ends in


def carried_kind_name(
    text: str, start: int, head_start: int, end: int, grammar: g.Grammar, works_re: re.Pattern[str]
) -> bool:
    """Is ``text[start:end]`` — a generic body ``text[start:head_start]`` and a programme head —
    the name of a programme a carrying verb carries out (module docstring)?"""
    head = text[head_start:end]
    kernel = grammar.action_kernels.get(head, "")
    if head not in grammar.frame_heads and kernel in grammar.frame_heads:
        head_start = end - len(kernel)  # 实施|企业上市升级|工程: the mined head's modifier is the body's
        head = kernel
    body = text[start:head_start]
    if len(body) < MIN_DOMAIN or not HAN_RE.fullmatch(body) or head not in grammar.frame_heads:
        return False
    if not text[max(0, start - MAX_VERB) : start].endswith(grammar.carrying_verbs):
        return False
    # a clause edge, or a conjunction before the next name (实施A工程和B行动: programme_frames)
    if end < len(text) and not (EDGE_RE.match(text, end) or CONJUNCT_RE.match(text, end)):
        return False  # 实施民生工程|建设: the head is a modifier of what follows
    if (
        g.DESCRIPTIVE_RE.match(body)
        or LEVEL_RE.match(body)
        or DETERMINER_RE.search(body)
        or any(c in NUMERALS for c in body)
        or FUNCTION_RE.search(body)
    ):
        return False  # 重点工程, 省级工程, 三项行动, 交通等工程: kinds, counts and lists
    words, tags = segment_cached(body), dictionary()
    if tags.get(words[0], (0, ""))[1] in NOT_NAME_TAGS:
        return False  # 各项|工程, 该类|行动: a determiner before the head, no name
    if not tags.get(words[-1], (0, ""))[1].startswith(VERB_TAG):
        return False  # 民生实事|计划: the things served or counted (15件民生实事), not an activity
    if text[start:end] in grammar.generic_terms:
        return False  # 三年行动, 提升行动: a phrase most reports write is a kind
    if grammar.built_re.search(body) or works_re.search(body):
        return False  # 水库工程, 改造工程: works, not a programme
    return not reported_as_built(text, start, end, grammar)
