"""Scoring the extractor against the gold passages (``policykg evaluate``).

``gold`` loads and validates gold files, ``predictions`` reads extractor output, ``entities``,
``relations`` and ``indicators`` score one kind of record each, ``run`` assembles a result
document and ``report`` renders it. Nothing here imports the extractor at import time.
"""
