"""Works heads carried out as programmes: the conjuncts and openers between verb and name.

GUIDE §3 types a 行动/计划/工程 name a Program, and a thing built with a 工程 suffix a Project;
the name finder (``names.py``, branch ``program6``) reads ``实施|X工程`` naming nothing built as a
Program, since a mined carrying verb (``Grammar.carrying_verbs``: 实施, 开展, 深化, 落实 — the
frame, programme and governing verbs mined over the blanked reports) carries programmes out and
builds nothing. It looked only at the four characters before the guess, so the same programme
stayed a Project where something stood between the verb and the name:

- the earlier conjuncts of a list the verb governs (实施A、B、C工程, 实施A工程和B工程): GUIDE §2.2
  reads the conjuncts of one list as names of one kind, and the verb governs each of them, as
  ``programme_frames`` reads 开展|A行动、B行动;
- a mined frame opener (``Grammar.frame_openers``: 新一轮, counted by ``programme_frames`` over the
  blanked reports as words that open programme names right after a carrying verb);
- an alias in brackets right after a programme the verb carries out (实施X（Y工程）): GUIDE §4 makes
  a bracketed alias the same thing, so it is the same kind.

A list closed by 等 and a quoted counted label (实施A、B等“十大工程”) is read the same way by
``programme_list``: the quoted label is itself a programme (``names.py`` types a quoted 工程 a
Program unless reported as built; the provincial gold has 组织实施“[十大工程]”), so its items are
Programs when the verb right before the first one carries programmes out and every item reads as
a programme (``enumerations`` typed them Project as items of a list labelled 工程; GUIDE §2.2 gives
the items the label's kind). An unquoted label (实施A古道、B步道等品质提升工程, 等新建工程) may list
works being built, and stays a project list.

Only the clause the guess stands in is read (a clause mark ends the list), the verb must open that
clause (after at most ``MAX_LEAD`` characters of adverbs: 深入|实施), and every earlier conjunct must
read as a programme too: no clause word opening it (a second verb: 实施A、建设B工程), no lexicon
head or build word in it (``Grammar.built_re``, the works words of ``names.WORKS_RE``), no route
code or figure (G98…工程 is a road). The guess's own body passes the same test in ``names.py``.
"""

from __future__ import annotations

import re

from extract.pipeline.grammar import Grammar
from extract.pipeline.lexicon import clause_opener
from extract.pipeline.list_items import CONJUNCTIONS, last_clause_edge
from extract.pipeline.quoted_programmes import FOOTNOTE_RE

LIST_MARK = "、"  # the enumeration comma between conjuncts
ALIAS_OPEN = "（("  # an alias in brackets after the name it renames (GUIDE §4)
MAX_LEAD = 4  # characters of adverbs before the carrying verb at the clause's start (深入|实施)
MAX_VERB = 4  # characters of the longest carrying verb looked for before a list (深入开展)
MAX_REACH = 80  # characters read back from the guess for its clause: lists stay linear
SPLIT_RE = re.compile("[" + LIST_MARK + "".join(sorted(CONJUNCTIONS)) + "]")
QUOTES = "“”‘’"
CODE_RE = re.compile(r"[0-9A-Za-z０-９Ａ-Ｚａ-ｚ]")  # a route code or a figure marks a works item


def _clause_before(text: str, start: int) -> str:
    """The clause's text from its last clause mark up to ``start`` (at most ``MAX_REACH``)."""
    floor = max(0, start - MAX_REACH)
    cut = last_clause_edge(text, floor, start)
    return text[floor if cut is None else cut : start]


def programme_like(item: str, head: str, grammar: Grammar, works_re: re.Pattern[str]) -> bool:
    """Could this earlier conjunct be a programme the verb carries out, not a works item? Its own
    copy of the guess's head (A工程和B工程, “A工程”、B工程) is the shared kind, not a works word."""
    item = FOOTNOTE_RE.sub("", item).strip(QUOTES)
    if item.endswith(head):
        item = item[: -len(head)].strip(QUOTES)
    if not item or CODE_RE.search(item) or clause_opener(item):
        return False
    return not grammar.built_re.search(item) and not works_re.search(item)


def carried_out(text: str, start: int, head: str, grammar: Grammar, works_re: re.Pattern[str]) -> bool:
    """Does a carrying verb govern the ``head`` name that starts at ``start`` through a frame
    opener, the earlier conjuncts of its list or the name its bracketed alias renames?"""
    clause = _clause_before(text, start)
    reach = MAX_LEAD + max(map(len, grammar.carrying_verbs), default=0)
    verb = grammar.carrying_verb_re.search(clause, 0, reach)
    if verb is None or verb.start() > MAX_LEAD:
        return False
    between = clause[verb.end() :]
    if between in grammar.frame_openers:
        return True  # 实施新一轮|X工程: the opener is a scope, the verb still carries X out
    if not between or between[-1] not in LIST_MARK + ALIAS_OPEN + "".join(CONJUNCTIONS):
        return False
    items = SPLIT_RE.split(between[:-1])
    if between[-1] in ALIAS_OPEN and len(items) != 1:
        return False  # an alias renames the one name right before it
    return all(programme_like(item, head, grammar, works_re) for item in items)


def programme_list(
    text: str,
    items: list[tuple[int, int]],
    modifier: str,
    head: str,
    grammar: Grammar,
    works_re: re.Pattern[str],
) -> bool:
    """Are the items of a list labelled ``modifier`` + ``head`` (实施A、B等“十大工程”) programmes a
    carrying verb right before the first item carries out (module docstring)?"""
    if not items:
        return False
    first = min(s for s, _ in items)
    if not text[max(0, first - MAX_VERB) : first].endswith(grammar.carrying_verbs):
        return False
    if not modifier.startswith(QUOTES[0]):
        return False  # 等新建工程, 等品质提升工程: an unquoted label may list works being built
    label = modifier.strip(QUOTES)
    if CODE_RE.search(label) or grammar.built_re.search(label) or works_re.search(label):
        return False
    return all(programme_like(text[s:e], head, grammar, works_re) for s, e in items)
