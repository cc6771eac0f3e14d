"""Where an untitled policy's name begins and which list-mates share its reading (issue 12).

Two classes of Policy errors on unseen text, neither a list of this corpus's documents:

- **Scope words before a title.** GUIDE §2.5 leaves leading scope words out of a name (全市,
  全国, 首批, 新一轮); the national level stays only where it is the document's own first word
  (《全国国土空间规划纲要》, 落实|全国统一大市场建设条例: ``untitled_policies``). When a scope
  word or an ordinal follows the national level (落实|国家新一轮|十大…工作方案, 全国首张|…负面清单),
  the level qualifies that word — the country's new round, the country's first list — and both
  stay out: the title begins after them, as it does after a scope word alone. The scope words
  are the name grammar's own (``grammar.LEAD_RE``, the closed class GUIDE §2.5 names); an
  ordinal is jieba's numeral word opening with 首 "first" (首张, 首部: a numeral and a measure
  word, closed classes).
- **Titles listed together.** GUIDE §2.2 gives each conjunct of a list its own span. A title the
  finders read (…实施方案, found from its inner name or its governing verb) may share its verb with
  a list-mate that no finder reads alone (争取|甲…改革方案、乙…实施方案: the first has no inner
  name close enough to its kind and no mined governing verb). A conjunct written right before or
  right after a found title, across one list mark (、和及与), that ends in a document kind mined
  as governed (``policy_frames.jsonl`` role ``kind``, ``governed``: 方案, 条例, 办法 …) where a
  name may end, is a title too; its left edge is found as for any name (the clause word before it
  is cut off), and a generic body, a count or a clause word inside it keeps it out, as for the
  governed titles of ``untitled_policies.find_governed_titles``.
- **Counted documents.** GUIDE §9 leaves unnamed counts of documents untagged (29项促消费政策). A
  guess that is a count and a kind and nothing else (一张|负面清单: jieba's numeral word before a
  Policy head or a governed kind), or that a count of items closes at a clause edge (…法规案|14件，),
  counts documents of a kind; it names none.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Doc

from extract.pipeline import grammar as g
from extract.pipeline.area_belts import NUMERAL_OPENING_RE
from extract.pipeline.candidates import add_candidate, candidates, set_candidates
from extract.pipeline.mining import CLAUSE_TAGS, NATIONAL, dictionary, segment_cached

TITLE_MARKS = "《“"  # a bracketed or quoted title shows its own opening
LIST_MARKS = "、和及与"  # GUIDE §2.2: the marks between coordinated names
NOT_SCOPE = frozenset("、，,等和与及")  # LEAD_RE's list marks and conjunctions: no scope word
ORDINAL = "首"  # "first": an ordinal before a measure word (首张, 首部), a rank, not a name
NUMERAL_TAG = "m"
COUNT_TAGS = frozenset({NUMERAL_TAG, "q"})  # jieba's numerals and measure words (系列, 若干: closed classes)
TITLE_VERB_TAGS = frozenset({"v", "vn"})  # 促进 (v): a verb opening a title, as in ``untitled_policies``
MIN_BODY = 2
MAX_CONJUNCT = 24  # characters of a list-mate title, its kind included
COMPLEMENT_TAGS = CLAUSE_TAGS | {"a"}  # 好 of 落实好: as ``untitled_policies.COMPLEMENT_TAGS``
HAN_RUN_RE = re.compile(r"[\u4e00-\u9fff“”]+")
NameEnd = Callable[[str, int, g.Grammar], bool]


def _scope_length(text: str, start: int, end: int) -> int:
    """The length of a scope word (two characters or more) or an ordinal at ``start`` (0 when
    there is none)."""
    if text[start : start + 1] in NOT_SCOPE:
        return 0
    lead = g.LEAD_RE.match(text, start, end)
    if lead is not None and lead.end() - start >= 2 and not any(c in NOT_SCOPE for c in lead.group()):
        return lead.end() - start
    word = segment_cached(text[start:end])[0]
    if word.startswith(ORDINAL) and len(word) >= 2 and dictionary().get(word, (0, ""))[1] == NUMERAL_TAG:
        return len(word)
    return 0


def scoped_opening(text: str, start: int, end: int) -> int:
    """Where a title opening with a scope word, after the national level or not (国家新一轮…,
    全国首张…, 首张…), begins: after them (module docstring); ``start`` when it opens otherwise
    (a bare national level is the title's own first word)."""
    level = next((n for n in NATIONAL if text.startswith(n, start)), "")
    scope = _scope_length(text, start + len(level), end)
    return start + len(level) + scope if scope else start


def trim_scope_openings(doc: Doc, text: str) -> None:
    """Move the opening of every unbracketed Policy candidate past a national level and the scope
    word after it (module docstring); one that keeps fewer than ``MIN_BODY`` characters before its
    end is left as it is."""
    spans, changed = [], False
    for c in candidates(doc):
        start = c.start_char
        if c.label_ == "Policy" and text[start : start + 1] not in TITLE_MARKS:
            start = scoped_opening(text, start, c.end_char)
        if start == c.start_char or c.end_char - start <= MIN_BODY + 1:
            spans.append(c)
            continue
        span = doc.char_span(start, c.end_char, label=c.label_, kb_id=c.kb_id_, span_id=c.id_)
        if span is None:
            spans.append(c)
            continue
        spans.append(span)
        changed = True
    if changed:
        set_candidates(doc, spans)


# a count closing the phrase: figures, then a measure word of documents and items (件 部 项 个:
# measure words, a closed class), then a clause edge or the end of the text
COUNT_AFTER_RE = re.compile(r"[\d一二三四五六七八九十百千万]+[件部项个](?![\u4e00-\u9fff])")


def counts_documents(text: str, start: int, end: int, grammar: g.Grammar, kinds: frozenset[str]) -> bool:
    """Is the Policy guess ``text[start:end]`` a count of documents (module docstring)?"""
    if COUNT_AFTER_RE.match(text, end):
        return True
    first = segment_cached(text[start:end])[0]
    if first.startswith(ORDINAL) or dictionary().get(first, (0, ""))[1] != NUMERAL_TAG:
        return False
    rest = text[start + len(first) : end]
    return rest in kinds or grammar.heads.get(rest) == "Policy"


def drop_counted_documents(doc: Doc, text: str, grammar: g.Grammar, kinds: frozenset[str]) -> None:
    """Drop the unbracketed, unquoted Policy candidates that count documents (module docstring)."""
    kept = [
        c
        for c in candidates(doc)
        if c.label_ != "Policy"
        or text[c.start_char : c.start_char + 1] in TITLE_MARKS
        or not counts_documents(text, c.start_char, c.end_char, grammar, kinds)
    ]
    if len(kept) < len(candidates(doc)):
        set_candidates(doc, kept)


def _kind_end(conjunct: str, kinds: frozenset[str]) -> int:
    """The length of the longest governed kind closing ``conjunct`` (0 when none does)."""
    return max((len(k) for k in kinds if conjunct.endswith(k) and len(k) >= 2), default=0)


def _titled(
    text: str, start: int, end: int, kind: int, grammar: g.Grammar, opens: bool = False
) -> int | None:
    """The opening of a list-mate title ``text[start:end]`` closed by a kind of ``kind``
    characters, or None when its body is no name (generic, a count or a set, a clause word
    inside, too short) or a head of another type closes it. ``opens``: ``start`` is right after
    the list mark, where the title begins at once, so a lone verb the name grammar cut there is
    its first word (及|促进…措施), as after a governing verb (``untitled_policies.verb_opening_title``)."""
    kind_start = end - kind
    begin = grammar.name_start(text, kind_start, floor=start, min_body=MIN_BODY)
    if opens and begin > start and dictionary().get(text[start:begin], (0, ""))[1] in TITLE_VERB_TAGS:
        begin = start
    first = segment_cached(text[begin:end])[0]
    if len(first) == 1 and dictionary().get(first, (0, ""))[1] in COMPLEMENT_TAGS:
        begin += 1  # 落实|好|…: the verb's complement is no part of the title
    begin = scoped_opening(text, begin, end)
    body = text[begin:kind_start]
    if len(body) < MIN_BODY or g.is_generic(body) or NUMERAL_OPENING_RE.match(body):
        return None
    if dictionary().get(segment_cached(body)[-1], (0, ""))[1] in COUNT_TAGS:
        return None  # …系列|措施, …若干|措施: a set or a count of measures, not one titled document
    opening = begin == start and opens  # the verb admitted as the title's first word is no cut
    if any(
        grammar.cuts(body, m.start(), m.end())
        for m in grammar.stop_re.finditer(body)
        if m.start() or not opening
    ):
        return None
    head = next((text[i:end] for i in range(begin, kind_start + 1) if text[i:end] in grammar.heads), None)
    if head is not None and grammar.heads[head] != "Policy":
        return None
    return begin


def find_listed_titles(
    doc: Doc, text: str, grammar: g.Grammar, kinds: frozenset[str], ends_name: NameEnd
) -> None:
    """Add the list-mates of the unbracketed Policy candidates as Policy (module docstring);
    ``ends_name`` says where a name may end (``untitled_policies.ends_name``)."""
    if not kinds:
        return
    found = [
        c for c in candidates(doc) if c.label_ == "Policy" and text[c.start_char : c.start_char + 1] != "《"
    ]
    ends = {c.end_char for c in candidates(doc) if c.label_ == "Policy"}
    for c in found:
        if c.start_char > 0 and text[c.start_char - 1] in LIST_MARKS:
            run = _run_before(text, c.start_char - 1)
            kind = _kind_end(text[run : c.start_char - 1], kinds)
            if kind and c.start_char - 1 not in ends:  # a list-mate found already keeps its reading
                begin = _titled(text, run, c.start_char - 1, kind, grammar)
                if begin is not None:
                    add_candidate(doc, begin, c.start_char - 1, "Policy", "title")
        if c.end_char < len(text) and text[c.end_char] in LIST_MARKS:
            m = HAN_RUN_RE.match(text, c.end_char + 1, c.end_char + 1 + MAX_CONJUNCT)
            if m is None:
                continue
            for end in range(m.end(), m.start() + MIN_BODY, -1):
                kind = _kind_end(text[m.start() : end], kinds)
                if kind and ends_name(text, end, grammar):
                    if end in ends:
                        break  # found already: its own finder's reading stands
                    begin = _titled(text, m.start(), end, kind, grammar, opens=True)
                    if begin is not None:
                        add_candidate(doc, begin, end, "Policy", "title")
                    break


def _run_before(text: str, end: int) -> int:
    """The start of the name material (Han characters and quotes) right before ``end``, at most
    ``MAX_CONJUNCT`` characters back."""
    start = end
    while start > max(0, end - MAX_CONJUNCT) and HAN_RUN_RE.match(text[start - 1]):
        start -= 1
    return start
