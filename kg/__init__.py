"""policykg graph layer: ontology-backed RDF, stores, SPARQL, tracing, analysis, viz, CLI."""

__version__ = "0.1.0"
