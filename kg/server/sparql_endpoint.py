"""The W3C SPARQL 1.1 Protocol at one path, over a pyoxigraph ``Store``.

Why it is written this way:

* Results are produced by pyoxigraph's own serialisers (``QueryResults.serialize`` and
  ``pyoxigraph.serialize``), so every format is exactly what Oxigraph writes.
* The result cap and the time limit need row-by-row control, so solutions are pulled in a
  worker thread that checks the deadline between rows and stops at the cap. The kept rows are
  written as SPARQL TSV (lossless: terms in N-Triples syntax) and parsed back with
  ``parse_query_results`` to get a result object pyoxigraph can serialise in any format.
* ``SERVICE`` would make Oxigraph fetch from the network and ``LOAD`` would fetch a URL into
  the store; both are refused before execution. ``FROM``/``FROM NAMED`` and the protocol's
  ``default-graph-uri``/``named-graph-uri`` only select graphs already in the store.
* A query that blocks inside Oxigraph (a big aggregate) cannot be interrupted from Python:
  the client still gets 503 at the deadline, the worker thread is abandoned and finishes on
  its own.
"""

from __future__ import annotations

import re
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

from kg.server.negotiation import Choice, negotiate
from kg.sparql import prefix_map, syntax_message
from kg.store.base import REMERGE

FORM = "application/x-www-form-urlencoded"
QUERY_TYPE = "application/sparql-query"
UPDATE_TYPE = "application/sparql-update"


@dataclass(frozen=True)
class EndpointConfig:
    allow_update: bool = False
    timeout_s: float = 10.0
    max_results: int = 10_000
    # False: policykg stores keep the default graph as the merge of the document graphs already
    # (kg.store.base); True serves stores written by other tools as a union view.
    union_default_graph: bool = False


class ProtocolError(Exception):
    def __init__(self, status: int, message: str, headers: dict[str, str] | None = None):
        super().__init__(message)
        self.status = status
        self.message = message
        self.headers = headers or {}


# Strip what may legally contain the keywords (comments, strings, IRIs) before looking for them.
_LEXICAL_NOISE = re.compile(
    r"""\#[^\n]*|'''.*?'''|\"\"\".*?\"\"\"|'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|<[^<>"{}|^`\\\s]*>""",
    re.DOTALL,
)
_SERVICE = re.compile(r"(?<![\w:?$])SERVICE(?![\w:-])", re.IGNORECASE)
_FROM = re.compile(r"(?<![\w:?$])FROM(?![\w:-])", re.IGNORECASE)
_LOAD = re.compile(r"(?<![\w:?$])LOAD(?![\w:-])", re.IGNORECASE)


def refuse_remote_access(text: str, update: bool) -> None:
    """Raise 400 when the request would make the server fetch remote data."""
    bare = _LEXICAL_NOISE.sub(" ", text)
    if _SERVICE.search(bare):
        raise ProtocolError(400, "SERVICE (federated query) is disabled on this endpoint")
    if update and _LOAD.search(bare):
        raise ProtocolError(400, "LOAD is disabled on this endpoint (it would fetch a remote document)")


async def read_operation(request: Request, allow_update: bool) -> tuple[str, str, dict[str, list[str]]]:
    """Return ``(kind, text, params)`` where kind is "query" or "update" (protocol §2.1, §2.2)."""
    params: dict[str, list[str]] = {}
    for key, value in parse_qsl(request.url.query, keep_blank_values=True):
        params.setdefault(key, []).append(value)
    if request.method == "GET":
        if "update" in params:
            raise ProtocolError(400, "an update must be sent by POST")
        return "query", _single(params, "query"), params
    if request.method != "POST":
        raise ProtocolError(405, f"method {request.method} is not allowed", {"Allow": "GET, POST, OPTIONS"})
    ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
    body = await request.body()
    if ctype == FORM:
        form: dict[str, list[str]] = {}
        for key, value in parse_qsl(body.decode("utf-8"), keep_blank_values=True):
            form.setdefault(key, []).append(value)
        for key, values in form.items():
            params.setdefault(key, []).extend(values)
        if "query" in form and "update" in form:
            raise ProtocolError(400, "a request carries either query or update, not both")
        if "update" in form:
            return "update", _single(params, "update"), params
        return "query", _single(params, "query"), params
    if ctype == QUERY_TYPE:
        if "query" in params:
            raise ProtocolError(400, "query given both in the URL and in the body")
        return "query", body.decode("utf-8"), params
    if ctype == UPDATE_TYPE:
        if not allow_update:
            raise ProtocolError(
                403, "this endpoint is read-only (start it with --allow-update to change data)"
            )
        return "update", body.decode("utf-8"), params
    accepted = f"{FORM}, {QUERY_TYPE}" + (f", {UPDATE_TYPE}" if allow_update else "")
    raise ProtocolError(415, f"unsupported media type {ctype or '(none)'}; send {accepted}")


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
    kept = []
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
) -> Outcome:
    """Run one query and serialise it in the negotiated format (called in a worker thread).

    pyoxigraph result objects may only be dropped by the thread that made them, so they live
    inside ``_serialise`` and only plain values (bytes or a ProtocolError) leave it.
    """
    try:
        outcome = _serialise(store, text, accept, params, config, deadline, cancelled)
    except SyntaxError as exc:  # one short line, as the CLI says it (kg.sparql.syntax_message)
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
) -> Outcome | ProtocolError:
    union = config.union_default_graph and not _FROM.search(_LEXICAL_NOISE.sub(" ", text))
    # the project's prefixes may be used undeclared, as on the command line (kg.sparql.prefix_map)
    result = store.query(text, prefixes=prefix_map(), **_dataset(params, union))
    graph = isinstance(result, ox.QueryTriples)
    choice: Choice | None = negotiate(accept, graph=graph)
    if choice is None:
        kinds = "RDF graph" if graph else "SPARQL results"
        return ProtocolError(406, f"no acceptable {kinds} format in Accept: {accept}")
    if isinstance(result, ox.QueryBoolean):
        return Outcome(result.serialize(format=choice.format), choice.media_type)
    timeout = ProtocolError(503, f"query exceeded the time limit of {config.timeout_s:g} s")
    if graph:
        triples, truncated, timed_out = _pull(iter(result), deadline, config.max_results, cancelled)
        if timed_out:
            return timeout
        return Outcome(ox.serialize(triples, format=choice.format), choice.media_type, truncated)
    variables = result.variables
    rows, truncated, timed_out = _pull(iter(result), deadline, config.max_results, cancelled)
    if timed_out:
        return timeout
    lines = ["\t".join(str(v) for v in variables)]
    lines.extend("\t".join(_term(row[v]) for v in variables) for row in rows)
    tsv = ("\n".join(lines) + "\n").encode("utf-8")
    kept = ox.parse_query_results(tsv, format=ox.QueryResultsFormat.TSV)
    return Outcome(kept.serialize(format=choice.format), choice.media_type, truncated)


def execute_update(store: ox.Store, text: str, remerge: bool = True) -> None:
    """Run an update, then bring the merged default graph (kg.store.base) back in step.

    The re-merge scans the whole store, a cost paid per update request; bulk changes belong to
    ``policykg add``/``remove``, which keep the merge graph by graph.
    """
    try:
        store.update(text)
    except SyntaxError as exc:
        raise ProtocolError(400, f"update syntax error: {exc}") from exc
    if remerge:
        store.update(REMERGE)


def error_response(status: int, message: str, headers: dict[str, str] | None = None) -> Response:
    return PlainTextResponse(message + "\n", status_code=status, headers=headers)


async def handle(request: Request, store: ox.Store, config: EndpointConfig, lock: anyio.Lock) -> Response:
    """One protocol request; every failure becomes a status code with a one-line message."""
    try:
        kind, text, params = await read_operation(request, config.allow_update)
        refuse_remote_access(text, update=kind == "update")
        if kind == "update":
            if not config.allow_update:
                raise ProtocolError(403, "this endpoint is read-only (start it with --allow-update)")
            async with lock:
                await anyio.to_thread.run_sync(execute_update, store, text, not config.union_default_graph)
            return Response(status_code=204)
        deadline = time.monotonic() + config.timeout_s
        cancelled = threading.Event()
        accept = request.headers.get("accept")
        try:
            with anyio.fail_after(config.timeout_s):
                outcome = await anyio.to_thread.run_sync(
                    execute_query,
                    store,
                    text,
                    accept,
                    params,
                    config,
                    deadline,
                    cancelled,
                    abandon_on_cancel=True,
                )
        except TimeoutError:
            cancelled.set()
            raise ProtocolError(503, f"query exceeded the time limit of {config.timeout_s:g} s") from None
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
