"""The policykg spaCy pipeline on ``spacy.blank("zh")`` (character segmenter).

Components, each with one job: ``policykg_sections`` (review / plan class of every heading,
``extract.section_component``), ``policykg_gazetteer`` (closed classes from data files),
``policykg_names`` (open-class names from their grammar), ``policykg_enumerations`` (names
typed by the list they stand in), ``policykg_coordination`` (names sharing one head split into
one name each, ``extract.coordination``), ``policykg_resolver`` (candidates -> ``doc.ents``).
Importing this package registers the factories; they are also declared as
``spacy_factories`` entry points so a saved pipeline loads without the import.
"""

from __future__ import annotations

from spacy.language import Language

# the structure components live outside this package (they register policykg_coordination and
# policykg_sections); imported as modules, not names, so that importing either of them first,
# which imports the grammar here, is no circular import
import extract.coordination
import extract.section_component  # noqa: F401
from extract.pipeline.candidates import CANDIDATES, register_extensions
from extract.pipeline.closed_class import ClosedClassGazetteer, make_gazetteer
from extract.pipeline.enumerations import EnumerationFinder, make_enumerations
from extract.pipeline.names import NameFinder, make_names
from extract.pipeline.resolver import Resolver, make_resolver

COMPONENTS = (
    "policykg_sections",
    "policykg_gazetteer",
    "policykg_names",
    "policykg_enumerations",
    "policykg_coordination",
    "policykg_resolver",
)
# Who finds the names: the rules, the trained span model alone, or both (the model proposes, the
# rules type and veto; ``extract.spanmodel``). The environment variable selects it per process.
SPANS_ENV = "POLICYKG_SPANS"
SPANS_MODES = ("rules", "model", "both")
DEFAULT_SPANS = "rules"


def build_pipeline(spans: str | None = None) -> Language:
    """A fresh, initialised pipeline (gazetteer data read from ``extract/data``)."""
    import os

    import spacy

    import extract.spanmodel.component  # noqa: F401  (registers policykg_span_model)

    spans = spans or os.environ.get(SPANS_ENV) or DEFAULT_SPANS
    if spans not in SPANS_MODES:
        raise ValueError(f"{SPANS_ENV}={spans!r}: choose one of {', '.join(SPANS_MODES)}")
    register_extensions()
    nlp = spacy.blank("zh")
    if spans == "model":
        nlp.add_pipe("policykg_sections")  # the section phases the relation readers use
        nlp.add_pipe("policykg_span_model", config={"mode": "model"})
    for name in COMPONENTS if spans != "model" else ():
        if name == "policykg_resolver" and spans == "both":
            nlp.add_pipe("policykg_span_model", config={"mode": "both"})
        nlp.add_pipe(name)
    nlp.initialize()
    return nlp


__all__ = [
    "CANDIDATES",
    "COMPONENTS",
    "ClosedClassGazetteer",
    "EnumerationFinder",
    "NameFinder",
    "Resolver",
    "build_pipeline",
    "make_enumerations",
    "make_gazetteer",
    "make_names",
    "make_resolver",
]
