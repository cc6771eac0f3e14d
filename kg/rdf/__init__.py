"""Records → RDF: IRIs, the ontology's terms, the per-document graphs, and SHACL validation.

The first layer after extraction: everything here makes or checks triples and knows nothing of
stores, queries or pages.
"""
