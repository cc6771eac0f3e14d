"""The document model: every unit knows its character span in the *original* text.

Offsets are Python ``str`` indices into ``Document.text`` (end exclusive), never into a
normalised copy, so any span can be cited verbatim as evidence. ``path`` is the tuple of
heading titles from the top of the document down to the unit.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Section:
    """A heading and the extent of text it governs."""

    id: str
    # part(篇) chapter(章) section(节) cn_num(一、) paren_cn（一） paren_arabic（1） arabic(1.) ordinal(一是)
    # column(专栏/表) appendix(附件) glossary(名词解释)
    kind: str
    level: int  # depth in the heading tree, 1 = top
    number: str  # the numbering as written, e.g. "一", "1", "第三章"
    title: str  # heading text without its numbering
    start: int  # heading line start
    end: int  # heading line end
    body_end: int  # end of the text governed by this heading
    parent: str | None
    path: tuple[str, ...]  # titles from the top down to and including this heading


@dataclass(frozen=True, slots=True)
class Paragraph:
    start: int
    end: int
    section: str | None  # Section.id
    path: tuple[str, ...]
    kind: str = "text"  # text | heading (alone on its line) | table (a table row) | glossary | caption


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    paragraph: int  # index into Document.paragraphs
    path: tuple[str, ...]


GLOSSARY = "glossary"  # Paragraph.kind of a 名词解释 entry


def is_glossary_sentence(doc: Document, s: Sentence) -> bool:
    """Does ``s`` lie in a glossary paragraph (名词解释: an entry defines a term, it reports no
    facts; the sentence readers skip it, ``relations.glossary_programmes`` reads only it)?"""
    para = doc.paragraphs[s.paragraph] if 0 <= s.paragraph < len(doc.paragraphs) else None
    return para is not None and para.kind == GLOSSARY


@dataclass(frozen=True, slots=True)
class Cell:
    text: str  # exactly Document.text[start:end], line breaks included
    start: int
    end: int

    @property
    def value(self) -> str:
        """The text without its line breaks: ``27号线\n\n（南岸段）`` → ``27号线（南岸段）``."""
        return "".join(part.strip() for part in self.text.splitlines()).strip()


@dataclass(frozen=True, slots=True)
class Row:
    cells: tuple[Cell, ...]
    start: int
    end: int
    group: Cell | None = None  # a group row such as 南滨路片区 carried onto the rows below it


@dataclass(frozen=True, slots=True)
class Table:
    id: str
    title: str
    start: int  # from the title line to the last cell
    end: int
    title_start: int
    title_end: int
    header: tuple[Cell, ...]
    rows: tuple[Row, ...]
    path: tuple[str, ...]
    groups: tuple[Row, ...] = ()  # the group rows themselves (南滨路片区; 一 总量指标), in order

    def column(self, name_part: str) -> int | None:
        """Index of the first header cell whose text contains ``name_part``."""
        for i, cell in enumerate(self.header):
            if name_part in cell.text:
                return i
        return None


@dataclass(frozen=True, slots=True)
class GlossaryEntry:
    term: Cell
    definition: Cell
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class DocumentMeta:
    region: str | None  # canonical name, e.g. 巴南区
    region_code: str | None  # GB/T 2260, e.g. 500113
    region_level: str | None  # province | prefecture | county
    parent_region: str | None  # e.g. 重庆市 for 巴南区
    title: str | None
    genre: str  # plan_execution_report | five_year_plan | government_work_report | other
    reported_years: tuple[int, ...]
    plan_years: tuple[int, ...]
    issuer: str | None
    date: str | None  # ISO yyyy-mm-dd where stated


@dataclass
class Document:
    doc_id: str  # file name; the key every record carries in its "doc" field
    path: str
    text: str  # the original text, untouched
    body_start: int  # page chrome (breadcrumbs, share links) lies outside [body_start, body_end)
    body_end: int
    meta: DocumentMeta
    sections: list[Section] = field(default_factory=list)
    paragraphs: list[Paragraph] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)
    glossary: list[GlossaryEntry] = field(default_factory=list)
    _section_starts: list[int] = field(default_factory=list, repr=False)
    _sentence_starts: list[int] = field(default_factory=list, repr=False)

    @property
    def body(self) -> str:
        """The text without page chrome (offsets into it are shifted by ``body_start``)."""
        return self.text[self.body_start : self.body_end]

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence holding ``offset`` (sentences are in text order and never overlap)."""
        if len(self._sentence_starts) != len(self.sentences):
            self._sentence_starts = [s.start for s in self.sentences]
        i = bisect.bisect_right(self._sentence_starts, offset) - 1
        if i >= 0 and offset < self.sentences[i].end:
            return self.sentences[i]
        return None

    def path_at(self, offset: int) -> tuple[str, ...]:
        """Heading path governing ``offset`` (the innermost section whose extent holds it)."""
        if not self._section_starts or len(self._section_starts) != len(self.sections):
            self._section_starts = [s.start for s in self.sections]
        i = bisect.bisect_right(self._section_starts, offset) - 1
        while i >= 0:
            s = self.sections[i]
            if s.start <= offset < s.body_end:
                return s.path
            i = self.sections.index(next(x for x in self.sections if x.id == s.parent)) if s.parent else -1
        return ()
