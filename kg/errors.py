"""The graph layer's errors: ontology, query and store failures.

They belong to ``kg`` (extract never queries, stores or reads SHACL), so they live here and
derive from :class:`extract.errors.PolicyKGError`, the one base the CLI turns into a single
``error:`` line (kg may import extract, never the reverse).
"""

from __future__ import annotations

from extract.errors import PolicyKGError


class OntologyError(PolicyKGError):
    """The ontology, shapes or a generated namespace are inconsistent."""


class QueryError(PolicyKGError):
    """A SPARQL query is malformed, misses a parameter, or the endpoint refused it."""


class StoreError(PolicyKGError):
    """A store could not be opened, written or reached."""


__all__ = ["OntologyError", "PolicyKGError", "QueryError", "StoreError"]
