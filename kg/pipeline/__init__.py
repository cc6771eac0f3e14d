"""The build: ingest → extract → build RDF → validate → load, in-process or on a Dask cluster.

``run`` holds ``build``/``add``/``remove`` (what the CLI and the demo call), ``distributed`` the
streaming per-document work, ``identity`` the check that each input file is one document.
"""
