"""A firm's name, once typed, types its other bare mentions in the same report (issue 12).

A report names a firm with a list cue once (``宗申、隆鑫等企业``, ``A、B等快速成长``) and later writes
the same name bare, as the subject or object of what it did (``支持宗申等优化产品结构``,
``华熙成功创建…``) — where no cue is there to type it. GUIDE §3 types company names and brands as
Enterprise wherever they stand; within one text a name keeps one sense (GUIDE §4 links every
mention of a name to one entity), so the bare repeats are firms too. The cue is the report's own
typing, not a list of firms: nothing here names a firm.

A repeat is taken only where it stands as a name of its own, three tests that agree:

- **the name**: an Enterprise mention's text of two or more characters that is not everyday words
  only (``lexicon.is_common_phrase``) and not a place of the gazetteer (长安 is a district too);
- **the edges**: the most probable segmentation cuts at both edges (``lexicon.is_word_at``) and
  no other mention covers it (``美的制冷`` inside ``美的制冷AI智能工厂`` stays the project's);
- **what follows**: a list mark or clause end, or a clause word (jieba's verbs, adverbs,
  prepositions, particles: ``mining.CLAUSE_TAGS``), or an adjective that a clause word follows
  (华熙|成功|创建; 京东|健康、 is a firm's brand) — the name ends a noun phrase there. A noun
  after it (``宗申|航发``, ``美利信|科技``, ``软信|企业``, ``华熙|场馆``) makes the repeat part of a
  longer name or a modifier of a kind, which is left alone;
- **what precedes**: no word jieba's dictionary tags as a proper noun (a place, a person's name,
  an organisation or its abbreviation: ``mining.PROPER_TAGS``) right before it, with no mark
  between — there the repeat is the tail of a longer name (``中科|曙光`` of a firm named 曙光 in a
  list), which GUIDE §2.1 keeps whole, maximal and never nested.

A name with a legal form (``…集团``, ``…有限公司``: ``genericity.FIRM_KERNEL_RE``, the closed class of
the Company Law's forms and the enterprise group) spreads its stem too: a report that writes
``甲乙集团`` once writes ``甲乙`` for the same firm elsewhere (GUIDE §4 expands such short forms to the
full name, 长安→长安汽车). The stem must pass the name test above and must not be a place (a
gazetteer division or a word jieba tags as a place) followed by everyday words (``某省港口`` of
``某省港口集团``, ``中国稀土`` of ``中国稀土集团``: read bare, the province's ports, the country's
rare earths — a sector, not the firm).

And a list item of a project list (source ``enumeration``, typed Project) whose exact text the
report types as a firm elsewhere is that firm: GUIDE §3 keeps a bare company name Enterprise even
inside a project list (``仲恩药业等项目``), and the report's own typing says the name is a company's.

A repeat written with a company tail right after it (``美利信|科技``, ``诺和诺德|制药``: the linker's
``COMPANY_TAILS`` and the trade words mined from the dictionary's company names,
``company_tails``) is the firm's fuller name, not a modifier of a kind: the mention takes the
tail (GUIDE §2.1, the maximal name) whatever word follows it (美利信科技|产线改造 is the firm's
line), as long as the segmentation cuts after the tail (…科技园 goes on with a park), no letters or
digits go on with it (甲乙汽车G318 is a car model, a fixed product term: GUIDE §2.1) and the
name's other tests hold; the linker then links the bare name to it (GUIDE §4).

Longer names are matched first and each character is claimed once (``美的制冷`` before ``美的``).
The resolver adds the repeats last, after every drop and retyping, so only names that survive
them spread; a very long report is read in pieces (``extract.pieces``), each on its own.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.tokens import Doc

from extract.pipeline.chosen import Chosen, char_span, make_span
from extract.pipeline.genericity import FIRM_KERNEL_RE
from extract.pipeline.lexicon import is_common_phrase, is_word_at
from extract.pipeline.mining import (
    CLAUSE_TAGS,
    PROPER_TAGS,
    dictionary,
    place_names,
    segment_cached,
)
from extract.scan import written_after

TYPE = "Enterprise"
SOURCE = "firm_repeat"
NAME_MIN = 2
# marks after which a noun phrase has ended: list marks, clause and sentence ends, brackets
END_MARKS = frozenset("、，。；：！？,;:!?）)\n")
# jieba's adjective tags: 成功 in 华熙成功创建 opens the predicate when a clause word follows it
ADJECTIVE_TAGS = frozenset({"a", "ad"})
HAN_RUN_RE = re.compile(r"[\u4e00-\u9fff]+")
LOOKAHEAD = 6  # Han characters segmented after a repeat to read the next word

Raw = tuple[int, int, str, str, str]


def _name(text: str) -> bool:
    return len(text) >= NAME_MIN and not is_common_phrase(text) and text not in place_names()


def legal_stem(name: str) -> str | None:
    """``name`` without its legal forms (甲乙集团有限公司 → 甲乙), or None when it has none or the
    stem is no name of its own (module docstring)."""
    stem = name
    while (m := FIRM_KERNEL_RE.search(stem)) is not None and m.start() > 0:
        stem = stem[: m.start()]
    if stem == name or not HAN_RUN_RE.fullmatch(stem) or not _name(stem):
        return None
    if any(_place(stem[:k]) and is_common_phrase(stem[k:]) for k in range(NAME_MIN, len(stem))):
        return None  # a division and everyday words: the division's sector, read bare
    return stem


PLACE_TAG = "ns"  # jieba's place tag: the country (中国) and places the gazetteer lacks


def _place(word: str) -> bool:
    return word in place_names() or dictionary().get(word, (0, ""))[1] == PLACE_TAG


def _ends_phrase(text: str, end: int) -> bool:
    """Does a noun phrase end at ``end``: a mark, or a clause word next (module docstring)?"""
    if end >= len(text) or text[end] in END_MARKS:
        return True
    run = HAN_RUN_RE.match(text, end)
    if run is None:
        return False  # letters or digits go on with the name (华熙LIVE, 问界M9) or count
    words = segment_cached(run.group()[:LOOKAHEAD])
    tags = [dictionary().get(w, (0, ""))[1] for w in words[:2]]
    if tags[0] in CLAUSE_TAGS:
        return True
    return tags[0] in ADJECTIVE_TAGS and len(tags) > 1 and tags[1] in CLAUSE_TAGS


HAN_TAIL_RE = re.compile(r"[\u4e00-\u9fff]+$")


def _after_proper(text: str, start: int) -> bool:
    """Does a proper noun of the dictionary end right at ``start`` (``中科|曙光``)? The few Han
    characters before it are segmented and the last word's tag read (module docstring)."""
    run = HAN_TAIL_RE.search(text, max(0, start - LOOKAHEAD), start)
    if run is None:
        return False
    words = segment_cached(run.group())
    return dictionary().get(words[-1], (0, ""))[1] in PROPER_TAGS


def _tails() -> frozenset[str]:
    from extract.linking import COMPANY_TAILS
    from extract.pipeline.company_tails import company_tails

    return company_tails() | frozenset(COMPANY_TAILS)


def _tailed(text: str, hints: dict[str, str]) -> dict[str, str]:
    """The names of ``hints`` written with a company tail in ``text`` (module docstring)."""
    out: dict[str, str] = {}
    tails = sorted(_tails())
    for name, hint in hints.items():
        if not _name(name) or name.endswith(tuple(tails)):
            continue
        for tail in written_after(text, name, tails):  # each tail written right after the name
            if name + tail not in hints:
                out[name + tail] = hint
    return out


def firm_repeats(text: str, raw: Iterable[Raw]) -> list[Raw]:
    """The bare repeats, in ``text``, of the names the raw mentions type as firms; each new
    mention carries the hint of the mention it repeats and the source ``firm_repeat``."""
    raw = list(raw)
    hints: dict[str, str] = {}
    for s, e, t, hint, _src in raw:
        if t == TYPE:
            hints.setdefault(text[s:e], hint)
    for name, hint in list(hints.items()):
        stem = legal_stem(name)
        if stem is not None:
            hints.setdefault(stem, hint)
    tailed = _tailed(text, hints)
    hints.update(tailed)
    taken = bytearray(len(text) + 1)
    for s, e, *_ in raw:
        taken[s:e] = b"\x01" * (e - s)
    out: list[Raw] = []
    for name in sorted((n for n in hints if _name(n)), key=lambda n: (-len(n), n)):
        pos = text.find(name)
        while pos != -1:
            end = pos + len(name)
            if (
                not any(taken[pos:end])
                and is_word_at(text, pos, end)
                and (_ends_phrase(text, end) or (name in tailed and HAN_RUN_RE.match(text, end) is not None))
                and not _after_proper(text, pos)
            ):
                taken[pos:end] = b"\x01" * len(name)
                out.append((pos, end, TYPE, hints[name], SOURCE))
            pos = text.find(name, end)
    return out


LIST_SOURCE = "enumeration"  # the enumeration finder's items (仲恩药业等项目)
PROJECT = "Project"


def retyped_list_items(doc: Doc, chosen: list[Chosen]) -> list[Chosen]:
    """``chosen`` with each project-list item whose text the report types as a firm elsewhere
    typed Enterprise (module docstring); the firm's own mention is a cue's, not a repeat."""
    firms = {s.text for s in chosen if s.label_ == TYPE and s.id_ != SOURCE}
    out = []
    for s in chosen:
        if s.label_ == PROJECT and s.id_ == LIST_SOURCE and s.text in firms:
            s = make_span(doc, s.start, s.end, label=TYPE, kb_id=s.kb_id_, span_id=LIST_SOURCE)
        out.append(s)
    return out


def add_firm_repeats(doc: Doc, chosen: list[Chosen], text: str) -> list[Chosen]:
    """The resolver's step: ``chosen`` (its list items retyped by the report's firms) plus the
    bare repeats of its firms, sorted by start. ``text`` is the doc's text (the resolver slices
    it once)."""
    chosen = retyped_list_items(doc, chosen)
    raw = [(s.start_char, s.end_char, s.label_, s.kb_id_, s.id_) for s in chosen]
    added = []
    for start, end, label, hint, source in firm_repeats(text, raw):
        span = char_span(doc, start, end, label=label, kb_id=hint, span_id=source)
        if span is not None:  # a repeat that cuts a token is no name of its own
            added.append(span)
    if not added:
        return chosen
    return sorted(chosen + added, key=lambda s: s.start)
