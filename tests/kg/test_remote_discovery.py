"""A hostile or broken server's service description never takes the client down.

``kg.store.remote.discover`` reads whatever the server at the user's URL answers; an endless
body must stop at the size cap (bounded memory, no hang), and garbage must read as "no
description" so the client falls back to its usual layout.
"""

from __future__ import annotations

import itertools

import httpx

from kg.store import remote

URL = "http://127.0.0.1:9/sparql"


def _client(handler) -> httpx.Client:
    return httpx.Client(transport=httpx.MockTransport(handler))


def test_an_endless_description_stops_at_the_cap():
    sent = itertools.count()

    def endless():
        chunk = b"# " + b"x" * (1 << 20) + b"\n"
        while True:
            next(sent)
            yield chunk

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers={"content-type": "text/turtle"}, content=endless())

    assert remote.discover(_client(handler), URL) is None
    chunks = next(sent)
    assert chunks <= (remote.MAX_DESCRIPTION >> 20) + 2  # stopped reading just past the cap


def test_garbage_and_errors_read_as_no_description():
    bodies = [
        (200, "text/turtle", b"@prefix : <broken"),
        (200, "text/html", b"<html>not rdf</html>"),
        (500, "text/turtle", b""),
    ]
    for status, ctype, body in bodies:
        def handler(request: httpx.Request, status=status, ctype=ctype, body=body) -> httpx.Response:
            return httpx.Response(status, headers={"content-type": ctype}, content=body)

        assert remote.discover(_client(handler), URL) is None


def test_a_real_description_is_read():
    ttl = f"""@prefix sd: <http://www.w3.org/ns/sparql-service-description#> .
    [] a sd:Service ; sd:endpoint <{URL}> ; sd:supportedLanguage sd:SPARQL11Update ;
       <{remote.GRAPH_STORE_ENDPOINT}> <http://127.0.0.1:9/store> .
    """.encode()

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers={"content-type": "text/turtle"}, content=ttl)

    found = remote.discover(_client(handler), URL)
    assert found is not None
    assert (found.update_url, found.gsp_url) == (URL, "http://127.0.0.1:9/store")
