"""Platform guesses that open with a quality any platform may have: a kind, not a name (issue 12).

The head-word finder took ``区域性中心`` (新建改造|区域性中心|敬老院), ``专业化特色化平台`` and
``区域性生态产品综合交易平台`` for names (false positives on rounds 7, 13 and 15 of the readable
gold), and on the readable reports outside every gold passage the same shape only ever describes
a kind: 区域性文旅公共服务综合平台, 区域性楼宇平台, 公益性数字化综合服务平台, 国际化医疗中心,
一体化智能化公共数据平台, 功能性的资源回收再利用平台. Each opens with an *attributive
derivation*: a word made of a stem and the derivational suffix 性 ("of the nature of": 区域性,
公益性) or 化 ("-ised": 专业化, 国际化, 一体化), which says what quality the platform has, not
which one it is. GUIDE §3 leaves generic unnamed items untagged, and none of the readable gold's
Platforms opens with such a word (the ones that hold one name it after a place or a firm first:
南港绿色石化科创中心, 社会管理信息化平台 keeps it inside).

So a Platform guess of the head-word finder whose first word by jieba's reading is an attributive
derivation — three or more characters, the last 性 or 化, the rest a word of jieba's dictionary
(区域|性, 专业|化; not 石化 or 文化, whose stem is no word of its own) — and that holds no part of
its own (no division of the gazetteer, no code, number or quote mark: ``proper_parts``) is a kind
of platform. This holds for an exchange too (``unnamed_platforms`` keeps guesses naming 交易 by
GUIDE §9): a 区域性…交易平台 is any regional trading platform. The two suffixes are typed here as
a closed class of the grammar (registered in ``han_literals.jsonl`` under ``derivational_suffix``,
whose reason ``closed_classes.jsonl`` gives); no open word list is typed or read.
"""

from __future__ import annotations

from extract.pipeline.lexicon import segment
from extract.pipeline.mining import dictionary
from extract.pipeline.proper_parts import MARKED_RE, place_part

# the derivational suffixes that make an attribute of a stem (derivational_suffix, closed class)
SUFFIXES = ("性", "化")
MIN_LENGTH = 3  # a stem of two or more characters and its suffix (区域|性; 石化 is no derivation)


def attributive_derivation(word: str) -> bool:
    """Is ``word`` a stem of jieba's dictionary and a derivational suffix (区域性, 专业化)?"""
    return len(word) >= MIN_LENGTH and word.endswith(SUFFIXES) and word[:-1] in dictionary()


def attributive_kind(name: str) -> bool:
    """Does ``name`` open with an attributive derivation and hold no part of its own (module
    docstring)?"""
    if MARKED_RE.search(name):
        return False
    words = segment(name)
    if len(words) < 2 or not attributive_derivation(words[0]):
        return False
    return not any(place_part(w) for w in words)
