"""A Program guess that opens with its clause's verb: 。广泛开展|文明风尚行动，(program41, issue 12).

The head scan stops at a stop word, so an adverb-and-verb that jieba reads as one word
(广泛开展) or a verb it tags a noun (加快|布局“…”样板工程) stays in front of the name. A
programme's official name may open with a verb too (深入贯彻中央八项规定精神学习教育,
打击非法集资两年专项行动), so the verb alone tells nothing; its *place* does. Policy prose drops
the subject, so a clause opens with its verb: a name the clause governs stands after that verb,
and a verb-led official name stands after a governing verb of its own (开展|打击…行动,
巩固拓展|深入贯彻…成果) or in a list after 、. Every readable gold Program opening with a verb
(dev, dev-provincial, tune, fresh..fresh14) stands so; none stands at a clause start.

So a Program guess is the clause with its verb when

* it starts a clause (right after ，。；： or a line start), its opening is a mined clause
  opener (``clause_openers.jsonl``: words that open half their clauses or more in unannotated
  text, platform28) and it is the clause's object: a clause boundary, 、 or 等 follows it, no
  predicate (…行动扎实推进 is a subject); the opener goes, with the openers right after it
  (积极|探索|…试点) and a mined programme verb after them (``programme_verbs.jsonl``: 实施, 开展,
  深化: 广泛|开展|…, 深入|实施|…);
* or the clause opens with a mined clause opener right before the guess (，加快|布局“…”…) and the
  guess's words before its first quote are a mined object verb (``object_verbs.jsonl``: words
  that open the first item of a list only, 布局): the verb that opener leads (GUIDE §2.2: a verb
  before a quoted name is no part of it). A noun there is the name's own (，推行|厅局长“三诊”机制,
  ，争取|国家“中医药+入境游”试点 are gold Programs).

The cut is made only when ``MIN_REST`` or more characters are left after it. Guesses read off the layout
(headings, list items) keep the document's edges: only the head scan's (``suffix``) are cut.
"""

from __future__ import annotations

from extract.pipeline.chosen import Chosen, char_span
from extract.pipeline.clause_openers import BOUNDARY, clause_openers
from extract.pipeline.grammar import Grammar
from extract.pipeline.mining import segment_cached
from extract.pipeline.object_verbs import object_verbs

TRIMMED_TYPE = "Program"
CHECKED_SOURCES = frozenset({"suffix"})  # the head scan's guesses
OBJECT_ENDS = frozenset("，。；：！？,;:!?\n、等")  # after a clause's object: no predicate follows
MIN_REST = 4  # characters of the name left after the verb (文明风尚行动)
MAX_OPENER = 6  # longest opener looked for as a prefix (坚定不移, 进一步提高)
MAX_QUOTED_VERB = 3  # a verb before the quote (布局, 部署): longer is a name's own opening


def _opener_prefix(name: str, openers: frozenset[str]) -> str:
    """The mined opener the name opens with: its first word, or a shorter prefix when jieba
    glues the opener to the verb it leads (广泛开展 is one word to jieba, 广泛 the opener)."""
    first = segment_cached(name)[0] if name else ""
    if first in openers:
        return first
    for n in range(min(MAX_OPENER, len(first) - 1), 1, -1):
        if name[:n] in openers:
            return name[:n]
    return ""


def clause_verb_length(
    text: str, start: int, end: int, openers: frozenset[str], verbs: frozenset[str], objects: frozenset[str]
) -> int:
    """Characters of the clause's verb at the front of the guess ``text[start:end]`` (module
    docstring), or 0 when the guess keeps its front. ``verbs`` are the mined programme verbs."""
    name = text[start:end]
    if start == 0 or text[start - 1] in BOUNDARY:
        if end < len(text) and text[end] not in OBJECT_ENDS:
            return 0  # a predicate follows: the guess is the clause's subject
        cut = 0
        while opener := _opener_prefix(name[cut:], openers):
            cut += len(opener)  # 积极|探索|…
        if not cut:
            return 0
        cut += next((len(v) for v in verbs if name.startswith(v, cut)), 0)  # 广泛|开展
        return cut if len(name) - cut >= MIN_REST else 0  # 深入实施|三保障: a kind, not a name
    quote = name.find("“")
    if not 2 <= quote <= MAX_QUOTED_VERB or len(name) - quote < MIN_REST or name[:quote] not in objects:
        return 0
    clause = max(text.rfind(c, 0, start) for c in BOUNDARY)  # -1: the text's first clause
    return quote if text[clause + 1 : start] in openers else 0  # ，加快|布局“…”


def trim_clause_verbs(chosen: list[Chosen], text: str, grammar: Grammar) -> list[Chosen]:
    """``chosen`` with the clause's verb cut off the front of each head-scan Program guess that
    opens with it (module docstring)."""
    openers, objects = clause_openers(grammar), object_verbs(grammar)
    if not openers:
        return chosen
    out = []
    for s in chosen:
        if s.label_ == TRIMMED_TYPE and s.id_ in CHECKED_SOURCES:
            cut = clause_verb_length(
                text, s.start_char, s.end_char, openers, grammar.programme_verbs, objects
            )
            if cut:
                s = char_span(s.doc, s.start_char + cut, s.end_char, label=s.label_, span_id=s.id_) or s
        out.append(s)
    return out
