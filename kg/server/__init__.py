"""HTTP server: a SPARQL 1.1 Protocol endpoint and HTML pages over the policy graph.

The names below are imported on first use, so a query worker process (kg.server.executor),
which imports only what runs a query, does not pay for the pages' plotting stack.
"""

__all__ = ["EndpointConfig", "create_app"]


def __getattr__(name: str):
    if name == "create_app":
        from kg.server.app import create_app

        return create_app
    if name == "EndpointConfig":
        from kg.server.sparql_endpoint import EndpointConfig

        return EndpointConfig
    raise AttributeError(name)
