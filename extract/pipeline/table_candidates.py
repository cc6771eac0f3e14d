"""``policykg_tables``: names a project table gives, as candidates for the resolver.

Structure the running text does not show: the name column of a project table (header
项目名称 or 项目, else one holding both 项目 and 名称) gives Projects, typed like a list item
(``enumerations.item_type``), and its group rows give Areas. The other cells of such a table
(owners, amounts, dates) are blocked for weak guesses: ``doc.user_data["policykg_blocked"]``,
read by the resolver. The tables are those of ``doc._.policykg_document`` that lie inside this
Doc's text (``policykg_context`` sets it; a plain text is structured there), so the component
sits right before ``policykg_resolver``.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.pipeline import Pipe
from spacy.tokens import Doc

from extract.model import Table
from extract.pipeline.candidates import add_candidate, doc_text
from extract.pipeline.context import register_context_extensions

PROJECT_HEADER = ("项目名称", "项目")
MIN_NAME, MAX_NAME = 2, 80


def name_column(table: Table) -> int | None:
    """Index of the column that names the projects, or None for a table without one."""
    col = next((i for i, c in enumerate(table.header) if c.text.strip() in PROJECT_HEADER), None)
    if col is None:
        col = next((i for i, c in enumerate(table.header) if "项目" in c.text and "名称" in c.text), None)
    return col


class TableCandidates(Pipe):
    def __init__(self, nlp: Language, name: str):
        register_context_extensions()
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        from extract.pipeline.enumerations import item_type

        document = doc._.policykg_document
        if document is None:
            return doc
        offset = doc._.policykg_offset
        end = offset + len(doc_text(doc))
        for table in document.tables:
            if not (offset <= table.start and table.end <= end):
                continue  # another piece's table (a long document runs in pieces, extract.pieces)
            col = name_column(table)
            if col is None:
                continue
            blocked = doc.user_data.setdefault("policykg_blocked", [])
            for row in table.rows:
                cells = enumerate(row.cells)
                blocked.extend((c.start - offset, c.end - offset) for i, c in cells if i != col)
                if row.group is not None and row.group.text.strip():
                    g = row.group
                    add_candidate(doc, g.start - offset, g.end - offset, "Area", "table")
                if col < len(row.cells):
                    cell = row.cells[col]
                    name = cell.text.strip()
                    if MIN_NAME <= len(name) <= MAX_NAME:
                        lead = cell.text.index(name[0])
                        s = cell.start + lead - offset
                        add_candidate(doc, s, s + len(name), item_type(name, "项目"), "table")
        return doc


@Language.factory("policykg_tables", default_config={}, assigns=["doc.spans"])
def make_tables(nlp: Language, name: str) -> TableCandidates:
    return TableCandidates(nlp, name)


__all__ = ["TableCandidates", "make_tables", "name_column"]
