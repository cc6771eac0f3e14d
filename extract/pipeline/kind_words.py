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

Both are pure functions of the name and the grammar, read by ``genericity.drop_generic`` through
``everyday_kind_guess`` for every Project guess but the rows of a labelled project table (专栏…重点
项目: ``widespread_phrases.LABELLED_LIST_SOURCE``), whose items GUIDE §3 makes Projects, kinds
included (口袋公园 in a 专栏 of 重点项目).
"""

from __future__ import annotations

from extract.pipeline.grammar import Grammar
from extract.pipeline.mining import dictionary

CHECKED_TYPES = frozenset({"Project"})
ADJECTIVE_TAGS = frozenset({"a", "b"})  # jieba's adjectives (薄弱) and distinguishing words (大型)
NUMERAL_TAGS = frozenset({"m"})  # a phase opens with a numeral (二期, 三期)
# dictionary count of an everyday adjective: 最美 199, 薄弱 845; the proper syllables jieba
# tags ``a`` that stand before a route kernel are rarer (洪大 56)
MIN_ADJECTIVE_FREQ = 100


def bare_kind_word(name: str, grammar: Grammar) -> bool:
    """Is the whole guess one widespread term that is no division and no phase (学校, 医院)?"""
    # genericity reads this module, and proper_parts reads genericity: imported when called
    from extract.pipeline.genericity import widespread_terms
    from extract.pipeline.proper_parts import MARKED_RE, everyday_word

    if not name or MARKED_RE.search(name):
        return False
    if dictionary().get(name[0], (0, ""))[1] in NUMERAL_TAGS:
        return False  # 二期: a stage of the works the sentence names
    return everyday_word(name, widespread_terms(grammar)) and name in widespread_terms(grammar)


def adjective_kind(name: str, grammar: Grammar) -> bool:
    """Is the guess one everyday adjective before a widespread Project kernel (薄弱|学校, 最美|公路)?"""
    from extract.pipeline.genericity import PROJECT_KIND_TYPES, kernel_ending
    from extract.pipeline.proper_parts import MARKED_RE

    if MARKED_RE.search(name):
        return False
    kernel = kernel_ending(name, grammar, PROJECT_KIND_TYPES)
    if kernel is None:
        return False
    freq, tag = dictionary().get(name[: -len(kernel)], (0, ""))
    return tag in ADJECTIVE_TAGS and freq >= MIN_ADJECTIVE_FREQ


def everyday_kind_guess(name: str, label: str, source: str, grammar: Grammar) -> bool:
    """Is a Project guess, not a row of a labelled project table, a bare kind word or an
    everyday adjective before a works kernel (module docstring)?"""
    from extract.pipeline.widespread_phrases import LABELLED_LIST_SOURCE

    if label not in CHECKED_TYPES or source == LABELLED_LIST_SOURCE:
        return False
    return bare_kind_word(name, grammar) or adjective_kind(name, grammar)
