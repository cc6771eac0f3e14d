"""A governing verb right before a guess's quote opens no name: 系统实施|“甲乙计划” (program44, issue 12).

GUIDE §2.2 leaves the verb before a quoted name out of the name, and the verbs that govern
programme names are mined (``Grammar.carrying_verbs``: the frame, programme and governing verbs
of ``programme_frames``, ``quoted_frames`` and ``governing_verbs`` — 实施, 开展, 深化, 落实 —
each counted over unannotated reports with every gold passage blanked). The left scans stop at
a *hard* clause word, and a carrying verb is a soft one when an adverb or another verb fronts it
(系统|实施, 贯彻|落实): the quote finder's short lead-in then keeps 系统实施 before “2030启航计划”,
and the head scan keeps 贯彻落实 before “上云用数赋智”行动. What marks the verb is its place: a
mined carrying verb ending right at the guess's first quote governs the quoted name, so the
guess starts at the quote and the verb and its front go (GUIDE §2.2: “X”工程 is the name; quote
marks that wrap the whole rest are left out, “X计划” gives X计划).

Only the rule finders' guesses are cut (a 《》 title or a table cell keeps the document's
edges: 《关于实施“甲”工程的意见》), and only when the quote closes inside the guess with
``MIN_REST`` characters or more left (a name, not a lone quote mark).
"""

from __future__ import annotations

from extract.pipeline.chosen import Chosen, char_span
from extract.pipeline.grammar import Grammar

KEPT_SOURCES = frozenset({"title", "table"})  # the document's own edges (candidates.SOURCE_PRIORITY)
OPEN_QUOTE, CLOSE_QUOTE = "“", "”"
MIN_REST = 3  # characters from the quote on: “甲乙” at least


def governed_quote_span(name: str, verbs: tuple[str, ...]) -> tuple[int, int] | None:
    """Offsets in ``name`` of the quoted name a mined carrying verb of ``verbs`` governs right
    before the first quote (系统实施|“…”), the quote marks left out when they wrap the whole rest
    (GUIDE §2.2: “2030启航计划” gives 2030启航计划); None when the guess keeps its front."""
    quote = name.find(OPEN_QUOTE)
    if quote <= 0 or len(name) - quote < MIN_REST or CLOSE_QUOTE not in name[quote:]:
        return None
    if not name[:quote].endswith(verbs):
        return None
    if name.endswith(CLOSE_QUOTE) and name.index(CLOSE_QUOTE, quote) == len(name) - 1:
        return quote + 1, len(name) - 1  # the quote wraps the whole name
    return quote, len(name)


def trim_governed_quotes(chosen: list[Chosen], text: str, grammar: Grammar) -> list[Chosen]:
    """``chosen`` with the governing verb and its front cut off each guess whose first quote a
    mined carrying verb governs (module docstring)."""
    verbs = grammar.carrying_verbs
    if not verbs:
        return chosen
    out = []
    for s in chosen:
        # most guesses hold no quote after their first character: one bounded find, no slice
        if s.id_ not in KEPT_SOURCES and text.find(OPEN_QUOTE, s.start_char + 1, s.end_char) > 0:
            kept = governed_quote_span(text[s.start_char : s.end_char], verbs)
            if kept:
                start, end = s.start_char + kept[0], s.start_char + kept[1]
                s = char_span(s.doc, start, end, label=s.label_, kb_id=s.kb_id_, span_id=s.id_) or s
        out.append(s)
    return out
