"""People an action of the clause before served: ``改造老旧小区1万余个，惠及120万户居民``.

Why: a clause that opens with a verb alone before a count of people or households (``，惠及
251.6万人``, ``、惠及168万名儿童``, ``，惠及居民约21万户``) names no action of its own; the reader
skipped such counts (or named them by a stray verb: ``实施儿童数``). The action is the clause
before it in the same sentence, and the provincial conventions record, in the year under review,
a count of the people an action served, named by the action and the noun (eval/provincial-2026
README, ``indicators4``; the fresh2 gold: ``老旧小区改造惠及居民``, ``学前一年免费教育惠及儿童``).
In plans such a count only scopes the action (GUIDE §7) and the caller leaves it out.

No word list: the verbs are mined (``scripts/mine_reach_verbs.py``: a word seen both after a
name and opening a clause before a count of people, and no clause verb of the author's own
acts), the noun any nouns of jieba's dictionary; the units are the closed measure words of
people and households.
"""

from __future__ import annotations

from extract.indicators.deferred import dictionary_fn, segment_fn
from extract.indicators.names import clean_name
from extract.indicators.topics import counted_topic

# measure words of people and households (a firm is counted in 户 too: 惠及企业2.2万户), and the
# measure a count with no noun is named by (保险覆盖5634万人 -> 覆盖人数, as prose._name_for does)
SERVED_MEASURE = {
    "人": "人数", "万人": "人数", "名": "人数", "万名": "人数",
    "户": "户数", "万户": "户数", "人次": "人次", "万人次": "人次",
}  # fmt: skip
_OPENERS = "，,、"  # the clause of the count opens right after the clause before it
_CLAUSE_END = "，,；;。！？!?：:\n"
_NOT_NOMINAL = ("v", "d", "p", "c", "u")  # tags that end a noun phrase (就近|就业|增收: a clause)
_NOUN_MAX = 8  # characters: 住房困难群众; a longer tail is a clause of its own
_TOPIC_MAX = 20  # characters: a longer clause before is no action named in a few words
_CLAUSE_MAX = 80  # characters: the longest clause before that is read (the scan back stays short)

REACH_FILE = "reach_verbs.jsonl"


def _nominal(tags: dict, word: str) -> bool:
    """A word of a noun phrase: no verb (a verbal noun is a noun), adverb, preposition or
    conjunction in jieba's dictionary (新|市民: an adjective, 困难|群众)."""
    tag = tags.get(word, (0, ""))[1]
    return tag == "vn" or tag[:1] not in _NOT_NOMINAL


def reach_verbs() -> tuple[str, ...]:
    """The mined verbs of an action's reach (``reach_verbs.jsonl``, ``scripts/mine_reach_verbs.py``).

    ``opening_verb`` asks for them on every clause before a figure, so the tuple is kept, but in
    ``lexicon_cache`` under the file's stamp rather than once per process: a re-mine in the same
    process (the miner's ``--check``, a test that rewrites the file) is read again, as every other
    lexicon file is."""
    from extract.pipeline.lexicon_cache import cached_parse
    from extract.pipeline.lexicon_files import DATA, read_lexicon

    def verbs(_text: str) -> tuple[str, ...]:  # read_lexicon validates the rows the stamp covers
        return tuple(e["verb"] for e in read_lexicon(names=(REACH_FILE,))[REACH_FILE])

    return cached_parse(DATA / REACH_FILE, "reach_verbs:verbs", verbs)


def opening_verb(seg: str) -> tuple[str, str] | None:
    """(verb, noun) when ``seg``, the words of a clause before its figure, is a mined reach verb
    and at most a few nouns after it (``惠及居民``); None otherwise."""
    _segment = segment_fn()
    dictionary = dictionary_fn()

    verb = next((v for v in reach_verbs() if seg.startswith(v)), "")
    if not verb:
        return None
    noun = seg[len(verb) :]
    tags = dictionary()
    if len(noun) > _NOUN_MAX or not all(_nominal(tags, w) for w in (_segment(noun) if noun else ())):
        return None
    return verb, noun


def noun_closing(text: str, pos: int) -> str | None:
    """The nouns from ``pos`` to the clause end (``120万户|居民。``): "" when the clause ends
    there, None when anything but nouns follows (``3.78万农牧民就业增收``: a clause of its own)."""
    _segment = segment_fn()
    dictionary = dictionary_fn()

    end, stop = pos, min(len(text), pos + _NOUN_MAX + 1)
    while end < stop and text[end] not in _CLAUSE_END:
        end += 1
    tail = text[pos:end]
    if not tail:
        return ""
    if len(tail) > _NOUN_MAX:
        return None  # a longer tail is a clause of its own (and the scan stays short)
    tags = dictionary()
    words = list(_segment(tail))
    if not all(_nominal(tags, w) for w in words):
        return None
    return tail


def previous_clause(text: str, seg_start: int) -> tuple[int, int] | None:
    """(start, end) of the clause right before a clause that opens at ``seg_start`` after a comma
    or an enumeration comma; None when the count's clause opens its sentence."""
    if seg_start < 2 or text[seg_start - 1] not in _OPENERS:
        return None
    end = seg_start - 1
    start, stop = end, max(0, end - _CLAUSE_MAX)
    while start > stop and text[start - 1] not in _CLAUSE_END:
        start -= 1
    if start == stop and start > 0 and text[start - 1] not in _CLAUSE_END:
        return None  # no clause start within reach: no action named in a few words
    return (start, end) if end - start >= 2 else None


def action_topic(count_name: str, tail: str) -> str:
    """The action a count of the clause before names, as things + act: ``改造老旧小区数`` ->
    ``老旧小区改造`` (the gold's word order for an action's reach), ``民生政策数`` -> ``民生政策``.
    The things are :func:`topics.counted_topic`'s; the act is the last verb it dropped."""
    _segment = segment_fn()
    dictionary = dictionary_fn()

    things = counted_topic(count_name, tail)
    if not things:
        return ""
    opening = count_name[: len(count_name) - len(tail) - len(things)]
    tags = dictionary()
    words = _segment(opening) if opening else []
    verbs = [w for w in words if len(w) >= 2 and tags.get(w, (0, ""))[1] == "v"]
    return things + (verbs[-1] if verbs else "")


def clause_action(words: str) -> str:
    """The action a clause with no figure names, by what it acts on (``实施学前一年免费教育政策``
    -> ``学前一年免费教育政策``, ``在全国率先完成年度育儿补贴发放`` -> ``年度育儿补贴发放``): the
    words up to the clause's first verb (jieba tag v; a verbal noun is a noun) are its adverbials
    and the act, left out as :func:`topics.counted_topic` leaves the act out of a count's things.
    Cleaned as an indicator name; "" when it is too long to be one action."""
    _segment = segment_fn()
    dictionary = dictionary_fn()

    tags = dictionary()
    parts = list(_segment(words))
    first = next((k for k, w in enumerate(parts) if tags.get(w, (0, ""))[1] == "v"), None)
    if first is not None and first < len(parts) - 1:
        rest = "".join(parts[first + 1 :])
        words = rest if len(rest) >= 2 else words
    name = clean_name(words)
    return name if 2 <= len(name) <= _TOPIC_MAX and all("\u4e00" <= c <= "\u9fff" for c in name) else ""


__all__ = [
    "SERVED_MEASURE", "action_topic", "clause_action", "noun_closing", "opening_verb", "previous_clause",
    "reach_verbs",
]  # fmt: skip
