"""Programmes written as works: A级旅游景区提升工程, 示范基地建设工程 are Programs (GUIDE §3).

GUIDE §3 types 工程 names two ways: a Project is a construction item "with a 工程/项目/phase
suffix" (鸡冠石污水处理厂四期扩建工程, 中梁山片区道路及配套设施建设工程), a Program a named
action, plan or campaign (行动/计划/工程 names: 企业梯度培育工程, 世界一流强港和交通强省建设工程).
The head-word finder types every …工程 a Project unless a programme verb stands before it
(实施…工程); after a conjunction or a list mark it does not, and issue 12's fifth precision
sample found build-up programmes typed Project (…示范基地建设工程, A级旅游景区提升工程).

The test reads the name, not a list of programmes. A …工程 is a Program when its body is a
kind of thing followed by what is done to the whole kind:

- the last word of the body is a verb by jieba's dictionary tags (v, vn: 提升, 建设, 培育, 创建;
  a verb phrase may hold more: 提质|升级) and not the works on one thing (GUIDE §2.4's
  qualifiers 改造/扩建/改扩建, ``names.WORKS_RE``,
  and the built-stage words of the status lexicon, ``Grammar.build_words``);
- the object before it names no one thing: no division of the gazetteer, no proper noun by
  jieba's tags (the place or firm that makes a name: 澄江|产业园建设工程 stays a Project), no
  digit (a phase or a count);
- the object does not end in a head of a built thing (a Project or Organization head of the
  lexicon: 国省干道|提质升级, 城市道路|提升, 中医院|新建 are works on roads and buildings).

Spans from project tables and labelled project lists keep their type (GUIDE §3: every item of
a list the text labels as projects is a Project): only the head-word finder's guesses change.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from extract.pipeline.grammar import Grammar
from extract.pipeline.mining import PROPER_TAGS, dictionary, segment_cached
from extract.pipeline.names import WORKS_RE  # GUIDE §2.4 works qualifiers
from extract.regions import lookup

HEAD = "工程"  # the GUIDE §3 head shared by works and programmes (head_rules.jsonl)
VERB_TAGS = frozenset({"v", "vn"})
BUILT_TYPES = frozenset({"Project", "Organization"})
RETYPED_SOURCES = frozenset({"suffix"})
MIN_OBJECT = 2
DIGIT_RE = re.compile(r"\d|[一二三四五六七八九十]期")  # a phase, a count or a year: one works


def _names_one_thing(obj: str) -> bool:
    """A division, a proper noun or a digit in the object (module docstring)."""
    if DIGIT_RE.search(obj):
        return True
    words = segment_cached(obj)
    if any(dictionary().get(w, (0, ""))[1] in PROPER_TAGS for w in words):
        return True
    return any(lookup(obj[i : i + k]) is not None for i in range(len(obj)) for k in range(2, 7))


def _ends_in_built_head(obj: str, grammar: Grammar) -> bool:
    return any(
        m.end() == len(obj) and grammar.heads.get(m.group()) in BUILT_TYPES
        for m in grammar.head_re.finditer(obj)
    ) or any(obj.endswith(k) for k, t in grammar.single_kernels.items() if t in BUILT_TYPES)


def _verbal(word: str, grammar: Grammar) -> bool:
    """A verb, or a two-character word the dictionary lacks (提质), of a verb phrase."""
    tag = dictionary().get(word, (0, None))[1]
    return (tag in VERB_TAGS or (tag is None and len(word) == 2)) and word not in grammar.heads


def programme_works(name: str, grammar: Grammar) -> bool:
    """Is the …工程 ``name`` a programme done to a kind of thing (module docstring)?"""
    if not name.endswith(HEAD):
        return False
    body = name[: -len(HEAD)]
    words = segment_cached(body)
    if len(words) < 2:
        return False
    verb = words[-1]
    if (
        dictionary().get(verb, (0, ""))[1] not in VERB_TAGS
        or WORKS_RE.search(verb)
        or verb in grammar.build_words
    ):
        return False
    # the verb phrase may hold more than one verb (提质|升级): the object is what stands before it
    k = len(words) - 1
    while k > 0 and _verbal(words[k - 1], grammar):
        k -= 1
    obj = "".join(words[:k])
    if len(obj) < MIN_OBJECT or _names_one_thing(obj):
        return False
    return not _ends_in_built_head(obj, grammar)


def retype_programme_works(chosen: list[Span], text: str, grammar: Grammar) -> list[Span]:
    """``chosen`` with the head-word finder's …工程 Projects that are programmes typed Program."""
    out = []
    for s in chosen:
        if (
            s.label_ == "Project"
            and s.id_ in RETYPED_SOURCES
            and programme_works(text[s.start_char : s.end_char], grammar)
        ):
            s = Span(s.doc, s.start, s.end, label="Program", kb_id=s.kb_id_, span_id=s.id_)
        out.append(s)
    return out


__all__ = ["programme_works", "retype_programme_works"]
