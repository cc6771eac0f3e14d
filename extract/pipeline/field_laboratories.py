"""Laboratories named by their field before a national designation (… 全国重点实验室; issue 12, org12).

GUIDE §3 types laboratories as institutions (Organization) and §9 names one in full:
干旱区生态安全与可持续发展全国重点实验室. Such a name is a *field* — a noun phrase that may hold
verbs (生物育种, 遗传改良) and join two fields with 与 — then the national level (国家, 全国), a
designation word (重点) and the kernel. The head scan of ``names.py`` cuts a name at the
rightmost stop word, so the conjunction 与 or a field word the stop list holds (育种) left nothing
or only the last conjunct, and the name was lost.

Here the national designation decides: before ``NATIONAL`` + a two-character end word of
``grammar.END_STOP_RE`` (重点) + an Organization head of the lexicon (实验室), the name runs left to
the rightmost *hard* stop word of the mined stop list that is no one-character conjunction
(依托…建设, 推动) or to a clause mark; leading scope words, counts and stop words are dropped
as ``name_start`` drops them. What is left must be a specific field (``_specific_field``): a bare designation
(新增|全国重点实验室12家), a count or a kind adds nothing.

A hard stop word that one character before it turns into a term many authors write
(``widespread_terms.jsonl``, mined: 可持续, which jieba splits 可|持续, so its 持续 cut the §9
example down to 发展…) is no edge, unless that character joins, places or modifies a verb (jieba's
c, p, f, u, d: 与|共建, 在|推动, 再|开发): it prefixes the term (branch org21).
"""

from __future__ import annotations

import functools
import re

from spacy.tokens import Doc

from extract.pipeline import grammar as g
from extract.pipeline.candidates import add_candidate
from extract.pipeline.genericity import widespread_terms
from extract.pipeline.lexicon import opens_clause
from extract.pipeline.mining import NATIONAL, dictionary

# jieba's conjunction and preposition tags: a one-character 与/和 joins two fields inside a name
JOINING_TAGS = frozenset({"c", "p"})
# jieba's tags of one-character words that join, place or modify a verb after them (与, 在, 上, 的,
# 再) rather than prefix a term with it (可|持续)
FUNCTION_TAGS = frozenset({"c", "p", "f", "u", "d"})
MIN_FIELD = 2
DESIGNATION_WORD = 2  # characters of the designation word between the level and the head (重点)
QUOTES = "“”「」"
HAN_CHAR = r"[\u4e00-\u9fff]"


@functools.lru_cache(maxsize=8)
def _designated_heads_re(grammar: g.Grammar) -> re.Pattern[str] | None:
    """The national level, a two-character end word and an Organization head (全国重点实验室)."""
    heads = sorted((h for h, t in grammar.heads.items() if t == "Organization"), key=len, reverse=True)
    if not heads:
        return None
    level = "|".join(NATIONAL)
    word = f"{HAN_CHAR}{{{DESIGNATION_WORD}}}"
    return re.compile(f"(?:{level})(?P<word>{word})(?:{'|'.join(heads)})")


def _prefixed_term(body: str, start: int, end: int, terms: frozenset[str]) -> bool:
    """Does the one character before the stop word ``body[start:end]`` make a mined widespread
    term with it (可|持续: 可持续), the character no function word (module docstring)?"""
    if start < 1 or body[start - 1 : end] not in terms:
        return False
    return dictionary().get(body[start - 1], (0, ""))[1] not in FUNCTION_TAGS


def _field_start(text: str, lo: int, end: int, grammar: g.Grammar) -> int:
    """Where the field before ``end`` opens: after the rightmost hard stop word that is no
    conjunction, then past leading scope words, counts and stop words (module docstring)."""
    body = text[lo:end]
    tags = dictionary()
    terms = widespread_terms(grammar)
    cut = 0
    for s, e in reversed(grammar.stop_spans(body)):
        word = body[s:e]
        joining = len(word) == 1 and tags.get(word, (0, ""))[1] in JOINING_TAGS
        if word in grammar.hard_stops and not joining and not _prefixed_term(body, s, e, terms):
            cut = e
            break
    start = lo + cut
    while start < end:
        lead = g.LEAD_RE.match(text, start, end)
        step = lead.end() if lead is not None and lead.end() > start else 0
        if not step:
            stop = grammar.stop_at(text, start, end)
            step = start + len(stop) if stop else 0
        if not step:
            break
        start = step
    return start


def _specific_field(field: str, grammar: g.Grammar) -> bool:
    """A field names one laboratory: two or more characters, no clause opener, not generic, and
    no institution inside (甲大学乙实验室|跻身|全国重点实验室: the designation it joined)."""
    bare = field.strip(QUOTES)
    return (
        len(bare) >= MIN_FIELD
        and not g.is_generic(bare)
        and not opens_clause(bare)
        and not grammar.org_head_re.search(bare)
    )


def find_field_laboratories(doc: Doc, text: str, grammar: g.Grammar) -> None:
    """Add an Organization candidate for each field + national designation + head (module docstring)."""
    pattern = _designated_heads_re(grammar)
    if pattern is None:
        return
    for m in pattern.finditer(text):
        if not g.END_STOP_RE.search(m.group("word")):
            continue  # only an end word of the stop list is a designation (重点), not a field's word
        lo = g.scan_left(text, m.start())
        start = _field_start(text, lo, m.start(), grammar)
        if text[start : start + 1] == "“" and "”" not in text[start : m.start()]:
            start += 1  # an unbalanced opening quote is not part of the name
        if _specific_field(text[start : m.start()], grammar):
            add_candidate(doc, start, m.end(), "Organization", "suffix")
