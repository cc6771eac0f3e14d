"""A noun-tagged stop word between two nouns is name material, not a clause edge.

The stop-word miner (``extract.pipeline.mining.mine_stops``) admits a word jieba's dictionary
tags as a noun (骨干, 核心, 主题: ``NOUN_STOP_TAGS``, name material by the miner's own
``NAME_MATERIAL_TAGS``) on one ground only: it opens its clause (after punctuation or a function
word) in ``stop_open_ratio`` of its uses. That is evidence about
the word where it *opens* a clause (加快培育|骨干企业); where it stands between two nouns inside
a run of name words (大宗商品|骨干|流通走廊, 国家|骨干|冷链物流基地) it is the middle of a noun
phrase and no evidence says otherwise.

Why: round 10's mask blanked two uses of 骨干 and moved its open ratio from under the threshold
to 8 of 22 = .36 >= .35, so it became a hard stop word and cut 晋冀鲁豫大宗商品骨干流通走廊
(Platform in two readable rounds) to a generic 流通走廊. Whether a name is whole should not hang
on one count of a threshold: the test here reads the sentence (the words on both sides, by
jieba's reading and tags), so the word cuts where it opens its clause, after a verb or a
function word, or before a verb (全面|推进, 大力|发展), whichever side of the ratio the mask
leaves it.
"""

from __future__ import annotations

import re

from extract.pipeline.lexicon import CONTEXT, han_window
from extract.pipeline.mining import FUNCTION_TAGS, NAME_MATERIAL_TAGS, NOUN_TAGS, dictionary, segment_cached

_HAN_WORD = re.compile(r"[\u4e00-\u9fff]{2,}")  # a word of two or more Han characters
# the stop words read here: nouns by jieba's dictionary (骨干, 核心, 粮食); not the adjectives (重要,
# 落实), abbreviations (深化, tagged j), numerals or place-tagged words (新建) the miner also keeps
NOUN_STOP_TAGS = frozenset({"n", "ng", "nz"})

# what a noun phrase holds before the word: nouns of any kind, numerals and measure words,
# adjectives (name material by the miner's own tags) and verbal nouns (冷链物流, 流通)
BEFORE_TAGS = NAME_MATERIAL_TAGS | NOUN_TAGS
# what goes on after it: a noun or a verbal noun (骨干|流通走廊, 骨干|冷链物流), never a verb
AFTER_TAGS = NOUN_TAGS


def noun_stop_words(stops: list[dict]) -> frozenset[str]:
    """The hard stop words of ``stop_words.jsonl`` (rows as the miner writes them) that jieba's
    dictionary tags as name material: admitted by their open ratio alone."""
    return frozenset(
        r["word"]
        for r in stops
        if r.get("kind") == "hard" and len(r["word"]) > 1 and r.get("pos", "") in NOUN_STOP_TAGS
    )


def _material(word: str, tags: frozenset[str]) -> bool:
    """Is ``word`` (a token of jieba's reading with its HMM) of one of ``tags``? A word of two or
    more Han characters the dictionary does not know was built by the HMM: a proper name's
    material (丙丁, 晋冀鲁豫) unless a character of it is a function word (之力 of 举全市之力)."""
    words = dictionary()
    tag = words.get(word, (0, ""))[1]
    if tag:
        return tag in tags
    return _HAN_WORD.fullmatch(word) is not None and all(
        words.get(c, (0, ""))[1] not in FUNCTION_TAGS for c in word
    )


def _neighbours(text: str, start: int, end: int) -> tuple[str, str] | None:
    """The words right before and right after ``text[start:end]`` in jieba's reading of the Han
    run around it, or None when the run stops at the word (a clause mark, digit or the text's
    edge on one side) or jieba does not read the word as a token of its own."""
    lo, hi = han_window(text, start, end, CONTEXT)
    if lo >= start or hi <= end:
        return None
    pos, before, after, alone = lo, "", "", False
    for word in segment_cached(text[lo:hi]):
        wstart, pos = pos, pos + len(word)
        if pos == start:
            before = word
        elif wstart == start and pos == end:
            alone = True
        elif wstart == end:
            after = word
            break
    return (before, after) if alone else None


def between_nouns(text: str, start: int, end: int, clause_words: frozenset[str] = frozenset()) -> bool:
    """Does the word ``text[start:end]`` stand as a token of its own, right after a name-material
    word and right before a noun, in jieba's reading of the Han run around it? (module docstring)
    A next word that is itself one of ``clause_words`` (the hard stop words and stage verbs: 建设,
    tagged as a verbal noun) makes the word its adverb (一体|建设), no noun of a name."""
    around = _neighbours(text, start, end)
    if around is None:
        return False  # a clause mark, digit or the text's edge on one side: the word opens or closes
    before, after = around
    return (
        bool(before)
        and bool(after)
        and _material(before, BEFORE_TAGS)
        and _material(after, AFTER_TAGS)
        and after not in clause_words
    )


def opens_noun_phrase(
    text: str, start: int, end: int, clause_words: frozenset[str], verbs: frozenset[str]
) -> bool:
    """Does the noun stop word ``text[start:end]`` open a noun phrase rather than end one: a token
    of its own in jieba's reading, right after a hard clause verb (``verbs``: 推进|社会|救助…) and
    right before a noun that is no clause word (``clause_words``) itself?

    Why: the open ratio that made the word hard counts it where it *opens* its clause; opening
    the verb's object before a noun, it is the object's first word, so the edge lies before it
    (at the verb), not after it. Cutting after it left 救助扩围增效工程 of
    推进|社会救助扩围增效工程 (issue 12, program36). Before a verb (全面|推进) or a clause word
    (一体|建设) it is an adverb and still cuts after itself, as does a word after name material
    (``between_nouns`` reads that case). At a clause's start it is read as before: the stop
    words tagged as nouns there are mostly adverbs jieba's dictionary mistags (全面实施, 大力)."""
    around = _neighbours(text, start, end)
    if around is None:
        return False  # a clause mark or the text's edge on one side: no verb before, or no noun after
    before, after = around
    return (
        before in verbs
        and bool(after)
        and _material(after, AFTER_TAGS)
        and after not in clause_words
    )


__all__ = ["between_nouns", "noun_stop_words", "opens_noun_phrase"]
