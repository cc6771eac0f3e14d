"""The W3C SPARQL 1.1 Graph Store HTTP Protocol at ``/store`` (the path Oxigraph's server uses).

A graph is named indirectly (``/store?graph=IRI``, ``/store?default``) or directly (the request
URL itself, ``/store/anything`` names the graph ``http://host:port/store/anything``). ``GET`` and
``HEAD`` read a graph in the RDF format ``Accept`` asks for; ``PUT`` replaces it, ``POST`` adds to
it (or, to ``/store`` alone, creates a new graph and answers 201 with its IRI in ``Location``),
``DELETE`` drops it. A graph read is streamed as it is serialised (:mod:`kg.server.rdf_stream`).
A body is Turtle, N-Triples, RDF/XML, JSON-LD or N3 (its ``charset`` is honoured), or
``multipart/form-data`` with one RDF document per part (GSP §5.5). Without ``--allow-update``
the writing methods answer 405.

The store's default graph is the deduplicated merge of the named graphs (:mod:`kg.store.base`).
Named graphs are written exactly as ``policykg add``/``remove`` write them: ``PUT`` is
``OxigraphStore.replace_graph`` (the old triples leave the merge unless another graph holds
them, the new ones enter it), ``DELETE`` is ``OxigraphStore.drop_graph``, ``POST`` adds the
triples to the graph and to the merge. The default graph is written as SPARQL updates to it are
(:mod:`kg.server.updates`): what is added is kept in ``kg.rdf.iri.DEFAULT_WRITES_GRAPH``, what is
removed leaves every named graph, so a ``GET ?default`` after a ``PUT ?default`` returns what
was put.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

import anyio
import anyio.to_thread
import pyoxigraph as ox
from starlette.datastructures import UploadFile
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response, StreamingResponse
from starlette.routing import Route

from kg.server.negotiation import negotiate
from kg.server.rdf_stream import stream_graph
from kg.server.sparql_endpoint import ProtocolError
from kg.server.updates import Effects, upkeep

READ = ("GET", "HEAD")
WRITE = ("PUT", "POST", "DELETE")
ALLOW_READ_ONLY = "GET, HEAD, OPTIONS"
ALLOW = "GET, HEAD, PUT, POST, DELETE, OPTIONS"


class GraphStoreError(ProtocolError):
    """A Graph Store Protocol refusal: status, message and headers as the query endpoint's own."""


@dataclass(frozen=True)
class Target:
    """The graph a request names; ``graph`` is None for the default graph."""

    graph: str | None
    created: bool = False  # POST to /store: a new graph whose IRI the server chose


def _base(request: Request) -> str:
    return str(request.url.replace(query="", fragment=""))


def identify(request: Request) -> Target:
    """Indirect (``?graph=``/``?default``) or direct (the request URL) identification, GSP §4."""
    if request.url.path != "/store":
        return Target(_base(request))
    params = request.query_params
    graphs, default = params.getlist("graph"), "default" in params
    if graphs and default:
        raise GraphStoreError(400, "give either ?graph=IRI or ?default, not both")
    if len(graphs) > 1:
        raise GraphStoreError(400, f"'graph' given {len(graphs)} times; give it once")
    if default:
        return Target(None)
    if graphs:
        try:
            return Target(ox.NamedNode(graphs[0]).value)
        except ValueError as exc:
            raise GraphStoreError(400, f"graph={graphs[0]!r} is not an absolute IRI ({exc})") from None
    if request.method == "POST":
        return Target(f"{_base(request)}/{uuid.uuid4().hex}", created=True)
    raise GraphStoreError(400, "name the graph: /store?graph=IRI, /store?default or /store/<path>")


def _media(content_type: str) -> tuple[str, str | None]:
    media, _, rest = content_type.partition(";")
    charset = None
    for param in rest.split(";"):
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset":
            charset = value.strip().strip('"').lower()
    return media.strip().lower(), charset


def parse_body(data: bytes, content_type: str, base_iri: str) -> list[ox.Triple]:
    """The triples of one RDF document in a request body; 415 for formats that are not graphs."""
    media, charset = _media(content_type)
    if not media:
        raise GraphStoreError(415, "the body needs a Content-Type (text/turtle, application/n-triples, ...)")
    fmt = ox.RdfFormat.from_media_type(media)
    json_ld = fmt in (ox.RdfFormat.JSON_LD, ox.RdfFormat.STREAMING_JSON_LD)  # a graph, unless it names others
    if fmt is None or (fmt.supports_datasets and not json_ld):
        raise GraphStoreError(
            415, f"unsupported media type {media}; send text/turtle, application/n-triples, "
            "application/rdf+xml, application/ld+json or text/n3"
        )  # fmt: skip
    if charset not in (None, "utf-8", "utf8"):
        try:
            data = data.decode(charset).encode("utf-8")
        except LookupError:
            raise GraphStoreError(415, f"unknown charset {charset}") from None
        except UnicodeDecodeError as exc:
            raise GraphStoreError(400, f"the body is not valid {charset} ({exc.reason})") from None
    try:
        # blank-node labels are local to one document: two POSTs of "_:b0" are two nodes
        quads = list(
            ox.parse(
                data, format=fmt, base_iri=base_iri, rename_blank_nodes=True, without_named_graphs=json_ld
            )
        )
    except (SyntaxError, ValueError) as exc:
        raise GraphStoreError(400, f"the {media} body does not parse: {exc}") from None
    return [q.triple for q in quads]


async def read_body(request: Request, base_iri: str) -> list[ox.Triple]:
    media, _ = _media(request.headers.get("content-type", ""))
    if media != "multipart/form-data":
        body = await request.body()
        return await anyio.to_thread.run_sync(
            parse_body, body, request.headers.get("content-type", ""), base_iri
        )
    triples: list[ox.Triple] = []
    try:
        form = await request.form()
    except HTTPException as exc:  # Starlette's answer to a malformed multipart body
        raise GraphStoreError(exc.status_code, f"multipart/form-data: {exc.detail}") from None
    try:
        for _, part in form.multi_items():
            if not isinstance(part, UploadFile):
                raise GraphStoreError(400, "multipart/form-data: every part must be an RDF file")
            data = await part.read()
            triples += await anyio.to_thread.run_sync(parse_body, data, part.content_type or "", base_iri)
    finally:
        await form.close()
    return triples


def _wrap(store: ox.Store):
    """The store interface over the served store, for its graph-by-graph merge upkeep."""
    from kg.store.oxigraph import OxigraphStore

    wrapped = OxigraphStore(None)
    wrapped.store = store
    wrapped.location = "served store"
    return wrapped


def _exists(store: ox.Store, graph: str | None) -> bool:
    return graph is None or store.contains_named_graph(ox.NamedNode(graph))


def write(store: ox.Store, method: str, target: Target, triples: list[ox.Triple], merge: bool) -> int:
    """Apply one write; returns the status (201 for a graph that did not exist, else 204).

    ``merge`` False serves a store whose default graph is not kept as the merge (a union view).
    """
    if target.graph is None:
        return _write_default(store, method, triples, merge)
    g = ox.NamedNode(target.graph)
    existed = store.contains_named_graph(g)
    if method == "DELETE":
        if not existed:
            raise GraphStoreError(404, f"no graph <{target.graph}> in the store")
        if merge:
            _wrap(store).drop_graph(target.graph)
        else:
            store.remove_graph(g)
        return 204
    if method == "PUT":
        if merge:
            _wrap(store).replace_graph(target.graph, ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES))
        else:
            store.remove_graph(g)
            store.add_graph(g)
            store.extend(ox.Quad(t.subject, t.predicate, t.object, g) for t in triples)
    else:  # POST: add to the graph and, as policykg add does, to the merge
        store.add_graph(g)
        store.extend(ox.Quad(t.subject, t.predicate, t.object, g) for t in triples)
        if merge:
            store.extend(ox.Quad(t.subject, t.predicate, t.object, ox.DefaultGraph()) for t in triples)
    store.flush()
    return 204 if existed else 201


def _write_default(store: ox.Store, method: str, triples: list[ox.Triple], merge: bool) -> int:
    if method in ("PUT", "DELETE"):
        store.clear_graph(ox.DefaultGraph())
    store.extend(ox.Quad(t.subject, t.predicate, t.object, ox.DefaultGraph()) for t in triples)
    if merge:
        upkeep(store, Effects(insert_default=bool(triples), delete_default=method in ("PUT", "DELETE")))
    store.flush()
    return 204


def _error(status: int, message: str, headers: dict[str, str] | None = None) -> Response:
    return PlainTextResponse(message + "\n", status_code=status, headers=headers)


def graph_store_routes(store: ox.Store, config, lock: anyio.Lock) -> list[Route]:
    """``/store`` and ``/store/{path}`` on the served store; ``lock`` serialises every write."""
    merge = not config.union_default_graph

    async def endpoint(request: Request) -> Response:
        try:
            method = request.method
            if method == "OPTIONS":  # a preflight (with Origin) is answered by CORSMiddleware
                return Response(
                    status_code=204, headers={"Allow": ALLOW if config.allow_update else ALLOW_READ_ONLY}
                )
            if method not in READ + WRITE:
                allow = ALLOW if config.allow_update else ALLOW_READ_ONLY
                raise GraphStoreError(405, f"method {method} is not allowed", {"Allow": allow})
            if method in WRITE and not config.allow_update:
                raise GraphStoreError(
                    405,
                    f"{method}: this graph store is read-only (start the server with --allow-update)",
                    {"Allow": ALLOW_READ_ONLY},
                )
            target = identify(request)
            if method in READ:
                return await _read(request, target)
            triples = [] if method == "DELETE" else await read_body(request, target.graph or _base(request))
            async with lock:
                status = await anyio.to_thread.run_sync(write, store, method, target, triples, merge)
            headers = {"Location": target.graph} if target.created and target.graph else {}
            return Response(status_code=status, headers=headers)
        except GraphStoreError as exc:
            return _error(exc.status, exc.message, exc.headers)
        except Exception as exc:  # a fault of ours or of the store: a one-line 500, CORS added outside
            return _error(500, f"server error: {type(exc).__name__}: {exc}")

    async def _read(request: Request, target: Target) -> Response:
        accept = request.headers.get("accept")
        choice = negotiate(accept, graph=True)
        if choice is None:
            raise GraphStoreError(406, f"no acceptable RDF format in Accept: {accept}")
        if not await anyio.to_thread.run_sync(_exists, store, target.graph):
            raise GraphStoreError(404, f"no graph <{target.graph}> in the store")
        media = choice.media_type
        if media != "application/n-triples":
            media += "; charset=utf-8"
        headers = {"Vary": "Accept"}
        if request.method == "HEAD":  # the GET's headers; its length is not known before writing it
            return StreamingResponse(iter(()), media_type=media, headers=headers)
        name = ox.DefaultGraph() if target.graph is None else ox.NamedNode(target.graph)
        return StreamingResponse(stream_graph(store, name, choice.format), media_type=media, headers=headers)

    methods = [*READ, *WRITE, "PATCH", "OPTIONS"]
    return [
        Route("/store", endpoint, methods=methods),
        Route("/store/{path:path}", endpoint, methods=methods),
    ]
