"""Positioning goals written as a centre of a macro-region: 西部金融中心, 中西部国际交往中心.

A report states the role its city or province is to play in a macro-region (加快共建|西部金融中心,
加快建设|中西部国际交往中心, 面向|南亚东南亚辐射中心): the GUIDE leaves positionings untagged (§9:
亚欧黄金通道, 向西开放桥头堡; in 武汉具有全国影响力的科技创新中心 only 武汉) and the provincial-2026
conventions name "X center" ambitions (大湾区国际科技创新中心). The head-word finder took them for
Platforms because the GUIDE kernel 中心 also heads named centres.

The test reads closed classes and mined terms only. The guess ends in the bare kernel 中心 (not a
GUIDE §9 hub kernel such as 航运中心 or 集结中心, whose operating hubs are Platforms), holds no
exchange (交易: GUIDE §9 exchanges, 西部数据交易中心), and its body is a macro-region of
``MACRO_REGIONS`` followed by nothing but mined widespread terms (``proper_parts``: 金融, 国际交往,
辐射): a macro-region is no place of the name's own (GUIDE §3 "Not annotated": macro-regions such
as 西部, 中西部), so nothing names one centre. A place or coined part after it keeps the guess
(长嘉汇西部金融中心, 西部|鹭岛…中心). A common word of jieba's dictionary that is no mined term
(国际交往: fewer than four authors write it) counts as a body word too (``common_word``; branch
platform21: 中西部国际交往中心 ×3 on readable text, no other change over the 29 reports).
"""

from __future__ import annotations

from extract.pipeline.chosen import Chosen
from extract.pipeline.genericity import widespread_terms
from extract.pipeline.grammar import Grammar
from extract.pipeline.lexicon import _segment
from extract.pipeline.proper_parts import everyday_tiles, everyday_word
from extract.pipeline.punctuation_edges import quoted

CHECKED_SOURCES = frozenset({"suffix"})  # the head-word finder
KERNEL = "中心"  # the GUIDE §3 designation kernel, bare (not 航运中心, 集结中心, 交易中心)
EXCHANGE = "交易"  # GUIDE §9: exchanges are Platform
# Macro-regions, a closed class: the National Bureau of Statistics' economic belts (东部, 中部,
# 西部, 东北; 中西部 their union), the seven geographic divisions of China (华北, 华东, 华南,
# 华中, 西南, 西北, 东北) and the north/south halves (北方, 南方); the UN geoscheme's Asian
# sub-regions a border province faces (南亚, 东南亚, 东北亚, 中亚; 南亚东南亚 their pair). GUIDE §3
# lists macro-regions (西部, 西南地区, 中西部) among what is not annotated.
MACRO_REGIONS = (
    "中西部",
    "东中西部",
    "南亚东南亚",
    "东南亚",
    "东北亚",
    "东部",
    "中部",
    "西部",
    "东北",
    "华北",
    "华东",
    "华南",
    "华中",
    "西南",
    "西北",
    "北方",
    "南方",
    "南亚",
    "中亚",
)
MIN_WORDS = 1  # words after the macro-region (金融): a bare 西部中心 names nothing either


def positioning_centre(s: Chosen, text: str, grammar: Grammar) -> bool:
    """Is Platform ``s`` a macro-region's centre of everyday words (module docstring)?"""
    if s.label_ != "Platform" or s.id_ not in CHECKED_SOURCES or quoted(text, s.start_char, s.end_char):
        return False
    name = text[s.start_char : s.end_char]
    if not name.endswith(KERNEL) or EXCHANGE in name:
        return False
    region = next((r for r in MACRO_REGIONS if name.startswith(r)), None)
    if region is None:
        return False
    kernel_rows = grammar.lexicon.get("head_kernels.jsonl", ())
    if any(len(r["head"]) > len(KERNEL) and name.endswith(r["head"]) for r in kernel_rows):
        return False  # 长江中游|航运中心: a GUIDE §9 hub kernel, not the bare designation kernel
    rest = name[len(region) : -len(KERNEL)]
    if not rest:
        return False
    words = _segment(rest)
    terms = widespread_terms(grammar)
    if all(everyday_word(w, terms) for w in words):
        return len(words) >= MIN_WORDS
    tiles = everyday_tiles(words, terms)
    if tiles is not None:
        return tiles >= MIN_WORDS
    return all(everyday_word(w, terms) or common_word(w) for w in words)


def common_word(word: str) -> bool:
    """A common word of jieba's dictionary (``function_names``' everyday word): two or more
    characters, tagged as no proper noun, no place word (``s``) nor direction (``f``), and no
    division of the gazetteer. After a macro-region such words (国际交往, jieba's ``l``, which
    fewer than four authors write and so is no mined term) still name a role, not one centre:
    中西部|国际交往|中心 is the positioning goal the conventions leave untagged (branch
    platform21); a coined or proper word (鹭岛) keeps the guess."""
    from extract.pipeline.function_names import LOCATION_TAGS, MIN_WORD
    from extract.pipeline.lexicon import PROPER_TAGS
    from extract.pipeline.mining import dictionary
    from extract.regions import lookup

    tag = dictionary().get(word, (0, None))[1]
    return (
        len(word) >= MIN_WORD
        and tag is not None
        and tag not in PROPER_TAGS | LOCATION_TAGS
        and lookup(word) is None
    )


def drop_positioning_centres(chosen: list[Chosen], text: str, grammar: Grammar) -> list[Chosen]:
    """``chosen`` without the Platform guesses that are ``positioning_centre`` (run by the
    resolver beside ``unnamed_platforms.drop_unnamed_platforms``)."""
    return [s for s in chosen if not positioning_centre(s, text, grammar)]
