"""HTTP server: a SPARQL 1.1 Protocol endpoint and HTML pages over the policy graph."""

from kg.server.app import create_app
from kg.server.sparql_endpoint import EndpointConfig

__all__ = ["EndpointConfig", "create_app"]
