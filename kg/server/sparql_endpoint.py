"""The W3C SPARQL 1.1 Protocol at one path, over a pyoxigraph ``Store``.

Why it is written this way:

* Results are produced by pyoxigraph's own serialisers (``QueryResults.serialize`` and
  ``pyoxigraph.serialize``), so every format is exactly what Oxigraph writes.
* The result cap and the time limit need row-by-row control, so solutions are pulled in a
  worker thread that checks the deadline between rows and stops at the cap. The kept rows are
  written as SPARQL TSV (lossless: terms in N-Triples syntax) and parsed back with
  ``parse_query_results`` to get a result object pyoxigraph can serialise in any format.
* ``SERVICE`` would make Oxigraph fetch from the network and ``LOAD`` would fetch a URL into
  the store; both are refused before execution, found as keyword tokens (:mod:`kg.sparql.guard`),
  which also bounds a query's size and nesting. ``FROM``/``FROM NAMED`` and the protocol's
  ``default-graph-uri``/``named-graph-uri`` only select graphs already in the store.
* A query that blocks inside Oxigraph (a big aggregate) cannot be interrupted from Python, so
  queries run where :mod:`kg.server.executor` puts them: worker processes killed at the time
  limit (on-disk stores), or threads that are abandoned at the deadline (in-memory stores).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from urllib.parse import parse_qsl

import anyio
import anyio.to_thread
import pyoxigraph as ox
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response

from kg.server import defaults
from kg.server.negotiation import negotiate
from kg.server.service_description import describe_service
from kg.server.updates import Effects, UpdateRefused, prepare, upkeep
from kg.sparql.execute import prefix_map, syntax_message
from kg.store.oxigraph import ox_bytes

FORM = "application/x-www-form-urlencoded"
QUERY_TYPE = "application/sparql-query"
UPDATE_TYPE = "application/sparql-update"


@dataclass(frozen=True)
class EndpointConfig:
    allow_update: bool = False
    timeout_s: float = defaults.TIMEOUT_S
    max_results: int = defaults.MAX_RESULTS
    # False: policykg stores keep the default graph as the merge of the document graphs already
    # (kg.store.base); True serves stores written by other tools as a union view.
    union_default_graph: bool = False


class ProtocolError(Exception):
    def __init__(self, status: int, message: str, headers: dict[str, str] | None = None):
        super().__init__(message)
        self.status = status
        self.message = message
        self.headers = headers or {}


def refuse_remote_access(text: str, update: bool) -> None:
    """Raise 400 unless the operation passes :func:`kg.sparql.guard.check` (size, nesting, and no
    ``SERVICE``/``LOAD`` keyword token: no network access); decided from tokens, not regexes."""
    from kg.errors import QueryError
    from kg.sparql.guard import check

    try:
        check(text, update=update)
    except QueryError as exc:
        raise ProtocolError(400, str(exc)) from None


def _has_from(text: str) -> bool:
    from kg.sparql.tokens import tokenize

    return any(tok.keyword == "FROM" for tok in tokenize(text))


async def read_operation(request: Request, allow_update: bool) -> tuple[str, str, dict[str, list[str]]]:
    """Return ``(kind, text, params)``: kind is "query", "update" or "description" (protocol §2.1,
    §2.2; a GET with neither ``query`` nor ``update`` asks for the service description)."""
    params = _form(request.url.query, "the URL's query string")
    if request.method == "GET":
        if "update" in params:
            raise ProtocolError(400, "an update must be sent by POST")
        if "query" not in params:
            return "description", "", params
        return "query", _single(params, "query"), params
    if request.method != "POST":
        raise ProtocolError(405, f"method {request.method} is not allowed", {"Allow": "GET, POST, OPTIONS"})
    ctype, charset = _content_type(request)
    body = await request.body()
    if ctype == FORM:
        form = _form(_utf8(body, "form body"), "the form body")
        for key, values in form.items():
            params.setdefault(key, []).extend(values)
        if "query" in form and "update" in form:
            raise ProtocolError(400, "a request carries either query or update, not both")
        if "update" in form:
            return "update", _single(params, "update"), params
        return "query", _single(params, "query"), params
    if ctype in (QUERY_TYPE, UPDATE_TYPE):
        if charset not in (None, "utf-8", "utf8"):
            # SPARQL 1.1 Protocol §2.1.3/§2.2.2: the body is the query or update string in UTF-8
            raise ProtocolError(415, f"{ctype} must be sent in UTF-8, not charset={charset}")
        key = "query" if ctype == QUERY_TYPE else "update"
        if key in params:
            raise ProtocolError(400, f"{key} given both in the URL and in the body")
        if key == "update" and not allow_update:
            raise ProtocolError(
                403, "this endpoint is read-only (start it with --allow-update to change data)"
            )
        return key, _utf8(body, f"{ctype} body"), params
    accepted = f"{FORM}, {QUERY_TYPE}" + (f", {UPDATE_TYPE}" if allow_update else "")
    raise ProtocolError(415, f"unsupported media type {ctype or '(none)'}; send {accepted}")


def _content_type(request: Request) -> tuple[str, str | None]:
    """``(media type, charset or None)``, both lower case."""
    media, _, rest = request.headers.get("content-type", "").partition(";")
    charset = None
    for param in rest.split(";"):
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset":
            charset = value.strip().strip('"').lower()
    return media.strip().lower(), charset


def _utf8(body: bytes, what: str) -> str:
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ProtocolError(400, f"{what} is not valid UTF-8 ({exc.reason} at byte {exc.start})") from None


def _form(text: str, what: str) -> dict[str, list[str]]:
    """``application/x-www-form-urlencoded`` pairs; percent-escapes must decode to UTF-8."""
    params: dict[str, list[str]] = {}
    try:
        pairs = parse_qsl(text, keep_blank_values=True, encoding="utf-8", errors="strict")
    except UnicodeDecodeError as exc:
        raise ProtocolError(400, f"{what} has percent-escapes that are not UTF-8 ({exc.reason})") from None
    for key, value in pairs:
        params.setdefault(key, []).append(value)
    return params


def _single(params: dict[str, list[str]], key: str) -> str:
    values = params.get(key, [])
    if not values:
        raise ProtocolError(400, f"missing '{key}' parameter")
    if len(values) > 1:
        raise ProtocolError(400, f"'{key}' given {len(values)} times; give it once")
    if not values[0].strip():
        raise ProtocolError(400, f"empty '{key}' parameter")
    return values[0]


def _dataset(params: dict[str, list[str]], union: bool) -> dict:
    """Protocol dataset parameters select store graphs; they never trigger a fetch."""
    kwargs: dict = {}
    if params.get("default-graph-uri"):
        kwargs["default_graph"] = [ox.NamedNode(u) for u in params["default-graph-uri"]]
    elif union:
        kwargs["use_default_graph_as_union"] = True
    if params.get("named-graph-uri"):
        kwargs["named_graphs"] = [ox.NamedNode(u) for u in params["named-graph-uri"]]
    return kwargs


@dataclass
class Outcome:
    body: bytes
    media_type: str
    truncated: bool = False


def _pull(rows: Iterator, deadline: float, cap: int, cancelled: threading.Event) -> tuple[list, bool, bool]:
    """``(kept rows, truncated, timed out)``; never raises, so no frame keeps Oxigraph objects alive."""
    kept: list = []
    for row in rows:
        if cancelled.is_set() or time.monotonic() > deadline:
            return kept, False, True
        if len(kept) >= cap:
            return kept, True, False
        kept.append(row)
    return kept, False, False


def _term(term: object) -> str:
    return "" if term is None else str(term)


def execute_query(
    store: ox.Store,
    text: str,
    accept: str | None,
    params: dict[str, list[str]],
    config: EndpointConfig,
    deadline: float,
    cancelled: threading.Event,
    base_iri: str | None = None,
) -> Outcome:
    """Run one query and serialise it in the negotiated format (called in a worker thread).

    pyoxigraph result objects may only be dropped by the thread that made them, so they live
    inside ``_serialise`` and only plain values (bytes or a ProtocolError) leave it.
    """
    try:
        outcome = _serialise(store, text, accept, params, config, deadline, cancelled, base_iri)
    except SyntaxError as exc:  # one short line, as the CLI says it (kg.sparql.execute.syntax_message)
        raise ProtocolError(400, syntax_message(str(exc), text)) from None
    except ValueError as exc:
        raise ProtocolError(400, f"bad query: {exc}") from None
    if isinstance(outcome, ProtocolError):
        raise outcome
    return outcome


def _serialise(
    store: ox.Store,
    text: str,
    accept: str | None,
    params: dict[str, list[str]],
    config: EndpointConfig,
    deadline: float,
    cancelled: threading.Event,
    base_iri: str | None = None,
) -> Outcome | ProtocolError:
    union = config.union_default_graph and not _has_from(text)
    # the project's prefixes may be used undeclared, as on the command line (kg.sparql.execute.prefix_map)
    result = store.query(text, base_iri=base_iri, prefixes=prefix_map(), **_dataset(params, union))
    timeout = ProtocolError(503, f"query exceeded the time limit of {config.timeout_s:g} s")
    if isinstance(result, ox.QueryTriples):
        as_graph = negotiate(accept, graph=True)
        if as_graph is None:
            return ProtocolError(406, f"no acceptable RDF graph format in Accept: {accept}")
        triples, truncated, timed_out = _pull(iter(result), deadline, config.max_results, cancelled)
        if timed_out:
            return timeout
        body = ox_bytes(ox.serialize(triples, format=as_graph.format))
        return Outcome(body, as_graph.media_type, truncated)
    choice = negotiate(accept, graph=False)
    if choice is None:
        return ProtocolError(406, f"no acceptable SPARQL results format in Accept: {accept}")
    if isinstance(result, ox.QueryBoolean):
        return Outcome(ox_bytes(result.serialize(format=choice.format)), choice.media_type)
    variables = result.variables
    rows, truncated, timed_out = _pull(iter(result), deadline, config.max_results, cancelled)
    if timed_out:
        return timeout
    lines = ["\t".join(str(v) for v in variables)]
    lines.extend("\t".join(_term(row[v]) for v in variables) for row in rows)
    tsv = ("\n".join(lines) + "\n").encode("utf-8")
    kept = ox.parse_query_results(tsv, format=ox.QueryResultsFormat.TSV)
    return Outcome(ox_bytes(kept.serialize(format=choice.format)), choice.media_type, truncated)


def execute_update(store: ox.Store, text: str, effects: Effects | None, base_iri: str | None = None) -> None:
    """Run an update, then bring the merged default graph (kg.store.base) back in step.

    ``effects`` (from :func:`kg.server.updates.prepare`) says which upkeep steps can be needed;
    each scans the store once, a cost paid per update request; bulk changes belong to the Graph
    Store Protocol or ``policykg add``/``remove``, which keep the merge graph by graph. ``None``
    skips the upkeep (a store served as a union view, ``union_default_graph``).
    """
    try:
        store.update(text, base_iri=base_iri)
    except SyntaxError as exc:
        raise ProtocolError(400, f"update syntax error: {exc}") from None
    if effects is not None:
        upkeep(store, effects)


def request_base(request: Request) -> str:
    """The base IRI for relative IRIs: the request URL without query or fragment (as Oxigraph)."""
    return str(request.url.replace(query="", fragment=""))


def error_response(status: int, message: str, headers: dict[str, str] | None = None) -> Response:
    return PlainTextResponse(message + "\n", status_code=status, headers=headers)


async def handle(request: Request, store: ox.Store, config: EndpointConfig, lock: anyio.Lock) -> Response:
    """One protocol request; every failure becomes a status code with a one-line message."""
    try:
        kind, text, params = await read_operation(request, config.allow_update)
        if kind == "description":
            return await describe_service(request, store, config)
        refuse_remote_access(text, update=kind == "update")
        base_iri = request_base(request)
        if kind == "update":
            if not config.allow_update:
                raise ProtocolError(403, "this endpoint is read-only (start it with --allow-update)")
            try:
                text, effects = await anyio.to_thread.run_sync(
                    prepare,
                    text,
                    params.get("using-graph-uri", []),
                    params.get("using-named-graph-uri", []),
                    not config.union_default_graph,
                )
            except UpdateRefused as exc:
                raise ProtocolError(400, str(exc)) from None
            async with lock:
                await anyio.to_thread.run_sync(
                    execute_update, store, text, None if config.union_default_graph else effects, base_iri
                )
            return Response(status_code=204)
        from kg.server.executor import QueryTask, ThreadExecutor  # it imports this module

        state = request.app.state
        executor = getattr(state, "executor", None) or ThreadExecutor(store, config)
        generation = state.generation() if hasattr(state, "generation") else 0
        task = QueryTask(text, request.headers.get("accept"), params, base_iri)
        outcome = await executor.run(task, generation)
        headers = {"X-Result-Truncated": "true"} if outcome.truncated else {}
        if outcome.truncated:
            headers["X-Result-Limit"] = str(config.max_results)
        media = outcome.media_type
        if media.startswith("text/") or media.endswith("json") or media.endswith("xml"):
            media += "; charset=utf-8"
        return Response(outcome.body, media_type=media, headers=headers)
    except ProtocolError as exc:
        return error_response(exc.status, exc.message, exc.headers)
    except Exception as exc:  # a fault of ours or of the store: still a protocol answer, with CORS
        return error_response(500, f"server error: {type(exc).__name__}: {exc}")
