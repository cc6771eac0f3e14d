"""A stage verb inside the object of a carrying verb: 推进|城镇排水管网建设质量整治专项行动 (issue 12).

A stage verb (建设, 推进: ``status_kernels.jsonl``) is a hard stop word, so the name grammar cut a
name right after it: 推进城镇排水管网建设质量整治专项行动 came out as 质量整治专项行动,
8个整县推进农文旅融合发展试点 as 农文旅融合发展试点. After a bare noun phrase that a carrying verb
governs, the stage verb cannot open a clause of its own (no punctuation, no conjunction, no
subject): 推进|城镇排水管网|建设… reads 推进 [城镇排水管网建设…行动], the stage verb the verbal noun
of the phrase before it ("the building of the drainage network"), inside the name.

So the stage verb is no clause edge when the run of name material right before it is a noun
phrase (two or more characters, no verb, adverb or function word among its stop words) and what
stands right before that run is

- a verb that carries programmes out or names a stage (the mined ``frame_verbs``,
  ``programme_verbs``, ``governing_verbs`` and stage verbs: 实施, 开展, 深化, 推进), or
- a count of items (8个整县推进…试点: a count governs a noun phrase, never a clause).
- an enumeration comma, the stage verb closing a widespread term whose words before it are nouns
  (、国家数据|基础设施建设|先行先试试点: 基础设施建设, written whole by 7 authors in the mined
  ``widespread_terms.jsonl``): a list item the authors write with a shared term is one phrase.
  A list of subjects (临江、河口|建设…) writes no such term (divisions are no widespread term).

A co-verb that introduces a means or a scope (依托, 围绕, 聚焦, 以: none of those sets) is
followed by a clause of its own (依托龙头企业|建设…中心), so it licenses nothing; nor does a
clause start (a subject: 园区|建设…), nor a verb inside the phrase (推进优化布局|建设…: two clauses).
The phrase may end in a head word (城镇排水管网|建设: 管网 is one): the verbal noun makes it a
modifier of the name's own head.

Audit over the readable reports outside every gold passage (every head's ``name_start`` with and
without this test): 4 names change, 数字中国建设综合试点 (扎实推进|…), 内陆开放高地建设行动计划
(、|…: the list item) and twice a run the stage verb had cut inside a longer guess
(…国际消费中心培育建设试点城市…); ``等`` read the same way (鸟类等
野生动物…攻坚战) changed 8 more, all wrong (钢花路等5个…项目, 广阳岛等重点片区…工程: a named item
before 等 is a list member, GUIDE §3), so 等 is left out.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from extract.pipeline.grammar import Grammar

MIN_NOUN = 2  # characters of the noun phrase before the stage verb (整县, 城镇排水管网)
MAX_NOUN = 12  # a longer run holds a clause edge the stop words missed
HAN_RE = re.compile(r"[\u4e00-\u9fff]+")
# a count right before the noun phrase: 8个, 两项, 十批 (the classifiers of grammar.AMOUNT_RE)
COUNT_RE = re.compile(r"[\d一两二三四五六七八九十百千]+[个项批]$")
COUNTERS = frozenset("个项批")  # the classifiers COUNT_RE ends in, tested first (name_start is hot)
LIST_COMMA = "、"  # closed class: the enumeration comma that opens a list item
TERMS_FILE = "widespread_terms.jsonl"  # words three or more authors write whole, with counts
STOP_NOUN_TAGS = ("n",)  # the miner's jieba tags of a stop word that is a noun (城镇: ns)


def inner_stage_verb(text: str, start: int, grammar: Grammar, opener: str = "") -> int:
    """Where the noun phrase starts whose verbal noun is the stage verb at ``text[start:…]``, a
    carrying verb or a count right before that phrase (推进|城镇排水管网|建设…, 8个|整县|推进…), or
    a list item's 、 before a phrase closing in a widespread term (、国家数据|基础设施建设…);
    -1 when the stage verb is a clause edge. The name starts there: the nouns inside the phrase
    (城镇, a hard stop word tagged ns) cut nothing either. ``opener`` is the character before
    ``text`` where ``text`` is a name's left context (``Grammar._left_cut``)."""
    if _clause_word(text[max(0, start - MIN_NOUN) : start], grammar):
        return -1  # 加快|建设, 开工|建设: a verb or adverb right before it (most stage verbs)
    for lo in range(start - MIN_NOUN, max(-1, start - MAX_NOUN - 1), -1):
        if not HAN_RE.fullmatch(text, lo, start):
            return _list_item(text, lo + 1, start, text[lo], grammar)
        if _frame_before(text, lo, grammar):
            return lo if _noun_phrase(text, lo, start, grammar) else -1
        if lo == 0:
            return _list_item(text, 0, start, opener, grammar)
    return -1


def _list_item(text: str, lo: int, start: int, before: str, grammar: Grammar) -> int:
    """``lo`` when a list item opens there (``before`` is 、) and the stage verb at ``start``
    closes a widespread term whose words before it are nouns (基础设施|建设: 7 authors), the item
    a noun phrase: a term many authors write whole is the item's verbal noun, no clause edge.
    A clause start (a subject may stand there: 园区|建设…) or a term of an adverb (加快|建设)
    licenses nothing."""
    if before != LIST_COMMA or start - lo < MIN_NOUN or not _noun_phrase(text, lo, start, grammar):
        return -1
    from extract.pipeline.grammar import adverbial

    verb = grammar.stop_at(text, start) or ""
    terms = grammar.mined_set(TERMS_FILE, "term")
    end = start + len(verb)
    found = (k for k in range(lo, start - 1) if text[k:end] in terms)
    return lo if any(not adverbial(text[k:start]) for k in found) else -1


def carried_phrase_at(text: str, start: int, end: int, grammar: Grammar) -> bool:
    """Does a noun phrase whose verbal noun is a stage verb (``inner_stage_verb``) start at
    ``start``, the stage verb before ``end``? Then the stop word that opens it is one of its
    nouns (城镇 of 推进|城镇排水管网建设…), not a word ``name_start`` drops from the front."""
    if _clause_word(grammar.stop_at(text, start, end) or "", grammar):
        return False  # a verb or function word opens no noun phrase (``_noun_phrase``)
    listed = start > 0 and text[start - 1] == LIST_COMMA
    if not listed and not _frame_before(text, start, grammar):
        return False
    for pos in range(start + MIN_NOUN, min(end, start + MAX_NOUN + 1)):
        verb = grammar.stop_at(text, pos, end)
        if verb in grammar.stage_verbs and inner_stage_verb(text, pos, grammar) == start:
            return True
    return False


def _frame_before(text: str, pos: int, grammar: Grammar) -> bool:
    """Does a carrying verb, a stage verb or a count end right at ``pos``?"""
    frames = grammar.object_frames
    if any(text[pos - n : pos] in frames for n in grammar.object_frame_lengths if n <= pos):
        return True
    return pos > 1 and text[pos - 1] in COUNTERS and bool(COUNT_RE.search(text, max(0, pos - 4), pos))


def _clause_word(word: str, grammar: Grammar) -> bool:
    """Is ``word`` a hard stop word other than a noun (a verb, an adverb: ``_noun_phrase``)? A
    carrying or stage verb is a clause word whatever jieba tags it (新建: ns, 续建: nr)."""
    if word not in grammar.hard_stops:
        return False
    return word in grammar.object_frames or not grammar.stop_tags.get(word, "").startswith(STOP_NOUN_TAGS)


def _noun_phrase(text: str, lo: int, hi: int, grammar: Grammar) -> bool:
    """Is ``text[lo:hi]`` free of hard stop words other than nouns (城镇 of 城镇排水管网: tagged
    ns)? A soft stop word is name material (品质提升); a one-character one is a function word."""
    for a, b in grammar.stop_spans(text[lo:hi]):
        word = text[lo + a : lo + b]
        if b - a < 2 or _clause_word(word, grammar):
            return False
    return True


__all__ = ["carried_phrase_at", "inner_stage_verb"]
