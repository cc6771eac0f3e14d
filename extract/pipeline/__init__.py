"""The policykg spaCy pipeline on ``spacy.blank("zh")`` (character segmenter).

Components, each with one job: ``policykg_context`` (the author's region and the document
around the text: given by the caller or read from the text, ``context``),
``policykg_sections`` (review / plan class of every heading, ``extract.section_component``),
``policykg_gazetteer`` (closed classes from data files),
``policykg_names`` (open-class names from their grammar), ``policykg_enumerations`` (names
typed by the list they stand in), ``policykg_coordination`` (names sharing one head split into
one name each, ``extract.coordination``), ``policykg_tables`` (the name column of project
tables, ``table_candidates``), ``policykg_resolver`` (candidates -> ``doc.ents``). Every
component is a ``spacy.pipeline.Pipe``, so ``nlp.set_error_handler`` reaches it and
``nlp.pipe(texts, n_process=N)`` reports a failing Doc to the handler instead of stopping.
Importing this package registers the factories; they are also declared as
``spacy_factories`` entry points so a saved pipeline loads without the import.
"""

from __future__ import annotations

from pathlib import Path

from spacy.language import Language

# the structure components live outside this package (they register policykg_coordination and
# policykg_sections); imported as modules, not names, so that importing either of them first,
# which imports the grammar here, is no circular import
import extract.coordination
import extract.section_component  # noqa: F401
from extract.pipeline.candidates import CANDIDATES, register_extensions
from extract.pipeline.closed_class import ClosedClassGazetteer, make_gazetteer
from extract.pipeline.context import ContextSetter, DocContext, context_doc, make_context
from extract.pipeline.enumerations import EnumerationFinder, make_enumerations
from extract.pipeline.names import NameFinder, make_names
from extract.pipeline.resolver import Resolver, make_resolver
from extract.pipeline.table_candidates import TableCandidates, make_tables

COMPONENTS = (
    "policykg_context",
    "policykg_sections",
    "policykg_gazetteer",
    "policykg_names",
    "policykg_enumerations",
    "policykg_coordination",
    "policykg_tables",
    "policykg_resolver",
)
# Who finds the names: the rules, the trained span model alone, or both (the model proposes, the
# rules type and veto; ``extract.spanmodel``). The environment variable selects it per process.
SPANS_ENV = "POLICYKG_SPANS"
SPANS_MODES = ("rules", "model", "both")
DEFAULT_SPANS = "rules"
# The learned veto after the resolver (``extract.spanmodel.veto``): on or off, per process.
VETO_ENV = "POLICYKG_VETO"
DEFAULT_VETO = False


def build_pipeline(spans: str | None = None, veto: bool | None = None) -> Language:
    """A fresh, initialised pipeline (gazetteer data read from ``extract/data``)."""
    import os

    import spacy

    import extract.spanmodel.component
    import extract.spanmodel.veto_component  # noqa: F401  (registers policykg_span_veto)

    if veto is None:
        flag = os.environ.get(VETO_ENV, "").strip().lower()
        if flag not in ("", "on", "off", "1", "0"):
            raise ValueError(f"{VETO_ENV}={flag!r}: choose on or off")
        veto = flag in ("on", "1") if flag else DEFAULT_VETO

    spans = spans or os.environ.get(SPANS_ENV) or DEFAULT_SPANS
    if spans not in SPANS_MODES:
        raise ValueError(f"{SPANS_ENV}={spans!r}: choose one of {', '.join(SPANS_MODES)}")
    from extract.pipeline.tokens import TOKENIZER

    register_extensions()
    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"@tokenizers": TOKENIZER}}})
    if spans == "model":
        nlp.add_pipe("policykg_context")
        nlp.add_pipe("policykg_sections")  # the section phases the relation readers use
        nlp.add_pipe("policykg_span_model", config={"mode": "model"})
    for name in COMPONENTS if spans != "model" else ():
        if name == "policykg_tables" and spans == "both":  # the tables after the model, as before
            nlp.add_pipe("policykg_span_model", config={"mode": "both"})
        nlp.add_pipe(name)
    if veto and spans != "model":
        nlp.add_pipe("policykg_span_veto")
    nlp.initialize()
    return nlp


def load_saved(path: str | Path) -> Language:
    """A pipeline saved with ``nlp.to_disk``, loaded with ``spacy.load``; a path that holds none
    is one ``LoadError`` naming it (spaCy's own errors speak of "models" and packages)."""
    import spacy

    from extract.errors import LoadError

    p = Path(path)
    if not p.is_dir():
        raise LoadError(p, "no saved pipeline here: expected a directory written by nlp.to_disk")
    if not (p / "config.cfg").is_file():
        raise LoadError(p, "no saved pipeline here: config.cfg is missing (write one with nlp.to_disk)")
    try:
        return spacy.load(p)
    except (OSError, ValueError, KeyError) as exc:  # spaCy's errors for a broken directory
        raise LoadError(p, f"cannot load the saved pipeline ({str(exc).splitlines()[0]})") from exc


__all__ = [
    "CANDIDATES",
    "COMPONENTS",
    "ClosedClassGazetteer",
    "ContextSetter",
    "DocContext",
    "EnumerationFinder",
    "NameFinder",
    "Resolver",
    "TableCandidates",
    "build_pipeline",
    "context_doc",
    "load_saved",
    "make_context",
    "make_enumerations",
    "make_gazetteer",
    "make_names",
    "make_resolver",
    "make_tables",
]
