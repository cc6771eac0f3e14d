"""Run the entity pipeline over a ``Document`` and link what it finds -> ``list[Mention]``.

The body of a document goes through spaCy as one ``Doc`` (the character segmenter makes
that as cheap as many small ones, and offsets stay document-level with one addition). The
pipeline is the whole extractor (``extract.load()``; ``nlp(text)`` reads a plain text's
structure itself): here the Doc only carries the document already ingested, as a
``DocContext``, so its headings and tables are not parsed twice.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterable

from spacy.language import Language
from spacy.tokens import Doc

from extract.chrome import chrome_spans
from extract.linking import (
    STANDARD_TYPES,
    AliasIndex,
    Context,
    SortedNames,
    canonical_name,
    company_in_text,
    defined_abbreviations,
    document_zones,
    link_id,
)
from extract.model import Document
from extract.pieces import pieces
from extract.pipeline.grammar import default_grammar
from extract.quoted_modifiers import modified_name
from extract.records import Mention
from extract.short_forms import FullFormIndex
from extract.standard_names import standard_name

SENTENCE_END_RE = re.compile(r"[。！？!?；;\n]")
# the types whose short forms take the full name the same document writes (extract.short_forms):
# programmes, where reports drop modifiers and heads (GUIDE §4 variants, provincial README 千项万亿)
SHORT_FORM_TYPES = ("Program",)


@functools.cache
def load_pipeline() -> Language:
    """The pipeline, built once per process; what is loaded by then is frozen out of the
    cyclic garbage collector's walks (``extract.collector``: it lives until the process exits)."""
    from extract.collector import freeze_loaded
    from extract.pipeline import build_pipeline

    nlp = build_pipeline()
    freeze_loaded()
    return nlp


def run_pipeline(
    nlp: Language, text: str, region_code: str | None, document: Document | None = None, offset: int = 0
) -> Doc:
    """``nlp`` over ``text`` with what the caller knows of it: the author's division and, when
    ``text`` is a piece of ``document`` starting at ``offset``, that document (see
    ``extract.pipeline.context``). ``region_code`` None is no region, not "find it"."""
    from extract.pipeline.context import context_doc

    return nlp(context_doc(nlp, text, region_code, document, offset))


def _sentence_bounds(document: Document) -> tuple[list[int], list[tuple[int, int]]]:
    if document.sentences:
        spans = [(s.start, s.end) for s in document.sentences]
    else:
        spans, start = [], document.body_start
        for m in SENTENCE_END_RE.finditer(document.text, document.body_start, document.body_end):
            spans.append((start, m.end()))
            start = m.end()
        spans.append((start, document.body_end))
    return [s for s, _ in spans], spans


def raw_mentions(document: Document, nlp: Language | None = None) -> list[tuple[int, int, str, str, str]]:
    """(start, end, type, hint, source) with document-level offsets, before linking."""
    nlp = nlp or load_pipeline()
    out: list[tuple[int, int, str, str, str]] = []
    spans = pieces(document)  # one piece unless the document is very long (extract/pieces.py)
    chrome = chrome_spans(document.text, document.body_start, document.body_end)
    for start, end in spans:
        doc = run_pipeline(nlp, document.text[start:end], document.meta.region_code, document, start)
        out.extend(
            (e.start_char + start, e.end_char + start, e.label_, e.kb_id_, e.ent_id_)
            for e in doc.ents
            if not any(a <= e.start_char + start < b for a, b in chrome)
        )
        del doc
    return out


Named = tuple[int, int, str, str, str, str | None]  # start, end, type, source, canonical name, code


def named_mentions(document: Document, raw: Iterable[tuple[int, int, str, str, str]]) -> list[Named]:
    """Each raw mention with its canonical name and code (``canonical_name`` in the document's
    context). ``extract_documents`` (behind ``extract_paths``) needs them for the corpus's alias
    index before it links any document, and hands them to ``link_mentions``, which computed them
    a second time."""
    ctx = Context.for_region(
        document.meta.region_code, document_zones(document.text, document.meta.region_code)
    )
    text = document.text
    return [
        (s, e, t, src, *canonical_name(text[s:e], t, hint, src, ctx, text[max(0, s - 2) : s]))
        for s, e, t, hint, src in raw
    ]


def link_mentions(
    document: Document,
    raw: Iterable[tuple[int, int, str, str, str]],
    index: AliasIndex | None = None,
    named: list[Named] | None = None,
) -> list[Mention]:
    """Canonical names and ids; ``index`` carries aliases seen across a corpus (else this document).
    ``named`` is ``named_mentions(document, raw)`` when the caller has it already."""
    if named is None:
        named = named_mentions(document, raw)
    local = AliasIndex((t, c) for _, _, t, _, c, _ in named)  # areas are linked within the document
    if index is None:
        index = local
    defined = dict(defined_abbreviations(document.text))  # scoped to this document
    starts, spans = _sentence_bounds(document)
    out: list[Mention] = []
    companies: dict[str, str | None] = {}  # company_in_text's answers: the text and names are fixed
    others: SortedNames | None = None  # the names of types other than Enterprise (``local`` is fixed)
    full_forms: dict[str, str | None] = {}  # document_full_form's answers, likewise
    full_form_index: dict[str, FullFormIndex] = {}
    modifiers: dict[str, str | None] = {}  # quoted_modifier's answers, per quoted core
    for s, e, t, src, canonical, code in named:
        full = defined.get(canonical)
        if full and full in index.by_type.get(t, ()):
            canonical = full
        else:
            canonical = index.resolve(t, canonical, document.meta.region_code, local)
            if t in STANDARD_TYPES:  # 以旧换新 -> 消费品以旧换新: the name most reports write (mined)
                canonical = standard_name(t, canonical)
            if t == "Enterprise":  # a brand whose company name the same text writes: 深蓝 -> 深蓝汽车
                if canonical not in companies:  # once per name: each answer scans the whole text
                    if others is None:  # the document's names of other types, sorted once
                        others = SortedNames(k for t2, ks in local.by_type.items() if t2 != t for k in ks)
                    companies[canonical] = company_in_text(canonical, document.text, others)
                canonical = companies[canonical] or canonical
            if t in SHORT_FORM_TYPES:  # “千项万亿”工程 -> 扩大有效投资“千项万亿”工程 when this text writes it
                if canonical not in full_forms:
                    if t not in full_form_index:  # indexed once per type: a document asks per name
                        full_form_index[t] = FullFormIndex(local.by_type.get(t, ()))
                    found = full_form_index[t].full_form(canonical, default_grammar())
                    # the full name's own mention is linked by the index too: the short form follows it
                    full_forms[canonical] = found and index.resolve(
                        t, found, document.meta.region_code, local
                    )
                canonical = full_forms[canonical] or canonical
                # 十项行动 -> 高质量发展“十项行动”: the modifier the text glues before the quote
                canonical = modified_name(document.text, s, e, canonical, modifiers) or canonical
        i = max(0, bisect.bisect_right(starts, s) - 1)
        ss, se = spans[i] if spans else (s, e)
        out.append(
            Mention(
                doc=document.doc_id,
                start=s,
                end=e,
                text=document.text[s:e],
                type=t,
                canonical=canonical,
                entity_id=link_id(t, canonical, code),
                sentence_start=ss,
                sentence_end=max(se, e),
                path=document.path_at(s),
                source=src,
            )
        )
    return out


def find_mentions(
    document: Document, nlp: Language | None = None, index: AliasIndex | None = None
) -> list[Mention]:
    return link_mentions(document, raw_mentions(document, nlp), index)
