"""A 项目 a carrying verb carries out is a programme (实施|X项目，), as 实施|X工程 is.

GUIDE §3 lists 中新互联互通项目 among its Programs, and the name finder (``names.py``) already
reads ``实施|X工程`` naming nothing built as a Program: a mined carrying verb
(``Grammar.carrying_verbs``: 实施, 开展, 深化, 落实) carries a programme out and builds nothing. The
same reading holds for the other generic works suffix, 项目 (实施|新时代青年人才项目, 实施好|某补贴项目:
round 8's gold types the subsidy 项目 a Program). 项目 names works and kinds more often than 工程
does, so ``names.py`` keeps a carried 项目 a Project, for its own tests to read, where
:func:`carried_kind` says the clause does not carry out one named programme:

- the verb's object does not end with the name: the clause goes on right after it (开展X项目|建设,
  深化X项目|合作, …项目|顺利推进) instead of closing at a clause or list mark (实施X项目，, 实施X项目、
  Y行动), so the name is works being built or a modifier of what the verb governs;
- the body is a common phrase of jieba's dictionary (``lexicon.is_common_phrase``), the name or
  its body a phrase many provincial authors write (``widespread_phrases.widespread_kind_guess``:
  开展|全域土地综合整治项目), or a count stands right before or after the name
  (``genericity.is_counted``: 实施|城市更新项目|295个): a kind of project, which the Project kind
  tests of ``names.py``, ``widespread_phrases`` and ``genericity`` then drop (GUIDE §3 generic
  unnamed items; a Program escapes them, so retyping it first would keep a kind).
"""

from __future__ import annotations

from extract.pipeline.genericity import is_counted
from extract.pipeline.grammar import Grammar
from extract.pipeline.lexicon import is_common_phrase
from extract.pipeline.widespread_phrases import widespread_kind_guess

GUESS_SOURCE = "suffix"  # the name finder's own guesses (no labelled project list)

# marks that close a verb's object: clause marks, the list mark and brackets (实施X项目，/、/（…）)
OBJECT_CLOSERS = frozenset("，。；：、,;:！？!?\n（(")


def closes_object(text: str, end: int) -> bool:
    """Does the verb's object end with the name ending at ``end`` (a clause or list mark, or the
    text's end, right after it)? ``…项目建设`` and ``…项目合作`` go on: the name is no object."""
    return end >= len(text) or text[end] in OBJECT_CLOSERS


def carried_kind(text: str, start: int, end: int, body: str, grammar: Grammar) -> bool:
    """Is the 项目 at ``[start, end)`` (modifier ``body``), though a carrying verb governs it, no
    programme's name: not the whole object, or a kind of project (module docstring)?"""
    return (
        not closes_object(text, end)
        or is_common_phrase(body)
        or widespread_kind_guess(text[start:end], "Project", GUESS_SOURCE, grammar)
        or is_counted(text, start, end)
    )
