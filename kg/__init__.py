"""policykg graph layer: ontology-backed RDF, stores, SPARQL, tracing, analysis, viz, CLI.

The Python API (:mod:`kg.api`) is importable from here: ``import kg; kg.query_df(...)``.
Names are resolved on first use, so ``import kg`` itself loads nothing heavy.
"""

__version__ = "0.1.0"

API = (
    "open_store",
    "query",
    "query_df",
    "result_df",
    "trace_strategy",
    "trace_entity",
    "trace_df",
    "write_page",
    "show_page",
    "project_root",
)
__all__ = [*API, "__version__"]


def __getattr__(name: str):
    if name in API:
        from kg import api

        return getattr(api, name)
    raise AttributeError(f"module 'kg' has no attribute {name!r}")
