"""policykg extractor: text in, typed records out (no RDF here)."""

__version__ = "0.1.0"
