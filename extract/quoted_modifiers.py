"""The modifier a document writes glued before a quoted programme name (issue 12, canonical12).

Relations are scored on canonical names (GUIDE §5), and the round golds give a quoted programme
the modifier its document glues before the opening quote: 高质量发展“十项行动” (fresh2 g03, fresh4
i02, fresh5 j01: 天津 writes 扎实推进高质量发展“十项行动” and later bare “十项行动”), 文化“两创”,
金融“五篇大文章”, 煤电机组“三改联动”. GUIDE §2.2 leaves the quotes wrapping a mention out of its
span, and GUIDE §4 gives the entity its full name and keeps quotes internal to it, so the span is
the core and the canonical the modified name. The extractor found the core with its own name as
canonical and lost every relation the gold states with the full one.

Which words before the quote are the modifier and not the clause (推进, 深化实化, 项目化清单化推动)
is decided by repetition, not by a list: the left edge of each occurrence of “core” in the
document is read by the grammar's ``name_start`` (stop words, verbs, scope words cut off), and a
modifier counts only when the document glues the same one before the quote at least
:data:`MIN_REPEATS` times and no other candidate reaches that count. A coined name the author
writes with the same modifier twice is a fixed collocation; a verb or a one-off specialisation
(住房“以旧换新” once, beside the national 以旧换新) is not, and a core that reports qualify in several
ways (山东's 数字产业化“十大工程” and 碳达峰“十大工程”) names no one programme, so it stays bare.
"""

from __future__ import annotations

import functools
import re
from collections import Counter, defaultdict

from extract.pipeline.grammar import default_grammar, name_start

MIN_REPEATS = 2  # the same modifier glued before the quote this many times: part of the name
MODIFIER_RE = re.compile(r"[\u4e00-\u9fff]{2,8}")  # Han only; longer is a clause (short_forms.MAX_MODIFIER)
REACH = 12  # characters read left of the opening quote for the modifier
QUOTE_RE = re.compile(r"“([^“”\n]{1,60})”")  # one quoted run; longer ones are scanned for directly
# jieba part-of-speech initials of words that belong to the clause, not to a name: verb, adjective,
# adverb, preposition, conjunction, particle (the general dictionary's ICTCLAS tag set); their
# nominal uses (vn 发展/建设, an 安全) are nouns and may modify a name
CLAUSE_TAGS = frozenset("vadpcu")
NOMINAL_TAGS = frozenset({"vn", "an"})


def _noun_phrase(modifier: str) -> bool:
    """No word of ``modifier`` is a verb, adjective, adverb, preposition, conjunction or particle in
    jieba's general dictionary: 高质量发展 (n + vn), 文化建设, 金融 modify a name; 坚定实施 (a + v),
    锚定党中央赋予的 (… v + uj) are the clause around it, which ``name_start`` does not always cut."""
    from extract.pipeline.mining import dictionary, segment  # the pipeline package imports extract

    words = dictionary()
    tags = [words.get(w, (0, "n"))[1] for w in segment(modifier)]
    return not any(t[:1] in CLAUSE_TAGS and t not in NOMINAL_TAGS for t in tags)


@functools.cache
def _heads() -> tuple[dict[str, str], int]:
    """The grammar's head words and the longest one's length (fixed once the lexicon is loaded)."""
    heads = default_grammar().heads
    return heads, max(map(len, heads), default=0)


def _head_follows(text: str, pos: int) -> bool:
    """Does a head word of the grammar start at ``pos`` (“满天星”行动计划: the quote is inside a name)?"""
    heads, longest = _heads()
    return any(text[pos : pos + k] in heads for k in range(2, longest + 1))


@functools.lru_cache(maxsize=4)
def _quote_positions(text: str) -> dict[str, list[int]]:
    """Where each quoted run of ``text`` opens, found in one pass. Why: a document asks once per
    distinct quoted name, and counting each name over the whole text costs names × characters (a
    crafted page of 8,000 distinct quoted names, 238,000 characters: 3.2 CPU s, 1.7 s with this)."""
    positions: dict[str, list[int]] = defaultdict(list)
    for m in QUOTE_RE.finditer(text):
        positions[m.group(1)].append(m.start())
    return positions


def _occurrences(text: str, core: str) -> list[int]:
    """The offsets of “core” in ``text`` (its opening quote)."""
    if QUOTE_RE.fullmatch(f"“{core}”"):
        return _quote_positions(text).get(core, [])
    quoted, found = f"“{core}”", []
    pos = text.find(quoted)
    while pos >= 0:
        found.append(pos)
        pos = text.find(quoted, pos + len(quoted))
    return found


def quoted_modifier(text: str, core: str) -> str | None:
    """The modifier the document glues before “core” at least :data:`MIN_REPEATS` times where the
    quote ends the name (no head follows it), when no other modifier is written as often; None
    otherwise."""
    occurrences = _occurrences(text, core) if core else []
    if len(occurrences) < MIN_REPEATS:
        return None
    counts: Counter[str] = Counter()
    for pos in occurrences:
        after = pos + len(core) + 2
        if not _head_follows(text, after):
            modifier = text[name_start(text, pos, max(0, pos - REACH)) : pos]
            if MODIFIER_RE.fullmatch(modifier):
                counts[modifier] += 1
    repeated = [m for m, n in counts.items() if n >= MIN_REPEATS and _noun_phrase(m)]
    return repeated[0] if len(repeated) == 1 else None


def modified_name(
    text: str, start: int, end: int, canonical: str, memo: dict[str, str | None] | None = None
) -> str | None:
    """M“core” for a mention at ``start``:``end`` that is a whole quote whose canonical is still
    its bare core (no other linking rule named it), when the document's modifier is known.
    ``memo`` keeps :func:`quoted_modifier`'s answers for one ``text`` (a report repeats its names)."""
    core = text[start:end]
    if canonical != core or text[start - 1 : start] != "“" or text[end : end + 1] != "”":
        return None
    memo = {} if memo is None else memo
    if core not in memo:
        memo[core] = quoted_modifier(text, core)
    modifier = memo[core]
    return f"{modifier}“{core}”" if modifier else None


__all__ = ["MIN_REPEATS", "modified_name", "quoted_modifier"]
