"""Two modifiers joined by a conjunction inside one name: 居家和社区养老服务改革试点区 (issue 12).

A one-character conjunction (和, 与, 及) is a hard stop word: before a name it usually ends the
clause that governs it, or joins two names (GUIDE §2.2 coordination), so the name grammar cut
the name after it. Inside official designations the authors also join two *modifiers of the
same noun* with it — 居家和社区养老 is 居家养老 and 社区养老 — and the cut left half a name
(社区养老服务改革试点区, branch program42's dump diff).

Which modifiers share a noun is read from the mined ``widespread_phrases.jsonl`` (runs of words
three or more provinces write the same way over the unannotated reports, each with its counts):
the conjunction joins X and Y inside one name when both X+W and Y+W are such terms for the word
W after Y (居家养老, 社区养老 in the lexicon), X, Y and W words of their own in the segmentation
(not 设备更新和技术|改造, where 技术改造 is one word). Two names coordinated under one head share no such
term (…试验区和…示范区 is cut by ``Grammar._after_head`` before this is asked), and a clause word
before the conjunction makes no widespread term with the noun after it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from extract.pipeline.mining import segment_cached

if TYPE_CHECKING:
    from extract.pipeline.grammar import Grammar

CONJUNCTIONS = frozenset("和与及")  # closed class: the one-character conjunctions of the stop words
MODIFIER_CHARS = (2, 3, 4)  # characters of each joined modifier (居家, 社区)
SHARED_CHARS = (2, 3, 4)  # characters of the noun both modifiers take (养老)
LEXICON_FILE = "widespread_phrases.jsonl"


HAN_RE = re.compile(r"[\u4e00-\u9fff]+")


def _han(word: str) -> bool:
    return bool(HAN_RE.fullmatch(word))


def joins_modifiers(text: str, start: int, end: int, grammar: Grammar) -> bool:
    """Is the conjunction at ``text[start:end]`` the join of two modifiers of one noun, each
    written with that noun as a widespread term (居家|和|社区|养老: 居家养老, 社区养老)?"""
    if text[start:end] not in CONJUNCTIONS:
        return False
    terms = grammar.mined_set(LEXICON_FILE, "phrase")
    lefts = [text[start - n : start] for n in MODIFIER_CHARS if n <= start]
    lefts = [x for x in lefts if _han(x)]
    if not lefts:
        return False
    cuts: frozenset[int] | None = None  # word edges of the window's segmentation, once found
    for y in MODIFIER_CHARS:
        right = text[end : end + y]
        for w in SHARED_CHARS:
            noun = text[end + y : end + y + w]
            if len(noun) < w or not _han(right + noun) or right + noun not in terms:
                continue
            found = [x for x in lefts if x + noun in terms]
            if not found:
                continue
            if cuts is None:
                cuts = _word_edges(text, start - max(MODIFIER_CHARS), end + 2 * max(MODIFIER_CHARS))
            # 设备更新和技术|改造: 技术改造 is one word, so 技术 modifies nothing after it
            if end + y in cuts and any(start - len(x) in cuts for x in found):
                return True
    return False


def _word_edges(text: str, lo: int, hi: int) -> frozenset[int]:
    """Offsets in ``text`` where a word of the segmentation of ``text[lo:hi]`` begins or ends."""
    lo = max(0, lo)
    edges, pos = {lo}, lo
    for word in segment_cached(text[lo:hi]):
        pos += len(word)
        edges.add(pos)
    return frozenset(edges)


__all__ = ["joins_modifiers"]
