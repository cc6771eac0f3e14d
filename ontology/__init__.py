"""policykg's ontology as package data: ``policykg.ttl`` (OWL, the source of truth),
``shapes.ttl`` (SHACL) and ``queries/*.ttl`` (the saved SPARQL queries).

The directory stays at the top of the repository, where people look for it; being an
importable package is what lets a wheel ship it and :mod:`kg.resources` find it through
``importlib.resources`` wherever policykg is installed. No code lives here.
"""
