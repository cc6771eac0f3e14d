"""SPARQL over a store: running query text, the guard every query passes, saved queries,
counts and export.

Named ``sparql`` and not ``query``: ``kg.query`` is the Python API's function (:mod:`kg.api`),
and a subpackage of that name would replace it on the ``kg`` module once imported.
"""
