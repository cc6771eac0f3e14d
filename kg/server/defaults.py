"""What ``policykg serve`` does unless told otherwise: address, port, limits, workers, cache.

Stated once: the command's option defaults (kg/cli/explore.py), :class:`EndpointConfig`
(kg/server/sparql_endpoint.py), :class:`ServerOptions` (kg/server/hardening.py), the page cache
and ``BackgroundServer`` all read these, and SECURITY.md's table of limits is checked against
them (tests/kg/server/test_server_defaults.py). Nothing is imported here, so the command line
reads them without loading the server.
"""

HOST = "127.0.0.1"  # loopback only: the endpoint has no authentication (SECURITY.md)
PORT = 8000
TIMEOUT_S = 10.0  # a query's time limit; 503 past it
MAX_RESULTS = 10_000  # rows or triples; the rest is cut and flagged by X-Result-Truncated
QUERY_WORKERS = 2  # worker processes for an on-disk store (killed at the time limit); 0: threads
PAGE_CACHE_MB = 128  # memory for finished HTML pages, kept until the store changes; 0: none
