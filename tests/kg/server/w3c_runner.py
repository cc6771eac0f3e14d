"""Run the W3C SPARQL 1.1 Protocol, Graph Store Protocol and Service Description tests on live servers.

The manifests (``../shared/w3c-sparql11/``, from w3c/rdf-tests) describe each test as HTTP requests
to send in order and what each response must be (status, boolean, format, headers, an RDF body
isomorphic to the expected one). This runner reads them request by request, starts one fresh
store and server per test on 127.0.0.1, sends the requests and judges the responses; it does so
for ``policykg serve --allow-update`` and for ``oxigraph serve`` (the reference implementation,
from the ``oxigraph`` package) so the two are compared in one run.

The three service-description tests carry no requests in their manifest; their checks are
written out here from the Service Description recommendation (§3, the vocabulary's domains and
ranges).

``python tests/kg/server/w3c_runner.py --write CONFORMANCE.md`` writes the comparison table.

Starting ``policykg serve`` costs about a second of imports per process, most of it the pages'
plotting stack. By default each test's server is forked from a process that has already imported
the CLI (``Zygote``): still a new process running ``policykg serve`` with its own fresh store,
but ready in milliseconds. ``POLICYKG_W3C_LAUNCH=exec`` runs the console script instead.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import httpx
import pyoxigraph as ox
from rdflib import RDF, RDFS, Graph, Namespace, URIRef
from rdflib import Literal as RLiteral
from rdflib.collection import Collection
from rdflib.compare import graph_diff, isomorphic, to_isomorphic

from kg.store.server_process import free_port

HERE = Path(__file__).resolve().parent
# ../shared/w3c-sparql11 beside the checkout (CI lays shared/ there): W3C files, not ours to copy
MANIFESTS = HERE.parents[2].parent / "shared" / "w3c-sparql11"
BIN = Path(sys.executable).parent
HOST = "127.0.0.1"

MF = Namespace("http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#")
HT = Namespace("http://www.w3.org/2011/http#")
CNT = Namespace("http://www.w3.org/2011/content#")
UT = Namespace("http://www.w3.org/2009/sparql/tests/test-update#")
SD = Namespace("http://www.w3.org/ns/sparql-service-description#")

STATUS_NAMES = {"OK": 200, "Created": 201, "NoContent": 204, "NotFound": 404, "BadRequest": 400}
RESULT_TYPES = {
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "text/csv": ox.QueryResultsFormat.CSV,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
}
BOOLEAN_TYPES = ("application/sparql-results+json", "application/sparql-results+xml")  # "XML, JSON"
# "expect one of: RDF/XML, Turtle, N-Triples, RDFa" (the manifest's words; no RDFa parser here)
GRAPH_TYPES = {
    "application/rdf+xml": "xml",
    "text/turtle": "turtle",
    "application/n-triples": "nt",
}
RDF_TYPES = {**GRAPH_TYPES, "application/ld+json": "json-ld", "application/n-quads": "nquads"}


# -- the manifests ------------------------------------------------------------------------------
@dataclass
class Expect:
    statuses: list[str]
    boolean: bool | None = None
    format: str | None = None
    content_type: str | None = None
    body: str | None = None
    location_var: str | None = None


@dataclass
class Request:
    method: str
    path: str
    headers: list[tuple[str, str]]
    body: bytes | None
    expect: Expect


@dataclass
class Case:
    id: str
    name: str
    kind: str  # "protocol" | "gsp" | "sd"
    graph_data: list[tuple[Path, str]] = field(default_factory=list)
    requests: list[Request] = field(default_factory=list)


def _items(g: Graph, node) -> list:
    return [] if node is None else list(Collection(g, node))


def _headers(g: Graph, node) -> list[tuple[str, str]]:
    return [(str(g.value(h, HT.fieldName)), str(g.value(h, HT.fieldValue))) for h in _items(g, node)]


def _request(g: Graph, node) -> Request:
    body = g.value(node, HT.body)
    data = None
    if body is not None:
        encoding = str(g.value(body, CNT.characterEncoding) or "UTF-8")
        data = str(g.value(body, CNT.chars)).encode(encoding)
    resp = g.value(node, HT.resp)
    expected_ctype = dict((k.lower(), v) for k, v in _headers(g, g.value(resp, HT.headers))).get(
        "content-type"
    )
    rbody = g.value(resp, HT.body)
    boolean = g.value(resp, MF.expectedBoolean)
    return Request(
        method=str(g.value(node, HT.methodName)),
        path=str(g.value(node, HT.absolutePath)),
        headers=_headers(g, g.value(node, HT.headers)),
        body=data,
        expect=Expect(
            statuses=sorted(str(s).rsplit("#", 1)[-1] for s in g.objects(resp, MF.expectedStatus)),
            boolean=None if boolean is None else bool(boolean.toPython()),
            format=None
            if g.value(resp, MF.expectedFormat) is None
            else str(g.value(resp, MF.expectedFormat)),
            content_type=expected_ctype,
            body=None if rbody is None else str(g.value(rbody, CNT.chars)),
            location_var=None
            if g.value(resp, MF.expectedLocation) is None
            else str(g.value(resp, MF.expectedLocation)),
        ),
    )


def _manifest_cases(path: Path, kind: str) -> list[Case]:
    g = Graph().parse(path, format="turtle")
    manifest = URIRef(path.as_uri())
    cases: list[Case] = []
    for included in _items(g, g.value(manifest, MF.include)):
        cases += _manifest_cases(Path(urlsplit(str(included)).path), kind)
    for node in _items(g, g.value(manifest, MF.entries)):
        case = Case(id=str(node).rsplit("#", 1)[-1], name=str(g.value(node, MF.name)), kind=kind)
        for gd in g.objects(node, UT.graphData):
            case.graph_data.append(
                (Path(urlsplit(str(g.value(gd, UT.graph))).path), str(g.value(gd, RDFS.label)))
            )
        action = g.value(node, MF.action)
        if action is not None:
            case.requests = [_request(g, r) for r in _items(g, g.value(action, HT.requests))]
        cases.append(case)
    return cases


def load_cases(root: Path = MANIFESTS) -> list[Case]:
    """Every entry of the three manifests, in manifest order (50 tests)."""
    return (
        _manifest_cases(root / "protocol" / "manifest.ttl", "protocol")
        + _manifest_cases(root / "graph-store-protocol" / "manifest.ttl", "gsp")
        + _manifest_cases(root / "service-description" / "manifest.ttl", "sd")
    )


# -- servers ------------------------------------------------------------------------------------
def wait_for_port(port: int, alive, timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while True:
        try:
            socket.create_connection((HOST, port), timeout=1).close()
            return
        except OSError:
            if not alive():
                raise RuntimeError(f"server on port {port} exited before listening") from None
            if time.monotonic() > deadline:
                raise RuntimeError(f"server on port {port} did not listen within {timeout:g} s") from None
            time.sleep(0.005)


ZYGOTE = r"""
import importlib, json, os, signal, sys
from kg.cli.app import main
# what `policykg serve` imports on its way to listening; a module renamed since only costs time
for name in ("kg.cli", "kg.server.app", "kg.server.pages", "kg.server.run", "kg.store.oxigraph",
             "uvicorn.lifespan.off", "uvicorn.loops.asyncio", "uvicorn.protocols.http.h11_impl",
             "anyio.abc", "anyio.lowlevel", "rich._emoji_codes", "typer._adapters"):
    try:
        importlib.import_module(name)
    except ImportError:
        pass
signal.signal(signal.SIGCHLD, signal.SIG_IGN)  # children are reaped by the kernel
print("ready", flush=True)
for line in sys.stdin:
    argv, log = json.loads(line)
    pid = os.fork()
    if pid == 0:
        signal.signal(signal.SIGCHLD, signal.SIG_DFL)
        fd = os.open(log, os.O_WRONLY | os.O_CREAT | os.O_APPEND)
        os.dup2(os.open(os.devnull, os.O_RDONLY), 0)
        os.dup2(fd, 1)
        os.dup2(fd, 2)
        sys.argv = ["policykg", *argv]
        code = 0
        try:
            main()
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else 1
        os._exit(code)
    print(pid, flush=True)
"""


class Zygote:
    """A process that has imported ``policykg``'s CLI and forks one ``policykg serve`` per request."""

    def __init__(self) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-c", ZYGOTE],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            cwd=str(HERE.parents[2]),
        )
        assert self.proc.stdout is not None
        if self.proc.stdout.readline().strip() != "ready":
            raise RuntimeError("the policykg zygote did not start")

    def spawn(self, argv: list[str], log: Path) -> int:
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.proc.stdin.write(json.dumps([argv, str(log)]) + "\n")
        self.proc.stdin.flush()
        return int(self.proc.stdout.readline())

    def close(self) -> None:
        if self.proc.stdin is not None:
            self.proc.stdin.close()
        self.proc.wait(timeout=10)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def _signal(pid: int, sig: int) -> None:
    with suppress(ProcessLookupError):
        os.kill(pid, sig)


@dataclass
class Running:
    """A started server: where to send which request, and how long it took to listen."""

    name: str
    base: str
    start_s: float

    def sparql_path(self, kind: str) -> str:
        return "/sparql"

    def direct_prefix(self) -> str:
        return "/store"

    def endpoint(self) -> str:
        return self.base + self.sparql_path("query")


class OxigraphRunning(Running):
    def sparql_path(self, kind: str) -> str:
        return "/update" if kind == "update" else "/query"


class PolicykgServer:
    """``policykg serve --allow-update`` on a fresh embedded store holding the test's graphs.

    A finished test's server is sent SIGTERM and left to shut down (about 0.3 s: uvicorn's
    graceful stop, RocksDB's close) while the next test runs; its store is deleted once it has
    exited, and ``close`` waits for every one (SIGKILL after 10 s).
    """

    name = "policykg"

    def __init__(self, launch: str | None = None) -> None:
        self.launch = launch or os.environ.get("POLICYKG_W3C_LAUNCH", "fork")
        self.zygote: Zygote | None = None
        self.stopping: list[tuple[object, int, Path, float]] = []  # (alive, pid, work dir, deadline)

    def _reap(self, block: bool) -> None:
        while self.stopping:
            left = []
            for alive, pid, work, deadline in self.stopping:
                if alive():
                    if time.monotonic() > deadline:
                        _signal(pid, signal.SIGKILL)
                    left.append((alive, pid, work, deadline))
                else:
                    shutil.rmtree(work, ignore_errors=True)
            self.stopping = left
            if not block:
                return
            time.sleep(0.01)

    @contextmanager
    def running(self, graph_data: list[tuple[Path, str]]) -> Iterator[Running]:
        from kg.store import open_store

        self._reap(block=False)
        work = Path(tempfile.mkdtemp(prefix="w3c-policykg-"))
        alive = None
        try:
            store = open_store(work / "store")  # as `policykg add` makes one: marker, lock, generation
            for path, graph in graph_data:
                store.replace_graph(graph, path.read_bytes())
            store.close()
            port = free_port()
            argv = ["serve", "--allow-update", "--store", str(work / "store"), "--port", str(port)]
            t0 = time.perf_counter()
            if self.launch == "exec":
                with (work / "server.log").open("wb") as log:
                    proc = subprocess.Popen([str(BIN / "policykg"), *argv], stdout=log, stderr=log)
                pid, alive = proc.pid, lambda: proc.poll() is None
            else:
                if self.zygote is None:
                    self.zygote = Zygote()
                pid = self.zygote.spawn(argv, work / "server.log")
                alive = lambda: _alive(pid)  # noqa: E731
            wait_for_port(port, alive)
            yield Running(self.name, f"http://{HOST}:{port}", time.perf_counter() - t0)
        finally:
            if alive is None:
                shutil.rmtree(work, ignore_errors=True)
            else:
                _signal(pid, signal.SIGTERM)
                self.stopping.append((alive, pid, work, time.monotonic() + 10))

    def close(self) -> None:
        self._reap(block=True)
        if self.zygote is not None:
            self.zygote.close()
            self.zygote = None


class OxigraphServer:
    """``oxigraph serve`` (in memory), the test's graphs loaded through its own Graph Store Protocol."""

    name = "oxigraph"

    @contextmanager
    def running(self, graph_data: list[tuple[Path, str]]) -> Iterator[Running]:
        port = free_port()
        t0 = time.perf_counter()
        proc = subprocess.Popen(
            [str(BIN / "oxigraph"), "serve", "--bind", f"{HOST}:{port}"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            wait_for_port(port, lambda: proc.poll() is None)
            running = OxigraphRunning(self.name, f"http://{HOST}:{port}", time.perf_counter() - t0)
            with httpx.Client() as client:
                for path, graph in graph_data:
                    r = client.put(
                        running.base + "/store",
                        params={"graph": graph},
                        content=path.read_bytes(),
                        headers={"Content-Type": "application/n-triples"},
                    )
                    r.raise_for_status()
            yield running
        finally:
            proc.terminate()
            proc.wait(timeout=10)

    def close(self) -> None:
        pass


def available(server_name: str) -> bool:
    return (BIN / server_name).exists()


# -- running one test ---------------------------------------------------------------------------
class Failure(Exception):
    pass


def _media(value: str | None) -> tuple[str, dict[str, str]]:
    if not value:
        return "", {}
    main, *params = value.split(";")
    parsed = {}
    for p in params:
        k, _, v = p.partition("=")
        parsed[k.strip().lower()] = v.strip().strip('"').lower()
    return main.strip().lower(), parsed


def _kind(req: Request) -> str:
    """Query or update: where a server with two paths (Oxigraph's /query, /update) gets it."""
    query = parse_qs(urlsplit(req.path).query)
    ctype, _ = _media(dict((k.lower(), v) for k, v in req.headers).get("content-type"))
    if "update" in query or ctype == "application/sparql-update":
        return "update"
    if req.body is not None:
        try:
            if "update" in parse_qs(req.body.decode("utf-8")):
                return "update"
        except UnicodeDecodeError:
            pass
    return "query"


def map_path(path: str, kind: str, server: Running) -> str:
    """The manifest's ``/sparql/`` and ``/gsp`` prefixes replaced by the server's own paths."""
    if path.startswith("/sparql/"):
        return server.sparql_path(kind) + path[len("/sparql/") :]
    if path.startswith("/gsp"):
        rest = path[len("/gsp") :]
        return (server.direct_prefix() if rest.startswith("/") else "/store") + rest
    raise Failure(f"unexpected path in manifest: {path}")


def _status_ok(status: int, names: list[str]) -> bool:
    for name in names:
        if name.startswith("StatusCode") and name.endswith("xx"):
            if status // 100 == int(name[len("StatusCode")]):
                return True
        elif STATUS_NAMES.get(name) == status:
            return True
    return False


def _rdf_graph(body: bytes, ctype: str, base: str) -> Graph:
    fmt = RDF_TYPES.get(ctype)
    if fmt is None:
        raise Failure(f"Content-Type {ctype or '(none)'} is not an RDF format")
    try:
        return Graph().parse(data=body, format=fmt, publicID=base)
    except Exception as exc:
        raise Failure(f"{ctype} body does not parse: {exc}") from None


def _check(resp: httpx.Response, req: Request, url: str) -> None:
    exp = req.expect
    if not _status_ok(resp.status_code, exp.statuses):
        raise Failure(
            f"{req.method} {urlsplit(url).path}: status {resp.status_code}, expected {'/'.join(exp.statuses)}"
            + (f" ({resp.text.strip()[:120]})" if resp.status_code >= 400 else "")
        )
    ctype, params = _media(resp.headers.get("content-type"))
    if exp.format == "boolean" or exp.boolean is not None:
        if ctype not in BOOLEAN_TYPES:
            raise Failure(f"boolean result sent as {ctype or '(no Content-Type)'}, expected XML or JSON")
        result = ox.parse_query_results(resp.content, format=RESULT_TYPES[ctype])
        if not isinstance(result, ox.QueryBoolean):
            raise Failure("expected a boolean result")
        if exp.boolean is not None and bool(result) != exp.boolean:
            raise Failure(f"boolean {bool(result)}, expected {exp.boolean}")
    elif exp.format == "tabular":
        if ctype not in RESULT_TYPES:
            raise Failure(f"SELECT result sent as {ctype or '(no Content-Type)'}")
        if not isinstance(
            ox.parse_query_results(resp.content, format=RESULT_TYPES[ctype]), ox.QuerySolutions
        ):
            raise Failure("expected solutions")
    elif exp.format == "RDF":
        if ctype not in GRAPH_TYPES:
            raise Failure(
                f"graph result sent as {ctype or '(no Content-Type)'}, expected RDF/XML, Turtle or N-Triples"
            )
        _rdf_graph(resp.content, ctype, url)
    if exp.content_type is not None:
        want, want_params = _media(exp.content_type)
        if ctype != want:
            raise Failure(
                f"{req.method}: Content-Type {resp.headers.get('content-type')!r}, expected {want!r}"
            )
        if (
            "charset" in want_params
            and params.get("charset", want_params["charset"]) != want_params["charset"]
        ):
            raise Failure(f"{req.method}: charset {params['charset']}, expected {want_params['charset']}")
    if exp.body is not None and req.method != "HEAD":
        want_type, _ = _media(exp.content_type or "text/turtle")
        expected = _rdf_graph(exp.body.encode("utf-8"), want_type, url)
        got = _rdf_graph(resp.content, ctype, url)
        if not isomorphic(expected, got):
            _, only_expected, only_got = graph_diff(to_isomorphic(expected), to_isomorphic(got))
            raise Failure(
                f"GET body not isomorphic: missing {len(only_expected)} triple(s), "
                f"{len(only_got)} unexpected: {sorted(only_got.serialize(format='nt').splitlines())[:3]}"
            )


def run_requests(case: Case, server: Running) -> None:
    variables: dict[str, str] = {}
    with httpx.Client(timeout=15, follow_redirects=False) as client:
        for req in case.requests:
            path, body = req.path, req.body
            for var, value in variables.items():
                path = path.replace(var, value)
                body = body.replace(var.encode(), value.encode()) if body is not None else None
            url = server.base + map_path(path, _kind(req), server)
            resp = client.request(req.method, url, headers=req.headers, content=body)
            _check(resp, req, url)
            if req.expect.location_var:
                location = resp.headers.get("location")
                if not location:
                    raise Failure(f"{req.method} {path}: no Location header")
                variables[req.expect.location_var] = location


# Service description (SPARQL 1.1 Service Description §3-4): the properties whose values must be
# IRIs or nodes (never literals), and the languages the vocabulary defines.
SD_NODE_PROPERTIES = [
    SD.endpoint, SD.feature, SD.supportedLanguage, SD.resultFormat, SD.inputFormat,
    SD.defaultDataset, SD.availableGraphs, SD.defaultGraph, SD.namedGraph, SD.name, SD.graph,
    SD.defaultEntailmentRegime, SD.entailmentRegime, SD.extensionFunction, SD.extensionAggregate,
    SD.languageExtension, SD.propertyFeature, SD.defaultSupportedEntailmentProfile,
    SD.supportedEntailmentProfile,
]  # fmt: skip
SD_LANGUAGES = {SD.SPARQL10Query, SD.SPARQL11Query, SD.SPARQL11Update}
SD_RANGES = {SD.defaultDataset: SD.Dataset, SD.namedGraph: SD.NamedGraph, SD.defaultGraph: SD.Graph,
             SD.graph: SD.Graph, SD.availableGraphs: SD.GraphCollection}  # fmt: skip


def _description(client: httpx.Client, endpoint: str, accept: str | None) -> Graph:
    r = client.get(endpoint, headers={"Accept": accept} if accept else {})
    if r.status_code != 200:
        raise Failure(f"GET {urlsplit(endpoint).path} (Accept: {accept}): status {r.status_code}")
    graph = _rdf_graph(r.content, _media(r.headers.get("content-type"))[0], endpoint)
    if not len(graph):
        raise Failure(f"GET {urlsplit(endpoint).path} (Accept: {accept}): empty description")
    return graph


def _conforms(g: Graph) -> None:
    services = set(g.subjects(RDF.type, SD.Service)) | set(g.subjects(SD.endpoint, None))
    if not services:
        raise Failure("no sd:Service")
    for s in services:
        if not list(g.objects(s, SD.endpoint)):
            raise Failure(f"sd:Service {s} has no sd:endpoint")
    for prop in SD_NODE_PROPERTIES:
        for o in g.objects(None, prop):
            if isinstance(o, RLiteral):
                raise Failure(f"{prop} has a literal value {o!r}; the vocabulary wants a resource")
    for lang in g.objects(None, SD.supportedLanguage):
        if lang not in SD_LANGUAGES:
            raise Failure(f"sd:supportedLanguage {lang} is not one of the languages sd defines")
    for named in g.objects(None, SD.namedGraph):
        names = list(g.objects(named, SD.name))
        if len(names) != 1 or not isinstance(names[0], URIRef):
            raise Failure(f"sd:NamedGraph {named} needs exactly one IRI sd:name, has {names}")
    for prop, cls in SD_RANGES.items():
        for o in g.objects(None, prop):
            types = set(g.objects(o, RDF.type))
            if types and cls not in types:
                raise Failure(f"value of {prop} typed {sorted(types)}, not {cls}")
    for s in g.subjects(SD.endpoint, None):  # the domain of sd:endpoint is sd:Service
        types = set(g.objects(s, RDF.type))
        if types and SD.Service not in types:
            raise Failure(f"subject of sd:endpoint {s} is typed {sorted(types)}, not sd:Service")


def run_service_description(case: Case, server: Running) -> None:
    endpoint = server.endpoint()
    with httpx.Client(timeout=15) as client:
        if case.id == "returns-rdf":
            for accept in (None, "text/turtle", "application/rdf+xml", "*/*"):
                _description(client, endpoint, accept)
        elif case.id == "has-endpoint-triple":
            g = _description(client, endpoint, "text/turtle, application/rdf+xml;q=0.9")
            if not list(g.subjects(SD.endpoint, URIRef(endpoint))):
                found = [str(o) for o in g.objects(None, SD.endpoint)]
                raise Failure(f"no sd:endpoint <{endpoint}> (found {found})")
        elif case.id == "conforms-to-schema":
            _conforms(_description(client, endpoint, "text/turtle, application/rdf+xml;q=0.9"))
        else:
            raise Failure(f"no check written for service-description test {case.id}")


@dataclass
class Outcome:
    passed: bool
    reason: str = ""
    start_s: float = 0.0


def run_case(case: Case, server) -> Outcome:
    """One test on a fresh store and server; the first failing check is the reason."""
    try:
        with server.running(case.graph_data) as running:
            try:
                if case.kind == "sd":
                    run_service_description(case, running)
                else:
                    run_requests(case, running)
            except (Failure, httpx.HTTPError) as exc:
                return Outcome(
                    False,
                    f"{type(exc).__name__ if not isinstance(exc, Failure) else ''}{exc}".strip(),
                    running.start_s,
                )
            except SyntaxError as exc:
                return Outcome(False, f"response does not parse: {exc}", running.start_s)
            return Outcome(True, "", running.start_s)
    except RuntimeError as exc:
        return Outcome(False, str(exc))


# -- the comparison table -----------------------------------------------------------------------
def run_all(cases: list[Case], servers: list) -> dict[str, dict[str, Outcome]]:
    results: dict[str, dict[str, Outcome]] = {}
    for case in cases:
        results[case.id] = {s.name: run_case(case, s) for s in servers}
    return results


def _cell(outcome: Outcome | None) -> str:
    if outcome is None:
        return "not run"
    return "pass" if outcome.passed else "**fail**"


def write_report(
    path: Path, cases: list[Case], results: dict[str, dict[str, Outcome]], elapsed: float
) -> None:
    """CONFORMANCE.md: one row per test, both servers, the reason for every failure."""
    names = ["policykg", "oxigraph"]
    passed = {n: sum(1 for c in cases if results[c.id].get(n) and results[c.id][n].passed) for n in names}
    starts = {
        n: statistics.median([results[c.id][n].start_s for c in cases if n in results[c.id]] or [0.0])
        for n in names
    }
    import importlib.metadata as md

    versions = {p: md.version(p) for p in ("oxigraph", "pyoxigraph", "starlette", "uvicorn", "werkzeug")}
    lines = [
        "# W3C SPARQL 1.1 conformance: `policykg serve` and `oxigraph serve`",
        "",
        "Generated by `python tests/kg/server/w3c_runner.py --write CONFORMANCE.md` (the same runner as",
        "`tests/kg/server/test_w3c_protocol.py` in `make test`): the W3C manifests for the SPARQL 1.1",
        "Protocol, Graph Store HTTP Protocol and Service Description (`../shared/w3c-sparql11/`,",
        "from w3c/rdf-tests), request by request, one fresh store and server per test on 127.0.0.1,",
        "`policykg serve --allow-update` and `oxigraph serve` in the same run.",
        "",
        f"**policykg {passed['policykg']}/{len(cases)}, oxigraph {passed['oxigraph']}/{len(cases)}.** "
        f"Median time from launch to listening: policykg {starts['policykg']:.3f} s (forked from a process "
        f"that has imported the CLI), oxigraph {starts['oxigraph']:.3f} s; whole run {elapsed:.0f} s on a "
        "shared 2-core machine. Versions: " + ", ".join(f"{k} {v}" for k, v in versions.items()) + ".",
        "",
        "The service-description tests have no requests in their manifest; the runner's checks are its own",
        "(`run_service_description`): `GET` of the endpoint without a query gives RDF with and without",
        "`Accept`, holds `sd:endpoint <the URL asked>`, and respects the vocabulary's ranges.",
        "",
        "| test | manifest | policykg | oxigraph | reason for a failure |",
        "| --- | --- | --- | --- | --- |",
    ]
    for case in cases:
        row = results[case.id]
        reasons = [f"{n}: {row[n].reason}" for n in names if n in row and not row[n].passed]
        reason = "; ".join(reasons).replace("|", "\\|").replace("\n", " ")
        lines.append(
            f"| `{case.id}` | {case.kind} | {_cell(row.get('policykg'))} | {_cell(row.get('oxigraph'))} "
            f"| {reason} |"
        )
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--write", type=Path, help="write the Markdown table here (e.g. CONFORMANCE.md)")
    parser.add_argument("-k", help="only tests whose id contains this")
    args = parser.parse_args(argv)
    cases = [c for c in load_cases() if not args.k or args.k in c.id]
    servers = [PolicykgServer(), OxigraphServer()]
    t0 = time.perf_counter()
    try:
        results = run_all(cases, servers)
    finally:
        for s in servers:
            s.close()
    elapsed = time.perf_counter() - t0
    for case in cases:
        row = results[case.id]
        print(
            case.id, *(f"{n}={'PASS' if o.passed else 'FAIL ' + o.reason}" for n, o in row.items()), sep="\t"
        )
    for s in servers:
        starts = [results[c.id][s.name].start_s for c in cases if results[c.id][s.name].start_s]
        passed = sum(results[c.id][s.name].passed for c in cases)
        print(
            f"{s.name}: {passed}/{len(cases)} passed; server start median {statistics.median(starts):.3f} s"
        )
    print(f"total {elapsed:.1f} s")
    if args.write:
        write_report(args.write, cases, results, elapsed)
    return 0


if __name__ == "__main__":  # run with the project's venv python: the editable install provides kg
    sys.exit(main())
