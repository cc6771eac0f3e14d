"""Issue 14, server items: what no request may do to ``policykg serve`` (see SECURITY.md).

Servers run as real processes (``policykg serve``) where a failure would crash or hang the
server, and in a thread (``BackgroundServer``) where only the HTTP behaviour matters. A TCP
listener on 127.0.0.1 stands in for a remote SPARQL endpoint: it must never see a connection.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
import psutil
import pyoxigraph as ox
import pytest
from typer.testing import CliRunner

from kg.server.hardening import ServerOptions
from kg.server.run import BackgroundServer
from kg.server.sparql_endpoint import EndpointConfig
from kg.store.base import MERGE_ALL
from kg.store.server_process import free_port

pytestmark = pytest.mark.server
POLICYKG = Path(sys.executable).with_name("policykg")
EX = "http://example.org/"
LABEL = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
DOC = ox.NamedNode(EX + "doc/000")
RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
TYPES = [ox.NamedNode("https://w3id.org/policykg/ontology#" + t) for t in ("Entity", "Project")]
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
CARTESIAN = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"


def fill(
    store: ox.Store, n: int = 300, graph: ox.NamedNode = DOC, prefix: str = "n", typed: bool = False
) -> ox.Store:
    store.extend(
        ox.Quad(ox.NamedNode(f"{EX}{prefix}{i}"), LABEL, ox.Literal(f"{prefix}{i}"), graph) for i in range(n)
    )
    if typed:  # entities the home page counts per type
        store.extend(
            ox.Quad(ox.NamedNode(f"{EX}{prefix}{i}"), RDF_TYPE, t, graph) for i in range(n) for t in TYPES
        )
    store.update(MERGE_ALL)
    store.flush()
    return store


def write_store(path: Path, n: int = 300, prefix: str = "n", typed: bool = False) -> Path:
    store = fill(ox.Store(str(path)), n, prefix=prefix, typed=typed)
    del store
    return path


class Served:
    """``policykg serve`` in its own process on a store directory."""

    def __init__(self, store: Path, *args: str):
        self.store = store
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.proc = subprocess.Popen(
            [str(POLICYKG), "serve", "--store", str(store), "--port", str(self.port), *args],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(self.url + "/sparql", params={"query": "ASK {}"}, timeout=30).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if self.proc.poll() is not None or time.monotonic() > deadline:
                # a server still running past the deadline keeps its stderr open: reading it
                # would wait forever, so stop it first and read what it wrote, bounded
                if self.proc.poll() is None:
                    self.proc.kill()
                _, err = self.proc.communicate(timeout=30)
                raise RuntimeError(f"serve did not start: {err.decode()[-500:]}")
            time.sleep(0.1)

    def query(self, text: str, **kwargs) -> httpx.Response:
        return httpx.get(self.url + "/sparql", params={"query": text}, timeout=60, **kwargs)

    def count(self) -> int:
        return int(self.query(COUNT).json()["results"]["bindings"][0]["n"]["value"])

    def tree(self) -> list[psutil.Process]:
        me = psutil.Process(self.proc.pid)
        return [me, *me.children(recursive=True)]

    def close(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    server = Served(write_store(tmp_path_factory.mktemp("served") / "store"), "--timeout", "3")
    try:
        yield server
    finally:
        server.close()


# -- item 9: nesting and size limits before the parser ------------------------------------------
def test_deeply_nested_get_is_400_and_the_server_lives(served):
    r = served.query("SELECT * WHERE " + "{" * 5000 + "}" * 5000)
    assert r.status_code == 400 and "nests 5000 levels deep" in r.text
    r = httpx.post(
        served.url + "/sparql", content=("SELECT * { VALUES ?x { " + "1 " * 60_000 + "} }").encode(),
        headers={"Content-Type": "application/sparql-query"}, timeout=30,
    )  # fmt: skip
    assert r.status_code == 400 and "the limit is 100,000" in r.text
    assert served.proc.poll() is None
    assert served.count() == 300


# -- item 11: a timed-out query stops using CPU; the server answers meanwhile ------------------
def _cpu(procs: list[psutil.Process]) -> float:
    total = 0.0
    for p in procs:
        try:
            t = p.cpu_times()
            total += t.user + t.system
        except psutil.NoSuchProcess:
            pass
    return total


def _rss(procs: list[psutil.Process]) -> int:
    total = 0
    for p in procs:
        with contextlib.suppress(psutil.NoSuchProcess):
            total += p.memory_info().rss
    return total


def test_timed_out_query_stops_consuming_cpu(served):
    served.count()
    rss_before = _rss(served.tree())
    answers: dict[str, object] = {}

    def slow() -> None:
        started = time.monotonic()
        answers["status"] = served.query(CARTESIAN).status_code
        answers["seconds"] = time.monotonic() - started

    t = threading.Thread(target=slow)
    t.start()
    time.sleep(0.3)
    started = time.monotonic()
    assert served.count() == 300  # answered by the other worker while the cartesian query runs
    assert time.monotonic() - started < 2.0 and "status" not in answers
    t.join(timeout=30)
    assert answers["status"] == 503 and answers["seconds"] < 5.0
    time.sleep(3.0)  # the killed worker's replacement finishes starting
    procs = served.tree()
    cpu = _cpu(procs)
    time.sleep(2.0)
    assert _cpu(served.tree()) - cpu < 0.5  # a query still running would use ~2 s of CPU here
    assert _rss(served.tree()) < rss_before + 100 * 2**20
    assert served.count() == 300


def test_workers_do_not_outlive_a_killed_server(tmp_path):
    server = Served(write_store(tmp_path / "store", 300), "--timeout", "30")
    workers = server.tree()[1:]
    assert workers

    def slow() -> None:
        with contextlib.suppress(httpx.HTTPError):
            server.query(CARTESIAN)

    thread = threading.Thread(target=slow)
    thread.start()
    time.sleep(1.0)  # a worker is running the cartesian query now
    server.proc.kill()
    server.proc.wait()
    _, alive = psutil.wait_procs(workers, timeout=10)
    for p in alive:  # do not leave them running when the test fails
        p.kill()
    thread.join(timeout=30)
    assert not alive


# -- item 14: serve sees add/build without a restart --------------------------------------------
def test_serve_sees_writes_and_swaps_of_its_store(tmp_path):
    path = write_store(tmp_path / "store", 10)
    server = Served(path)
    try:
        assert server.count() == 10
        writer = ox.Store(str(path))  # as `policykg add` writes: in place, while the server runs
        fill(writer, 5, ox.NamedNode(EX + "doc/001"), prefix="added")
        del writer
        deadline = time.monotonic() + 10
        while server.count() != 15 and time.monotonic() < deadline:
            time.sleep(0.1)
        assert server.count() == 15, sorted(os.listdir(path))
        html = httpx.get(server.url + "/", timeout=30).text  # the page cache follows as well
        fresh = write_store(
            tmp_path / "building", 50, prefix="built", typed=True
        )  # as `policykg build` swaps
        os.rename(path, tmp_path / "old")
        os.rename(fresh, path)
        shutil.rmtree(tmp_path / "old")
        deadline = time.monotonic() + 10
        while server.count() != 50 and time.monotonic() < deadline:
            time.sleep(0.1)
        assert server.count() == 150  # labels and two types each
        page = httpx.get(server.url + "/", timeout=30).text
        assert page != html and ">50</td>" in page  # the home page counts 50 projects now
    finally:
        server.close()


# -- item 10: no query or update opens a network connection ------------------------------------
class Listener:
    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(64)
        self.sock.settimeout(0.2)
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}/sparql"
        self.connections = 0
        self.running = True
        self.thread = threading.Thread(target=self._accept, daemon=True)
        self.thread.start()

    def _accept(self) -> None:
        while self.running:
            try:
                conn, _ = self.sock.accept()
            except (TimeoutError, OSError):
                continue
            self.connections += 1
            conn.close()

    def close(self) -> None:
        self.running = False
        self.thread.join()
        self.sock.close()


@pytest.fixture()
def listener():
    lst = Listener()
    yield lst
    lst.close()


ESCAPED_COLON = "\\u003A"  # SPARQL code point escape, decoded inside IRIs


def query_variants(u: str) -> list[str]:
    hostport = u.split("//")[1].split("/")[0]
    return [
        f"SELECT * {{ SERVICE <{u}> {{ ?s ?p ?o }} }}",
        # the bypass of the old regex: "\#" read as the start of a comment
        f"PREFIX ex: <http://x/>\nSELECT * {{ BIND(ex:a\\# AS ?x) SERVICE <{u}> {{ ?s ?p ?o }} }}",
        f"SELECT * {{ # a comment\n sErViCe <{u}> {{ ?s ?p ?o }} }}",
        f"SELECT * {{ SERVICE SILENT <{u}> {{ ?s ?p ?o }} }}",
        f"PREFIX remote: <http://{hostport}/>\nSELECT * {{ SERVICE remote:sparql {{ ?s ?p ?o }} }}",
        f"SELECT * {{ {{ {{ OPTIONAL {{ SERVICE <{u}> {{ ?s ?p ?o }} }} }} }} }}",
        f"SELECT * {{ VALUES ?svc {{ <{u}> }} SERVICE ?svc {{ ?s ?p ?o }} }}",
        f"SELECT * {{ SERVICE <{u.replace(':', ESCAPED_COLON, 1)}> {{ ?s ?p ?o }} }}",
        f"ASK {{ FILTER EXISTS {{ SERVICE <{u}> {{ }} }} }}",
    ]


def update_variants(u: str) -> list[str]:
    return [
        f"LOAD <{u}>",
        f"lOaD SILENT <{u}> INTO GRAPH <{EX}g>",
        f"INSERT {{ ?s ?p ?o }} WHERE {{ SERVICE <{u}> {{ ?s ?p ?o }} }}",
        "PREFIX ex: <http://x/>\n"
        f"INSERT {{ ?s ?p ?o }} WHERE {{ BIND(ex:a\\# AS ?x) SERVICE <{u}> {{ ?s ?p ?o }} }}",
        f"CLEAR SILENT GRAPH <{EX}none> ;\n# comment\nLOAD <{u}>",
    ]


@pytest.fixture(scope="module")
def writable():
    with BackgroundServer(fill(ox.Store(), 3), EndpointConfig(allow_update=True, timeout_s=5)) as url:
        yield url + "/sparql"


def test_no_query_or_update_reaches_the_network_through_the_server(writable, listener):
    for text in query_variants(listener.url):
        r = httpx.post(writable, data={"query": text}, timeout=30)
        assert r.status_code == 400, (text, r.status_code, r.text)
        r = httpx.get(writable, params={"query": text}, timeout=30)
        assert r.status_code == 400, (text, r.status_code, r.text)
    for text in update_variants(listener.url):
        r = httpx.post(writable, data={"update": text}, timeout=30)
        assert r.status_code == 400, (text, r.status_code, r.text)
    time.sleep(0.3)
    assert listener.connections == 0


def test_no_query_reaches_the_network_through_the_cli(listener, tmp_path):
    from kg.cli.app import app

    runner = CliRunner()
    path = write_store(tmp_path / "store", 3)
    for text in query_variants(listener.url):
        result = runner.invoke(app, ["query", text, "--store", str(path)])
        assert result.exit_code == 1, (text, result.output)
        assert isinstance(result.exception, SystemExit) or "disabled" in str(result.exception)
    time.sleep(0.3)
    assert listener.connections == 0


# -- item 12: cross-site writes, the update token, HTML headers ---------------------------------
def _labels(url: str) -> int:
    r = httpx.get(url, params={"query": COUNT})
    return int(r.json()["results"]["bindings"][0]["n"]["value"])


@pytest.mark.parametrize(
    "headers",
    [
        {"Origin": "http://evil.example"},
        {"Origin": "null"},
        {"Sec-Fetch-Site": "cross-site"},
        {"Sec-Fetch-Site": "same-site", "Origin": "http://sub.localhost:8000"},
        {"Host": "rebound.example:8000"},  # DNS rebinding: a hostile name resolving to 127.0.0.1
    ],
)
def test_cross_site_form_post_cannot_empty_the_store(writable, headers):
    before = _labels(writable)
    r = httpx.post(writable, data={"update": "DROP ALL"}, headers=headers)
    assert r.status_code == 403, r.text
    assert _labels(writable) == before > 0


def test_plain_and_same_origin_clients_may_update(writable):
    g = f"{EX}doc/plain"
    r = httpx.post(writable, data={"update": f'INSERT DATA {{ GRAPH <{g}> {{ <{EX}a> <{EX}b> "c" }} }}'})
    assert r.status_code == 204, r.text
    origin = "http://" + writable.split("//")[1].split("/")[0]
    r = httpx.post(
        writable,
        content=f"DROP GRAPH <{g}>".encode(),
        headers={
            "Content-Type": "application/sparql-update",
            "Origin": origin,
            "Sec-Fetch-Site": "same-origin",
        },
    )
    assert r.status_code == 204, r.text
    # queries stay open to every origin (YASGUI on another site)
    r = httpx.post(writable, data={"query": COUNT}, headers={"Origin": "http://evil.example"})
    assert r.status_code == 200 and r.headers["access-control-allow-origin"] == "*"


def test_update_token():
    store = fill(ox.Store(), 3)
    options = ServerOptions(update_token="s3cret")
    with BackgroundServer(store, EndpointConfig(allow_update=True), options=options) as url:
        update = {"update": "DROP ALL"}
        r = httpx.post(url + "/sparql", data=update)
        assert r.status_code == 401 and r.headers["www-authenticate"].startswith("Bearer")
        r = httpx.post(url + "/sparql", data=update, headers={"Authorization": "Bearer wrong"})
        assert r.status_code == 401
        r = httpx.put(url + "/store?graph=" + EX + "x", content=b"<a:a> <a:b> <a:c> .",
                      headers={"Content-Type": "application/n-triples"})  # fmt: skip
        assert r.status_code == 401
        assert len(store) > 0
        r = httpx.post(url + "/sparql", data=update, headers={"Authorization": "Bearer s3cret"})
        assert r.status_code == 204 and len(store) == 0


def test_update_token_from_environment(monkeypatch):
    monkeypatch.setenv("POLICYKG_UPDATE_TOKEN", "from-env")
    with BackgroundServer(fill(ox.Store(), 3), EndpointConfig(allow_update=True)) as url:
        assert httpx.post(url + "/sparql", data={"update": "DROP ALL"}).status_code == 401


def test_html_pages_carry_csp_and_frame_options(writable):
    r = httpx.get(writable.rsplit("/", 1)[0] + "/")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    assert "frame-ancestors 'none'" in r.headers["content-security-policy"]
    assert "default-src 'self'" in r.headers["content-security-policy"]
    assert r.headers["x-frame-options"] == "DENY"
    assert "content-security-policy" not in httpx.get(writable, params={"query": COUNT}).headers


# -- item 13: statuses -------------------------------------------------------------------------
def _raw_get(url: str, target: str) -> str:
    host, port = url.split("//")[1].split("/")[0].split(":")
    with socket.create_connection((host, int(port)), timeout=30) as c:
        c.sendall(f"GET {target} HTTP/1.1\r\nHost: {host}:{port}\r\nConnection: close\r\n\r\n".encode())
        data = b""
        while chunk := c.recv(65536):
            data += chunk
    return data.split(b"\r\n", 1)[0].decode()


@pytest.mark.parametrize(
    ("method", "kwargs"),
    [
        ("POST", {"content": b"SELECT \xff", "headers": {"Content-Type": "application/sparql-query"}}),
        (
            "POST",
            {
                "content": b"query=SELECT \xff",
                "headers": {"Content-Type": "application/x-www-form-urlencoded"},
            },
        ),
        ("GET", {"params": {"query": COUNT, "default-graph-uri": "not an iri"}}),
        ("GET", {"params": {"query": COUNT, "named-graph-uri": f"{EX}x> <{EX}y"}}),
    ],
)
def test_bad_input_is_400(writable, method, kwargs):
    r = httpx.request(method, writable, **kwargs)
    assert r.status_code == 400, r.text
    assert "Traceback" not in r.text and len(r.text.strip().splitlines()) == 1


def test_big_body_is_413_unread(writable):
    r = httpx.post(
        writable,
        content=b"SELECT * {}" + b" " * 1_000_000,
        headers={"Content-Type": "application/sparql-query"},
    )
    assert r.status_code == 413


def test_long_get_is_414(writable):
    assert _raw_get(writable, "/sparql?query=" + "a" * 1_000_000).startswith("HTTP/1.1 414")
    assert httpx.get(writable, params={"query": COUNT}).status_code == 200


@pytest.mark.parametrize("value", ["nan", "inf", "1e3", "2.5", ""])
def test_integer_parameter_refuses_non_integers(value, tmp_path):
    from kg.cli.app import app

    path = write_store(tmp_path / "store", 3)
    result = CliRunner().invoke(
        app, ["query", "shared-enterprises", "-p", f"minDistricts={value}", "--store", str(path)]
    )
    assert result.exit_code == 1
    assert "is not an integer" in str(result.exception) or "is not an integer" in result.output


@pytest.mark.parametrize("value", ["not an iri", f"{EX}x> }} SERVICE <{EX}y> {{ ?a ?b ?c"])
def test_iri_parameter_refuses_bad_iris(value, tmp_path):
    from kg.cli.app import app

    path = write_store(tmp_path / "store", 3)
    args = ["query", "evidence-for-fact", "-p", "head=a", "-p", "tail=b", "-p", f"relation={value}"]
    result = CliRunner().invoke(app, [*args, "--store", str(path)])
    assert result.exit_code == 1
    assert "is not an IRI" in str(result.exception)


def test_corrupted_store_is_one_error_line(tmp_path):
    path = write_store(tmp_path / "store", 3)
    (path / "CURRENT").write_text("garbage\n")
    for args in (["stats"], ["query", COUNT]):
        proc = subprocess.run(
            [str(POLICYKG), *args, "--store", str(path)], capture_output=True, text=True, timeout=120
        )
        assert proc.returncode == 1
        lines = proc.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("error:") and "cannot open" in lines[0], proc.stderr[
            -400:
        ]


# -- item 15: the page cache -------------------------------------------------------------------
def test_page_cache_serves_repeats_and_follows_the_store():
    from kg.server.page_cache import PageCache

    background = BackgroundServer(fill(ox.Store(), 3), EndpointConfig(allow_update=True))
    with background as site:
        app = background.server.config.app
        while not isinstance(app, PageCache):
            app = app.app
        first = httpx.get(site + "/")
        again = httpx.get(site + "/")
        assert first.status_code == 200 and first.text == again.text
        assert (app.hits, app.misses) == (1, 1)
        assert again.headers["x-frame-options"] == "DENY"  # headers added outside the cache
        r = httpx.post(
            site + "/sparql",
            data={"update": f"INSERT DATA {{ GRAPH <{EX}doc/new> {{ <{EX}e> a <{EX}T> }} }}"},
        )
        assert r.status_code == 204
        assert httpx.get(site + "/").status_code == 200
        assert (app.hits, app.misses) == (1, 2)  # a write makes a new generation: rebuilt
        assert httpx.get(site + "/search", params={"q": "n1"}).status_code == 200
        assert app.misses == 3
