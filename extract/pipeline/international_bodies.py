"""An international body whose name opens a longer name is no mention of its own there.

GUIDE §9 tags an international organization that is not a bloc, and the readable gold of rounds 3
and 10 tags the United Nations itself (``荣获联合国“土地生命奖”``, ``在联合国总部精彩亮相``). But the
UN's name also opens the names of its own centres and offices (``联合国…创新中心落户…``), which
GUIDE §2.1 makes one longer name with nothing nested inside: the bare body was left out of the
gazetteer for that reason. A gazetteer row marked ``opens_names`` (``organizations.jsonl``) is
therefore a body only where the words after it, up to the first clause word, do not end in an
Organization or Platform kernel (``head_kernels.jsonl``, GUIDE §3: 中心, 研究院, 委员会 …).
"""

from __future__ import annotations

import re

from extract.pipeline.grammar import Grammar
from extract.pipeline.mining import segment_cached

OPENS = "opens"  # the gazetteer code of a body whose name opens longer names (organizations.jsonl)
OPENED_TYPES = frozenset({"Organization", "Platform"})
MAX_OPENED = 20  # Han characters after the body read for the longer name's kernel
HAN_RUN_RE = re.compile(r"[\u4e00-\u9fff]+")


def opens_longer_name(text: str, end: int, grammar: Grammar) -> bool:
    """Do the words right after a body ending at ``end`` (one run of Han characters, read up to
    the first mined hard clause word of two characters or more) close an Organization or Platform
    name, so that the body is that name's modifier (联合国|…创新中心)?"""
    run = HAN_RUN_RE.match(text, end)
    if run is None:
        return False
    kernels = tuple(
        k["head"]
        for k in grammar.lexicon.get("head_kernels.jsonl", ())
        if k["type"] in OPENED_TYPES and len(k["head"]) >= 2
    )
    # a verb of two characters or more ends the name (落户, 亮相); a one-character function word
    # or a soft clause word is name material there (知识与创新中心)
    stops = {w for w in grammar.hard_stops if len(w) >= 2}
    for word in segment_cached(run.group()[:MAX_OPENED]):
        if word in stops:
            return False
        if word.endswith(kernels):
            return True
    return False
