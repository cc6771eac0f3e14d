"""A works-headed guess that ends the way many authors end a programme is that programme: a Program.

GUIDE §3 names 工程 twice: a Project is "anything with a 工程/项目/phase suffix", and a Program is a
named action, plan or campaign ("行动/计划/工程/清单 names"). The head-word finder types every
…工程 guess Project, and the readable Project audit of branch ``precision22`` (sixty random Project
mentions outside every gold passage, and every provincial one) found the national programmes a
province carries out among its false Projects: 城市基础设施生命线安全工程, 薄弱学校提升工程; the
readable gold types them Program (城市生命线安全工程 in round 9, 寄宿制学校建设提升工程,
营商环境提升工程, 产业创新工程, 企业梯度培育工程).

What tells the two apart is not typed here but read from the text:

- **the ending is shared**: the guess ends in a mined category phrase (``category_phrases.jsonl``:
  three or more authors write it the same way: 提升工程, 生命线安全工程, 培育工程) and holds more
  than it. A national programme is written alike by every province that carries it out; one
  works is written by one author;
- **nothing in it is a name of its own**: every word before the head is an everyday word (no
  division of the gazetteer, no word jieba's dictionary tags as a proper noun unless it is a
  common word of the language, no word the dictionary does not know, no code, number, quote
  mark or phase: ``proper_parts.MARKED_RE``, ``list_items.phase_end``). A works is placed
  (吕梁山|山水工程, 拦马河|生态修复整治工程); a programme is not;
- **the shared ending is no construction**: the word right before the head is no stage verb or
  build word of ``status_kernels.jsonl`` (建设工程, 开工…) and ends in no Project kernel
  (道路|工程), nor does any other word of it (传统风貌街区|保护提升工程, 农村公路|路网提升工程:
  what is worked on is a built thing; branch ``precision22``'s judged faults), and no word is a
  renovation or a building verb (公园升级|改造|工程, 新建, 迁建: the name_qualifier closed class
  of ``public_centres.RENOVATION`` and ``hubs.CONSTRUCTION_RE``): GUIDE §3's construction items
  stay Project. A works word that an everyday adjective makes a kind (薄弱|学校, the mined test of
  ``kind_words.adjective_kind``) is what a programme raises everywhere: 薄弱学校提升工程 stays Program.

The heads read are the Project kernels that GUIDE §3's Program rule also names (the rule text of
``head_kernels.jsonl``): only 工程 today. Items of labelled project lists and list readers' items
(GUIDE §3: every item of a project list is a Project) are left alone: only the head-word finder's
guesses (source ``suffix``) are read.
"""

from __future__ import annotations

import functools

from extract.pipeline.chosen import Chosen, retyped
from extract.pipeline.grammar import Grammar
from extract.pipeline.hubs import CONSTRUCTION_RE
from extract.pipeline.kind_words import adjective_kind
from extract.pipeline.lexicon import _segment
from extract.pipeline.list_items import phase_end
from extract.pipeline.mining import PROPER_TAGS, dictionary
from extract.pipeline.proper_parts import MARKED_RE, MIN_COMMON_FREQ
from extract.pipeline.public_centres import RENOVATION
from extract.regions import lookup

CHECKED_SOURCES = frozenset({"suffix"})  # the head-word finder; list items are GUIDE §3 Projects
PROGRAM = "Program"
PROJECT = "Project"
MIN_KERNEL = 2  # characters of a shared kernel (a one-character kernel recurs inside any text)
MIN_BODY = 2  # characters of the shared ending before the kernel (提升|工程, not 等|工程)


@functools.lru_cache(maxsize=8)
def shared_kernels(grammar: Grammar) -> tuple[str, ...]:
    """The Project kernels of ``head_kernels.jsonl`` that a Program kernel's GUIDE rule names
    too (GUIDE §3: "行动/计划/工程/清单 names"): heads a programme and a works both take."""
    rows = grammar.lexicon.get("head_kernels.jsonl", ())
    rules = " ".join(r.get("rule", "") for r in rows if r["type"] == PROGRAM)
    found = {r["head"] for r in rows if r["type"] == PROJECT and len(r["head"]) >= MIN_KERNEL}
    return tuple(sorted(k for k in found if k in rules))


def _everyday(word: str, grammar: Grammar) -> bool:
    """Is ``word`` no part of a name of its own: no division, known to the dictionary, and not a
    proper noun unless the language uses it commonly (城市, tagged ``ns``, ``MIN_COMMON_FREQ``)?"""
    if lookup(word) is not None:
        return False
    freq, tag = dictionary().get(word, (0, ""))
    if not tag:
        return word in grammar.mined_set("widespread_terms.jsonl", "term")
    return tag not in PROPER_TAGS or freq >= MIN_COMMON_FREQ


def shared_ending(name: str, grammar: Grammar) -> str | None:
    """The longest mined category phrase ``name`` ends in, shorter than ``name``, that ends in a
    shared kernel after a body of ``MIN_BODY`` characters; None when there is none."""
    kernel = next((k for k in shared_kernels(grammar) if name.endswith(k)), None)
    if kernel is None:
        return None
    for start in range(1, len(name) - len(kernel) - MIN_BODY + 1):
        if name[start:] in grammar.categories:
            return name[start:]
    return None


def is_shared_programme(name: str, grammar: Grammar) -> bool:
    """Is ``name`` everyday words that end in a shared programme ending (module docstring)?"""
    if MARKED_RE.search(name) or phase_end(name) is not None or name in grammar.categories:
        return False
    ending = shared_ending(name, grammar)
    if ending is None:
        return False
    kernel = next(k for k in shared_kernels(grammar) if name.endswith(k))
    words = _segment(name[: -len(kernel)])
    if not words or not all(_everyday(w, grammar) for w in words):
        return False
    last = words[-1]
    if last in grammar.stage_verbs or last in grammar.build_words:
        return False  # 建设|工程: a construction item (GUIDE §3)
    if any(
        w == RENOVATION or (w != last and CONSTRUCTION_RE.fullmatch(w) and w not in grammar.stage_verbs)
        for w in words
    ):
        return False  # 公园升级|改造|工程, 甲|迁建|…: works on a building (GUIDE §3)
    return not any(_works_word(words, i, kernel, grammar) for i in range(len(words)))


def _works_word(words: tuple[str, ...], i: int, kernel: str, grammar: Grammar) -> bool:
    """Does ``words[i]`` end in a Project head other than ``kernel`` (道路|工程, 传统风貌街区|保护
    提升工程, 农村公路|路网提升工程: what is worked on is built, GUIDE §3), unless an everyday
    adjective before it makes it a kind every province has (薄弱|学校: ``kind_words.adjective_kind``)?"""
    w = words[i]
    if not any(w.endswith(h) for h in grammar.project_heads if h != kernel):
        return False
    return not (i > 0 and adjective_kind(words[i - 1] + w, grammar))


def retype_shared_programmes(chosen: list[Chosen], text: str, grammar: Grammar) -> list[Chosen]:
    """``chosen`` with every head-word Project guess that ``is_shared_programme`` typed Program."""
    if not shared_kernels(grammar):
        return chosen
    out = []
    for s in chosen:
        if (
            s.label_ == PROJECT
            and s.id_ in CHECKED_SOURCES
            and is_shared_programme(text[s.start_char : s.end_char], grammar)
        ):
            s = retyped(s, PROGRAM)
        out.append(s)
    return out
