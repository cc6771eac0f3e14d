"""Kinds of works named by one everyday word: a Project guess that names no works of its own.

GUIDE §3 leaves generic unnamed items untagged, and §3's project-list rule ("every item in a list
the text labels as projects") is about the *names* the list holds: in ``支持基础设施、学校、医院等
配套项目建设`` the items 学校 and 医院 are the kinds of facility a park is to have, and in
``改善薄弱学校办学条件`` the school is any weak school. The readable Project audit of branch
``project21`` (``eval/precision/project21-readable.tsv``) found these among the largest class of
wrong rows (kinds of works), which the narrower tests of ``genericity`` miss:

- **A bare widespread term** (``bare_kind_word``): the whole guess is one word that four or more
  provinces write (the mined ``widespread_terms.jsonl``: 学校, 医院), is no division of the
  gazetteer and no phase (二期 is the second stage of the works the sentence names, GUIDE §2.4 and
  the provincial convention on coordinated phases). A name has a part few authors write; a word
  every report uses is the kind.
- **An everyday adjective before a works kernel** (``adjective_kind``): one word that jieba's
  dictionary tags as an adjective or distinguishing word (``a``, ``b``) and counts at least
  ``MIN_ADJECTIVE_FREQ`` times (薄弱, 最美) before a GUIDE Project kernel that is itself a
  widespread term (``genericity.kernel_ending`` over ``head_kernels.jsonl``: 学校, 公路). The
  adjective says what the works are like, not which they are. A rare "adjective" is a proper
  syllable jieba mistags (洪大 of 洪大高速, a route between two places), so the frequency floor
  keeps it; a number, code or quote mark makes a name (``proper_parts.MARKED_RE``).

- **A conjunct of kinds** (``kind_conjunct``): a head-word guess (source ``suffix``) that is one
  conjunct of a 、-list of which another conjunct is a kind of works by the tests above or by
  ``genericity.widespread_project_kind`` (城际|铁路). GUIDE §2.2 reads the conjuncts of one list as
  names of one kind, and branch project19 already read a bare 等建设 list with a kind among its
  items as a list of kinds (``list_items._listed_kind``): in ``加快甲乙间高铁、城际铁路、跨江跨海通道
  等建设`` each conjunct is a kind of line, whatever its own words.

The first two are pure functions of the name and the grammar, read by ``genericity.drop_generic`` through
``everyday_kind_guess`` for every Project guess but the rows of a labelled project table (专栏…重点
项目: ``widespread_phrases.LABELLED_LIST_SOURCE``), whose items GUIDE §3 makes Projects, kinds
included (口袋公园 in a 专栏 of 重点项目).
"""

from __future__ import annotations

import functools
from types import ModuleType

from extract.pipeline.grammar import Grammar
from extract.pipeline.mining import dictionary
from extract.pipeline.widespread_phrases import LABELLED_LIST_SOURCE

CHECKED_TYPES = frozenset({"Project"})
CONJUNCT_SOURCES = frozenset({"suffix"})  # the head-word finder; list readers type their own items
CLAUSE_BOUNDS = frozenset("，；。：！？,;:!?\n（）()")  # marks that end a clause (and so a 、-list)
LIST_SEP = "、"
CLAUSE_REACH = 200  # characters read either side of a guess for its list: linear on long lines
ADJECTIVE_TAGS = frozenset({"a", "b"})  # jieba's adjectives (薄弱) and distinguishing words (大型)
NUMERAL_TAGS = frozenset({"m"})  # a phase opens with a numeral (二期, 三期)
# dictionary count of an everyday adjective: 最美 199, 薄弱 845; the proper syllables jieba
# tags ``a`` that stand before a route kernel are rarer (洪大 56)
MIN_ADJECTIVE_FREQ = 100


@functools.cache
def _cycle() -> tuple[ModuleType, ModuleType]:
    """``extract.pipeline.genericity`` and ``extract.pipeline.proper_parts``, imported on the first
    call: genericity reads this module and proper_parts reads genericity, so neither can be
    imported at the top. (An import statement in each test ran its ``sys.modules`` lookup, the
    spec's initialising check and the from-list on every call: some 1,700 of them on a first
    reading of two bundled documents, each about 25 plain calls' worth.)"""
    from extract.pipeline import genericity, proper_parts

    return genericity, proper_parts


def bare_kind_word(name: str, grammar: Grammar) -> bool:
    """Is the whole guess one widespread term that is no division and no phase (学校, 医院)?"""
    genericity, proper_parts = _cycle()
    if not name or proper_parts.MARKED_RE.search(name):
        return False
    if dictionary().get(name[0], (0, ""))[1] in NUMERAL_TAGS:
        return False  # 二期: a stage of the works the sentence names
    terms = genericity.widespread_terms(grammar)
    return proper_parts.everyday_word(name, terms) and name in terms


def adjective_kind(name: str, grammar: Grammar) -> bool:
    """Is the guess one everyday adjective before a widespread Project kernel (薄弱|学校, 最美|公路)?"""
    genericity, proper_parts = _cycle()
    if proper_parts.MARKED_RE.search(name):
        return False
    kernel = genericity.kernel_ending(name, grammar, genericity.PROJECT_KIND_TYPES)
    if kernel is None:
        return False
    freq, tag = dictionary().get(name[: -len(kernel)], (0, ""))
    return tag in ADJECTIVE_TAGS and freq >= MIN_ADJECTIVE_FREQ


def everyday_kind_guess(name: str, label: str, source: str, grammar: Grammar) -> bool:
    """Is a Project guess, not a row of a labelled project table, a bare kind word or an
    everyday adjective before a works kernel (module docstring)?"""

    if label not in CHECKED_TYPES or source == LABELLED_LIST_SOURCE:
        return False
    return bare_kind_word(name, grammar) or adjective_kind(name, grammar)


def works_kind(item: str, grammar: Grammar) -> bool:
    """Is a list conjunct a kind of works by a mined test (学校, 薄弱|学校, 城际|铁路)? A bare
    widespread term must itself be a works kernel (学校): 数字化转型 or 全国 beside a guess is a
    widespread word, but of no kind of works."""
    genericity = _cycle()[0]
    return (
        (
            bare_kind_word(item, grammar)
            and genericity.kernel_ending(item, grammar, genericity.PROJECT_KIND_TYPES, whole=True) == item
        )
        or adjective_kind(item, grammar)
        or genericity.widespread_project_kind(item, grammar)
    )


def _clause(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause around ``text[start:end]``: up to the nearest ``CLAUSE_BOUNDS`` mark either side,
    at most ``CLAUSE_REACH`` characters away."""
    a = start
    lo = max(0, start - CLAUSE_REACH)
    while a > lo and text[a - 1] not in CLAUSE_BOUNDS:
        a -= 1
    b = end
    hi = min(len(text), end + CLAUSE_REACH)
    while b < hi and text[b] not in CLAUSE_BOUNDS:
        b += 1
    return a, b


def kind_conjunct(text: str, start: int, end: int, label: str, source: str, grammar: Grammar) -> bool:
    """Is the head-word Project guess ``text[start:end]`` a conjunct of a 、-list another of whose
    conjuncts is a ``works_kind`` (module docstring)? The list's first segment holds the verb that
    governs it and is not read as a conjunct; the last is read up to its closer 等."""
    if label not in CHECKED_TYPES or source not in CONJUNCT_SOURCES:
        return False
    proper_parts = _cycle()[1]  # the closer 等 of list_items
    a, b = _clause(text, start, end)
    if LIST_SEP not in text[a:b]:
        return False
    segments = text[a:b].split(LIST_SEP)
    pos = a
    others = []
    for i, seg in enumerate(segments):
        seg_start = pos
        pos += len(seg) + 1
        if seg_start <= start < seg_start + len(seg):
            if end > seg_start + len(seg):
                return False  # the guess runs across a separator: no conjunct of this list
            continue
        if i == 0:
            continue
        item = seg.split(proper_parts.LIST_CLOSER, 1)[0] if i == len(segments) - 1 else seg
        if item:
            others.append(item)
    return any(works_kind(item, grammar) for item in others)
