"""Belts and other one-character Area kernels (…文化带, …科创带: issue 12 failure class).

The provincial-2026 conventions type belts as Area (GUIDE §3 as they apply it: 京张体育文化
旅游带, 大运河文化带). The kernel 带 is one character (``head_kernels.jsonl``), so the mined
heads hold only the modifier + 带 compounds that three reports share (旅游带); a belt named once
(大运河文化带, 某某科创带) was missed whole. A one-character kernel is far too ambiguous to be a
head by itself (带动, 纽带, 热带, 带薪), so here it ends a name only when the general
dictionary's most probable segmentation of its clause makes it a word of its own right after a
noun of two or more characters (文化|带, 创新|带 — not 纽带, 带薪, 以城|带|乡), and a specific
body of name material stands before that noun (大运河, 金山: not a scope word, a count or a
clause word). Which kernels this applies to is read from the kernel file (type Area, one
character), never listed here.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from extract.pipeline import grammar as g
from extract.pipeline.candidates import add_candidate, candidates
from extract.pipeline.lexicon import clause_opener, is_dictionary_word, opens_clause
from extract.pipeline.mining import CLAUSE_TAGS, dictionary, segment_cached
from extract.pipeline.region_modifiers import region_modifier_words

# tags of a word that can modify a belt (文化 n, 旅游 vn, 创新 v, 科创: no dictionary word)
MODIFIER_TAGS = frozenset({"n", "vn", "v", "nz", "j", "an", "ns", ""})  # 城市, 城镇: tagged ns
# after a belt: a clause word, or a verbal noun of the ``X + kind + 建设/发展`` frame (area_kind_mining)
AFTER_TAGS = CLAUSE_TAGS | {"vn"}
# a body opening with a numeral measures (15分钟…圈, 一小时…圈): a reach, not a region's name
NUMERAL_OPENING_RE = re.compile(r"[\d０-９一二两三四五六七八九十百]")
HAN_RUN_BEFORE_RE = re.compile(r"[\u4e00-\u9fff]{1,16}$")
HAN_RUN_AFTER_RE = re.compile(r"[\u4e00-\u9fff]+")
MIN_BODY = 2


def _clause_goes_on(text: str, end: int, grammar: g.Grammar) -> bool:
    """Does a name end at ``end``: punctuation, a word that may follow a name, a clause word, or a
    dictionary word tagged as one (文化带|加快, 文化带|和), but no noun (直播带|货品)?"""
    if end >= len(text) or not "\u4e00" <= text[end] <= "\u9fff":
        return True
    if text.startswith(g.FOLLOW_WORDS, end) or grammar.stop_at(text, end) is not None:
        return True
    words = dictionary()
    for k in (4, 3, 2, 1):
        if text[end : end + k] in words:
            if words[text[end : end + k]][1] in AFTER_TAGS:
                return True
            break
    return _manner_and_verb(text, end)


PREDICATE_TAGS = frozenset({"v", "vn"})  # 发展, 建设: the verb of ``kind + manner + verb``
MANNER_WINDOW = 8  # characters after the kind segmented for a manner word and its verb


def _manner_and_verb(text: str, end: int) -> bool:
    """Does the clause go on with a manner word and a verb of two or more characters each
    (城镇圈|高质量|发展, 城市群|一体化|发展, 都市圈|同城化|发展)? That is the ``X + kind + 建设/发展``
    frame of the module docstring with the way of developing put before the verb, as GUIDE §2.6
    leaves 高质量发展 out of a name; a noun the dictionary glues to the kind with no verb after it
    (直播带|货品) is still no end."""
    run = HAN_RUN_AFTER_RE.match(text, end, min(len(text), end + MANNER_WINDOW))
    if run is None:
        return False
    tokens = segment_cached(run.group())
    if len(tokens) < 2 or len(tokens[0]) < 2 or len(tokens[1]) < 2:
        return False
    words = dictionary()
    manner, verb = (words.get(t, (0, ""))[1] for t in tokens[:2])
    return verb in PREDICATE_TAGS and manner not in PREDICATE_TAGS


def area_kernels(grammar: g.Grammar) -> dict[str, str]:
    """The one-character kernels of type Area (``head_kernels.jsonl``) and the mined region
    tokens that compose Area kinds (``area_kinds.jsonl``: 圈 of 城市|圈 as of 都市圈)."""
    kernels = {k: t for k, t in grammar.single_kernels.items() if t == "Area"}
    kernels.update({r["head"]: "Area" for r in grammar.lexicon.get("area_kinds.jsonl", ())})
    return kernels


def _opens_with_region_word(body: str, grammar: g.Grammar) -> bool:
    """Does the body open with a noun the dictionary tags as an adverb that the reports write
    before region kinds (``region_modifiers.jsonl``: the capital reference of 首都|功能圈)? It
    names the region like a division's name (大同: the gazetteer's city), no clause."""
    return clause_opener(body) in region_modifier_words(grammar)


def find_belts(doc: Doc, text: str, grammar: g.Grammar) -> None:
    """Add ``body + modifier + kernel`` Area candidates (module docstring)."""
    kernels = area_kernels(grammar)
    if not kernels:
        return
    words = dictionary()
    strategy_spans = [(c.start_char, c.end_char) for c in candidates(doc) if c.id_ == "strategy"]
    # where the gazetteer read a place: a body opening there is a place's, even where the
    # dictionary also knows the word as a verb (大同)
    place_starts = {c.start_char for c in candidates(doc) if c.label_ == "District"}
    for m in re.finditer("[" + "".join(sorted(kernels)) + "]", text):
        end = m.end()
        if not grammar.follows_ok(text, end) or any(a < end <= b for a, b in strategy_spans):
            continue  # 长江经济带: the strategy's own word
        if is_dictionary_word(text[m.start() : end + 1]):
            continue  # 带动, 带薪, 带头: the kernel opens a word
        run = HAN_RUN_BEFORE_RE.search(text, max(0, m.start() - 16), m.start())
        if not run:
            continue
        tokens = segment_cached(run.group() + m.group())
        if len(tokens) < 2 or tokens[-1] != m.group() or not _clause_goes_on(text, end, grammar):
            continue  # the kernel inside a word (纽带, 热带) or a verb before its object (直播带货)
        idx = len(tokens) - 1
        modifier = tokens[idx - 1]
        if len(modifier) < 2 or words.get(modifier, (0, ""))[1] not in MODIFIER_TAGS:
            continue
        mod_start = m.start() - len(modifier)
        start = grammar.name_start(text, mod_start, min_body=MIN_BODY)
        body = text[start:mod_start]
        if (
            len(body) < MIN_BODY
            or NUMERAL_OPENING_RE.match(body)
            or g.is_generic(body)
            or (
                opens_clause(body)
                and start not in place_starts  # 大同: the gazetteer's city
                and not _opens_with_region_word(body, grammar)  # 首都|功能圈: a mined region word
            )
            or any(a <= start < b for a, b in strategy_spans)
        ):
            continue  # a kind (重点…) or a clause, no name
        add_candidate(doc, start, end, kernels[m.group()], "suffix")
